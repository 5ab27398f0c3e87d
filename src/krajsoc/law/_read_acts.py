"""Reading an act: ``zákona č. 108/2006 Sb.``, ``správního řádu``, ``ZSS``, and what may follow it.

An act is named by a short name of a built-in act in any case (the number after it, where given,
wins: "zákona o rodině č. 94/1963 Sb."), by its kind and number (the kind also abbreviated: "zák.",
"z.", "vyhl.", "nař. vl." before the number), by number alone, or by an abbreviation ("SŘ",
"s. ř.", "o. z."); after provisions, "téhož zákona" and its kin name the act cited last
(:data:`ANAPHORIC`), which only extraction can know. Its title (", o sociálních službách") and
", ve znění pozdějších předpisů" may follow. Each reader takes the text, a position and the mode
(see :mod:`krajsoc.law._parse`).

Examples:
    >>> found, end = read_act("zákona č. 108/2006 Sb., o sociálních", 0, True)
    >>> found.id, end
    ('108/2006', 22)
    >>> read_act("zákona č. 108/06 Sb.", 0, True)
    Traceback (most recent call last):
    ...
    krajsoc.errors.CitationError: year '06' of an act must have 4 digits at position 14; ...
"""

from __future__ import annotations

import re

import attrs

from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.law import _name_patterns as names
from krajsoc.law import _patterns as p
from krajsoc.law._act import FIRST_YEAR, LAST_YEAR, Act, ActKind
from krajsoc.law._act_registry import BUILT_IN_ACTS, ActRegistry
from krajsoc.law._read_provisions import fail, skip

__all__ = ["ANAPHORIC", "MAX_ACT_NUMBER_DIGITS", "read_act", "read_trailer"]

MAX_ACT_NUMBER_DIGITS = 4
"""The longest act number read: the Collection numbers a year's acts from 1, never past 9999."""


def _kind(word: str) -> ActKind:
    folded = fold(word)
    if folded.startswith("ustav"):
        return ActKind.CONSTITUTIONAL_ACT
    if folded.startswith("vyhl"):
        return ActKind.DECREE
    if folded.startswith("nar"):
        return ActKind.GOVERNMENT_REGULATION
    if folded.startswith("usn"):
        return ActKind.PRESIDIUM_RESOLUTION
    if folded.startswith("sdel"):
        return ActKind.COMMUNICATION
    return ActKind.ACT


def _numbered(
    text: str, pos: int, strict: bool, *, kind: ActKind | None, acts: ActRegistry = BUILT_IN_ACTS
) -> tuple[Act, int] | None:
    """``[č.] 108/2006 Sb.`` at ``pos``; ``kind`` was named before it, if at all."""
    at = pos
    number_word = p.NUMBER_WORD.match(text, at)
    if number_word is not None:
        at = skip(text, number_word.end())
    numbers = p.NUMBER_YEAR.match(text, at)
    if numbers is None:
        if kind is not None or number_word is not None:
            fail(strict, "an act needs its number and year", at, "e.g. 'č. 108/2006 Sb.'")
        return None
    collection = p.COLLECTION.match(text, skip(text, numbers.end()))
    if collection is None and (kind is None or number_word is None):
        fail(strict, "an act number must be followed by 'Sb.'", numbers.end(), "'Sb.'")
        return None
    if len(numbers[1]) > MAX_ACT_NUMBER_DIGITS:  # before int(): 4,301 digits would not convert
        expected = f"at most {MAX_ACT_NUMBER_DIGITS} digits, e.g. '108'"
        fail(
            strict, f"the number of an act has {len(numbers[1])} digits", numbers.start(1), expected
        )
        return None
    number, year = int(numbers[1]), numbers[2]
    if len(year) != 4:
        fail(strict, f"year {quote(year)} of an act must have 4 digits", numbers.start(2), "'2006'")
        return None
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        expected = f"a year from {FIRST_YEAR} to {LAST_YEAR}"
        fail(strict, f"year {year} of an act is out of range", numbers.start(2), expected)
        return None
    if number < 1:
        fail(strict, "the number of an act must be from 1 to 9999", numbers.start(1), "e.g. '108'")
        return None
    end = collection.end() if collection is not None else numbers.end()
    return acts.resolve(number, int(year), kind), end


ANAPHORIC = Act(1, FIRST_YEAR, title="téhož zákona")
"""Stands for the act "téhož zákona" names while a citation is read; never in a reference."""


def read_act(
    text: str,
    pos: int,
    strict: bool,
    acts: ActRegistry = BUILT_IN_ACTS,
    *,
    after_article: bool = False,
) -> tuple[Act, int] | None:
    """An act of ``acts`` at ``pos``, named by its short name, by number, or by abbreviation.

    After an article (``after_article``), the short forms read only there are tried too:
    "čl. 36 *Listiny*". "téhož zákona" and its kin give :data:`ANAPHORIC`: the caller resolves
    it or leaves the act ``None``.
    """
    name = names.names_of(acts).match(text, pos)
    if name is not None:
        named = acts.index.named(name[0])
        if named is not None:
            if named.kind.series != "Sb.":  # "nařízení (EU) 2016/679" names its number itself
                return named, name.end()
            # "zákona o rodině č. 94/1963 Sb.": the number, where given, is the more precise.
            numbered = _numbered(text, skip(text, name.end()), False, kind=named.kind, acts=acts)
            return numbered if numbered is not None else (named, name.end())
    if after_article:
        short = names.article_names_of(acts).match(text, pos)
        if short is not None:
            return acts.index.article_forms[fold(short[0])], short.end()
    kind = p.ACT_KIND.match(text, pos)
    if kind is not None:
        return _numbered(text, skip(text, kind.end()), strict, kind=_kind(kind[0]), acts=acts)
    if p.NUMBER_WORD.match(text, pos) or p.NUMBER_YEAR.match(text, pos):
        return _numbered(text, pos, strict, kind=None, acts=acts)
    abbreviation = names.abbreviations_of(acts).match(text, pos)
    if abbreviation is not None:
        return acts.index.abbreviations[abbreviation[0]], abbreviation.end()
    # Last: no name, kind, number or abbreviation starts as "téhož zákona" and its kin do.
    anaphora = p.ANAPHORA.match(text, pos)
    return None if anaphora is None else (ANAPHORIC, anaphora.end())


_TITLES: dict[tuple[str, str], re.Pattern[str]] = {}


def read_trailer(
    text: str, end: int, act: Act, acts: ActRegistry = BUILT_IN_ACTS
) -> tuple[Act, int]:
    """Past the act's title and "ve znění pozdějších předpisů", where they follow.

    An act of the registry is followed by its own title only. An act outside it keeps the title
    the text gives (", o státní sociální podpoře"): any title of the registry's acts, else words
    from "o" to the next comma, semicolon, parenthesis, full stop or line end.
    """
    if act.title is not None:
        key = (act.id, act.title)
        title = _TITLES.get(key)
        if title is None:
            title = _TITLES[key] = names.title_pattern(act.title)
        found = title.match(text, skip(text, end))
        if found is not None:
            end = found.end()
    elif acts.get(act.id) is None:
        at = skip(text, end)
        known = names.any_title_pattern(acts).match(text, at)
        if known is not None:
            act, end = attrs.evolve(act, title=" ".join(known[0][1:].split())), known.end()
        else:
            unknown = names.UNKNOWN_TITLE.match(text, at)
            if unknown is not None:
                act, end = attrs.evolve(act, title=" ".join(unknown[1].split())), unknown.end()
    amendment = p.AMENDMENT.match(text, skip(text, end))
    return act, (amendment.end() if amendment is not None else end)
