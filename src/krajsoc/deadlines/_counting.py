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

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar, out_of_range
from krajsoc.deadlines._deadline import Deadline, new_deadline
from krajsoc.deadlines._period import KNOWN_PERIODS, Period, as_period, shift
from krajsoc.deadlines._rules import (
    BEFORE,
    BEFORE_LAST_OF_MONTH,
    BEFORE_NOT_MOVED,
    BEFORE_STRICT,
    COUNT_DAYS,
    LAST_OF_MONTH,
    MOVED,
    SAME_DAY,
    START,
    WORKING_DAYS,
)

__all__ = ["deadline_after", "deadline_before"]

_ONE_DAY = timedelta(days=1)
_known_period = KNOWN_PERIODS.get  # a period is never falsy: ``or`` falls back only on None

# The rules a deadline after an event applies, by how its last day was reached: ``[False]`` when
# that day is a working day, ``[True]`` when the end moved (constant: nothing is built per call).
_DAYS = ((START, COUNT_DAYS), (START, COUNT_DAYS, MOVED))
_SAME_DAY = ((START, SAME_DAY), (START, SAME_DAY, MOVED))
_LAST_OF_MONTH = ((START, LAST_OF_MONTH), (START, LAST_OF_MONTH, MOVED))
_WORKING_DAYS = (START, WORKING_DAYS)


def deadline_after(
    event: date, period: Period | str, calendar: CzechCalendar = CZECH_CALENDAR
) -> Deadline:
    """The last day of ``period`` counted from ``event`` under § 40 odst. 1 správního řádu.

    Args:
        event: The day of the event that starts the period (e.g. the day of delivery): a
            ``date``, not a ``datetime`` — the law counts whole days.
        period: The period, or its text read with :meth:`Period.parse` (``"15 dnů"``);
            working days are counted with ``calendar``.
        calendar: The working-day calendar; :data:`~krajsoc.calendar.CZECH_CALENDAR` unless an
            office is closed.

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
        krajsoc.errors.DateOutOfRangeError: event 1999-12-31 is outside the calendar; expected a date from 2000-01-01 to 2100-12-31
    """  # noqa: E501
    if type(event) is not date or not FIRST_DATE <= event <= LAST_DATE:
        event = calendar.checked_day(event, "event")
    if type(period) is not Period:
        # Text read once per distinct text: "15 dnů" in a loop over rows costs one look-up.
        period = (_known_period(period) if type(period) is str else None) or as_period(period)
    unit, count = period.unit, period.count
    if unit == "working_days":
        # Working days are not a unit of § 40: the calendar counts them, the event day not included.
        end = calendar.add_working_days(event, count)
        return new_deadline(event, period, end, _WORKING_DAYS, calendar)
    if unit == "days" or unit == "weeks":
        # § 40 odst. 1 písm. a): the event day is not counted, so n days end n days after it;
        # písm. b): n weeks end on the day with the same name, 7 n days after it; písm. c): an end
        # on a Saturday, Sunday or holiday moves to the next working day.
        days = count if unit == "days" else 7 * count
        nominal, end = calendar.day_and_working_day_after(event, days)
        steps = _DAYS if unit == "days" else _SAME_DAY
    else:
        # písm. b): months and years end on the day with the same number as the event day, or on
        # the last day of the month where it has no such day; písm. c) as above.
        nominal = event + period
        steps = _SAME_DAY if nominal.day == event.day else _LAST_OF_MONTH
        end = calendar.next_working_day(nominal)
    return new_deadline(event, period, end, steps[end != nominal], calendar)


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
    anchor = calendar.checked_day(anchor, "anchor")
    if type(period) is not Period:
        period = as_period(period)
    if period.unit == "working_days":
        nominal = calendar.add_working_days(anchor, -period.count)
    else:
        nominal = calendar.checked_day(shift(anchor, period, -1), "the end of the period")
    rules = [BEFORE]
    if period.unit in ("months", "years") and nominal.day != anchor.day:
        rules.append(BEFORE_LAST_OF_MONTH)
    end = nominal
    if strict:
        if nominal == FIRST_DATE:
            raise out_of_range(nominal - _ONE_DAY, "the end of the period")
        end = nominal - _ONE_DAY
        rules.append(BEFORE_STRICT)
    latest = calendar.previous_working_day(end)
    if latest != end:
        rules.append(BEFORE_NOT_MOVED)
    return Deadline(anchor, period, end, tuple(rules), None, calendar)
