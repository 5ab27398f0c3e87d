"""The whole citation in one pattern, for long text: what extraction reads in one C call.

The scanner's grammar (:mod:`krajsoc.law._parse`) as one pattern, built from the tokens of
:mod:`krajsoc.law._patterns`, so that extraction reads a citation's extent in one C call. The
scanner commits to each token it reads and to each choice it makes; atomic groups ``(?>…)`` and
possessive quantifiers ``?+``/``*+`` make the pattern commit in the same places, and a choice the
scanner does not retry is guarded with a negative lookahead. The pattern may read *more* than the
scanner (any act's title, not only the cited act's; the separator before a provision that then
fails), never less, and never more than a few tokens more: extraction reads the references and
the exact end from the scanner run on the matched phrase, and then tries the pattern again at the
next start, so a pattern that read on far past the scanner would make extraction quadratic. The
one exception to "never less": items that repeat a level's word ("odst. 1 a odst. 3"), which
extraction leaves to the scanner in place (:data:`~krajsoc.law._patterns.LEVEL_WORD_AGAIN`). A
Hypothesis test (``tests/test_law_extract_equivalence.py``) checks the two against each other.

Examples:
    >>> citation_pattern().match("§ 93 odst. 1 a 2 ZSS; jinak")[0]
    '§ 93 odst. 1 a 2 ZSS'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from krajsoc.law._act import FIRST_YEAR, LAST_YEAR
from krajsoc.law._act_registry import BUILT_IN_ACTS, ActRegistry
from krajsoc.law._name_patterns import (
    abbreviations_of,
    article_names_of,
    names_of,
    title_after_an_act,
)
from krajsoc.law._patterns import (
    _END_OF_ALNUM,
    ACT_KIND,
    ACT_KIND_STARTS,
    AMENDMENT,
    ANAPHORA,
    ARTICLE,
    ARTICLE_WORD,
    BARE_SECTION,
    COLLECTION,
    FOLLOWING,
    GAP,
    LETTER,
    LETTER_ITEM,
    LETTER_WORD,
    LIST_SEPARATOR,
    NUMBER,
    NUMBER_WORD,
    NUMBER_WORD_STARTS,
    NUMBER_YEAR,
    PLAIN_LETTERS,
    POINT_WORD,
    PROVISION_SEPARATOR,
    RANGE_WORD,
    SECTION,
    SECTION_SIGN,
    SENTENCE_NUMBER,
    SENTENCE_ORDINAL,
    SENTENCE_WORD,
    SUBSECTION_WORD,
)

__all__ = ["citation_pattern"]


def _part(pattern: re.Pattern[str]) -> str:
    """A token's pattern as a group, with its case sensitivity."""
    flags = "i" if pattern.flags & re.IGNORECASE else ""
    return f"(?{flags}:{pattern.pattern})"


def _token(pattern: re.Pattern[str]) -> str:
    """A token as the scanner reads it: matched once, never given back (an atomic group)."""
    return f"(?>{_part(pattern)})"


# What each token can start with right after a gap, which leaves a second line break if any: a
# token tried where its first character cannot be fails at one test of that character instead of
# a try of each of its alternatives. Most of what the pattern costs is such tries after each
# provision ("§ 24c a dále"), so each token tried there is guarded so.
_STARTS: dict[re.Pattern[str], str] = {
    LIST_SEPARATOR: ",\nani",  # ",", "a", "nebo", "i"
    PROVISION_SEPARATOR: ",\naniv",  # ... and "ve spojení s"
    SUBSECTION_WORD: ",\no",
    LETTER_WORD: ",\np",
    POINT_WORD: ",\nb",
    SENTENCE_WORD: ",\nv",
    FOLLOWING: "a",
    RANGE_WORD: "a-–",  # "až", "-", "–"
    ACT_KIND: ACT_KIND_STARTS,
}


def _ahead(chars: Iterable[str], *, ignore_case: bool) -> str:
    """A lookahead for any of ``chars``, in ``ignore_case`` as the token it guards matches them.

    No characters, no match: a registry with no abbreviations (a region's own acts alone) has
    nothing for that guard to let through.
    """
    chars = sorted(set(chars))
    if not chars:
        return "(?!)"
    flags = "i" if ignore_case else "-i"
    return f"(?{flags}:(?=[{''.join(re.escape(ch) for ch in chars)}]))"


def _guarded(pattern: re.Pattern[str]) -> str:
    """A token behind the test of the characters it can start with (:data:`_STARTS`)."""
    starts = _ahead(_STARTS[pattern], ignore_case=bool(pattern.flags & re.IGNORECASE))
    return starts + _token(pattern)


