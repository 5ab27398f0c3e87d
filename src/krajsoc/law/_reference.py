"""A reference to a provision of an act: § 93 odst. 1 písm. c) zákona č. 108/2006 Sb.

Czech citation style names the section (paragraf, ``§``), subsection (odstavec, ``odst.``),
letter (písmeno, ``písm.``; letters run a, b, c, ..., h, ch, i, ...), point (``bod``) and sentence
(věta, ``věta první``), then the act in the genitive. A range of sections (``§ 42g až 42n``) stays
one reference, and so does "and following" (``§ 78 a násl.``).

Examples:
    >>> from krajsoc.law import act
    >>> ref = LegalReference(act("108/2006"), section="93", subsection=1, letter="c")
    >>> str(ref)
    '§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.'
    >>> ref.short
    '§ 93 odst. 1 písm. c) zákona o sociálních službách'
    >>> str(LegalReference(act("359/1999"), section="16", subsection=1, sentence=1))
    '§ 16 odst. 1 věta první zákona č. 359/1999 Sb.'
    >>> str(LegalReference(act("359/1999"), section="16", subsection=1, sentence=LAST_SENTENCE))
    '§ 16 odst. 1 věta poslední zákona č. 359/1999 Sb.'
    >>> str(LegalReference(act("108/2006"), section="78", following=True))
    '§ 78 a násl. zákona č. 108/2006 Sb.'
    >>> LegalReference(act("108/2006"), letter="c")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: a letter needs a section; expected a section such as '93'
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal, TypeAlias

import attrs

from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError
from krajsoc.law._act import Act

__all__ = [
    "LAST_SENTENCE",
    "LETTERS",
    "MAX_SENTENCE",
    "MAX_SUBDIVISION",
    "SENTENCE_WORDS",
    "LegalReference",
    "Sentence",
    "is_article_number",
    "roman_value",
]

LETTERS: tuple[str, ...] = (
    "a", "b", "c", "d", "e", "f", "g", "h", "ch", "i", "j", "k", "l", "m", "n", "o", "p", "q",
    "r", "s", "t", "u", "v", "w", "x", "y", "z",
)  # fmt: skip
"""Letters of subdivisions in Czech alphabetical order: ``ch`` comes after ``h``."""

_SECTION = re.compile(r"(?=[0-9]{0,3}[1-9])([0-9]{1,4})([a-z]{0,2})")  # 1 to 9999
_ROMAN = re.compile(r"(?=[IVXLCDM])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
MAX_SUBDIVISION = 999
"""The highest subsection or point number accepted: statutes number them in two digits at most."""
MAX_SENTENCE = 10
"""The highest sentence number accepted: a subsection of more than ten sentences is not drafted,
and sentences are cited by their ordinal word ("věty první" … "věty desáté")."""
SENTENCE_WORDS: tuple[str, ...] = (
    "první", "druhá", "třetí", "čtvrtá", "pátá", "šestá", "sedmá", "osmá", "devátá", "desátá",
)  # fmt: skip
"""The ordinal of each sentence in the nominative, as a reference renders it: ``věta první``."""
LAST_SENTENCE: Final = "last"
"""The sentence of a reference that is the last of its subsection (``věty poslední``).

Laws cite it so ("§ 16 odst. 1 věty poslední") where the subsection's sentences are not counted;
which sentence it is depends on the wording in force, so it stays "the last", not a number."""
Sentence: TypeAlias = int | Literal["last"]
"""A reference's sentence: its number, 1 to :data:`MAX_SENTENCE`, or :data:`LAST_SENTENCE`."""
_LETTER_RANK = {letter: rank for rank, letter in enumerate(LETTERS)}


