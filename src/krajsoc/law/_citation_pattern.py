"""The whole citation in one pattern, for long text: what extraction reads in one C call.

The scanner's grammar (:mod:`krajsoc.law._parse`) as one pattern, built from the tokens of
:mod:`krajsoc.law._patterns`, so that extraction reads a citation's extent in one C call. The
scanner commits to each token it reads and to each choice it makes; atomic groups ``(?>…)`` and
possessive quantifiers ``?+``/``*+`` make the pattern commit in the same places, and a choice the
scanner does not retry is guarded with a negative lookahead. The pattern may read *more* than the
scanner (any act's title, not only the cited act's), never less: extraction reads the references
and the exact end from the scanner run on the matched phrase. A Hypothesis test
(``tests/test_law_extract_equivalence.py``) checks the two against each other.

Examples:
    >>> CITATION.match("§ 93 odst. 1 a 2 ZSS; jinak")[0]
    '§ 93 odst. 1 a 2 ZSS'
"""

from __future__ import annotations

import re

from krajsoc.law._act import FIRST_YEAR, LAST_YEAR
from krajsoc.law._patterns import (
    _END_OF_ALNUM,
    _END_OF_WORD,
    _SPACE,
    ABBREVIATION,
    ACT_KIND,
    ACT_NAME,
    AMENDMENT,
    COLLECTION,
    GAP,
    LETTER,
    LETTER_ITEM,
    LETTER_WORD,
    LIST_SEPARATOR,
    NUMBER,
    NUMBER_WORD,
    NUMBER_YEAR,
    POINT_WORD,
    RANGE_WORD,
    SECTION,
    SECTION_SIGN,
    SUBSECTION_WORD,
    _phrases,
)
from krajsoc.law._registry import ACTS

__all__ = ["CITATION"]


def _part(pattern: re.Pattern[str]) -> str:
    """A token's pattern as a group, with its case sensitivity."""
    flags = "i" if pattern.flags & re.IGNORECASE else ""
    return f"(?{flags}:{pattern.pattern})"


def _token(pattern: re.Pattern[str]) -> str:
    """A token as the scanner reads it: matched once, never given back (an atomic group)."""
    return f"(?>{_part(pattern)})"


def _years(first: int, last: int) -> str:
    """Four-digit years from ``first`` to ``last``, one alternative per decade."""
    decades = []
    for decade in range(first // 10, last // 10 + 1):
        low, high = max(first, decade * 10) % 10, min(last, decade * 10 + 9) % 10
        decades.append(f"{decade}[{low}-{high}]")
    return "(?:" + "|".join(decades) + ")"


_G = _token(GAP)
_VALID_NUMBER_YEAR = (  # NUMBER_YEAR as the scanner accepts it: number >= 1, a year in range
    r"(?=[0-9]*[1-9])(?>[0-9]+)[^\S\n]*/[^\S\n]*" + _years(FIRST_YEAR, LAST_YEAR) + _END_OF_ALNUM
)
_NUMBERED_AFTER_KIND = (  # "č. 108/2006 [Sb.]" or "108/2006 Sb."
    f"(?>{_token(NUMBER_WORD)}{_G}{_VALID_NUMBER_YEAR}(?:{_G}{_token(COLLECTION)})?+"
    f"|(?!{_part(NUMBER_WORD)}){_VALID_NUMBER_YEAR}{_G}{_token(COLLECTION)})"
)
_NUMBERED = f"(?:{_token(NUMBER_WORD)}{_G})?+{_VALID_NUMBER_YEAR}{_G}{_token(COLLECTION)}"
_ACT = (
    f"(?>{_token(ACT_NAME)}(?:{_G}{_NUMBERED_AFTER_KIND})?+"
    f"|{_token(ACT_KIND)}{_G}{_NUMBERED_AFTER_KIND}"
    f"|(?!{_part(ACT_KIND)})(?={_part(NUMBER_WORD)}|{_part(NUMBER_YEAR)}){_NUMBERED}"
    f"|(?!{_part(ACT_KIND)}|{_part(NUMBER_WORD)}|{_part(NUMBER_YEAR)}){_token(ABBREVIATION)})"
)
_TITLES = sorted({item.title for item in ACTS if item.title}, key=lambda t: (-len(t), t))
_TRAILER = (  # any act's title, then the amendment; the scanner keeps the cited act's title only
    f"(?:{_G}(?>(?i:,{_SPACE}{_phrases(_TITLES)}{_END_OF_WORD})))?+(?:{_G}{_token(AMENDMENT)})?+"
)
_SEPARATOR = f"{_G}{_token(LIST_SEPARATOR)}{_G}"
_MORE_NUMBERS = f"(?:{_SEPARATOR}{_token(NUMBER)})"  # ", 2 a 3" after a subsection or point
_POINT = f"(?:{_G}{_token(POINT_WORD)}{_G}{_token(NUMBER)}{_MORE_NUMBERS}*+)?+"
_LETTER_WORD = f"{_G}{_token(LETTER_WORD)}"
_LETTER = (  # the letter, then more letters (the provision ends) or a point
    f"{_LETTER_WORD}{_G}{_token(LETTER)}(?:(?:{_SEPARATOR}{_token(LETTER_ITEM)})++|{_POINT})"
)
_SUBSECTION = f"{_G}{_token(SUBSECTION_WORD)}{_G}{_token(NUMBER)}"
_RANGE = f"{_G}{_token(RANGE_WORD)}"
_PROVISION = (
    f"{_token(SECTION_SIGN)}{_G}{_token(SECTION)}"
    # a range word, and the range's last section if there is one (else the provision ends) ...
    f"(?>(?={_RANGE})(?:{_RANGE}{_token(SECTION)})?+"
    f"|{_SUBSECTION}{_MORE_NUMBERS}++"  # ... or a list of subsections, which ends it ...
    f"|(?:{_SUBSECTION})?+"  # ... or the subdivisions:
    # a letter word, and the letter and what follows if there is a letter (else the provision ends)
    f"(?>(?={_LETTER_WORD})(?:{_LETTER})?+|{_POINT}))"
)
_PROVISIONS = f"{_PROVISION}(?:{_G}{_token(LIST_SEPARATOR)}{_G}{_PROVISION})*+"

CITATION = re.compile(
    f"(?>{_PROVISIONS}(?:{_G}{_ACT}{_TRAILER})?+|{_ACT}{_TRAILER}(?:{_G},{_G}{_PROVISIONS})?+)"
)
"""A whole citation as the scanner reads it (:mod:`krajsoc.law._parse`), at most a title longer."""
