"""The patterns of acts' names, abbreviations and titles, each built from a registry's spellings.

A name is matched in any case, with or without its diacritics
(:func:`~krajsoc.law._patterns.loose`), its words apart by any white space. The names of a
registry are one tree of words (:func:`_phrases`), so that a hundred names cost a try of each
word, not of each name. Each pattern is compiled on first use and kept on its registry
(:meth:`~krajsoc.law.ActRegistry.compiled`): a program that never reads a citation does not pay
for them.

Examples:
    >>> act_name_pattern().match("zákona o sociálních službách, ve znění")[0]
    'zákona o sociálních službách'
    >>> UNKNOWN_TITLE.match(", o státní sociální podpoře, ve znění")[1]
    'o státní sociální podpoře'
"""

from __future__ import annotations

import functools
import re

from krajsoc._text import fold
from krajsoc.law._act_registry import ActRegistry
from krajsoc.law._names import ABBREVIATIONS, BUILT_IN_INDEX, NAME_SPELLINGS
from krajsoc.law._patterns import _END_OF_WORD, _PLAIN, _SPACE, _phrase, loose

__all__ = [
    "ABBREVIATION",
    "UNKNOWN_TITLE",
    "abbreviation_pattern",
    "abbreviations_of",
    "act_name_pattern",
    "any_title_pattern",
    "article_names_of",
    "name_pattern",
    "names_of",
    "title_after_an_act",
    "title_pattern",
]


def _phrases(phrases: list[str]) -> str:
    r"""Fixed phrases, longest first, as a tree of words: ``a b|a c`` is ``a\s+(?:b|c)``.

    Matches what ``"|".join(map(_phrase, phrases))`` matches, with the same preference: a phrase
    reads on to its longer continuations first. The flat alternation tries every phrase in turn at
    each position, so a hundred names cost a hundred tries; the tree tries a word once.
    Case-insensitive patterns only: words are grouped folded (lower case, no diacritics), as
    :func:`loose` matches them.
    """
    following: dict[str, list[str]] = {}
    spellings: dict[str, dict[str, None]] = {}  # "směrnici" and "směrnicí" fold alike
    for item in phrases:
        word, _, rest = item.strip().partition(" ")
        key = fold(word)
        spellings.setdefault(key, {})[word.lower()] = None
        following.setdefault(key, []).append(rest.strip())
    # Words of different folded first letters never both match, so their order does not matter
    # (but for letters case folding equates and fold() does not, such as "ı" and "i": none in
    # Czech names).
    by_letter: dict[str, list[str]] = {}
    for key, rests in following.items():
        longer = [rest for rest in rests if rest]
        written = [loose(re.escape(word)) for word in spellings[key]]
        branch = written[0] if len(written) == 1 else "(?:" + "|".join(written) + ")"
        if longer:
            branch += r"(?:\s+" + _phrases(longer) + (")?" if "" in rests else ")")
        by_letter.setdefault(key[:1], []).append(branch)  # "" for a word that folds to nothing
    return (
        "(?:"
        + "|".join(_first_letter(spellings, key, branches) for key, branches in by_letter.items())
        + ")"
    )


def _first_letter(spellings: dict[str, dict[str, None]], letter: str, branches: list[str]) -> str:
    """The branches of words starting with one folded ``letter``, behind a test of that letter.

    A failing word then costs one test of its first character instead of a try of each branch.
    """
    if len(branches) == 1:
        return branches[0]
    firsts = {word[0] for key, words in spellings.items() if key[:1] == letter for word in words}
    firsts |= {_PLAIN.get(ch, ch) for ch in firsts}
    return (
        "(?=["
        + "".join(re.escape(ch) for ch in sorted(firsts))
        + "])(?:"
        + "|".join(branches)
        + ")"
    )


# --- names and abbreviations ---------------------------------------------------------------


