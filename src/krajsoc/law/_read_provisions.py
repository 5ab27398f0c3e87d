"""Reading provisions before their act: ``§ 93 odst. 1 a 2``, ``§ 42h, § 42l``, ``§ 42g až 42n``.

A provision is a section with its subdivisions, a sentence (``věty první``) and "and following"
(``a násl.``) last; a list of sections may drop the ``§`` of all but the first (``§ 48 a 49``,
``§§ 10, 11 a 12``) where the section before names no more than its number; provisions joined by
"ve spojení s" share the act named at the end as a list does; a list of subsections, letters or
points at the end of a provision (``odst. 1 a 2``, ``písm. c), d) nebo e)``, ``bod 1 a 2``)
expands to one provision per item, sharing everything before it. A list ends the provision:
``odst. 1 a 2 písm. c)`` is not read as one. An item that repeats its level's word is a provision
of its own below that level: ``odst. 1 a odst. 3 písm. b)``, ``písm. a) a písm. c)``. Ranges of
subdivisions (``odst. 1 až 3``) are not read: a reference holds a range of sections only, and
expanding a range would put words in the text's mouth.

Each reader takes the text, a position and the mode: in *strict* mode a token that starts well and
ends badly raises :class:`~krajsoc.errors.CitationError`; in *lenient* mode the provision ends
before it (see :mod:`krajsoc.law._parse`).

Examples:
    >>> [(item.subsection, item.letter) for item in read_provisions("§ 9 odst. 1 a 2", 0, True)[0]]
    [(1, None), (2, None)]
    >>> read_provisions("§ 93 odst. 1000", 0, True)
    Traceback (most recent call last):
    ...
    krajsoc.errors.CitationError: a subsection number has at most 3 digits (1 to 999) at ...
"""

from __future__ import annotations

import re
from typing import NamedTuple

from krajsoc.errors import CitationError
from krajsoc.law import _patterns as p
from krajsoc.law._reference import MAX_SENTENCE, MAX_SUBDIVISION, Sentence

__all__ = ["Provision", "fail", "read_provisions", "skip"]

_EXAMPLES = {"subsection": "odst. 1", "point": "bod 1"}


class Provision(NamedTuple):
    """A provision before its act is known: ``§ 93 odst. 1 písm. c)`` or ``čl. 6 odst. 1``.

    For an article, ``article`` is true and ``section`` holds the article's number. A named tuple,
    not an attrs class: the scanner copies one with a level more for each level it reads, and
    ``_replace`` costs a fraction of ``attrs.evolve``.
    """

    section: str
    section_end: str | None = None
    subsection: int | None = None
    letter: str | None = None
    point: int | None = None
    article: bool = False
    sentence: Sentence | None = None
    following: bool = False

    @property
    def is_plain(self) -> bool:
        """Whether it names its section only, so that a bare section may follow (``§ 48 a 49``)."""
        return self == Provision(self.section, article=self.article)


def skip(text: str, pos: int) -> int:
    """Past the white space between two tokens (at most one line break)."""
    return p.GAP.match(text, pos).end()  # type: ignore[union-attr]  # GAP matches empty text


def fail(strict: bool, problem: str, position: int, expected: str) -> None:
    """In strict mode, raise the :class:`CitationError`; in lenient mode, do nothing."""
    if strict:
        raise CitationError(problem, position=position, expected=expected)


def _number(name: str, text: str, at: int, strict: bool) -> re.Match[str] | None:
    """A subsection or point number at ``at``; a bad one fails naming the bound."""
    number = p.NUMBER.match(text, at)
    if number is None:
        example = f"e.g. '{_EXAMPLES[name]}'"
        if p.LONG_NUMBER.match(text, at):
            problem = f"a {name} number has at most 3 digits (1 to {MAX_SUBDIVISION})"
            fail(strict, problem, at, example)
        else:
            fail(
                strict, f"a {name} must be a whole number from 1 to {MAX_SUBDIVISION}", at, example
            )
    return number


def _number_after(
    word: re.Pattern[str], name: str, text: str, pos: int, strict: bool
) -> tuple[int, int] | None:
    """``odst. 2`` / ``bod 3`` at ``pos``: the number and the end, or ``None``."""
    head = word.match(text, pos)
    if head is None:
        return None
    number = _number(name, text, skip(text, head.end()), strict)
    return None if number is None else (int(number[0]), number.end())


def _more(
    item: re.Pattern[str], name: str, text: str, end: int, strict: bool
) -> tuple[list[str], int]:
    """The further items of a list after its first: ``, 2 a 3`` or ``, d) nebo e)``."""
    found: list[str] = []
    while True:
        separator = p.LIST_SEPARATOR.match(text, skip(text, end))
        if separator is None:
            return found, end
        at = skip(text, separator.end())
        following = item.match(text, at)
        if following is None:
            if item is p.NUMBER and p.LONG_NUMBER.match(text, at):
                _number(name, text, at, strict)  # says why in strict mode
            return found, end
        found.append(following[1] if item is p.LETTER_ITEM else following[0])
        end = following.end()


