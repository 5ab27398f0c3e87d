"""Many deadlines at once: the ends of ``deadline_after(event, period)`` for a batch of events.

For analysts with many dates. The rules are those of :func:`~krajsoc.deadlines.deadline_after`
(§ 40 odst. 1 správního řádu), which reads like the statute: the nominal end, then the working
day on or after it, one public calendar call each. The batch keeps no reasoning, only the ends,
and this module is the one place that trades that reading for speed: it reads the calendar's
day tables (:attr:`~krajsoc.calendar.CzechCalendar.day_tables`) directly, with one list
comprehension per batch instead of one call per event and no new date per event — ten times
and more faster than the loop over ``deadline_after`` (``docs/performance.md``). A Hypothesis
test checks it against ``deadline_after`` for every unit and calendar.

Examples:
    >>> from datetime import date
    >>> deadlines_after([date(2026, 12, 9)], "15 dnů")
    [datetime.date(2026, 12, 28)]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import cast

from krajsoc.calendar import (
    CZECH_CALENDAR,
    FIRST_DATE,
    LAST_DATE,
    CzechCalendar,
    checked_date,
    out_of_range,
)
from krajsoc.deadlines._period import Period, add_months, as_period

_FIRST_ORDINAL = FIRST_DATE.toordinal()  # day i of the calendar's tables has this ordinal + i
_DAYS = LAST_DATE.toordinal() - _FIRST_ORDINAL + 1

__all__ = ["deadlines_after"]


def deadlines_after(
    events: Iterable[date], period: Period | str, calendar: CzechCalendar = CZECH_CALENDAR
) -> list[date]:
    """The ``end`` of ``deadline_after(event, period, calendar)`` for many events, fast.

    For analysts with many dates: no reasoning is kept, only the ends, in the order of
    ``events``.

    ``period`` may be a :class:`Period` or its text (``"15 dnů"``); every event must be a
    ``date``, not a ``datetime``.

    Raises:
        DateOutOfRangeError: An event or an end falls outside 2000–2100.
        InvalidPeriodError: ``period`` is text that names no period.
        TypeError: An event is a ``datetime`` or not a date; ``period`` is neither a
            :class:`Period` nor text.

    Examples:
        >>> from datetime import date
        >>> deadlines_after([date(2026, 12, 9), date(2026, 11, 23)], Period(days=15))
        [datetime.date(2026, 12, 28), datetime.date(2026, 12, 8)]
    """
    if type(period) is not Period:
        period = as_period(period)
    days = list(events)
    if not days:
        return []
    # One pass each for the earliest and the latest event checks the whole batch: types and
    # range. min and max compare every event with a date, and ordering a datetime (or text, a
    # number) against a date is itself a TypeError; a batch of datetimes only is caught on its
    # first and last. The slow way then names the parameter.
    try:
        first, last = min(days), max(days)
        outside = first < FIRST_DATE or last > LAST_DATE  # text or a number: a TypeError here
        if isinstance(first, datetime) or isinstance(last, datetime):
            raise TypeError
    except TypeError:
        days = [checked_date(day, "events") for day in days]  # raises, naming the parameter
        first, last = min(days), max(days)
        outside = first < FIRST_DATE or last > LAST_DATE
    if outside:
        raise out_of_range(next(day for day in days if not FIRST_DATE <= day <= LAST_DATE))
    unit, count = period.unit, period.count
    tables = calendar.day_tables
    toordinal = date.toordinal
    if unit in ("days", "weeks"):
        # § 40 odst. 1 písm. a) to c): n days (7 n for weeks) after each event, then the
        # working day on or after it.
        on_or_after, offset = tables.on_or_after, count if unit == "days" else 7 * count
        start = _FIRST_ORDINAL - offset
        if last.toordinal() - start < _DAYS and on_or_after[last.toordinal() - start] is not None:
            # None only after the calendar's last working day, ruled out by the latest event.
            return cast("list[date]", [on_or_after[o - start] for o in map(toordinal, days)])
    elif unit in ("months", "years"):
        # § 40 odst. 1 písm. b) and c): the working day on or after the same-numbered day (or
        # the month's last day) k months on, for every day of the calendar, kept per period.
        moved = _months_on(calendar, count if unit == "months" else 12 * count)
        if moved[last.toordinal() - _FIRST_ORDINAL] is not None:
            return cast("list[date]", [moved[o - _FIRST_ORDINAL] for o in map(toordinal, days)])
    else:
        # Working days, the event day not counted: the count-th working day after it.
        rank, working_days, after = tables.rank, tables.working_days, count - 1
        below = _FIRST_ORDINAL - 1  # rank[i + 1]: the working days up to and including day i
        if rank[last.toordinal() - below] + after < len(working_days):
            return [working_days[rank[o - below] + after] for o in map(toordinal, days)]
    # An end past the calendar's last working day: the slow way, which raises the documented
    # error for the right event.
    if unit == "working_days":
        return [calendar.add_working_days(day, count) for day in days]
    if unit in ("days", "weeks"):
        return calendar.next_working_days(days, offset=offset)
    months = count if unit == "months" else 12 * count
    try:
        nominal = [add_months(day, months) for day in days]
    except ValueError:
        raise out_of_range(max(days), f"{period.english} after") from None
    return calendar.next_working_days(nominal)


@lru_cache(maxsize=16)
def _months_on(calendar: CzechCalendar, months: int) -> tuple[date | None, ...]:
    """For each day of the calendar, the end of a period of ``months`` months after it.

    Day ``i`` sits in slot ``slot[i]`` of the calendar's month grid
    (:attr:`~krajsoc.calendar.CzechCalendar.day_tables`); ``months`` months on is
    ``SLOT_DAYS * months`` slots on, whose entry is already the working day on or after the
    same-numbered day or the month's last day. ``None`` where that falls after the calendar's
    last working day or after December 2100. One table (36,890 entries, about 0.3 MB) per
    calendar and period, built in about 2–3 ms on its first use; the sixteen last used are kept,
    so an analyst's repeated batches pay one look-up per event.
    """
    tables = calendar.day_tables
    by_slot, shift = tables.on_or_after_slot, tables.SLOT_DAYS * months
    reachable = len(by_slot) - shift
    return tuple(by_slot[s + shift] if s < reachable else None for s in tables.slot)
