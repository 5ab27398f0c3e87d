"""Rodné číslo (Czech birth number): the checks of ``stdnum.cz.rc`` and what it leaves out.

A birth number is six digits of the birth date — year, month, day — and a serial of three digits
(until 1953) or of four, the last a check digit (``int(first nine) % 11 % 10``). A woman's month
is raised by 50; from 2004, when a day's serials run out, the month is raised by 20 more.
``stdnum.cz.rc`` checks the length, the date and the check digit. This module adds:

* the month part must be one of 1–12, 21–32, 51–62 or 71–82 (stdnum reads 41 as January);
* the +20 offset exists only for births from 2004 (stdnum accepts it for any year);
* given a date (``on=``), a birth after it is refused (stdnum accepts any date; the core has no
  clock, so the caller names the day — usually the day the record is made);
* the sex.

No message ever shows a digit of the number: a birth number is personal data (zákon
č. 110/2019 Sb., GDPR), and six of its digits are a birth date.

Examples:
    >>> validate("736028/5163")
    '7360285163'
    >>> format("7360285163")
    '736028/5163'
    >>> is_valid("736028/5164"), is_valid("733028/5169")
    (False, False)
    >>> validate("736028/5164")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidBirthNumberError: birth number has a bad checksum

References:
    § 13 zákona č. 133/2000 Sb., o evidenci obyvatel a rodných číslech (the +20 offset since
    zákon č. 53/2004 Sb., believed).
"""

from __future__ import annotations

import re
from datetime import date

import attrs
from stdnum.cz import rc
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

from krajsoc.errors import InvalidBirthNumberError
from krajsoc.persons._field import personal_field
from krajsoc.persons._sex import Sex

__all__ = [
    "OFFSET_FROM",
    "BirthNumber",
    "birth_date",
    "compact",
    "format",
    "is_valid",
    "sex",
    "validate",
]

OFFSET_FROM = 2004
"""The first year of births whose month may carry the extra +20 (zákon č. 53/2004 Sb.)."""

_FORM = re.compile(r"\s*([0-9]{6})\s*/?\s*([0-9]{3,4})\s*", re.ASCII)
_EXPECTED = "six digits, an optional slash and three or four digits"


def compact(number: str) -> str:
    """The number's digits without the slash and spaces, not yet checked.

    Raises:
        InvalidBirthNumberError: The text is not six digits, an optional slash and three or
            four digits (ASCII digits only).
        TypeError: ``number`` is not a str.

    Examples:
        >>> compact(" 736028 / 5163 ")
        '7360285163'
    """
    if not isinstance(number, str):
        raise TypeError(f"a birth number is text (str), not {type(number).__name__}")
    match = _FORM.fullmatch(number)
    if match is None:
        raise InvalidBirthNumberError("is not in the form of one", expected=_EXPECTED)
    return match[1] + match[2]


def _month(digits: str) -> tuple[int, Sex, bool]:
    """The month, sex and whether the +20 offset is used, from the month part."""
    raw = int(digits[2:4])
    sex = Sex.FEMALE if raw > 50 else Sex.MALE
    month = raw - 50 if raw > 50 else raw
    offset = month > 20
    if offset:
        month -= 20
    if not 1 <= month <= 12:
        raise InvalidBirthNumberError(
            "holds no valid month",
            expected="the month, plus 50 for a woman and plus 20 more from 2004",
        )
    return month, sex, offset


def _year(digits: str) -> int:
    # As stdnum reads it: nine digits until 1953 (80–99 the 1880s), ten digits from 1954.
    year = 1900 + int(digits[:2])
    if len(digits) == 9:
        return year - 100 if year >= 1980 else year
    return year + 100 if year < 1954 else year


def _checked(digits: str, on: date | None) -> date:
    month, _, offset = _month(digits)
    try:
        rc.validate(digits)  # length, date and check digit; once, as its cleaning is slow
    except InvalidChecksum:
        raise InvalidBirthNumberError("has a bad checksum") from None
    except InvalidLength:
        raise InvalidBirthNumberError(
            "has nine digits, which were issued only for births before 1954"
        ) from None
    except ValidationError:
        raise InvalidBirthNumberError("holds a birth date that does not exist") from None
    born = date(_year(digits), month, int(digits[4:6]))
    if offset and born.year < OFFSET_FROM:
        raise InvalidBirthNumberError(
            "raises the month by 20, which is done only for births from 2004"
        )
    if on is not None and born > on:
        raise InvalidBirthNumberError("holds a birth date after the date given")
    return born