def _subdivisions(
    provision: Provision, text: str, end: int, strict: bool
) -> tuple[list[Provision], int]:
    """The subsection, letter and point after a section, lists expanded.

    Then the further items that repeat a level's word: ``odst. 1 a odst. 3 písm. b)``, ``písm. a)
    a písm. c)`` (:func:`_again`).
    """
    listed, end = _levels(provision, text, end, strict, _SUBSECTION)
    return _again(listed, text, end, strict)


_SUBSECTION, _LETTER, _POINT = range(3)  # the levels below a section, from the top


def _levels(
    provision: Provision, text: str, end: int, strict: bool, level: int
) -> tuple[list[Provision], int]:
    """The subdivisions from ``level`` down, lists expanded; ``provision`` holds those above."""
    if level == _SUBSECTION:
        subsection = _number_after(p.SUBSECTION_WORD, "subsection", text, skip(text, end), strict)
        if subsection is not None:
            provision, end = provision._replace(subsection=subsection[0]), subsection[1]
            more, end = _more(p.NUMBER, "subsection", text, end, strict)
            if more:
                listed = [provision, *(provision._replace(subsection=int(n)) for n in more)]
                return listed, end
    head = p.LETTER_WORD.match(text, skip(text, end)) if level <= _LETTER else None
    if head is not None:
        at = skip(text, head.end())
        letter = p.LETTER.match(text, at)
        if letter is None:
            fail(strict, "a letter must be a lower-case letter", at, "e.g. 'písm. c)' or 'ch)'")
            return [provision], end
        provision, end = provision._replace(letter=letter[1]), letter.end()
        letters, end = _more(p.LETTER_ITEM, "letter", text, end, strict)
        if letters:
            return [provision, *(provision._replace(letter=x) for x in letters)], end
    point = _number_after(p.POINT_WORD, "point", text, skip(text, end), strict)
    if point is not None:
        provision, end = provision._replace(point=point[0]), point[1]
        points, end = _more(p.NUMBER, "point", text, end, strict)
        if points:
            return [provision, *(provision._replace(point=int(n)) for n in points)], end
    return _tail(provision, text, end, strict)


# Each level: its field, its word, and what an item that repeats the word keeps of the item before
# it: the levels above ("odst.": the section; "písm.": the section and the subsection).
_REPEATED = (
    (_SUBSECTION, "subsection", p.SUBSECTION_WORD, ("section", "article")),
    (_LETTER, "letter", p.LETTER_WORD, ("section", "subsection", "article")),
    (_POINT, "point", p.POINT_WORD, ("section", "subsection", "letter", "article")),
)


def _again(
    listed: list[Provision], text: str, end: int, strict: bool
) -> tuple[list[Provision], int]:
    """The items after ``listed`` that repeat the word of a level the last one has.

    "§ 5 odst. 1 a odst. 3 písm. b)" is § 5 odst. 1 and § 5 odst. 3 písm. b): the item keeps the
    levels above the repeated word ("odst.": the section; "písm.": the section and subsection) and
    reads its own below it. A word of a level the item before does not have ("§ 5 odst. 1 a písm.
    c)") is no item of the list, nor a word whose number or letter does not follow: the list ends
    before the separator. Read in a loop, so a list of any length takes no recursion.
    """
    while True:
        separator = p.LIST_SEPARATOR.match(text, skip(text, end))
        if separator is None:
            return listed, end
        at = skip(text, separator.end())
        last = listed[-1]
        for level, field, word, kept in _REPEATED:
            if getattr(last, field) is not None and word.match(text, at) is not None:
                above = Provision(**{name: getattr(last, name) for name in kept})
                more, after = _levels(above, text, at, strict, level)
                if getattr(more[0], field) is None:  # the word without its number or letter
                    return listed, end
                listed.extend(more)
                end = after
                break
        else:
            return listed, end


_TAIL_FIRST = frozenset(",vVaA")  # what a sentence word or "a násl." starts with


def _tail(provision: Provision, text: str, end: int, strict: bool) -> tuple[list[Provision], int]:
    """The sentences and "a násl." that may end a provision: ``věty první``, ``a násl.``.

    A list of sentences by their ordinals is one provision per sentence: ``věty první a druhé``,
    ``věty první a věty třetí``; "a násl." after it belongs to the last.
    """
    at = skip(text, end)
    if text[at : at + 1] not in _TAIL_FIRST:  # most provisions: one look, no pattern tried
        return [provision], end
    listed = [provision]
    head = p.SENTENCE_WORD.match(text, at)
    if head is not None:
        sentence = _sentence(text, skip(text, head.end()), strict)
        if sentence is None:
            return listed, end
        listed[0], end = provision._replace(sentence=sentence[0]), sentence[1]
        end = _more_sentences(listed, text, end, strict)
    following = p.FOLLOWING.match(text, skip(text, end))
    if following is not None:
        listed[-1], end = listed[-1]._replace(following=True), following.end()
    return listed, end


