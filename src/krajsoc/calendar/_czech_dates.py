"""Dates as Czech and English texts write them: ``28. 2. 2026``, ``sobota``, ``Saturday``.

Examples:
    >>> from datetime import date
    >>> czech_date(date(2026, 2, 28)), weekday_name(date(2026, 2, 28))
    ('28. 2. 2026', 'sobota')
    >>> weekday_name(date(2026, 2, 28), language="en")
    'Saturday'
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from krajsoc._arguments import checked

__all__ = ["Language", "czech_date", "weekday_name"]

Language = Literal["cs", "en"]

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def czech_date(day: date) -> str:
    """The date as Czech texts write it: day, month and year with dots and spaces.

    Examples:
        >>> czech_date(date(2026, 12, 8))
        '8. 12. 2026'
    """
    day = checked(day, date, "czech_date(day)")
    return f"{day.day}. {day.month}. {day.year}"


def weekday_name(day: date, language: Language = "cs") -> str:
    """The name of the day of the week, in lower case in Czech and capitalised in English.

    Examples:
        >>> weekday_name(date(2026, 11, 23))
        'pondělí'
    """
    day = checked(day, date, "weekday_name(day)")
    return _WEEKDAYS[language][day.weekday()]
