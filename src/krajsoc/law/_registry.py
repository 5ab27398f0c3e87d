"""The built-in registry of acts, and looking an act up by number/year or by any name form.

Examples:
    >>> act("500/2004") is act("správního řádu") is act("spravni rad") is act((500, 2004))
    True
    >>> act("zákon č. 108/2006 Sb.").title
    'o sociálních službách'
    >>> resolve_act(999, 2020).is_known
    False
    >>> act("zákon o všem")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown act 'zákon o všem'; expected 'number/year' ...
"""

from __future__ import annotations

import re
from datetime import date

from krajsoc._text import fold
from krajsoc.errors import UnknownCodeError
from krajsoc.law._act import Act, ActKind, CitationName
from krajsoc.law._acts_data import ACT_ROWS, ActRow

__all__ = ["ACTS", "act", "resolve_act"]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _build(row: ActRow) -> Act:
    number, year, kind, title, names, abbreviations, start, end, successor, verified, note = row
    return Act(
        number,
        year,
        kind=ActKind(kind),
        title=title,
        names=tuple(CitationName(nominative, genitive) for nominative, genitive in names),
        abbreviations=abbreviations,
        in_force_from=_day(start),
        repealed_on=_day(end),
        replaced_by=successor,
        verified=verified,
        note=note,
    )


ACTS: tuple[Act, ...] = tuple(sorted(_build(row) for row in ACT_ROWS))
"""Every built-in act, in order of year and number."""

_BY_ID = {item.id: item for item in ACTS}
_BY_NAME: dict[str, Act] = {}
for _item in ACTS:
    for _name in _item.names:
        _BY_NAME[fold(_name.nominative)] = _item
        _BY_NAME[fold(_name.genitive)] = _item
    for _abbreviation in _item.abbreviations:
        _BY_NAME[fold(_abbreviation)] = _item
    if _item.title and _item.kind is ActKind.ACT and _item.title.startswith("o "):
        _BY_NAME[fold(f"zákon {_item.title}")] = _item
        _BY_NAME[fold(f"zákona {_item.title}")] = _item

# "108/2006", "č. 108/2006 Sb.", "zákon č. 108/2006 Sb." — the number/year core of a citation.
_NUMBER_YEAR = re.compile(r"(?:^|\s|č\.\s*)(\d{1,4})\s*/\s*(\d{4})(?:\s*sb\.?)?\s*$", re.IGNORECASE)


def resolve_act(number: int, year: int, kind: ActKind | None = None) -> Act:
    """The built-in act ``number/year``, or a new act with unknown title when none is built in.

    Raises:
        InvalidInputError: ``year`` is before 1918 or after 2099, or ``number`` is not positive.
    """
    known = _BY_ID.get(f"{number}/{year}")
    if known is not None:
        return known
    return Act(number, year, kind=kind or ActKind.ACT)


def act(key: str | tuple[int, int]) -> Act:
    """Find a built-in act by ``'number/year'``, a citation, a short name or an abbreviation.

    Names are matched in the nominative or genitive, ignoring case and diacritics.

    Args:
        key: ``'108/2006'``, ``'zákon č. 108/2006 Sb.'``, ``(108, 2006)``, ``'správní řád'``,
            ``'správního řádu'``, ``'SŘ'``.

    Raises:
        UnknownCodeError: No built-in act answers to ``key`` (also a :class:`LookupError`).

    Examples:
        >>> act("zákona o SPOD").id
        '359/1999'
    """
    if isinstance(key, tuple):
        number, year = key
        found = _BY_ID.get(f"{number}/{year}")
        if found is None:
            raise UnknownCodeError("act", f"{number}/{year}", hint=_hint())
        return found
    match = _NUMBER_YEAR.search(key.strip())
    found = _BY_ID.get(f"{int(match[1])}/{match[2]}") if match else _BY_NAME.get(fold(key))
    if found is None:
        raise UnknownCodeError("act", key.strip()[:60], hint=_hint())
    return found


def _hint() -> str:
    return (
        "'number/year' of a built-in act ("
        + ", ".join(item.id for item in ACTS)
        + ") or its short name, e.g. 'správní řád'"
    )