def _more_sentences(listed: list[Provision], text: str, end: int, strict: bool) -> int:
    """The sentences listed after the first, appended to ``listed``; the end.

    ", druhé", " nebo poslední" by their ordinals; " a věty třetí", " a věta 3" with the word
    again, which may take a number. A number without the word ("a 2") is no item, since a list of
    provisions goes on with one as often.
    """
    while True:
        separator = p.LIST_SEPARATOR.match(text, skip(text, end))
        if separator is None:
            return end
        at = skip(text, separator.end())
        word = p.SENTENCE_WORD.match(text, at)
        if word is not None:  # "a věty třetí": as the first, by ordinal or number
            sentence = _sentence(text, skip(text, word.end()), strict)
        elif (ordinal := p.SENTENCE_ORDINAL.match(text, at)) is not None:
            sentence = p.sentence_of(ordinal[0]), ordinal.end()
        else:
            sentence = None
        if sentence is None:
            return end
        listed.append(listed[0]._replace(sentence=sentence[0]))
        end = sentence[1]


def _sentence(text: str, at: int, strict: bool) -> tuple[Sentence, int] | None:
    """``první`` / ``poslední`` / ``2`` after ``věty`` at ``at``: the sentence and the end."""
    ordinal = p.SENTENCE_ORDINAL.match(text, at)
    if ordinal is not None:
        return p.sentence_of(ordinal[0]), ordinal.end()
    number = p.SENTENCE_NUMBER.match(text, at)
    if number is not None:
        return int(number[0]), number.end()
    expected = (
        f"'věty první' … 'věty desáté', 'věty poslední', or 'věta 1' to 'věta {MAX_SENTENCE}'"
    )
    problem = f"a sentence is numbered from 1 to {MAX_SENTENCE} or is the last ('poslední')"
    fail(strict, problem, at, expected)
    return None


def _provision(
    text: str, pos: int, strict: bool, *, bare: bool = False
) -> tuple[list[Provision], int] | None:
    """One provision starting with ``§`` at ``pos``, expanded where it ends in a list.

    With ``bare``, the provision starts with its number, its ``§`` left out: "49" in "§ 48 a 49".
    """
    if bare:
        at = pos
    else:
        sign = p.SECTION_SIGN.match(text, pos)
        if sign is None:
            return None
        at = skip(text, sign.end())
    section = p.SECTION.match(text, at)
    if section is None:
        if p.LONG_SECTION.match(text, at):
            problem = "a section number has at most 4 digits (1 to 9999) and 2 letters"
            fail(strict, problem, at, "e.g. '§ 93' or '§ 117ca'")
        else:
            expected = "a number from 1 to 9999, e.g. '§ 93' or '§ 42h'"
            fail(strict, "'§' must be followed by a section number", at, expected)
        return None
    provision = Provision(section[0].lower())
    end = section.end()
    joined = p.RANGE_WORD.match(text, skip(text, end))
    if joined is not None:
        last = p.SECTION.match(text, joined.end())
        if last is not None:  # a range names no subsection, letter or point
            return [provision._replace(section_end=last[0].lower())], last.end()
        fail(strict, "a range must end with a section number", joined.end(), "e.g. '§ 42g až 42n'")
        return [provision], end
    listed, end = _subdivisions(provision, text, end, strict)
    final = listed[-1]
    divided = (final.subsection, final.letter, final.point) != (None, None, None)
    if strict and divided and p.RANGE_WORD.match(text, skip(text, end)):
        fail(
            strict,
            "a range of subsections, letters or points is not read as references",
            skip(text, end),
            "the items listed, e.g. 'odst. 1, 2 a 3'",
        )
    return listed, end


def read_provisions(text: str, pos: int, strict: bool) -> tuple[list[Provision], int] | None:
    """A list of provisions sharing an act at ``pos``, and where it ends: ``§ 42h, § 42l``."""
    first = _provision(text, pos, strict)
    if first is None:
        return None
    found, end = first
    while True:
        separator = p.PROVISION_SEPARATOR.match(text, skip(text, end))
        if separator is None:
            return found, end
        at = skip(text, separator.end())
        if p.SECTION_SIGN.match(text, at) is not None:
            following = _provision(text, at, strict)
        elif (
            found[-1].is_plain
            and p.LIST_SEPARATOR.fullmatch(separator[0]) is not None
            and p.BARE_SECTION.match(text, at) is not None
        ):
            following = _provision(text, at, strict, bare=True)
        else:
            return found, end
        if following is None:
            return found, end
        found.extend(following[0])
        end = following[1]
