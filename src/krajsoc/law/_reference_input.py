"""A :class:`LegalReference` from the outside: citation text or a structured mapping.

These are the two forms a pydantic field accepts. A mapping is type-checked key by key, so a
wrong value says which field wanted what instead of failing deep inside the value.

Examples:
    >>> str(reference_from_mapping({"act": "108/2006", "section": 93, "subsection": "1"}))
    '§ 93 odst. 1 zákona č. 108/2006 Sb.'
    >>> reference_from_mapping({"act": "108/2006", "section": "93", "subsection": "x"})
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: field 'subsection' of a reference must be a whole number, ...
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from krajsoc._boundary import text_value
from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError
from krajsoc.law._act import Act
from krajsoc.law._names import act
from krajsoc.law._parse import parse_citation
from krajsoc.law._reference import (
    LAST_SENTENCE,
    MAX_SENTENCE,
    MAX_SUBDIVISION,
    LegalReference,
    Sentence,
)
from krajsoc.law._registry import resolve_act

__all__ = ["reference_from_mapping", "reference_from_text"]


def reference_from_text(text: str) -> LegalReference:
    found = parse_citation(text)
    if len(found) != 1:
        raise InvalidInputError(
            f"the citation names {len(found)} provisions", expected="one provision per field"
        )
    return found[0]


_ACT_ID = re.compile(r"[0-9]{1,4}/[0-9]{4}")  # ASCII digits, short enough to convert
_FIELDS = (
    "act", "section", "section_end", "article", "subsection", "letter", "point", "sentence",
    "following",
)  # fmt: skip


def _text_field(data: Mapping[str, Any], name: str, expected: str) -> str | None:
    """A section or letter: text, or for a section a non-negative int (``93`` → ``'93'``)."""
    value = data.get(name)
    if value is None or isinstance(value, str):
        return value
    if name != "letter" and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    raise InvalidInputError(
        f"field '{name}' of a reference must be text, not {type(value).__name__}",
        where=name,
        expected=expected,
    )


def _following_field(data: Mapping[str, Any]) -> bool:
    """The field for "a násl.": ``true`` or ``false`` (absent or null is ``false``)."""
    value = data.get("following")
    if value is None or isinstance(value, bool):
        return bool(value)
    got = quote(value) if isinstance(value, str) else type(value).__name__
    raise InvalidInputError(
        f"field 'following' of a reference must be true or false, not {got}",
        where="following",
        expected="true for '§ 78 a násl.', false or absent otherwise",
    )


_DIGITS = 9  # the longest text of digits a number field reads ("000000001")


def _number_field(data: Mapping[str, Any], name: str) -> int | None:
    """A subsection, point or sentence: an int, or text of digits (``'1'`` → ``1``).

    A sentence's own message, which names ``'last'`` too, is :func:`_sentence_field`'s.
    """
    value = data.get(name)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= _DIGITS:
        return int(value)
    got = quote(value) if isinstance(value, str) else type(value).__name__
    raise InvalidInputError(
        f"field '{name}' of a reference must be a whole number, not {got}",
        where=name,
        expected=f"a whole number from 1 to {MAX_SUBDIVISION}, e.g. 1 or '1'",
    )


def _sentence_field(data: Mapping[str, Any]) -> Sentence | None:
    """A sentence: as a subsection, or ``"last"`` for the last sentence (``věty poslední``)."""
    value = data.get("sentence")
    if isinstance(value, str) and value == LAST_SENTENCE:
        return LAST_SENTENCE
    try:
        return _number_field(data, "sentence")
    except InvalidInputError:
        got = quote(value) if isinstance(value, str) else type(value).__name__
        raise InvalidInputError(
            f"field 'sentence' of a reference must be a whole number or 'last', not {got}",
            where="sentence",
            expected=f"a whole number from 1 to {MAX_SENTENCE}, e.g. 1 or '1', or 'last' for the "
            "last sentence (věty poslední)",
        ) from None


def reference_from_mapping(data: Mapping[str, Any]) -> LegalReference:
    """``{"act": "108/2006", "section": "93", "subsection": 1, "letter": "c"}``.

    Each key is type-checked: a section may be given as an int (``93``), a subsection, point or
    sentence as text of digits (``"1"``; the last sentence as ``"last"``), ``following`` ("a
    násl.") as a boolean; anything else is an :class:`InvalidInputError` naming the field.
    """
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise InvalidInputError(
            # Keys quoted, never raw: a lone surrogate would make pydantic's errors() fail.
            "a reference has unknown fields " + ", ".join(sorted(map(quote, unknown))),
            expected=", ".join(_FIELDS),
        )
    key = data.get("act")
    item: Act | None
    if key is None or isinstance(key, Act):
        item = key
    elif isinstance(key, str) and _ACT_ID.fullmatch(key):
        number, year = key.split("/")
        item = resolve_act(int(number), int(year))
    elif isinstance(key, str):
        item = act(key)
    else:
        raise InvalidInputError(
            f"field 'act' of a reference must be text, not {type(key).__name__}",
            where="act",
            expected="an act's number/year or name, e.g. '108/2006' or 'správní řád'",
        )
    section_text = "a section number as text or a whole number, e.g. '93', '42h' or 93"
    return LegalReference(
        item,
        section=_text_field(data, "section", section_text),
        section_end=_text_field(data, "section_end", section_text),
        article=_text_field(
            data, "article", "an article number as text or a whole number, e.g. '6' or 'II'"
        ),
        subsection=_number_field(data, "subsection"),
        letter=_text_field(data, "letter", "a letter as text, e.g. 'c' or 'ch'"),
        point=_number_field(data, "point"),
        sentence=_sentence_field(data),
        following=_following_field(data),
    )


# A subsection or point as JSON states it: a number from 1 to MAX_SUBDIVISION, or its digits.
_NUMBER_BOUNDS = {
    "minimum": 1,
    "maximum": MAX_SUBDIVISION,
    "pattern": f"^0*[1-9][0-9]{{0,{len(str(MAX_SUBDIVISION)) - 1}}}$",
    "maxLength": _DIGITS,
}

# The pydantic form of a LegalReference reads citation text with the parser, and the parser builds
# LegalReference values: the form is installed here, where both exist, so that _reference imports
# no parser and there is no import cycle. krajsoc.law imports this module before anything else.
text_value(
    parse=reference_from_text,
    dump=str,
    from_mapping=reference_from_mapping,
    object_schema={
        "type": "object",
        "description": "A reference by its parts; an absent or null part is not cited.",
        "properties": {
            "act": {
                "type": ["string", "null"],
                "description": (
                    "The act: number/year ('108/2006'), an EU act's id ('(EU) 2016/679') or a "
                    "name ('správní řád', 'GDPR')."
                ),
            },
            "section": {
                "type": ["string", "integer", "null"],
                "minimum": 0,
                "description": "The section (paragraf): '93', '42h' or 93.",
            },
            "section_end": {
                "type": ["string", "integer", "null"],
                "minimum": 0,
                "description": "The last section of a range (§§ 10–12).",
            },
            "article": {
                "type": ["string", "integer", "null"],
                "minimum": 0,
                "description": "The article (článek) instead of a section: '6', 'II' or 6.",
            },
            "subsection": {
                "type": ["integer", "string", "null"],
                **_NUMBER_BOUNDS,
                "description": f"The subsection (odstavec), 1 to {MAX_SUBDIVISION}: 1 or '1'.",
            },
            "letter": {"type": ["string", "null"], "description": "The letter (písmeno): 'c'."},
            "point": {
                "type": ["integer", "string", "null"],
                **_NUMBER_BOUNDS,
                "description": f"The point (bod), 1 to {MAX_SUBDIVISION}: 1 or '1'.",
            },
            "sentence": {
                "type": ["integer", "string", "null"],
                "minimum": 1,
                "maximum": MAX_SENTENCE,
                # Digits as the number fields take them (leading zeros too), or "last".
                "pattern": "^(?:0*(?:[1-9]|10)|last)$",
                "maxLength": _DIGITS,
                "description": (
                    f"The sentence (věta) of the subsection, 1 to {MAX_SENTENCE}: 1 or '1'; "
                    "'last' for the last sentence (věty poslední)."
                ),
            },
            "following": {
                "type": ["boolean", "null"],
                "description": "Whether the reference reads 'and following' (§ 78 a násl.).",
            },
        },
        "additionalProperties": False,
    },
    title="LegalReference",
    description=(
        "A provision (section or article) of a Czech or EU act, or a whole act, in Czech "
        "citation style; the act by number or by short name in any listed case. Serialised in "
        "canonical form."
    ),
    examples=[
        "§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.",
        "§ 175 odst. 5 správního řádu",
        "zákon č. 359/1999 Sb.",
        "§ 16 odst. 1 věta první zákona č. 359/1999 Sb.",
        "§ 78 a násl. zákona č. 108/2006 Sb.",
        "čl. 6 odst. 1 písm. e) nařízení Evropského parlamentu a Rady (EU) 2016/679",
    ],
)(LegalReference)
