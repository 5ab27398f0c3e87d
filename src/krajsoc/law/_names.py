"""Every form in which a text names a built-in act, mapped to the act.

A short name is cited in the case the sentence needs. The registry gives the nominative and the
genitive of each name; for names of the form "zákon o ...", the "o ..." part never declines, so the
dative, instrumental and locative of "zákon" are derived here ("zákonem o hmotné nouzi", as seed
001 writes it). An act of kind *zákon* whose title starts with "o " is also named by "zákon" and
its title ("zákona o pomoci v hmotné nouzi").

Examples:
    >>> NAME_FORMS["zakonem o hmotne nouzi"].id
    '111/2006'
    >>> NAME_FORMS["spravniho radu"].id
    '500/2004'
"""

from __future__ import annotations

import functools

from krajsoc._text import fold
from krajsoc.law._act import Act, ActKind
from krajsoc.law._registry import ACTS

__all__ = ["ABBREVIATIONS", "NAME_FORMS", "NAME_SPELLINGS", "act_named"]

# The cases of "zákon" a sentence can put a name in: nominative, genitive, dative, instrumental,
# locative ("o zákoně").
_ACT_CASES = ("zákon", "zákona", "zákonu", "zákonem", "zákoně")


def _forms(item: Act) -> set[str]:
    forms = {form for name in item.names for form in (name.nominative, name.genitive)}
    if item.kind is ActKind.ACT and item.title and item.title.startswith("o "):
        forms.add(f"zákon {item.title}")
    for form in list(forms):
        head, _, tail = form.partition(" ")
        if head == "zákon" and tail.startswith("o "):
            forms.update(f"{case} {tail}" for case in _ACT_CASES)
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

ABBREVIATIONS: dict[str, Act] = {
    abbreviation: item for item in ACTS for abbreviation in item.abbreviations
}
"""Abbreviations as written (case matters: ``'SŘ'``, ``'ZSS'``) → act."""


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
