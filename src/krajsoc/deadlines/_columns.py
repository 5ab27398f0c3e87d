"""Whole columns at array speed: a numpy ``datetime64`` array or a pandas ``Series`` of dates.

This module (and :mod:`~krajsoc.deadlines._delivery_columns` on its tables, for deliveries)
is where :mod:`krajsoc.deadlines` uses numpy, and why: a column of a million dates is counted
here with a few array operations instead of one Python step per row, tens of times faster than
the pure-Python batch (``docs/performance.md``). It is imported only when such a column arrives
(the batch functions look at ``type(values).__module__`` first), so ``import krajsoc`` never
imports numpy, an optional extra (``krajsoc[pandas]``). pandas itself is never imported: a
``Series`` is read through ``to_numpy()``, ``index`` and ``name``, and the result is built by
its own type.

How: for a calendar and a period, :func:`_end_table` counts the end for *every* day of the
calendar at once, with array operations over the calendar's day tables
(:attr:`~krajsoc.calendar.CzechCalendar.day_tables`, as numpy arrays built once per calendar);
months with numpy's month arithmetic (``datetime64[M]``), the day clamped to the month's last
as :func:`~krajsoc.deadlines._period.add_months` does (§ 40 odst. 1 písm. b) správního řádu).
A column is then one look-up in that table per row (``numpy.take``), and a day outside the
calendar, ``NaT`` or an end outside all come out ``NaT``; only those rows are looked at one by
one, to say why. The rules are those of the per-row functions, which read like the statute;
Hypothesis tests hold the ends here equal to theirs, row by row, for every unit. A delivery,
with a collection day and a channel beside each row, is counted on these tables in
:mod:`~krajsoc.deadlines._delivery_columns`.

Examples:
    >>> import numpy as np
    >>> from krajsoc.deadlines import Period
    >>> days = np.array(["2026-12-09", "NaT"], dtype="datetime64[D]")
    >>> after(days, Period(days=15), CZECH_CALENDAR, "coerce")
    array(['2026-12-28',        'NaT'], dtype='datetime64[D]')
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from krajsoc._quote import quote
from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.deadlines._batch_rows import (
    FIRST_ORDINAL,
    NOT_GIVEN,
    Errors,
    Problem,
    day_indices,
    end_outside,
    finish,
)
from krajsoc.deadlines._batch_rules import BATCH_MISSING, BATCH_OUTSIDE, BATCH_TIME_OF_DAY
from krajsoc.deadlines._deadline import Deadline
from krajsoc.deadlines._delivery import APPEAL_PERIOD
from krajsoc.deadlines._period import Period

__all__ = ["CZECH_CALENDAR", "after", "appeals", "before"]

Ints = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]
Dates = npt.NDArray[np.datetime64]

DAYS = LAST_DATE.toordinal() - FIRST_ORDINAL + 1
_EPOCH = (FIRST_DATE - date(1970, 1, 1)).days  # FIRST_DATE in numpy's day numbers
_NAT = np.iinfo(np.int64).min  # numpy's NaT as an integer
# A row's slot in an end table: 1 + its day's index in the calendar; slots 0 and DAYS + 1 (NaT)
# catch every day before and after it, NaT and bad rows.
_OFF = _EPOCH - 1


@attrs.frozen(eq=False)
class _Tables:
    """A calendar's day tables as numpy arrays: day ``i`` is ``FIRST_DATE`` plus ``i`` days."""

    on_or_after: Ints  # the working day on or after day i; DAYS past the last one
    rank: Ints  # how many working days come before day i (DAYS + 1 entries)
    working_days: Ints  # every working day, in order
    low: int  # the first working day: an end counted back must not be before it


@lru_cache(maxsize=8)
def _tables(calendar: CzechCalendar) -> _Tables:
    """Built once per calendar (a few ms), from its tables."""
    tables = calendar.day_tables
    on_or_after = np.fromiter(
        (DAYS if day is None else day.toordinal() - FIRST_ORDINAL for day in tables.on_or_after),
        dtype=np.int64,
        count=DAYS,
    )
    working_days = np.flatnonzero(np.array(tables.working, dtype=bool)).astype(np.int64)
    return _Tables(
        on_or_after=on_or_after,
        rank=np.array(tables.rank, dtype=np.int64),
        working_days=working_days,
        low=int(working_days[0]),
    )


def _add_months(indices: Ints, months: int) -> Ints:
    """The same-numbered day ``months`` on (back if negative), or the month's last day."""
    days = (indices + _EPOCH).astype("datetime64[D]")
    month = days.astype("datetime64[M]")
    day_of_month = (days - month.astype("datetime64[D]")).astype(np.int64)  # 0-based
    target = month + np.timedelta64(months, "M")
    first = target.astype("datetime64[D]")
    length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - first).astype(np.int64)
    found: Ints = first.astype(np.int64) - _EPOCH + np.minimum(day_of_month, length - 1)
    return found


