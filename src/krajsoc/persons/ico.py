"""IČO (identifikační číslo osoby): eight digits, the last a check digit over the first seven.

``stdnum.cz.dic.validate`` is not an IČO check — it strips "CZ" and accepts birth numbers too —
and ``stdnum.cz.ico`` is not in a released python-stdnum; so this module checks exactly eight
ASCII digits and computes the check digit with ``stdnum.cz.dic.calc_check_digit_legal``
(weights 8 … 2, ``(11 - sum) % 11``, 0 read as 1 and 10 as 0).

An IČO names a legal person or an entrepreneur in the public registers; it is not treated as
personal data, but messages still do not echo it.

Examples:
    >>> validate("25596641")
    '25596641'
    >>> is_valid("25596642"), is_valid("CZ25596641")
    (False, False)
    >>> validate("25596642")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidIcoError: IČO has a bad check digit

References:
    § 24 a násl. zákona č. 111/2009 Sb., o základních registrech (the identifier of a person
    in the register of persons).
"""

from __future__ import annotations

import re

import attrs
from stdnum.cz import dic

from krajsoc.errors import InvalidIcoError
from krajsoc.persons._field import identifier_field

__all__ = ["Ico", "compact", "format", "is_valid", "validate"]

_FORM = re.compile(r"[0-9]{8}", re.ASCII)


def compact(number: str) -> str:
    """The number without spaces, not yet checked.

    Examples:
        >>> compact(" 255 96 641 ")
        '25596641'
    """
    if not isinstance(number, str):
        raise TypeError(f"an IČO is text (str), not {type(number).__name__}")
    return "".join(number.split())


def validate(number: str) -> str:
    """The IČO's eight digits once the form and the check digit are right.

    Raises:
        InvalidIcoError: Not eight ASCII digits, or the check digit is wrong.
        TypeError: ``number`` is not a str.
    """
    digits = compact(number)
    if _FORM.fullmatch(digits) is None:
        raise InvalidIcoError("is not eight digits", expected="eight digits, e.g. '25596641'")
    if dic.calc_check_digit_legal(digits[:7]) != digits[7]:
        raise InvalidIcoError("has a bad check digit")
    return digits


def is_valid(number: str) -> bool:
    """Whether :func:`validate` accepts ``number``."""
    try:
        validate(number)
    except (InvalidIcoError, TypeError):
        return False
    return True


def format(number: str) -> str:
    """The IČO as it is written: its eight digits.

    Examples:
        >>> format("255 96 641")
        '25596641'
    """
    return validate(number)


@identifier_field(
    parse=lambda text: Ico(text),
    dump=lambda value: value.value,
    title="Ico",
    description="IČO (identifikační číslo osoby): eight digits with a valid check digit.",
    pattern=r"^\s*[0-9](\s*[0-9]){7}\s*$",
    examples=["25596641"],
)
@attrs.frozen
class Ico:
    """A valid IČO, as a value and as a pydantic field (text in, eight digits out).

    Examples:
        >>> Ico("255 96 641")
        Ico(value='25596641')
        >>> str(Ico("25596641"))
        '25596641'
    """

    value: str = attrs.field(converter=validate)
    """The eight digits."""

    def __str__(self) -> str:
        return self.value
