"""Periods as text: Czech ("15 dnů", "3 měsíce", "5 pracovních dnů") and ISO 8601 ("P15D").

Parsing is a pipeline of small steps: fold the text (case, diacritics and spacing do not matter),
match it against one of two patterns built from named parts, then map the unit word to a unit.
Printing declines the Czech noun by the number: 1 den, 2–4 dny, 5 and more dnů.

Examples:
    >>> parse_period_text("15 dní"), parse_period_text("P1M"), parse_period_text("5 pracovních dnů")
    (('days', 15), ('months', 1), ('working_days', 5))
    >>> czech_text("months", 3), czech_text("days", 1), iso_text("weeks", 2)
    ('3 měsíce', '1 den', 'P2W')
"""

from __future__ import annotations

import re
from typing import Literal

from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.calendar import FIRST_DATE, LAST_DATE
from krajsoc.errors import InvalidPeriodError

__all__ = [
    "MAX_COUNTS",
    "UNITS",
    "Unit",
    "czech_text",
    "english_text",
    "iso_text",
    "parse_period_text",
    "too_long",
]

Unit = Literal["days", "weeks", "months", "years", "working_days"]
UNITS: tuple[Unit, ...] = ("days", "weeks", "months", "years", "working_days")

_DAYS = LAST_DATE.toordinal() - FIRST_DATE.toordinal() + 1  # 36,890 days of the calendar
_MONTHS = (LAST_DATE.year - FIRST_DATE.year + 1) * 12  # its 1,212 months

# The longest period of each unit: no longer than the calendar's span (1. 1. 2000 to
# 31. 12. 2100), since a longer one cannot end inside it. Working days: at most as many as days.
MAX_COUNTS: dict[str, int] = {
    "days": _DAYS - 1,
    "weeks": (_DAYS - 1) // 7,
    "months": _MONTHS - 1,
    "years": _MONTHS // 12 - 1,
    "working_days": _DAYS - 1,
}

# Folded unit words (no diacritics, lower case) and the unit each names.
_CZECH_WORDS: dict[str, Unit] = {
    "den": "days", "dny": "days", "dnu": "days", "dni": "days",
    "tyden": "weeks", "tydny": "weeks", "tydnu": "weeks",
    "mesic": "months", "mesice": "months", "mesicu": "months",
    "rok": "years", "roky": "years", "roku": "years", "let": "years",
}  # fmt: skip
_ISO_LETTERS: dict[str, Unit] = {"d": "days", "w": "weeks", "m": "months", "y": "years"}

# Named parts of the two patterns; the text they match is already folded.
_NUMBER = r"(?P<number>\d+)"  # any length: too long a count is reported as such
_KIND = r"(?:(?P<working>pracovni(?:ch)?)\s+|kalendarni(?:ch)?\s+)?"
_WORD = r"(?P<word>" + "|".join(sorted(_CZECH_WORDS, key=len, reverse=True)) + r")"
_CZECH = re.compile(_NUMBER + r"\s*" + _KIND + _WORD)
_ISO = re.compile(r"p" + _NUMBER + r"(?P<letter>[dwmy])")

_EXPECTED = "e.g. '15 dnů', '2 týdny', '1 měsíc', '1 rok', '5 pracovních dnů' or 'P15D'"

# Singular, 2–4, 5 and more.
_CZECH_FORMS: dict[Unit, tuple[str, str, str]] = {
    "days": ("den", "dny", "dnů"),
    "weeks": ("týden", "týdny", "týdnů"),
    "months": ("měsíc", "měsíce", "měsíců"),
    "years": ("rok", "roky", "let"),
    "working_days": ("pracovní den", "pracovní dny", "pracovních dnů"),
}
_ENGLISH_FORMS: dict[Unit, tuple[str, str]] = {
    "days": ("day", "days"),
    "weeks": ("week", "weeks"),
    "months": ("month", "months"),
    "years": ("year", "years"),
    "working_days": ("working day", "working days"),
}


def parse_period_text(text: str) -> tuple[Unit, int]:
    """Read ``text`` as a period and return its unit and count (the count is not yet checked).

    Raises:
        InvalidPeriodError: The text is neither a Czech period nor an ISO 8601 duration of one
            unit.
    """
    folded = fold(text)
    iso = _ISO.fullmatch(folded)
    if iso is not None:
        unit = _ISO_LETTERS[iso["letter"]]
        return unit, _count(text, iso["number"], unit)
    czech = _CZECH.fullmatch(folded)
    if czech is None:
        raise InvalidPeriodError(f"{quote(text.strip())} is not a period", expected=_EXPECTED)
    unit = _CZECH_WORDS[czech["word"]]
    if czech["working"]:
        if unit != "days":
            raise InvalidPeriodError(
                f"{quote(text.strip())} counts working units other than days",
                expected="'5 pracovních dnů'",
            )
        unit = "working_days"
    return unit, _count(text, czech["number"], unit)


def _count(text: str, number: str, unit: Unit) -> int:
    # Digits are not changed by folding, so the first digit of the original text starts the count.
    # The length test first, so that a count of thousands of digits is never converted.
    significant = number.lstrip("0")
    if len(significant) > len(str(MAX_COUNTS[unit])) or int(number) > MAX_COUNTS[unit]:
        digit = re.search(r"\d", text)
        where = f"position {digit.start() if digit else 0} of {quote(text.strip())}"
        raise too_long(unit, int(significant) if len(significant) <= 18 else None, where)
    return int(number)


def too_long(unit: str, count: int | None, where: str) -> InvalidPeriodError:
    """The error for a count of ``unit`` longer than the calendar's span.

    ``count`` is shown through :func:`~krajsoc._quote.quote` (a long run of digits is masked);
    ``None``, or a count of more than 18 digits, as "more than" the limit — never converted to
    text in full, so ``10**4300`` days is reported, not a ``ValueError`` of Python's own.

    Examples:
        >>> print(too_long("days", 10**4300, "Period"))
        more than 36889 days is longer than the calendar's span (2000-01-01 to 2100-12-31) at Period; expected at most 36889 days
    """  # noqa: E501
    words = unit.replace("_", " ")
    shown = (
        quote(count)
        if count is not None and count.bit_length() < 60
        else f"more than {MAX_COUNTS[unit]}"
    )
    return InvalidPeriodError(
        f"{shown} {words} is longer than the calendar's span "
        f"({FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()})",
        where=where,
        expected=f"at most {MAX_COUNTS[unit]} {words}",
    )


def czech_text(unit: Unit, count: int) -> str:
    """The period in Czech, with the noun declined by the number: ``'15 dnů'``."""
    one, few, many = _CZECH_FORMS[unit]
    word = one if count == 1 else few if 2 <= count <= 4 else many
    return f"{count} {word}"


def english_text(unit: Unit, count: int) -> str:
    """The period in English: ``'15 days'``, ``'1 month'``."""
    one, many = _ENGLISH_FORMS[unit]
    return f"{count} {one if count == 1 else many}"


def iso_text(unit: Unit, count: int) -> str:
    """The period as an ISO 8601 duration (``'P15D'``); working days have none, so Czech text."""
    if unit == "working_days":
        return czech_text(unit, count)
    return f"P{count}{unit[0].upper()}"
