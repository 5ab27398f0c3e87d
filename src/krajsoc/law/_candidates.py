"""Where a citation may start in a long text: the *tokenize* step of extraction.

Each kind of start is found by a search that runs in C over the whole text, one pass per
literal, since the passes are most of what extraction costs on a long text:

* each ``§``;
* the act number before each ``Sb.``, found from the ``/`` of its number: ``/`` is one
  character, which ``str.find`` looks for at memory speed, where the two of ``Sb`` cost a slower
  search of their own; every number the collection follows holds one ("108/2006 Sb.");
* each "čl.", "Čl." or "článku";
* up to a name's depth of words before each "(EU)";
* each word of an act's name that holds a stem (:data:`~krajsoc.law._names.NAME_STEMS`), and the
  words before it that a name can start with. A stem and its form without diacritics ("ákon",
  "akon") are found in one pass when they share two letters or more: the pattern searches for the
  shared letters ("kon") and checks the rest around them without leaving C.

Examples:
    >>> from krajsoc.law._act_registry import BUILT_IN_ACTS
    >>> text = "dle § 10 zákona č. 582/1991 Sb. a podle správního řádu"
    >>> [text[at:at + 9] for at in candidates(text, BUILT_IN_ACTS.index)]
    ['§ 10 záko', 'zákona č.', 'správního']
    >>> [text[at - 12:at + 2] for at in collections(text)]
    ['č. 582/1991 Sb']
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator

import attrs

from krajsoc.law import _patterns as p
from krajsoc.law._names import EU_MARK, NameIndex
from krajsoc.law._stem_search import StemSearch, stem_searches

__all__ = ["candidates", "collections", "occurrences"]


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Every offset of ``literal`` in ``text``, in order."""
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def collections(text: str) -> Iterator[int]:
    """The offset of each "Sb" that follows an act's number and year ("č. 108/2006 Sb."), in order.

    A "Sb" with no number before it starts no citation, so only those after a ``/`` are sought.
    """
    for at in occurrences(text, "/"):
        found = p.SLASH_TO_COLLECTION.match(text, at)
        if found is not None:
            yield found.end()


@functools.lru_cache(maxsize=64)
def _stem_searches(index: NameIndex) -> tuple[StemSearch, ...]:
    return stem_searches(index.stems)


def _plain(word: str) -> str:
    """``word`` as the patterns read a name's letters: "Řádu" → "radu"."""
    return word.lower().translate(p.PLAIN_LETTERS)


@attrs.frozen
class _NameWords:
    """What the walk back from a name's word needs to know, every word in plain letters.

    Attributes:
        words: A name's word as the text writes it, lower-cased → its plain letters, whether a
            name starts with it, and how many words before it a name can start (0 where no
            name has a word before it, so the walk takes no step).
        first: The words a name starts with.
        before: Word → the words that come right before it in a name.
    """

    words: dict[str, tuple[str, bool, int]]
    first: frozenset[str]
    before: dict[str, tuple[str, ...]]


@functools.lru_cache(maxsize=64)
def _name_words(index: NameIndex) -> _NameWords:
    first: set[str] = set()
    before: dict[str, set[str]] = {}
    for spelling in index.spellings:
        words = spelling.split()
        if words[0][0].isalpha():
            first.add(_plain(p.LETTER_RUN.findall(words[0])[0]))
        for previous, word in itertools.pairwise(words):
            # The walk crosses white space between letters only: "(správní řád)", not "řád) a".
            if word[0].isalpha() and previous[-1].isalpha():
                key = _plain(p.LETTER_RUN.findall(word)[0])
                before.setdefault(key, set()).add(_plain(p.LETTER_RUN.findall(previous)[-1]))
    by_word = {}
    for word, depth in index.word_depth.items():
        plain = word.translate(p.PLAIN_LETTERS)
        by_word[word] = (plain, plain in first, depth if plain in before else 0)
    return _NameWords(
        by_word, frozenset(first), {word: tuple(sorted(keys)) for word, keys in before.items()}
    )


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    """Past the letters (``str.isalpha``) at ``pos``."""
    end = p.LETTERS.match(text, pos).end()  # type: ignore[union-attr]  # matches empty text
    if text[pos:end].isalpha():  # no letter-like non-letter ("²") inside: the common case
        return end
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def _blanks_before(text: str, pos: int) -> int:
    """Where the white space before ``pos`` starts, crossing at most one line break.

    As :data:`~krajsoc.law._patterns.GAP` crosses it forwards: a CR and LF, U+202F, a blank on
    either side of the line break.
    """
    at = pos
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] == "\n":
        at -= 1
        while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
            at -= 1
    return at