def validate(number: str, *, on: date | None = None) -> str:
    """The number's digits once every check passed.

    Args:
        number: ``'736028/5163'``, ``'7360285163'`` or ``'736028 5163'``.
        on: Refuse a birth after this day (the core has no clock: the caller names it).

    Raises:
        InvalidBirthNumberError: The number is malformed, impossible or born after ``on``.
        TypeError: ``number`` is not a str.

    Examples:
        >>> validate("0431011230")  # a man born on 1. 11. 2004, with the +20 offset
        '0431011230'
        >>> validate("7360285163", on=date(1973, 10, 27))
        Traceback (most recent call last):
        ...
        krajsoc.errors.InvalidBirthNumberError: birth number holds a birth date after the date given
    """
    digits = compact(number)
    _checked(digits, on)
    return digits


def is_valid(number: str, *, on: date | None = None) -> bool:
    """Whether :func:`validate` accepts ``number`` (``False`` for anything but text too).

    Examples:
        >>> is_valid("736028/5163"), is_valid(7360285163)
        (True, False)
    """
    try:
        validate(number, on=on)
    except (InvalidBirthNumberError, TypeError):
        return False
    return True


def format(number: str) -> str:
    """The number in its usual written form, with the slash: ``'736028/5163'``.

    Raises:
        InvalidBirthNumberError: ``number`` is not in the form of a birth number.
    """
    digits = compact(number)
    return f"{digits[:6]}/{digits[6:]}"


def birth_date(number: str) -> date:
    """The birth date a valid number holds.

    Examples:
        >>> birth_date("736028/5163")
        datetime.date(1973, 10, 28)
    """
    return _checked(compact(number), None)


def sex(number: str) -> Sex:
    """The sex a valid number records.

    Examples:
        >>> sex("736028/5163")
        <Sex.FEMALE: 'žena'>
    """
    digits = validate(number)
    return _month(digits)[1]


@personal_field(
    parse=lambda text: BirthNumber.parse(text),
    dump=lambda value: value.reveal(),
    title="BirthNumber",
    description=(
        "Rodné číslo (birth number): six digits, an optional slash, three or four digits; "
        "serialised with the slash. Personal data."
    ),
    pattern=r"^\s*[0-9]{6}\s*/?\s*[0-9]{3,4}\s*$",
    examples=["736028/5163"],
)
@attrs.frozen(repr=False)
class BirthNumber:
    """A valid birth number (rodné číslo), masked wherever it is shown.

    ``repr``, ``str`` and f-strings show ``'******/****'``; the number itself only through
    :meth:`reveal` and when a model holding it is serialised (``model_dump``, JSON), so a
    register can be stored and reloaded with nothing lost. As a pydantic field it accepts the
    text and serialises to the form with the slash.

    Examples:
        >>> number = BirthNumber.parse("7360285163")
        >>> number, f"{number}", number.birth_date, number.sex.value
        (BirthNumber('******/****'), '******/****', datetime.date(1973, 10, 28), 'žena')
        >>> number.reveal()
        '736028/5163'
        >>> BirthNumber.parse("7360285163", on=date(2000, 1, 1)) == number
        True
    """

    _digits: str = attrs.field(converter=validate)
    _born: date = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # The digits are valid (the converter checked them): the date is read once and kept.
        object.__setattr__(
            self,
            "_born",
            date(_year(self._digits), _month(self._digits)[0], int(self._digits[4:6])),
        )

    @classmethod
    def parse(cls, text: str, *, on: date | None = None) -> BirthNumber:
        """Read a birth number, refusing a birth after ``on`` when it is given.

        Raises:
            InvalidBirthNumberError: The number is malformed, impossible or born after ``on``.
            TypeError: ``text`` is not a str.
        """
        number = cls(text)
        if on is not None:
            number.check(on=on)
        return number

    def check(self, *, on: date) -> BirthNumber:
        """This number, if its holder was born by ``on``.

        Raises:
            InvalidBirthNumberError: The birth date is after ``on``.
        """
        if self._born > on:
            raise InvalidBirthNumberError("holds a birth date after the date given")
        return self

    @property
    def birth_date(self) -> date:
        """The birth date the number holds."""
        return self._born

    @property
    def sex(self) -> Sex:
        """The sex the number records."""
        return _month(self._digits)[1]

    @property
    def masked(self) -> str:
        """The number with every digit replaced by ``*``: ``'******/****'``."""
        return "******/" + "*" * (len(self._digits) - 6)

    def reveal(self) -> str:
        """The number itself, with the slash: the one explicit way to read it."""
        return f"{self._digits[:6]}/{self._digits[6:]}"

    def __repr__(self) -> str:
        return f"BirthNumber({self.masked!r})"

    def __str__(self) -> str:
        return self.masked

    def __format__(self, spec: str) -> str:
        return self.masked.__format__(spec)
