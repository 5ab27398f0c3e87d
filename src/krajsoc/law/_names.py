"""Every form in which a text names a built-in act, and :func:`act`, which looks an act up.

The one source of act names: :func:`act`, the parser (:func:`~krajsoc.law.parse_citation`,
through :func:`act_named` and the name pattern built from :data:`NAME_SPELLINGS`) and extraction
(:func:`~krajsoc.law.extract_citations`, which finds names by :data:`NAME_STEMS`) all read the
forms made here, so they agree on every form, with or without diacritics.

A short name is cited in the case the sentence needs. The registry gives the nominative and the
genitive of each name; for names of the form "zákon o ...", the "o ..." part never declines, so the
dative, instrumental and locative of "zákon" are derived here ("zákonem o hmotné nouzi", as seed
001 writes it). An act of kind *zákon* whose title starts with "o " is also named by "zákon" and
its title ("zákona o pomoci v hmotné nouzi").

Examples:
    >>> NAME_FORMS["zakonem o hmotne nouzi"].id
    '111/2006'
    >>> act("500/2004") is act("správního řádu") is act("spravni rad") is act((500, 2004))
    True
    >>> act("zákonem o hmotné nouzi").id, act("zákon č. 108/2006 Sb.").title
    ('111/2006', 'o sociálních službách')
    >>> act("zákon o všem")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown act 'zákon o všem'; expected 'number/year' ...
"""

from __future__ import annotations

import functools
import re
import unicodedata

from krajsoc._text import fold
from krajsoc.errors import UnknownCodeError
from krajsoc.law._act import Act, ActKind
from krajsoc.law._registry import ACTS, by_id

__all__ = ["ABBREVIATIONS", "NAME_FORMS", "NAME_SPELLINGS", "NAME_STEMS", "act", "act_named"]

# The cases of "zákon" a sentence can put a name in: nominative, genitive, dative, instrumental,
# locative ("o zákoně"); "zák." abbreviates any of them ("§ 16a zák. o SPOD").
_ACT_CASES = ("zákon", "zákona", "zákonu", "zákonem", "zákoně")


def _forms(item: Act) -> set[str]:
    forms = {form for name in item.names for form in (name.nominative, name.genitive)}
    if item.kind is ActKind.ACT and item.title and item.title.startswith("o "):
        forms.add(f"zákon {item.title}")
    for form in list(forms):
        head, _, tail = form.partition(" ")
        if head == "zákon" and tail.startswith("o "):
            forms.update(f"{case} {tail}" for case in (*_ACT_CASES, "zák."))
    return forms


def _build() -> dict[str, Act]:
    found: dict[str, Act] = {}
    # Repealed acts first, so a name shared with an act in force names the one in force.
    for item in sorted(ACTS, key=lambda act: act.repealed_on is None):
        for form in _forms(item):
            found[fold(form)] = item
    return found


NAME_FORMS: dict[str, Act] = _build()
"""Folded name form (see :func:`krajsoc._text.fold`) → act, for every built-in name in any case."""

NAME_SPELLINGS: tuple[str, ...] = tuple(
    sorted({form for item in ACTS for form in _forms(item)}, key=lambda form: (-len(form), form))
)
"""Every name form as written, with diacritics, longest first (so a regex prefers the longest)."""


def _without_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


ABBREVIATIONS: dict[str, Act] = {
    spelling: item
    for item in ACTS
    for abbreviation in item.abbreviations
    for spelling in (abbreviation, _without_diacritics(abbreviation))
}
"""Abbreviations as written, and without diacritics (case matters: ``'SŘ'``, ``'SR'``,
``'ZSS'``) → act."""


@functools.lru_cache(maxsize=1024)
def act_named(text: str) -> Act | None:
    """The built-in act ``text`` names in any case, or ``None``.

    Examples:
        >>> act_named("Zákonem  o sociálních službách").id
        '108/2006'
        >>> act_named("zákon o všem") is None
        True
    """
    return NAME_FORMS.get(fold(text))


NAME_STEMS: tuple[str, ...] = ("ákon", "akon", "řád", "rad", "zřízení", "zrizeni")
"""Literal stems, with and without diacritics, one of which every name form contains ("zákon o
obcích", "spravni rad", "krajské zřízení", "občanský zákoník"): where extraction tries a named
act. Literal, so ``str.find`` runs at memory speed; each costs about a millisecond per megabyte,
so there are few: "zák. o SPOD" holds none and, like the abbreviations ("ZSS"), is found in free
text after a provision only ("§ 16a zák. o SPOD"); a test checks every other form holds one."""

_FOLDED_ABBREVIATIONS = {fold(abbreviation): item for abbreviation, item in ABBREVIATIONS.items()}

# "108/2006", "č. 108/2006 Sb.", "zákon č. 108/2006 Sb." — the number/year core of a citation.
_NUMBER_YEAR = re.compile(
    r"(?:^|\s|č\.\s*)([0-9]{1,4})\s*/\s*([0-9]{4})(?:\s*sb\.?)?\s*$", re.IGNORECASE
)  # ASCII digits only: "1०8/2006" (a Devanagari zero) is no act number, not 108/2006


def act(key: str | tuple[int, int]) -> Act:
    """Find a built-in act by ``'number/year'``, a citation, any name form or an abbreviation.

    Names are matched in any case of "zákon" (``'zákonem o hmotné nouzi'``), ignoring letter
    case and diacritics — the same forms the parser and extraction read.

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
        if len(key) != 2 or not all(type(part) is int for part in key):
            raise TypeError("act() takes (number, year) as two ints, e.g. (108, 2006)")
        number, year = key
        found = by_id(f"{number}/{year}")
        if found is None:
            raise UnknownCodeError("act", f"{number}/{year}", hint=_hint())
        return found
    if not isinstance(key, str):
        raise TypeError(
            f"act() takes 'number/year', a name or (number, year), not {type(key).__name__}"
        )
    match = _NUMBER_YEAR.search(key.strip())
    if match:
        found = by_id(f"{int(match[1])}/{match[2]}")
    else:
        folded = fold(key)
        found = NAME_FORMS.get(folded) or _FOLDED_ABBREVIATIONS.get(folded)
    if found is None:
        raise UnknownCodeError("act", key.strip(), hint=_hint())
    return found


def _hint() -> str:
    return (
        "'number/year' of a built-in act ("
        + ", ".join(item.id for item in ACTS)
        + ") or its short name, e.g. 'správní řád'"
    )