def _previous_word_start(text: str, pos: int) -> int:
    at = _blanks_before(text, pos)
    return _word_start(text, at) if at < pos else pos


def _article_starts(text: str) -> Iterator[int]:
    """Where an article may start: "čl.", "Čl." or "článku" (not "člen")."""
    for found in p.ARTICLE_LETTERS.finditer(text):
        at = found.start() - 1
        if p.ARTICLE_WORD.match(text, at):
            yield at


def _eu_starts(text: str, index: NameIndex) -> Iterator[int]:
    """Where a citation of an EU act by number may start: up to its name's depth before "(EU)"."""
    depth = index.word_depth.get(EU_MARK.lower())
    if depth is None:
        return
    for at in occurrences(text, EU_MARK):
        word = at
        yield word
        for _ in range(depth):
            word = _previous_word_start(text, word)
            yield word


def _name_word_ends(text: str, searches: Iterable[StemSearch]) -> list[tuple[int, int]]:
    """Where each word holding a stem at one of its offsets starts and ends, in order.

    "radu", not "poradenství": the start is the stem's offset back, where the letters run from a
    non-letter to the stem. Each word once however many stems it holds.
    """
    found: dict[int, int] = {}
    for search in searches:
        back = search.back
        for match in search.pattern.finditer(text):
            at = match.start() - back
            end = match.end()  # past the letter-like characters, a superset of letters
            if not text[at:end].isalpha():  # "zákonem³zákona": the word ends at "³"
                _split_run(text, search, match, found)
            elif (word := _word_with_stem(text, at, search.offsets_of(match))) is not None:
                found[word] = end
    return sorted(found.items())


def _word_with_stem(text: str, at: int, offsets: tuple[int, ...]) -> int | None:
    """Where the word starts that holds the stem at ``at`` at one of its ``offsets``, if any."""
    for offset in offsets:
        word = at - offset
        if word < 0 or (word > 0 and text[word - 1].isalpha()):
            continue
        if offset == 0 or text[word:at].isalpha():
            return word
    return None


def _split_run(text: str, search: StemSearch, match: re.Match[str], found: dict[int, int]) -> None:
    """The words of a run of letter-like characters that holds a non-letter ("zákonem³zákona").

    The search goes on from the end of each word's letters, within the run ("³zákona"), since a
    second stem in the same word gives the same word. Such runs are rare, so this path calls
    ``search`` once per word where the common path iterates.
    """
    limit = match.end()
    found_here: re.Match[str] | None = match
    while found_here is not None:
        at = found_here.start() - search.back
        end = _word_end(text, at)
        if (word := _word_with_stem(text, at, search.offsets_of(found_here))) is not None:
            found[word] = end
        found_here = search.pattern.search(text, max(end, found_here.start() + 1), limit)


def candidates(text: str, index: NameIndex) -> list[int]:
    """Offsets where a citation may start at a ``§``, an article or a name, in order.

    A name's word that holds a stem is a start if a name can start with it ("zákona"); so is each
    word before it, up to the word's depth in a name, while the words are a name's words and
    where a name can start with one ("správního" before "řádu"). Each word is measured once,
    however many stems it holds ("řádřádřád…"), so the cost is linear in the text.
    """
    starts = set(occurrences(text, "§"))
    starts.update(_article_starts(text))
    starts.update(_eu_starts(text, index))
    names = _name_words(index)
    words, first, before = names.words, names.first, names.before
    for word, end in _name_word_ends(text, _stem_searches(index)):
        found = words.get(text[word:end].lower())
        if found is None:  # "rada", "zákonný": no name has this word
            continue
        key, starts_name, depth = found
        if starts_name:
            starts.add(word)
        for _ in range(depth):  # no step where no name has a word before this one
            previous = _previous_name_word(text, word, before.get(key, ()))
            if previous is None:
                break
            word, key = previous
            if key in first:
                starts.add(word)
    return sorted(starts)


def _previous_name_word(text: str, pos: int, keys: tuple[str, ...]) -> tuple[int, str] | None:
    """The word before ``pos`` and its plain letters, if it is one of ``keys``, else ``None``.

    The words are apart by white space with at most one line break (:func:`_blanks_before`); the
    word is the whole run of letters (``str.isalpha``) before it, compared in plain letters:
    "správního".
    """
    at = _blanks_before(text, pos)
    if at == pos:  # no white space between
        return None
    for key in keys:
        start = at - len(key)
        if start < 0 or (start > 0 and text[start - 1].isalpha()):
            continue
        word = text[start:at]
        if word.isalpha() and word.lower().translate(p.PLAIN_LETTERS) == key:
            return start, key
    return None