def _on_or_after(days: Ints, tables: _Tables) -> tuple[Ints, Flags]:
    """The working day on or after each day; whether it is inside the calendar."""
    inside = (days >= 0) & (days < DAYS)
    ends = tables.on_or_after[np.where(inside, days, 0)]
    return ends, inside & (ends < DAYS)


def _after(days: Ints, period: Period, tables: _Tables) -> tuple[Ints, Flags]:
    unit, count = period.unit, period.count
    if unit == "days" or unit == "weeks":
        # § 40 odst. 1 písm. a) to c): n days after, then the working day on or after it.
        return _on_or_after(days + (count if unit == "days" else 7 * count), tables)
    if unit == "months" or unit == "years":
        # písm. b) and c): the same-numbered day (or the month's last), moved as above.
        return _on_or_after(_add_months(days, count * (1 if unit == "months" else 12)), tables)
    # Working days, the event day not counted: the count-th working day after it.
    positions = tables.rank[days + 1] + count - 1
    inside = positions < len(tables.working_days)
    return tables.working_days[np.where(inside, positions, 0)], inside


def _before(days: Ints, period: Period, tables: _Tables, back: int) -> tuple[Ints, Flags]:
    # Counted back, not moved off a day off; an end before the first working day is refused by
    # deadline_before (it has no latest working day), and so here.
    unit, count = period.unit, period.count
    if unit == "days" or unit == "weeks":
        ends = days - (count if unit == "days" else 7 * count) - back
        return ends, ends >= tables.low
    if unit == "months" or unit == "years":
        ends = _add_months(days, -count * (1 if unit == "months" else 12)) - back
        return ends, ends >= tables.low
    positions = tables.rank[days] - count
    ends = tables.working_days[np.maximum(positions, 0)] - back
    return ends, (positions >= 0) & (ends >= tables.low)


@lru_cache(maxsize=32)
def _end_table(calendar: CzechCalendar, period: Period, back: int | None) -> Ints:
    """The end (numpy day number, or NaT) for the day in each slot: after, or before if ``back``.

    36,892 entries (0.3 MB) per calendar and period, built with a few array operations in about
    a millisecond; the 32 last used are kept.
    """
    days = np.arange(DAYS, dtype=np.int64)
    tables = _tables(calendar)
    ends, inside = (
        _after(days, period, tables) if back is None else _before(days, period, tables, back)
    )
    table = np.full(DAYS + 2, _NAT, dtype=np.int64)
    table[1:-1] = np.where(inside, ends + _EPOCH, _NAT)
    return table


_PER_DAY = {
    "D": 1,
    "h": 24,
    "m": 24 * 60,
    "s": 86_400,
    "ms": 86_400_000,
    "us": 86_400_000_000,
    "ns": 86_400_000_000_000,
}
"""How many of each datetime64 unit make a day; finer units cannot hold 2000–2100."""


@lru_cache(maxsize=32)
def _scaled_table(calendar: CzechCalendar, period: Period, back: int | None, unit: str) -> Ints:
    """:func:`_end_table` in ``unit`` (midnights), so that a column's ends need no conversion."""
    table = _end_table(calendar, period, back)
    if unit == "D":
        return table
    scaled: Ints = np.where(table == _NAT, _NAT, table * _PER_DAY[unit])
    return scaled


@attrs.frozen(eq=False)
class _Column:
    """A column read for counting: each row's slot (0 for no date), and how to say why."""

    slots: Ints
    why: Callable[[int], Problem | None]  # a row's own problem; None when the row is good
    missing: Flags  # the rows with no date at all
    unit: str  # the datetime64 unit of the ends handed back
    rebuild: Callable[[Dates], Any]
    label: Callable[[int], int | str]

    def ends(self, calendar: CzechCalendar, period: Period, back: int | None) -> Ints:
        """Each row's end (or NaT) in :attr:`unit`: one look-up per row."""
        return _scaled_table(calendar, period, back, self.unit).take(self.slots)

    def scaled(self, days: Ints) -> Ints:
        """Ends given as numpy day numbers (or NaT) in :attr:`unit`."""
        if self.unit == "D":
            return days
        found: Ints = np.where(days == _NAT, _NAT, days * _PER_DAY[self.unit])
        return found


def _label(value: object) -> int | str:
    """A Series' index label as a finding names it: an integer, or text only through quote."""
    item = getattr(value, "item", None)  # numpy integers
    value = item() if callable(item) and type(value).__module__ == "numpy" else value
    if isinstance(value, int):
        return value
    text = str(value)
    quoted = quote(text)
    return text if quoted == "'" + text.replace("'", "\\'") + "'" else quoted


def _same(ends: Dates) -> Dates:
    return ends


