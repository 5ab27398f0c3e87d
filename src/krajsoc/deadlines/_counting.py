"""Counting a period forward from an event (§ 40 odst. 1 správního řádu) or back from an anchor.

Forward, § 40 odst. 1 správního řádu: a) the event day is not counted; b) weeks, months and years
end on the day with the same name or number as the event day, or on the month's last day where
it has no such day; c) an end on a Saturday, Sunday or holiday moves to the next working day.

Backward ("oznámit nejméně 1 měsíc předem"), where no statute governs: the anchor day is not
counted and the period is counted back from it (NS 29 Odo 783/2003); months end on the
same-numbered day or the month's last day; the end is **not** moved off a weekend or holiday
(L. Brim, Právník 2/2024), and :attr:`~krajsoc.deadlines.Deadline.latest_working_day` gives the
working day on or before it. Brim's stricter reading — the act must precede the period's first
day, one day earlier — is available with ``strict=True``.

Examples:
    >>> from datetime import date
    >>> deadline_after(date(2026, 12, 9), Period(days=15)).end
    datetime.date(2026, 12, 28)
    >>> deadline_before(date(2026, 12, 17), Period(months=1)).latest_working_day
    datetime.date(2026, 11, 16)

References:
    § 40 odst. 1 zákona č. 500/2004 Sb., správní řád; NS 29 Odo 783/2003; L. Brim, Právník
    2/2024.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.calendar._arguments import checked_date
from krajsoc.calendar._czech_calendar import out_of_range
from krajsoc.calendar._tables import (
    DAYS,
    FIRST_MONTH,
    FIRST_ORDINAL,
    MONTH_STARTS,
    MONTHS,
    index,
)
from krajsoc.deadlines._deadline import Deadline, new_deadline
from krajsoc.deadlines._period import Period, add_months, as_period, shift
from krajsoc.errors import DateOutOfRangeError

__all__ = ["deadline_after", "deadline_before"]

_ONE_DAY = timedelta(days=1)


def _nominal(day: date, period: Period, sign: int) -> date:
    try:
        reached = shift(day, period, sign)
    except OverflowError:
        raise out_of_range(day, f"{period.english} before") from None
    if not FIRST_DATE <= reached <= LAST_DATE:
        raise out_of_range(reached, "the end of the period")
    return reached


def _beyond_the_calendar(event: date, period: Period, reached: int) -> DateOutOfRangeError:
    if period.unit in ("days", "weeks"):
        return out_of_range(event, f"{reached - index(event)} days after")
    return out_of_range(FIRST_DATE + timedelta(days=reached), "the working day on or after")


def _months_beyond_the_calendar(event: date, period: Period, months: int) -> DateOutOfRangeError:
    try:
        return out_of_range(add_months(event, months))
    except ValueError:  # a year after 9999
        return out_of_range(event, f"{period.english} after")


# The rules each kind of deadline applies, as constant tuples (nothing is built per call).
_DAYS = ("start", "count_days")
_DAYS_MOVED = ("start", "count_days", "moved")
_SAME_DAY = ("start", "same_day")
_SAME_DAY_MOVED = ("start", "same_day", "moved")
_LAST_OF_MONTH = ("start", "last_of_month")
_LAST_OF_MONTH_MOVED = ("start", "last_of_month", "moved")
_WORKING_DAYS = ("start", "working_days")


def deadline_after(
    event: date, period: Period | str, calendar: CzechCalendar = CZECH_CALENDAR
) -> Deadline:
    """The last day of ``period`` counted from ``event`` under § 40 odst. 1 správního řádu.

    Args:
        event: The day of the event that starts the period (e.g. the day of delivery): a
            ``date``, not a ``datetime`` — the law counts whole days.
        period: The period, or its text read with :meth:`Period.parse` (``"15 dnů"``);
            working days are counted with ``calendar``.
        calendar: The working-day calendar; :data:`CZECH_CALENDAR` unless an office is closed.

    Returns:
        The deadline; its ``end`` is always a working day, never before ``nominal_end``.

    Raises:
        DateOutOfRangeError: ``event`` or the end falls outside 2000–2100.
        InvalidPeriodError: ``period`` is text that names no period.
        TypeError: ``event`` is a ``datetime`` or not a date; ``period`` is neither a
            :class:`Period` nor text.

    Examples:
        >>> from datetime import date
        >>> deadline_after(date(2026, 1, 31), Period(months=1)).end
        datetime.date(2026, 3, 2)
        >>> deadline_after(date(2026, 12, 10), "15 dnů").end
        datetime.date(2026, 12, 28)
        >>> deadline_after(date(1999, 12, 31), Period(days=15))
        Traceback (most recent call last):
        ...
        krajsoc.errors.DateOutOfRangeError: date 1999-12-31 is outside the calendar; expected a date from 2000-01-01 to 2100-12-31
    """  # noqa: E501
    # The fast path pays one identity test for the event (a datetime has every method a date
    # has) and nothing for the period: only a value without ``.unit`` (text) takes the slow way.
    if type(event) is not date:
        event = checked_date(event, "event")
    try:
        unit = period.unit  # type: ignore[union-attr]
    except AttributeError:
        return deadline_after(event, as_period(period), calendar)
    if TYPE_CHECKING:  # narrows ``period`` for the type checker at no cost at run time
        assert isinstance(period, Period)
    i = event.toordinal() - FIRST_ORDINAL
    if not 0 <= i < DAYS:
        raise out_of_range(event)
    if unit == "working_days":
        # Not a unit of § 40: the calendar counts them, the event day not included.
        last = calendar.add_working_days(event, period.count)
        return new_deadline(event, period, last, _WORKING_DAYS, calendar)
    if unit == "days":
        # § 40 odst. 1 písm. a): the event day is not counted, so n days end n days later.
        reached, same_day = i + period.count, True
    elif unit == "weeks":
        # § 40 odst. 1 písm. b): weeks end on the day with the same name as the event day.
        reached, same_day = i + 7 * period.count, True
    else:
        # § 40 odst. 1 písm. b): months and years end on the day with the same number as the
        # event day, or on the month's last day where it has no such day.
        months = period.count if unit == "months" else 12 * period.count
        month = event.year * 12 + event.month - 1 - FIRST_MONTH + months
        if month >= MONTHS:
            raise _months_beyond_the_calendar(event, period, months)
        first, length = MONTH_STARTS[month], MONTH_STARTS[month + 1] - MONTH_STARTS[month]
        same_day = event.day <= length
        reached = first + (event.day if same_day else length) - 1
    # § 40 odst. 1 písm. c): an end on a Saturday, Sunday or holiday moves to the next working
    # day. The calendar's tables (built on its first use) answer by the day's index.
    tables = calendar._built or calendar._build()
    end = tables.on_or_after[reached] if reached < DAYS else None
    if end is None:
        raise _beyond_the_calendar(event, period, reached)
    moved = not tables.working[reached]
    if not same_day:
        rules = _LAST_OF_MONTH_MOVED if moved else _LAST_OF_MONTH
    elif unit == "days":
        rules = _DAYS_MOVED if moved else _DAYS
    else:
        rules = _SAME_DAY_MOVED if moved else _SAME_DAY
    return new_deadline(event, period, end, rules, calendar)


def deadline_before(
    anchor: date,
    period: Period | str,
    calendar: CzechCalendar = CZECH_CALENDAR,
    *,
    strict: bool = False,
) -> Deadline:
    """The last day to act so that ``period`` passes before ``anchor`` (a notice period).

    ``end`` is the day the period reaches counting back from ``anchor`` (not counted); it is
    not moved off a weekend or holiday, and ``latest_working_day`` is the working day on or
    before it.

    Args:
        anchor: The day the notice is for, e.g. the meeting (a ``date``, not a ``datetime``).
        period: The notice period, e.g. ``Period(months=1)`` or ``"1 měsíc"`` for "nejméně
            1 měsíc předem".
        calendar: The working-day calendar.
        strict: Brim's stricter reading: the act must precede the period's first day, so
            ``end`` is one day before the day the period reaches.

    Raises:
        DateOutOfRangeError: ``anchor`` or the end falls outside 2000–2100.
        InvalidPeriodError: ``period`` is text that names no period.
        TypeError: ``anchor`` is a ``datetime`` or not a date; ``period`` is neither a
            :class:`Period` nor text.

    Examples:
        >>> from datetime import date
        >>> notice = deadline_before(date(2026, 3, 31), Period(months=1))
        >>> notice.end, notice.latest_working_day
        (datetime.date(2026, 2, 28), datetime.date(2026, 2, 27))
        >>> deadline_before(date(2026, 3, 31), Period(months=1), strict=True).end
        datetime.date(2026, 2, 27)
    """
    if type(anchor) is not date:
        anchor = checked_date(anchor, "anchor")
    if type(period) is not Period:
        period = as_period(period)
    if not FIRST_DATE <= anchor <= LAST_DATE:
        raise out_of_range(anchor)
    if period.unit == "working_days":
        nominal = calendar.add_working_days(anchor, -period.count)
    else:
        nominal = _nominal(anchor, period, -1)
    rules = ["before"]
    if period.unit in ("months", "years") and nominal.day != anchor.day:
        rules.append("before_last_of_month")
    end = nominal
    if strict:
        if nominal == FIRST_DATE:
            raise out_of_range(nominal - _ONE_DAY, "the end of the period")
        end = nominal - _ONE_DAY
        rules.append("before_strict")
    latest = calendar.previous_working_day(end)
    if latest != end:
        rules.append("before_not_moved")
    return Deadline(anchor, period, end, tuple(rules), None, calendar)
