"""The Czech working-day calendar: weekends, public holidays and, optionally, an office's closures.

A working day (pracovní den) is a day that is neither a Saturday, a Sunday, a public holiday
under zákon č. 245/2000 Sb. (státní svátek or ostatní svátek, both days off), nor one of the
calendar's extra closed days. Every answer is a constant-time look-up in tables built once.

Examples:
    >>> from datetime import date
    >>> CZECH_CALENDAR.is_working_day(date(2026, 12, 24))
    False
    >>> CZECH_CALENDAR.holiday_name(date(2026, 12, 24))
    'Štědrý den'
    >>> CZECH_CALENDAR.next_working_day(date(2026, 12, 24))
    datetime.date(2026, 12, 28)
    >>> CZECH_CALENDAR.is_working_day(date(1999, 12, 31))
    Traceback (most recent call last):
    ...
    krajsoc.errors.DateOutOfRangeError: date 1999-12-31 is outside the calendar; expected a date from 2000-01-01 to 2100-12-31

References:
    zákon č. 245/2000 Sb., o státních svátcích, o ostatních svátcích, o významných dnech a o
    dnech pracovního klidu, § 1–3.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, cast

import attrs

from krajsoc.calendar._arguments import checked_date
from krajsoc.calendar._czech_dates import Language, weekday_name
from krajsoc.calendar._tables import (
    DAYS,
    FIRST_DATE,
    FIRST_ORDINAL,
    LAST_DATE,
    DayTables,
    day_tables,
    holiday_names,
    index,
)
from krajsoc.errors import DateOutOfRangeError

__all__ = ["CZECH_CALENDAR", "CzechCalendar", "out_of_range"]


def out_of_range(day: date | str, what: str = "date") -> DateOutOfRangeError:
    """The error for a day (or a result) outside the calendar's range, 2000–2100.

    Examples:
        >>> print(out_of_range(date(2101, 1, 31), "the end of the period"))
        the end of the period 2101-01-31 is outside the calendar; expected a date from 2000-01-01 to 2100-12-31
    """  # noqa: E501
    shown = day.isoformat() if isinstance(day, date) else day
    return DateOutOfRangeError(
        shown, first=FIRST_DATE.isoformat(), last=LAST_DATE.isoformat(), what=what
    )


def _closed_days(days: Iterable[date]) -> frozenset[date]:
    closed = frozenset(checked_date(day, "closures") for day in days)
    for day in closed:
        if not FIRST_DATE <= day <= LAST_DATE:
            raise out_of_range(day, "closed day")
    return closed


@attrs.frozen
class CzechCalendar:
    """Czech working days from 1. 1. 2000 to 31. 12. 2100, optionally with extra closed days.

    The default :data:`CZECH_CALENDAR` knows weekends and public holidays. A calendar for an
    office that is closed on some days is made with :meth:`with_closures` (or by passing
    ``closures``); the default is not changed.

    Attributes:
        closures: Extra non-working days, e.g. days the office is closed.

    Every method takes ``datetime.date`` values only: the law counts whole days, so a
    ``datetime`` is refused with a ``TypeError`` ("pass a date, not a datetime (use .date())")
    rather than cut to its date or compared with dates, and so is anything else that is not a
    date; the message names the parameter.

    Raises:
        DateOutOfRangeError: Every method, for a date before 2000 or after 2100, or when the
            answer would fall outside that range.
        TypeError: A ``datetime`` or a value that is not a date.

    Examples:
        >>> from datetime import date
        >>> office = CZECH_CALENDAR.with_closures([date(2026, 12, 31)])
        >>> office.is_working_day(date(2026, 12, 31)), CZECH_CALENDAR.is_working_day(date(2026, 12, 31))
        (False, True)
    """  # noqa: E501

    closures: frozenset[date] = attrs.field(default=frozenset(), converter=_closed_days)
    _built: DayTables | None = attrs.field(init=False, default=None, repr=False, eq=False)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled by its closures, never with its tables (1.4 MB): the default by name.

        Examples:
            >>> import pickle
            >>> pickle.loads(pickle.dumps(CZECH_CALENDAR)) is CZECH_CALENDAR
            True
        """
        return (_calendar, (tuple(sorted(self.closures)),))

    def _build(self) -> DayTables:
        # Built on first use, not at import: commands that never ask about a day pay nothing.
        built = day_tables(self.closures)
        object.__setattr__(self, "_built", built)
        return built

    @property
    def day_tables(self) -> DayTables:
        """The calendar's precomputed tables, for batch work over many days (built on first use).

        Every method of the calendar answers from these tables; a batch that asks about
        thousands of days (:func:`~krajsoc.deadlines.deadlines_after`) reads them directly.

        Examples:
            >>> tables = CZECH_CALENDAR.day_tables
            >>> tables.on_or_after[tables.index(date(2026, 12, 24))]
            datetime.date(2026, 12, 28)
        """
        return self._built or self._build()

    def checked_day(self, day: date, parameter: str = "day") -> date:
        """``day`` itself if it is a ``date`` (not a ``datetime``) the calendar answers for.

        Raises:
            DateOutOfRangeError: ``day`` is before 2000 or after 2100.
            TypeError: ``day`` is a ``datetime`` or not a date; the message names ``parameter``.

        Examples:
            >>> CZECH_CALENDAR.checked_day(date(2026, 12, 24))
            datetime.date(2026, 12, 24)
            >>> CZECH_CALENDAR.checked_day("2026-12-24", "event")
            Traceback (most recent call last):
            ...
            TypeError: event must be a date, not str
        """
        if type(day) is not date:
            day = checked_date(day, parameter)
        if not FIRST_DATE <= day <= LAST_DATE:
            raise out_of_range(day, parameter)
        return day

    def holidays(self, first: date = FIRST_DATE, last: date = LAST_DATE) -> list[date]:
        """The public holidays from ``first`` to ``last`` (both included), in order.

        Examples:
            >>> CZECH_CALENDAR.holidays(date(2026, 12, 1), date(2026, 12, 31))
            [datetime.date(2026, 12, 24), datetime.date(2026, 12, 25), datetime.date(2026, 12, 26)]
        """
        low, high = self._index(first, "first"), self._index(last, "last")
        return sorted(day for day in holiday_names().czech if low <= index(day) <= high)

    @property
    def first_day(self) -> date:
        """The first day the calendar answers for (1. 1. 2000)."""
        return FIRST_DATE

    @property
    def last_day(self) -> date:
        """The last day the calendar answers for (31. 12. 2100)."""
        return LAST_DATE

    def _index(self, day: date, parameter: str = "day") -> int:
        if type(day) is not date:  # the one test on the fast path; the rest only on failure
            day = checked_date(day, parameter)
        i = day.toordinal() - FIRST_ORDINAL
        if 0 <= i < DAYS:
            return i
        raise out_of_range(day)

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day: no weekend, no public holiday, no closure.

        Examples:
            >>> CZECH_CALENDAR.is_working_day(date(2026, 11, 23))
            True
        """
        return (self._built or self._build()).working[self._index(day)]

    def is_holiday(self, day: date) -> bool:
        """Whether ``day`` is a public holiday (státní or ostatní svátek), on any day of the week.

        Examples:
            >>> CZECH_CALENDAR.is_holiday(date(2015, 4, 3)), CZECH_CALENDAR.is_holiday(date(2016, 3, 25))
            (False, True)
        """  # noqa: E501
        self._index(day)
        return day in holiday_names().czech

    def holiday_name(self, day: date, language: Language = "cs") -> str | None:
        """The name of the public holiday on ``day``, in Czech (or English), or ``None``.

        Examples:
            >>> CZECH_CALENDAR.holiday_name(date(2026, 7, 6))
            'Den upálení mistra Jana Husa'
            >>> CZECH_CALENDAR.holiday_name(date(2026, 7, 6), language="en")
            'Jan Hus Day'
        """
        self._index(day)
        names = holiday_names()
        return (names.czech if language == "cs" else names.english).get(day)

    def day_off_reason(self, day: date, language: Language = "cs") -> str | None:
        """Why ``day`` is not a working day, as a phrase; ``None`` for a working day.

        Examples:
            >>> CZECH_CALENDAR.day_off_reason(date(2026, 2, 28))
            'sobota'
            >>> CZECH_CALENDAR.day_off_reason(date(2026, 12, 24), language="en")
            'a public holiday (Christmas Eve)'
        """
        if self.is_working_day(day):
            return None
        name = self.holiday_name(day, language)
        if name is not None:
            return f"svátek ({name})" if language == "cs" else f"a public holiday ({name})"
        if day.weekday() >= 5:
            return (
                weekday_name(day, language)
                if language == "cs"
                else f"a {weekday_name(day, language)}"
            )
        return "den uzavření úřadu" if language == "cs" else "a day the office is closed"

    def next_working_day(self, day: date) -> date:
        """The nearest working day **on or after** ``day``: ``day`` itself when it is one.

        This is the move of § 40 odst. 1 písm. c) správního řádu (an end on a Saturday, Sunday
        or holiday moves to the next working day; an end on a working day stays), and what
        workalendar's ``find_following_working_day`` means. For the working day strictly
        *after* ``day``, use ``add_working_days(day, 1)``.

        Examples:
            >>> CZECH_CALENDAR.next_working_day(date(2026, 12, 23))  # a Wednesday: itself
            datetime.date(2026, 12, 23)
            >>> CZECH_CALENDAR.next_working_day(date(2026, 12, 24))  # Štědrý den: after Christmas
            datetime.date(2026, 12, 28)
            >>> CZECH_CALENDAR.add_working_days(date(2026, 12, 23), 1)  # strictly after
            datetime.date(2026, 12, 28)
        """
        found = (self._built or self._build()).on_or_after[self._index(day)]
        if found is None:
            raise out_of_range(day, "the working day on or after")
        return found

    def day_and_working_day_after(self, day: date, days: int) -> tuple[date, date]:
        """The day ``days`` calendar days after ``day``, and the working day on or after it.

        One look-up for the common case of § 40: a period in days and its end moved off a
        weekend or holiday.

        Examples:
            >>> CZECH_CALENDAR.day_and_working_day_after(date(2026, 12, 9), 15)
            (datetime.date(2026, 12, 24), datetime.date(2026, 12, 28))
        """
        if type(day) is not date:
            day = checked_date(day, "day")
        i = day.toordinal() - FIRST_ORDINAL + days
        tables = self._built or self._build()
        if 0 <= i < DAYS:
            found = tables.on_or_after[i]
            if found is not None:
                return tables.dates[i], found
        raise out_of_range(day, f"{days} days after")

    def next_working_days(self, days: Iterable[date], *, offset: int = 0) -> list[date]:
        """For each of ``days``, the working day on or after the day ``offset`` days later.

        The batch form of ``next_working_day(day + timedelta(days=offset))``, for many dates.

        Examples:
            >>> CZECH_CALENDAR.next_working_days([date(2026, 12, 9), date(2026, 11, 23)], offset=15)
            [datetime.date(2026, 12, 28), datetime.date(2026, 12, 8)]
        """
        days = list(days)
        if {*map(type, days)} - {date}:
            days = [checked_date(day, "days") for day in days]
        on_or_after = (self._built or self._build()).on_or_after
        start = FIRST_ORDINAL - offset
        indices = [day.toordinal() - start for day in days]
        if not indices:
            return []
        low, high = min(indices), max(indices)
        if low < 0 or high >= DAYS or on_or_after[high] is None:
            bad = low if low < 0 else high
            raise out_of_range(date.fromordinal(max(1, bad + FIRST_ORDINAL)), "the day")
        return cast("list[date]", [on_or_after[i] for i in indices])

    def previous_working_day(self, day: date) -> date:
        """The nearest working day **on or before** ``day``: ``day`` itself when it is one.

        The ``latest_working_day`` of a notice period. For the working day strictly *before*
        ``day``, use ``add_working_days(day, -1)``.

        Examples:
            >>> CZECH_CALENDAR.previous_working_day(date(2026, 2, 27))  # a Friday: itself
            datetime.date(2026, 2, 27)
            >>> CZECH_CALENDAR.previous_working_day(date(2026, 2, 28))  # a Saturday
            datetime.date(2026, 2, 27)
            >>> CZECH_CALENDAR.add_working_days(date(2026, 2, 27), -1)  # strictly before
            datetime.date(2026, 2, 26)
        """
        found = (self._built or self._build()).on_or_before[self._index(day)]
        if found is None:
            raise out_of_range(day, "the working day on or before")
        return found

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (before it when negative); ``day`` if 0.

        ``day`` itself is not counted, as with the event day of a period.

        Examples:
            >>> CZECH_CALENDAR.add_working_days(date(2026, 12, 23), 1)
            datetime.date(2026, 12, 28)
            >>> CZECH_CALENDAR.add_working_days(date(2026, 12, 28), -1)
            datetime.date(2026, 12, 23)
        """
        if count == 0:
            self._index(day)
            return day
        tables = self._built or self._build()
        i = self._index(day)
        position = tables.rank[i + 1] + count - 1 if count > 0 else tables.rank[i] + count
        if not 0 <= position < len(tables.working_days):
            raise out_of_range(day, f"{count:+d} working days from")
        return tables.working_days[position]

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie between ``start`` (not counted) and ``end`` (counted).

        Counted from ``start`` towards ``end`` as a period is: the starting day is left out and
        the day reached is included. Negative when ``end`` is before ``start``, so that
        ``working_days_between(d, add_working_days(d, n)) == n`` for every ``n``.

        Examples:
            >>> CZECH_CALENDAR.working_days_between(date(2026, 12, 18), date(2026, 12, 31))
            7
            >>> CZECH_CALENDAR.working_days_between(date(2026, 12, 28), date(2026, 12, 23))
            -1
        """
        rank = (self._built or self._build()).rank
        first, last = self._index(start, "start"), self._index(end, "end")
        if last >= first:
            return rank[last + 1] - rank[first + 1]
        return rank[last] - rank[first]

    def with_closures(self, days: Iterable[date]) -> CzechCalendar:
        """A new calendar with ``days`` closed as well; this calendar does not change.

        Examples:
            >>> CZECH_CALENDAR.with_closures([date(2026, 12, 31)]).closures
            frozenset({datetime.date(2026, 12, 31)})
        """
        return CzechCalendar(self.closures | frozenset(days))


CZECH_CALENDAR = CzechCalendar()
"""The default calendar: Saturdays, Sundays and Czech public holidays are not working days."""


def _calendar(closures: tuple[date, ...]) -> CzechCalendar:
    """The calendar with ``closures``; the default calendar itself when there are none."""
    return CzechCalendar(closures) if closures else CZECH_CALENDAR