def _read(values: Any, parameter: str, *, missing_allowed: bool = False) -> _Column:
    """The rows of an array or a Series (or, beside one, a list) as slots of an end table."""
    rebuild: Callable[[Dates], Any] = _same
    label: Callable[[int], int | str] = int
    unit = "D"  # an array's ends are days; a Series keeps its unit (ns for date objects)
    if type(values).__module__ == "numpy":
        array = values
    elif hasattr(values, "to_numpy") and hasattr(values, "index") and hasattr(values, "name"):
        array = values.to_numpy()
        index, kind, name = values.index, type(values), values.name
        unit = np.datetime_data(array.dtype)[0] if array.dtype.kind == "M" else "ns"
        unit = unit if unit in ("s", "ms", "us", "ns") else "ns"

        def rebuild(ends: Dates) -> Any:
            return kind(ends, index=index, name=name)

        def label(position: int) -> int | str:
            return _label(index[position])

    elif type(values).__module__.startswith("pandas"):
        raise TypeError(
            f"{parameter} must be a pandas Series, a numpy array or a list of dates, "
            f"not {type(values).__name__}"
        )
    else:
        array = np.array(list(values), dtype=object)
    if array.ndim != 1:
        raise TypeError(f"{parameter} must be one column of dates, not {array.ndim}-dimensional")
    if array.dtype.kind == "M":
        slots, why, missing = _read_datetimes(array, parameter, missing_allowed)
        return _Column(slots, why, missing, unit, rebuild, label)
    if array.dtype.kind == "O":
        problems: dict[int, Problem] = {}
        rows = [row.end if isinstance(row, Deadline) else row for row in array.tolist()]
        indices = np.array(
            day_indices(rows, parameter, problems, missing_allowed=missing_allowed),
            dtype=np.int64,
        ).reshape(-1)
        missing = indices == NOT_GIVEN
        slots = indices + 1
        slots[list(problems)] = 0
        slots[missing] = 0
        return _Column(slots, problems.get, missing, unit, rebuild, label)
    raise TypeError(
        f"{parameter} must hold dates (datetime64 or date objects), not {array.dtype} values"
    )


def _read_datetimes(
    array: Dates, parameter: str, missing_allowed: bool
) -> tuple[Ints, Callable[[int], Problem | None], Flags]:
    """Slots of a datetime64 column: integer arithmetic on its raw numbers, no conversion."""
    unit, step = np.datetime_data(array.dtype)
    if unit not in _PER_DAY:
        raise TypeError(f"{parameter} must hold days, not datetime64[{unit}] values")
    if step != 1:
        array = array.astype(f"datetime64[{unit}]")
    raw = array.view(np.int64)
    timed: Flags | None = None
    if unit == "D":
        slots = raw - _OFF
    else:
        # a time of day: the row is not its day's midnight (NaT is told apart in why())
        per = _PER_DAY[unit]
        days = raw // per
        timed = days * per != raw
        slots = days - _OFF
        if timed.any():
            slots[timed] = 0
    np.clip(slots, 0, DAYS + 1, out=slots)

    def why(position: int) -> Problem | None:
        if np.isnat(array[position]):
            return None if missing_allowed else (BATCH_MISSING, {}, parameter)
        if timed is not None and timed[position]:
            return BATCH_TIME_OF_DAY, {}, parameter
        if slots[position] in (0, DAYS + 1):
            day = str(array[position].astype("datetime64[D]"))
            return BATCH_OUTSIDE, {"day": quote(day)}, parameter
        return None

    missing = np.isnat(array) if missing_allowed else np.zeros(len(array), dtype=bool)
    return slots, why, missing


def _day(slot: int) -> date:
    return FIRST_DATE + timedelta(days=slot - 1)


def _finish(
    column: _Column, ends: Ints, errors: Errors, parameter: str, problems: dict[int, Problem]
) -> Any:
    """The ends as the caller's kind of column; each NaT row not yet explained, explained.

    Under ``errors="coerce"`` nobody reads why, so a column of a million bad rows costs no more
    than a good one.
    """
    found = ends.view(f"datetime64[{column.unit}]")
    if errors == "coerce":
        return column.rebuild(found)
    for position in np.flatnonzero(ends == _NAT).tolist():
        if position not in problems:
            own = column.why(position)
            problems[position] = own or end_outside(_day(int(column.slots[position])), parameter)
    return finish(column.rebuild(found), problems, errors, rows=len(found), label=column.label)


def after(values: Any, period: Period, calendar: CzechCalendar, errors: Errors) -> Any:
    """``deadlines_after`` for an array or a Series."""
    column = _read(values, "events")
    return _finish(column, column.ends(calendar, period, None), errors, "events", {})


def before(
    values: Any, period: Period, calendar: CzechCalendar, errors: Errors, *, strict: bool
) -> Any:
    """``deadlines_before`` for an array or a Series."""
    column = _read(values, "anchors")
    ends = column.ends(calendar, period, int(strict))
    return _finish(column, ends, errors, "anchors", {})


def appeals(values: Any, calendar: CzechCalendar, errors: Errors) -> Any:
    """``appeal_deadlines`` for an array or a Series."""
    column = _read(values, "delivered")
    ends = column.ends(calendar, APPEAL_PERIOD, None)
    return _finish(column, ends, errors, "delivered", {})
