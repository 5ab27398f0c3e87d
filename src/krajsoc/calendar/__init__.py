"""Czech working days: weekends, public holidays under zákon č. 245/2000 Sb., office closures.

Holidays come from the ``holidays`` package (country ``CZ``) and are precomputed into tables for
every day from 1. 1. 2000 to 31. 12. 2100, so each question is a constant-time look-up. Outside
that range every method raises :class:`~krajsoc.errors.DateOutOfRangeError`
(:func:`out_of_range` builds it); :func:`checked_date` refuses a ``datetime`` or a non-date.
:attr:`CzechCalendar.day_tables` gives the tables themselves, for batch work over many days.
:func:`parse_date` reads a date as Czech documents write it (``15. 3. 2026``, ``15. března 2026``)
or in ISO 8601; :data:`CzechDate` is a pydantic date field that reads the same forms.

Examples:
    >>> from datetime import date
    >>> from krajsoc.calendar import CZECH_CALENDAR
    >>> CZECH_CALENDAR.is_working_day(date(2026, 12, 24))
    False
    >>> CZECH_CALENDAR.add_working_days(date(2026, 12, 23), 2)
    datetime.date(2026, 12, 29)
    >>> from krajsoc.calendar import parse_date
    >>> parse_date("23. prosince 2026")
    datetime.date(2026, 12, 23)
"""

from krajsoc.calendar._arguments import checked_date
from krajsoc.calendar._czech_calendar import CZECH_CALENDAR, CzechCalendar, out_of_range
from krajsoc.calendar._czech_date_field import CzechDate
from krajsoc.calendar._czech_dates import Language, czech_date, weekday_name
from krajsoc.calendar._parse_date import parse_date
from krajsoc.calendar._tables import FIRST_DATE, LAST_DATE

__all__ = [
    "CZECH_CALENDAR",
    "FIRST_DATE",
    "LAST_DATE",
    "CzechCalendar",
    "CzechDate",
    "Language",
    "checked_date",
    "czech_date",
    "out_of_range",
    "parse_date",
    "weekday_name",
]
