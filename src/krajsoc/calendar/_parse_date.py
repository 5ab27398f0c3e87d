"""Reading a date as Czech documents and machines write it: ``15. 3. 2026``, ``2026-03-15``.

A pipeline of small steps: refuse absurdly long text unread, put the text in composed Unicode
form (so ``ř`` typed as ``r`` and a combining caron is still ``ř``), match it whole against one
of the three forms of :mod:`~krajsoc.calendar._date_patterns`, then check that the day exists.
What matches no form is refused with the forms that are read; a form with an impossible day
(``31. 2. 2026``) is refused with the day's limit.

Examples:
    >>> parse_date("15. 3. 2026"), parse_date("15. března 2026"), parse_date("2026-03-15")
    (datetime.date(2026, 3, 15), datetime.date(2026, 3, 15), datetime.date(2026, 3, 15))
    >>> parse_date("zítra")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidDateError: 'zítra' is not a date; expected a date as '15. 3. 2026', '15.3.2026', '15. března 2026' or '2026-03-15'
"""  # noqa: E501

from __future__ import annotations

import unicodedata
from calendar import monthrange
from datetime import date

from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.calendar._date_patterns import ISO, MAX_DATE_TEXT, MONTH_NUMBERS, NAMED, NUMERIC
from krajsoc.errors import InvalidDateError

__all__ = ["DATE_FORMS", "parse_date"]

DATE_FORMS = "a date as '15. 3. 2026', '15.3.2026', '15. března 2026' or '2026-03-15'"
"""The forms :func:`parse_date` reads, as its errors name them."""


def parse_date(text: str) -> date:
    r"""Read a date written as Czech documents write it, or in ISO 8601.

    Reads ``15. 3. 2026``, ``15.3.2026``, ``15. 03. 2026``, ``15. března 2026`` (the month's
    genitive name in any case, with or without diacritics: ``brezna``, ``BŘEZNA``) and
    ``2026-03-15``; white space around the text and between its parts (the no-break space
    too) does not matter. The year has four digits, so ``15. 3. 26`` is refused rather than
    guessed; ISO has two-digit months and days, so ``2026-3-15`` is refused.

    Args:
        text: The date as text, at most 100 characters with the white space around it.

    Returns:
        The date, any from 1. 1. 1000 to 31. 12. 9999: a deadline function checks its own
        range (2000–2100).

    Raises:
        InvalidDateError: The text is in none of the forms, or names a day that does not exist
            (``31. 2. 2026``, month 13); the message quotes the text and says what is read.
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> parse_date(" 4.\u00a01.\u00a02027 "), parse_date("1. CERVENCE 2026")
        (datetime.date(2027, 1, 4), datetime.date(2026, 7, 1))
        >>> parse_date("31. 2. 2026")
        Traceback (most recent call last):
        ...
        krajsoc.errors.InvalidDateError: '31. 2. 2026' is not a day: month 2 of 2026 has 28 days; expected a day from 1 to 28
    """  # noqa: E501
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes text, not {type(text).__name__}")
    if len(text) > MAX_DATE_TEXT:
        raise InvalidDateError(
            f"{quote(text)} is too long to be a date",
            expected=f"at most {MAX_DATE_TEXT} characters, {DATE_FORMS}",
        )
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    found = NUMERIC.fullmatch(text) or ISO.fullmatch(text)
    if found is not None:
        month = int(found["month"])
    else:
        found = NAMED.fullmatch(text)
        if found is None:
            raise InvalidDateError(f"{quote(text.strip())} is not a date", expected=DATE_FORMS)
        month = MONTH_NUMBERS[fold(found["name"])]
    return _day(text, int(found["year"]), month, int(found["day"]))


def _day(text: str, year: int, month: int, day: int) -> date:
    """The date, or the error saying which part of ``text`` names no day."""
    shown = quote(text.strip())
    if year < 1000:
        # Four digits, but '0026' is no year a Czech document means.
        raise InvalidDateError(
            f"{shown} has the year {year}", expected="a year from 1000 to 9999, e.g. 2026"
        )
    if not 1 <= month <= 12:
        raise InvalidDateError(f"{shown} has no month {month}", expected="a month from 1 to 12")
    last = monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InvalidDateError(
            f"{shown} is not a day: month {month} of {year} has {last} days",
            expected=f"a day from 1 to {last}",
        )
    return date(year, month, day)