def _section_key(section: str | None) -> tuple[int, ...]:
    if section is None:
        return (-1,)
    match = _SECTION.fullmatch(section)
    assert match is not None  # validated on construction
    return (int(match[1]), *(_LETTER_RANK.get(ch, 99) for ch in match[2]))


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral already checked: ``'XIV'`` → 14."""
    total = 0
    for ch, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def is_article_number(text: str) -> bool:
    """Whether ``text`` numbers an article: ``'6'``, ``'10a'`` or a Roman numeral ``'II'``."""
    return bool(_SECTION.fullmatch(text) or _ROMAN.fullmatch(text))


def _article_key(article: str | None) -> tuple[int, ...]:
    if article is None:
        return (-1,)
    if _ROMAN.fullmatch(article):  # amending acts' articles (čl. I, II) after numbered ones
        return (10_000 + roman_value(article),)
    return _section_key(article)


def _optional_key(value: int | None) -> int:
    return -1 if value is None else value


def _sentence_key(value: Sentence | None) -> int:
    if value == LAST_SENTENCE:
        return MAX_SENTENCE + 1  # after every numbered sentence
    return -1 if value is None else int(value)


def _letter_key(letter: str | None) -> int:
    return -1 if letter is None else _LETTER_RANK[letter]


def _act_key(value: Act | None) -> tuple[int, int]:
    return (0, 0) if value is None else (value.year, value.number)


def _check_act(instance: Any, attribute: attrs.Attribute[Act | None], value: object) -> None:
    if value is not None and not isinstance(value, Act):
        raise TypeError(
            f"the act of a reference must be an Act or None, not {type(value).__name__}; "
            "use act('108/2006') or parse_citation() for text"
        )


def _check_section(instance: Any, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(
            f"{attribute.name} of a reference must be text such as '93' or '42h', "
            f"not {type(value).__name__}"
        )
    if not _SECTION.fullmatch(value):
        raise InvalidInputError(
            f"section {quote(value)} is not a section number",
            where=attribute.name,
            expected="a number from 1 to 9999 optionally followed by one or two letters, "
            "e.g. '93' or '42h'",
        )


def _check_sentence(
    instance: Any, attribute: attrs.Attribute[Sentence | None], value: object
) -> None:
    if value is None or value == LAST_SENTENCE:
        return
    if isinstance(value, str):
        raise InvalidInputError(
            f"sentence {quote(value)} is text, and the only text a sentence takes is 'last'",
            where="sentence",
            expected=f"a whole number (int) from 1 to {MAX_SENTENCE}, or LAST_SENTENCE ('last')",
        )
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(
            "sentence of a reference must be a whole number (int) or LAST_SENTENCE, "
            f"not {type(value).__name__}"
        )
    if not 1 <= value <= MAX_SENTENCE:
        raise InvalidInputError(
            f"sentence {quote(value)} is out of range",
            where="sentence",
            expected=f"a whole number from 1 to {MAX_SENTENCE} (věta první … desátá), "
            "or LAST_SENTENCE ('last', věta poslední)",
        )


def _check_following(instance: Any, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(
            f"following of a reference must be True or False, not {type(value).__name__}"
        )


def _check_article(instance: Any, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(
            f"article of a reference must be text such as '6' or 'II', not {type(value).__name__}"
        )
    if not is_article_number(value):
        raise InvalidInputError(
            f"article {quote(value)} is not an article number",
            where="article",
            expected="1 to 4 digits optionally followed by one or two letters, or a Roman numeral"
            ", e.g. '6', '10a' or 'II'",
        )


def _check_positive(instance: Any, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(
            f"{attribute.name} of a reference must be a whole number (int), "
            f"not {type(value).__name__}"
        )
    if not 1 <= value <= MAX_SUBDIVISION:
        raise InvalidInputError(
            f"{attribute.name} {quote(value)} is not positive"
            if value < 1
            else f"{attribute.name} {quote(value)} is too large",
            where=attribute.name,
            expected=f"a whole number from 1 to {MAX_SUBDIVISION}",
        )


def _check_letter(instance: Any, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(
            f"letter of a reference must be text such as 'c' or 'ch', not {type(value).__name__}"
        )
    if value not in _LETTER_RANK:
        raise InvalidInputError(
            f"letter {quote(value)} is not a letter of a subdivision",
            where="letter",
            expected="one of a–h, ch, i–z (lower case)",
        )


@attrs.frozen(order=True)
class LegalReference:
    """A provision of an act, or a whole act: frozen, hashable and ordered.

    References order by act (year, number), then section, subsection, letter (Czech order, so
    ``h`` < ``ch`` < ``i``) and point. ``act`` is ``None`` where a text cites a paragraph with no
    act nearby: the act is then unresolved, never guessed.

    Attributes:
        act: The act, or ``None`` when unresolved.
        section: Section (paragraf) number with its letter suffix, e.g. ``'42h'``; ``None`` for
            the whole act or an article.
        subsection: Subsection (odstavec) number.
        letter: Letter (písmeno), e.g. ``'c'`` or ``'ch'``.
        point: Point (bod) number.
        section_end: Last section of a range ``§ 42g až 42n``; ``None`` for a single section.
        article: Article (článek) number instead of a section, e.g. ``'6'`` in "čl. 6 odst. 1
            písm. e) nařízení (EU) 2016/679", ``'II'`` in an amending act; ``None`` for a
            section or a whole act.
        sentence: Sentence (věta) number, 1 to 10: ``věta první`` is 1; :data:`LAST_SENTENCE`
            for ``věta poslední``.
        following: Whether the reference reads "and following" (``§ 78 a násl.``): the provision
            and those after it, as far as they belong together; one reference.
    """

    act: Act | None = attrs.field(validator=_check_act, order=_act_key)
    section: str | None = attrs.field(
        default=None, validator=_check_section, order=_section_key, kw_only=True
    )
    subsection: int | None = attrs.field(
        default=None, validator=_check_positive, order=_optional_key, kw_only=True
    )
    letter: str | None = attrs.field(
        default=None, validator=_check_letter, order=_letter_key, kw_only=True
    )
    point: int | None = attrs.field(
        default=None, validator=_check_positive, order=_optional_key, kw_only=True
    )
    section_end: str | None = attrs.field(
        default=None, validator=_check_section, order=_section_key, kw_only=True
    )
    article: str | None = attrs.field(
        default=None, validator=_check_article, order=_article_key, kw_only=True
    )
    sentence: Sentence | None = attrs.field(
        default=None, validator=_check_sentence, order=_sentence_key, kw_only=True
    )
    following: bool = attrs.field(default=False, validator=_check_following, kw_only=True)

    def __attrs_post_init__(self) -> None:
        parts = {
            "subsection": self.subsection,
            "letter": self.letter,
            "point": self.point,
            "sentence": self.sentence,
        }
        if self.article is not None:
            if self.section is not None or self.section_end is not None:
                raise InvalidInputError(
                    "a reference names a section or an article, not both",
                    expected="section='93' or article='6'",
                )
            return
        if self.section is None:
            for name, value in parts.items():
                if value is not None:
                    raise InvalidInputError(
                        f"a {name} needs a section", expected="a section such as '93'"
                    )
            if self.section_end is not None:
                raise InvalidInputError(
                    "a range needs its first section", expected="a section such as '42g'"
                )
            if self.following:
                raise InvalidInputError("'a násl.' needs a section", expected="e.g. '§ 78 a násl.'")
            if self.act is None:
                raise InvalidInputError(
                    "a reference needs a section or an act", expected="e.g. '§ 93' or an act"
                )
        if self.section_end is not None and (
            self.following or any(value is not None for value in parts.values())
        ):
            raise InvalidInputError(
                "a range of sections cannot name a subsection, letter, point, sentence or "
                "'a násl.'",
                expected="'§ 42g až 42n' alone",
            )

    @property
    def is_whole_act(self) -> bool:
        """Whether the reference is to a whole act, with no section or article."""
        return self.section is None and self.article is None

    @property
    def is_range(self) -> bool:
        """Whether the reference is a range of sections (``§ 42g až 42n``)."""
        return self.section_end is not None

    @property
    def provision(self) -> str:
        """The provision without the act: ``'§ 93 odst. 1 písm. c)'``; ``''`` for a whole act."""
        if self.article is not None:
            text = f"čl. {self.article}"
        elif self.section is None:
            return ""
        else:
            text = f"§ {self.section}"
        if self.section_end is not None:
            text += f" až {self.section_end}"
        if self.subsection is not None:
            text += f" odst. {self.subsection}"
        if self.letter is not None:
            text += f" písm. {self.letter})"
        if self.point is not None:
            text += f" bod {self.point}"
        if self.sentence == LAST_SENTENCE:
            text += " věta poslední"
        elif self.sentence is not None:
            text += f" věta {SENTENCE_WORDS[self.sentence - 1]}"
        if self.following:
            text += " a násl."
        return text

    @property
    def short(self) -> str:
        """The reference with the act's short name: ``'§ 40 odst. 1 správního řádu'``."""
        if self.act is None:
            return self.provision
        if self.is_whole_act:
            return self.act.short_name
        return f"{self.provision} {self.act.short_name_genitive}"

    def __str__(self) -> str:
        if self.act is None:
            return self.provision
        if self.is_whole_act:
            return self.act.citation
        return f"{self.provision} {self.act.citation_genitive}"

    def __repr__(self) -> str:
        return f"LegalReference({str(self)!r})"