def _first_letters(spellings: Iterable[str]) -> set[str]:
    """The first characters of ``spellings``, for a guard that ignores case.

    In lower case, each also without its diacritics, as :func:`~krajsoc.law._patterns.loose`
    reads them: "Ústavy" and "ustavy".
    """
    firsts = {spelling.strip()[:1].lower() for spelling in spellings} - {""}  # as _phrases reads
    return firsts | {ch.translate(PLAIN_LETTERS) for ch in firsts}


def _listed(provision: str, separator: str) -> str:
    """A list of ``provision`` apart by ``separator``, the provision written once: ``§ 5, § 6``.

    After each provision, the separator, if the next provision follows it; else the "§"s right
    after the provision ("§ 1§ 2": the second "§"), so that the next try of the loop fails at
    once. Each provision after the first thus has a separator before it, as the scanner reads a
    list, and the pattern reads on past the scanner by that much only. Without that stop the list
    read on to the end of "§ 1§ 1§ 1…", from every "§" again, and extraction took quadratic time.
    Where a provision after its separator fails, the pattern has read the separator, which it may
    (see the module's docstring).
    """
    return f"(?:{provision}(?:{separator}|§*+))++"


def _years(first: int, last: int) -> str:
    """Four-digit years from ``first`` to ``last``, one alternative per decade."""
    decades = []
    for decade in range(first // 10, last // 10 + 1):
        low, high = max(first, decade * 10) % 10, min(last, decade * 10 + 9) % 10
        decades.append(f"{decade}[{low}-{high}]")
    return "(?:" + "|".join(decades) + ")"


def citation_pattern(acts: ActRegistry = BUILT_IN_ACTS) -> re.Pattern[str]:
    """A whole citation as the scanner reads it (:mod:`krajsoc.law._parse`), at most a title longer.

    Compiled on first use for each registry, not at import, and kept on the registry: the pattern
    takes a few hundred milliseconds to compile (most of ``import krajsoc.law`` before), which a
    program that never extracts citations from text should not pay.
    """
    return acts.compiled("citation", _build)


@functools.cache
def _built_in() -> re.Pattern[str]:
    return _compose(BUILT_IN_ACTS)


def _build(acts: ActRegistry) -> re.Pattern[str]:
    return _built_in() if acts is BUILT_IN_ACTS else _compose(acts)


def _compose(acts: ActRegistry) -> re.Pattern[str]:
    gap = GAP.pattern  # possessive already: no group to enter and leave
    index = acts.index
    names = _first_letters(index.spellings)
    abbreviations = {abbreviation[0] for abbreviation in index.abbreviations}
    numbers = NUMBER_WORD_STARTS + "0123456789"  # "č." or the number itself
    any_act = _ahead([*names, *_STARTS[ACT_KIND], *abbreviations, *numbers], ignore_case=True)
    valid_number_year = (  # NUMBER_YEAR as the scanner accepts it: 1 to 9999, a year in range
        r"(?=[0-9]{0,3}[1-9])(?>[0-9]{1,4})[^\S\n]*/[^\S\n]*"
        + _years(FIRST_YEAR, LAST_YEAR)
        + _END_OF_ALNUM
    )
    numbered_after_kind = (  # "č. 108/2006 [Sb.]" or "108/2006 Sb."
        f"(?>{_token(NUMBER_WORD)}{gap}{valid_number_year}(?:{gap}{_token(COLLECTION)})?+"
        f"|(?!{_part(NUMBER_WORD)}){valid_number_year}{gap}{_token(COLLECTION)})"
    )
    numbered = f"(?:{_token(NUMBER_WORD)}{gap})?+{valid_number_year}{gap}{_token(COLLECTION)}"
    act = (
        f"{any_act}(?>{_ahead(names, ignore_case=True)}{_token(names_of(acts))}"
        f"(?:{gap}{numbered_after_kind})?+"
        f"|{_guarded(ACT_KIND)}{gap}{numbered_after_kind}"
        f"|(?!{_part(ACT_KIND)})(?={_part(NUMBER_WORD)}|{_part(NUMBER_YEAR)}){numbered}"
        f"|(?!{_part(ACT_KIND)}|{_part(NUMBER_WORD)}|{_part(NUMBER_YEAR)})"
        f"{_ahead(abbreviations, ignore_case=False)}{_token(abbreviations_of(acts))})"
    )
    # Any act's title, else an unknown act's title; then the amendment. The scanner keeps the
    # cited act's title only where the act is in the registry.
    trailer = f"(?:{gap}{title_after_an_act(acts)})?+(?:{gap}{_token(AMENDMENT)})?+"
    separator = f"{gap}{_guarded(LIST_SEPARATOR)}{gap}"
    more_numbers = f"(?:{separator}{_token(NUMBER)})"  # ", 2 a 3" after a subsection or point
    # The sentence ("věty první"; a sentence word without its number ends the provision), then
    # "a násl.".
    following = f"(?:{gap}{_guarded(FOLLOWING)})?+"
    sentence_word = f"{gap}{_guarded(SENTENCE_WORD)}"
    one_sentence = f"(?>{_part(SENTENCE_ORDINAL)}|{_part(SENTENCE_NUMBER)})"
    sentence = (  # then more: "věty první a druhé", "věty první a věty 2" (a number after the word)
        f"{sentence_word}{gap}{one_sentence}"
        f"(?:{separator}(?>{_token(SENTENCE_WORD)}{gap}{one_sentence}|{_token(SENTENCE_ORDINAL)}))*+"
    )
    tail = f"(?>(?={sentence_word})(?:{sentence}{following})?+|{following})"
    # A point, then more points (the provision ends) or the tail; or the tail alone.
    point = (
        f"(?>{gap}{_guarded(POINT_WORD)}{gap}{_token(NUMBER)}(?:{more_numbers}++|{tail})|{tail})"
    )
    letter_word = f"{gap}{_guarded(LETTER_WORD)}"
    letter = (  # the letter, then more letters (the provision ends) or a point
        f"{letter_word}{gap}{_token(LETTER)}(?:(?:{separator}{_token(LETTER_ITEM)})++|{point})"
    )
    subsection = f"{gap}{_guarded(SUBSECTION_WORD)}{gap}{_token(NUMBER)}"
    range_word = f"{gap}{_guarded(RANGE_WORD)}"
    # Items that repeat a level's word ("odst. 1 a odst. 3") are not in the pattern: the scanner
    # takes one only where the item before has that level, which a pattern could follow only by
    # writing the levels out once per combination. Extraction reads on in place where one follows
    # (krajsoc.law._extract); taken anywhere, they let the pattern read to the end of a text the
    # scanner stops in at once ("§ 5 a bod 1 a § 6 a bod 1 …"), from every "§" again.
    subdivisions = (
        f"{subsection}{more_numbers}++"  # a list of subsections, which ends the provision ...
        f"|(?:{subsection})?+"  # ... or the subdivisions:
        # a letter word, then the letter and what follows if there is one (else the provision ends)
        f"(?>(?={letter_word})(?:{letter})?+|{point})"
    )
    provision = (
        f"{_token(SECTION_SIGN)}{gap}{_token(SECTION)}"
        # sections without "§" after one that names its number only: "§ 48 a 49" ...
        f"(?:{separator}{_token(BARE_SECTION)})*+"
        # a range word, and the range's last section if there is one (else the provision ends) ...
        f"(?>(?={range_word})(?:{range_word}{_token(SECTION)})?+"
        f"|{subdivisions})"  # ... or the subdivisions
    )
    # A list of provisions, each once in the pattern (_listed). The pattern is 100,100 characters
    # long with the articles written twice (81,000 before the lists of sentences, with both
    # written once); the guards alone made it 97,000 with both twice. A failed try of the loop
    # costs one test of "§".
    provision_separator = f"{gap}{_guarded(PROVISION_SEPARATOR)}{gap}(?={_part(SECTION_SIGN)})"
    provisions = _listed(provision, provision_separator)
    article = f"{_token(ARTICLE)}(?>{subdivisions})"  # čl. 6 odst. 1 písm. e)
    article_separator = (  # "čl. 6 a 9", "čl. 6 a čl. 9"
        f"{gap}{_guarded(LIST_SEPARATOR)}{gap}(?:{_token(ARTICLE_WORD)}{gap})?+(?={_part(ARTICLE)})"
    )
    # Each article after the first written again after its separator: no stop is safe after an
    # article, since what follows it with no blank can start as an article does and be its act
    # ("čl. 6 písm. a)108/2006 Sb.") or the act's name ("a)Listiny"), which a stop would take.
    articles = f"{_token(ARTICLE_WORD)}{gap}{article}(?:{article_separator}{article})*+"
    article_act = (
        f"(?>{act}"
        f"|{_ahead(_first_letters(index.article_spellings), ignore_case=True)}"
        f"{_token(article_names_of(acts))})"
    )
    # "téhož zákona" has no trailer; the lookahead fails at once where no anaphora can start.
    anaphora = f"(?=[tTuUcCvVsS]){_token(ANAPHORA)}"

    return re.compile(
        f"(?>{provisions}(?:{gap}(?>{act}{trailer}|{anaphora}))?+"
        f"|{articles}(?:{gap}(?>{article_act}{trailer}|{anaphora}))?+"
        f"|(?!{_part(ANAPHORA)}){act}{trailer}(?:{gap},{gap}{provisions})?+)"
    )
