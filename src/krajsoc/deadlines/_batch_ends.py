"""The ends of many periods at once, in pure Python: list look-ups in the calendar's day tables.

The rules are those of :func:`~krajsoc.deadlines.deadline_after` and
:func:`~krajsoc.deadlines.deadline_before` (§ 40 odst. 1 správního řádu; backward counting after
NS 29 Odo 783/2003), which read like the statute and build one :class:`Deadline` each. This module
is the place that trades that reading for speed: it reads the calendar's day tables
(:attr:`~krajsoc.calendar.CzechCalendar.day_tables`) directly, one list comprehension per batch
and no new date per row. A batch of plain dates inside the calendar whose latest (earliest) end
is inside too takes the fast path; otherwise each row is looked at on its own, bad rows recorded
as problems (:mod:`krajsoc.deadlines._batch_rows`). Hypothesis tests hold the ends equal to the
per-row functions for every unit and calendar.

Examples:
    >>> from datetime import date
    >>> ends_after([date(2026, 12, 9), None], Period(days=15), CZECH_CALENDAR, "events")
    ([datetime.date(2026, 12, 28), None], {1: (Rule('batch-missing-date'), {}, 'events')})
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import cast

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.deadlines._batch_rows import FIRST_ORDINAL, Problem, day_indices, end_outside
from krajsoc.deadlines._period import Period

__all__ = ["CZECH_CALENDAR", "ends_after", "ends_before"]

_DAYS = LAST_DATE.toordinal() - FIRST_ORDINAL + 1
_toordinal = date.toordinal

# The fast path of a kind of period: the ends of a batch of plain in-range dates given its
# earliest and latest, or None when an end would fall outside the calendar.
_Fast = Callable[[Sequence[date], date, date], "list[date] | None"]
# The slow path: the end for one table index, or None outside the calendar.
_One = Callable[[int], "date | None"]


def _ends(
    days: Sequence[object], parameter: str, fast: _Fast, one: _One
) -> tuple[list[date | None], dict[int, Problem]]:
    bad: dict[int, Problem] = {}
    if days and {*map(type, days)} == {date}:
        plain = cast("Sequence[date]", days)
        first, last = min(plain), max(plain)
        if first >= FIRST_DATE and last <= LAST_DATE:
            found = fast(plain, first, last)
            if found is not None:
                return cast("list[date | None]", found), bad
    indices = day_indices(days, parameter, bad)
    ends = [None if position in bad else one(i) for position, i in enumerate(indices)]
    for position, end in enumerate(ends):
        if end is None and position not in bad:
            bad[position] = end_outside(cast("date", days[position]), parameter)
    return ends, bad


def ends_after(
    days: Sequence[object], period: Period, calendar: CzechCalendar, parameter: str
) -> tuple[list[date | None], dict[int, Problem]]:
    """The end of ``deadline_after(day, period, calendar)`` for each row; the bad rows' problems.

    A bad row's end is ``None``.
    """
    unit, count = period.unit, period.count
    tables = calendar.day_tables
    if unit == "days" or unit == "weeks":
        # § 40 odst. 1 písm. a) to c): n days (7 n for weeks) after each event, then the
        # working day on or after it; None only after the calendar's last working day.
        on_or_after, offset = tables.on_or_after, count if unit == "days" else 7 * count
        start = FIRST_ORDINAL - offset

        def fast(days: Sequence[date], first: date, last: date) -> list[date] | None:
            j = last.toordinal() - start
            if j < _DAYS and on_or_after[j] is not None:
                return cast("list[date]", [on_or_after[o - start] for o in map(_toordinal, days)])
            return None

        def one(i: int) -> date | None:
            return on_or_after[i + offset] if i + offset < _DAYS else None

    elif unit == "months" or unit == "years":
        # § 40 odst. 1 písm. b) and c): the working day on or after the same-numbered day (or
        # the month's last day) k months on, for every day of the calendar, kept per period.
        moved = _months_on(calendar, count if unit == "months" else 12 * count)

        def fast(days: Sequence[date], first: date, last: date) -> list[date] | None:
            if moved[last.toordinal() - FIRST_ORDINAL] is None:
                return None
            return cast("list[date]", [moved[o - FIRST_ORDINAL] for o in map(_toordinal, days)])

        def one(i: int) -> date | None:
            return moved[i]

    else:
        # Working days, the event day not counted: the count-th working day after it.
        rank, working_days, after = tables.rank, tables.working_days, count - 1
        below = FIRST_ORDINAL - 1  # rank[i + 1]: the working days up to and including day i
        known = len(working_days)

        def fast(days: Sequence[date], first: date, last: date) -> list[date] | None:
            if rank[last.toordinal() - below] + after >= known:
                return None
            return [working_days[rank[o - below] + after] for o in map(_toordinal, days)]

        def one(i: int) -> date | None:
            position = rank[i + 1] + after
            return working_days[position] if position < known else None

    return _ends(days, parameter, fast, one)


def ends_before(
    days: Sequence[object],
    period: Period,
    calendar: CzechCalendar,
    parameter: str,
    *,
    strict: bool = False,
) -> tuple[list[date | None], dict[int, Problem]]:
    """The end of ``deadline_before(day, period, calendar, strict=strict)`` for each row.

    Counted back, the end is not moved off a weekend or holiday; under ``strict`` it is one day
    earlier. A bad row's end is ``None``, and so is an end before the calendar's first working
    day (3. 1. 2000), which has no latest working day on or before it.
    """
    unit, count = period.unit, period.count
    tables = calendar.day_tables
    dates, back = tables.dates, int(strict)
    low = tables.working_days[0].toordinal() - FIRST_ORDINAL  # the earliest end
    if unit == "days" or unit == "weeks":
        total = (count if unit == "days" else 7 * count) + back
        start = FIRST_ORDINAL + total

        def fast(days: Sequence[date], first: date, last: date) -> list[date] | None:
            if first.toordinal() - start < low:
                return None
            return [dates[o - start] for o in map(_toordinal, days)]

        def one(i: int) -> date | None:
            return dates[i - total] if i - total >= low else None

    elif unit == "months" or unit == "years":
        before = _months_before(count if unit == "months" else 12 * count, back, low)

        def fast(days: Sequence[date], first: date, last: date) -> list[date] | None:
            if before[first.toordinal() - FIRST_ORDINAL] is None:
                return None
            return cast("list[date]", [before[o - FIRST_ORDINAL] for o in map(_toordinal, days)])

        def one(i: int) -> date | None:
            return before[i]

    else:
        # The count-th working day before the anchor (rank[i] working days come before day i),
        # then, under strict, the day before that.
        rank, working_days = tables.rank, tables.working_days

        def one(i: int) -> date | None:
            position = rank[i] - count
            if position < 0:
                return None
            nominal = working_days[position]
            j = nominal.toordinal() - FIRST_ORDINAL - back
            return dates[j] if j >= low else None

        def fast(days: Sequence[date], first: date, last: date) -> list[date] | None:
            if one(first.toordinal() - FIRST_ORDINAL) is None:
                return None
            if not back:
                return [
                    working_days[rank[o - FIRST_ORDINAL] - count] for o in map(_toordinal, days)
                ]
            return [
                dates[working_days[rank[o - FIRST_ORDINAL] - count].toordinal() - FIRST_ORDINAL - 1]
                for o in map(_toordinal, days)
            ]

    return _ends(days, parameter, fast, one)


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


@lru_cache(maxsize=16)
def _months_before(months: int, back: int, low: int) -> tuple[date | None, ...]:
    """For each day, the same-numbered day (or the month's last) ``months`` earlier, less ``back``.

    ``None`` where that falls before day ``low`` (the calendar's first working day). Counted
    back, the end is not moved off a day off, so the calendar matters only through ``low``.
    """
    tables = CZECH_CALENDAR.day_tables
    dates, slots, size = tables.dates, tables.slot, tables.SLOT_DAYS
    starts = [i for i, s in enumerate(slots) if s % size == 0]  # the first day of each month
    starts.append(len(dates))
    found: list[date | None] = []
    for s in slots:
        month, day = divmod(s - size * months, size)
        if month < 0:
            found.append(None)
            continue
        j = starts[month] + min(day, starts[month + 1] - starts[month] - 1) - back
        found.append(dates[j] if j >= low else None)
    return tuple(found)
