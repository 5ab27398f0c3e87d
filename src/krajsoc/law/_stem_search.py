r"""Finding the stems of act names in a long text in as few passes over it as can be.

Each pass is a search of the whole text in C, which is most of what finding candidates costs on a
long text (:mod:`krajsoc.law._candidates`); a search for a literal runs fastest, so the stems are
grouped into passes that each start with a literal.

Examples:
    >>> from krajsoc.law._names import BUILT_IN_INDEX
    >>> for search in stem_searches(BUILT_IN_INDEX.stems):
    ...     print(search.pattern.pattern, search.back, search.offsets)
    kon(?<=[aá]kon)[^\W\d_]* 1 ((1,),)
    r(?:(izeni)|(ad))[^\W\d_]* 0 ((0, 1, 2), (0, 1))
    ř(?:(ízení)|(ád))[^\W\d_]* 0 ((0, 1, 2), (0,))
"""

from __future__ import annotations

import re

import attrs

from krajsoc._text import fold

__all__ = ["StemSearch", "stem_searches"]


@attrs.frozen
class StemSearch:
    """One pass over a text that finds a stem in all its spellings ("ákon" and "akon").

    Attributes:
        pattern: Finds the stems, or the letters a stem's spellings share, checking the others
            around them.
        back: How far the stem starts before the pattern's match.
        offsets: Where in a name's word each stem may lie (``{1}``: "zákona", not
            "nezákonný"), in the order of the pattern's groups, which tell the stems apart;
            one set where it has no groups.
    """

    pattern: re.Pattern[str]
    back: int
    offsets: tuple[tuple[int, ...], ...]

    def offsets_of(self, match: re.Match[str]) -> tuple[int, ...]:
        """The offsets at which the stem ``match`` found may lie in its word."""
        group = match.lastindex
        return self.offsets[0 if group is None else group - 1]


def _shared_run(spellings: list[str]) -> tuple[int, int]:
    """The longest run of positions at which every spelling has the same letter."""
    best = (0, 0)
    start = 0
    for at in range(len(spellings[0]) + 1):
        same = at < len(spellings[0]) and len({word[at] for word in spellings}) == 1
        if not same:
            if at - start > best[1] - best[0]:
                best = (start, at)
            start = at + 1
    return best


def _letters(spellings: list[str], positions: range) -> str:
    return "".join(
        "[" + "".join(re.escape(ch) for ch in sorted({word[at] for word in spellings})) + "]"
        for at in positions
    )


# The rest of the word after a stem: letters and letter-like characters ("²"), read in C; the
# letters alone are told apart after, in the rare word that holds the others.
_REST_OF_WORD = r"[^\W\d_]*"


def _shared_letters(spellings: list[str], offsets: frozenset[int]) -> StemSearch | None:
    """One search for the spellings of one stem if they share two letters in a row, else None."""
    length = len(spellings[0])
    first, last = _shared_run(spellings)
    if last - first < 2:
        return None
    shared = re.escape(spellings[0][first:last])
    before = f"(?<={_letters(spellings, range(first))}{shared})" if first else ""
    after = f"(?={_letters(spellings, range(last, length))})" if last < length else ""
    pattern = re.compile(shared + before + after + _REST_OF_WORD)
    return StemSearch(pattern, first, (tuple(sorted(offsets)),))


def _same_first_letter(stems: dict[str, frozenset[int]], group: list[str]) -> StemSearch:
    """One search for stems that start with one letter: ``ř(?:(ízení)|(ád))``."""
    group = sorted(group, key=lambda stem: (-len(stem), stem))
    if len(group) == 1:
        pattern = re.compile(re.escape(group[0]) + _REST_OF_WORD)
        return StemSearch(pattern, 0, (tuple(sorted(stems[group[0]])),))
    alternatives = "|".join(f"({re.escape(stem[1:])})" for stem in group)
    return StemSearch(
        re.compile(f"{re.escape(group[0][0])}(?:{alternatives}){_REST_OF_WORD}"),
        0,
        tuple(tuple(sorted(stems[stem])) for stem in group),
    )


def stem_searches(stems: dict[str, frozenset[int]]) -> tuple[StemSearch, ...]:
    r"""The passes that find ``stems`` (stem → offsets in a name's word), as few as can be.

    Each pass costs a search of the whole text, and a search for a literal runs fastest, so the
    stems that start with one letter are found in one pass (``ř(?:ád|ízení)``), and a stem alone
    with its letter in one pass with its spelling without diacritics if they share two letters in
    a row (``kon(?<=[aá]kon)``). A letter may then come from either spelling ("akón"); the word a
    pass finds is looked up after, so such a word finds no name. Each pattern reads on to the end
    of the word's letter-like characters; the search goes on from the end of its letters
    ("zákonem³zákona": from "³"), since a second stem in the same word gives the same word.

    Examples:
        >>> searches = stem_searches({"ákon": {1}, "akon": {1}, "řád": {0}, "řízení": {0, 2}})
        >>> print(*(search.pattern.pattern for search in searches), sep="\n")
        kon(?<=[aá]kon)[^\W\d_]*
        ř(?:(ízení)|(ád))[^\W\d_]*
    """
    by_letter: dict[str, list[str]] = {}
    for stem in stems:
        by_letter.setdefault(stem[0], []).append(stem)
    alone: dict[tuple[str, int], list[str]] = {}
    searches = []
    for group in by_letter.values():
        if len(group) == 1:
            alone.setdefault((fold(group[0]), len(group[0])), []).append(group[0])
        else:
            searches.append(_same_first_letter(stems, group))
    for spellings in alone.values():
        search = _shared_letters(spellings, _offsets(stems, spellings))
        if search is None:
            searches.extend(_same_first_letter(stems, [stem]) for stem in spellings)
        else:
            searches.append(search)
    return tuple(sorted(searches, key=lambda search: search.pattern.pattern))


def _offsets(stems: dict[str, frozenset[int]], group: list[str]) -> frozenset[int]:
    return frozenset().union(*(stems[stem] for stem in group))