def name_pattern(spellings: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``spellings`` in any case, with or without diacritics, longest first."""
    if not spellings:
        return re.compile(r"(?!)")
    return re.compile(_phrases(list(spellings)) + _END_OF_WORD, re.IGNORECASE)


@functools.cache
def act_name_pattern() -> re.Pattern[str]:
    """Any name form of a built-in act in any case, longest first (see :mod:`krajsoc.law._names`).

    Compiled on first use, not at import: a tree of every name form, it takes tens of
    milliseconds to compile, which a program that never reads a citation should not pay.
    """
    return name_pattern(NAME_SPELLINGS)


def abbreviation_pattern(abbreviations: dict[str, object]) -> re.Pattern[str]:
    """Any of ``abbreviations``, case as written, longest first."""
    if not abbreviations:
        return re.compile(r"(?!)")
    return re.compile(
        r"(?:"
        + "|".join(re.escape(item) for item in sorted(abbreviations, key=len, reverse=True))
        + r")"
        + _END_OF_WORD
    )


ABBREVIATION = abbreviation_pattern(ABBREVIATIONS)  # type: ignore[arg-type]
"""An act's abbreviation after a provision, case as written: ``§ 40 SŘ``, ``§ 93 ZSS``."""


def _names(acts: ActRegistry) -> re.Pattern[str]:
    if acts.index is BUILT_IN_INDEX:
        return act_name_pattern()
    return name_pattern(acts.index.spellings)


def _abbreviations(acts: ActRegistry) -> re.Pattern[str]:
    if acts.index is BUILT_IN_INDEX:
        return ABBREVIATION
    return abbreviation_pattern(acts.index.abbreviations)  # type: ignore[arg-type]


def _article_names(acts: ActRegistry) -> re.Pattern[str]:
    return name_pattern(acts.index.article_spellings)


def names_of(acts: ActRegistry) -> re.Pattern[str]:
    """The name pattern of a registry's acts (:func:`act_name_pattern` for the built-in one)."""
    return acts.compiled("names", _names)


def abbreviations_of(acts: ActRegistry) -> re.Pattern[str]:
    """The abbreviation pattern of a registry's acts (:data:`ABBREVIATION` for the built-in)."""
    return acts.compiled("abbreviations", _abbreviations)


def article_names_of(acts: ActRegistry) -> re.Pattern[str]:
    """The short forms of a registry's acts read only after an article: ``Listiny``."""
    return acts.compiled("article_names", _article_names)


# --- titles ----------------------------------------------------------------------------------

_TITLE_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_UNKNOWN_TITLE_WORDS = (
    r"(o(?:[^\S\n]+" + _TITLE_WORD + r")++)(?=[^\S\n]*(?:[,;()]|\.(?![^\W_])|\n|\Z))"
)
UNKNOWN_TITLE = re.compile(r"," + _SPACE + _UNKNOWN_TITLE_WORDS, re.IGNORECASE)
"""The title of an act not in the registry, after a comma: ", o státní sociální podpoře" (group
1), up to the next comma, semicolon, parenthesis, full stop or line end."""


def _titles(acts: ActRegistry) -> str:
    titles = sorted({item.title for item in acts if item.title}, key=lambda t: (-len(t), t))
    return (_phrases(titles) if titles else "(?!)") + _END_OF_WORD


def _any_title(acts: ActRegistry) -> re.Pattern[str]:
    return re.compile(r"," + _SPACE + _titles(acts), re.IGNORECASE)


def any_title_pattern(acts: ActRegistry) -> re.Pattern[str]:
    """The title of any act of ``acts`` after a comma, longest first.

    For an act cited by number that is not in the registry.
    """
    return acts.compiled("any_title", _any_title)


def title_after_an_act(acts: ActRegistry) -> str:
    """Any title of ``acts``, else an unknown act's title, after one comma.

    For :func:`~krajsoc.law._citation_pattern.citation_pattern`, which reads either where the
    scanner reads one of them (:func:`any_title_pattern`, then :data:`UNKNOWN_TITLE`).
    """
    return r"(?i:," + _SPACE + r"(?>" + _titles(acts) + r"|" + _UNKNOWN_TITLE_WORDS + r"))"


def title_pattern(title: str) -> re.Pattern[str]:
    """The pattern of an act's title after a comma: ``, o sociálních službách``."""
    return re.compile(r"," + _SPACE + _phrase(title) + _END_OF_WORD, re.IGNORECASE)
