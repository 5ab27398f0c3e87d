"""The built-in registry of acts, and looking an act up by its number and year.

Looking an act up by any name form is :func:`krajsoc.law.act` (:mod:`krajsoc.law._names`),
which indexes the name forms of these acts: one source for :func:`~krajsoc.law.act`, the parser
and extraction.

Examples:
    >>> by_id("500/2004").short_name
    'správní řád'
    >>> resolve_act(999, 2020).is_known
    False
"""

from __future__ import annotations

import copyreg
from datetime import date
from typing import Any

import attrs

from krajsoc._arguments import checked
from krajsoc.law._act import Act, ActKind, CitationName
from krajsoc.law._acts_data import ACT_ROWS, ActRow
from krajsoc.law._sources_data import SOURCE_ROWS

__all__ = ["ACTS", "by_id", "resolve_act", "resolve_in"]


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


def _source(row: dict[str, Any]) -> Act:
    fields = dict(row)
    fields["kind"] = ActKind(fields["kind"])
    fields["names"] = tuple(CitationName(*name) for name in fields.get("names", ()))
    fields["in_force_from"] = _day(fields.get("in_force_from"))
    return Act(fields.pop("number"), fields.pop("year"), **fields)


ACTS: tuple[Act, ...] = tuple(
    sorted([*(_build(row) for row in ACT_ROWS), *(_source(row) for row in SOURCE_ROWS)])
)
"""Every built-in act, in order of series (Collection, then EU), year and number."""

_BY_ID = {item.id: item for item in ACTS}
_BY_KEY = {item.key: item for item in ACTS}


def by_id(act_id: str) -> Act | None:
    """The built-in act with the id ``'number/year'``, or ``None``."""
    return _BY_ID.get(act_id)


def resolve_act(number: int, year: int, kind: ActKind | None = None) -> Act:
    """The built-in act ``number/year``, or a new act with unknown title when none is built in.

    Raises:
        TypeError: ``number`` or ``year`` is not an ``int``.
        InvalidInputError: ``year`` is before 1918 or after 2099, or ``number`` is not positive.
    """
    checked(number, int, "resolve_act(number)")
    checked(year, int, "resolve_act(year)")
    return resolve_in(_BY_KEY, number, year, kind)


def resolve_in(
    acts: dict[tuple[int, str, int, int], Act], number: int, year: int, kind: ActKind | None
) -> Act:
    """The act ``number/year`` of ``kind``'s series in ``acts``, or a new act of unknown title."""
    new = Act(number, year, kind=kind or ActKind.ACT)
    return acts.get(new.key, new)


def _pickled(item: Act) -> tuple[Any, ...]:
    """A built-in act pickles by id and unpickles to the very object :func:`act` gives."""
    if _BY_ID.get(item.id) is item:
        return (by_id, (item.id,))
    defaults = {field.name: field.default for field in attrs.fields(Act)}
    fields = {
        name: value
        for name, value in attrs.asdict(item, recurse=False).items()
        if value != defaults[name]
    }  # only what differs, so a pickled reference stays small
    return (_new_act, (item.number, item.year, fields))


def _new_act(number: int, year: int, fields: dict[str, Any]) -> Act:
    """An act that is not built in, from its fields (for unpickling)."""
    fields.pop("number", None)
    fields.pop("year", None)
    return Act(number, year, **fields)


copyreg.pickle(Act, _pickled)
