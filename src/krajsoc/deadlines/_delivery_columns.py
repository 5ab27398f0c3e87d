"""Deliveries at array speed: a collection day and a channel beside each row of ``ready``.

:func:`deliveries` is ``delivery_dates`` for a numpy array or a pandas ``Series``, counted on
the day tables of :mod:`krajsoc.deadlines._columns` and, like it, imported only when such a
column arrives. Beside ``ready`` come, row by row, the day each document was collected (a
missing value: not collected) and, where each went its own way, its channel.

A column of channels holds a handful of distinct values, so its rows are grouped by value and
each group checked at once, never one Python step per row:

* a ``Series`` is factorized by its own ``factorize()`` (pandas' hash table: one code per row,
  each distinct value once); each distinct value is checked once as ``delivery_date`` reads a
  channel, and every row takes its value's answer by ``numpy.take``;
* a numpy array of text (or of objects, or a list beside an array of dates) is compared with
  the text of each channel, one vectorised comparison per channel; an array of anything else
  (numbers, dates, bytes) names no channel in any row.

Only values numpy cannot compare with text (pandas' ``NA`` in an object array, unhashable
values in a ``Series``) are checked value by value. Both channels count the same days
(:mod:`krajsoc.deadlines._batch_channels` says why), so the days are counted once for all the
rows and the rows with a bad channel are left missing, reported for their channel.

Examples:
    >>> import numpy as np
    >>> refused = refused_channels(np.array(["post", "data_box", "fax"]), 3)
    >>> refused.rows
    array([False, False,  True])
    >>> [(position, fields) for position, (_, fields, _) in refused.problems().items()]
    [(2, {'got': "'fax'"})]
    >>> ready = np.array(["2026-12-14", "2026-12-14"], dtype="datetime64[D]")
    >>> deliveries(ready, None, ["data_box", "fax"], CZECH_CALENDAR, "coerce")
    array(['2026-12-28',        'NaT'], dtype='datetime64[D]')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import numpy as np

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar
from krajsoc.deadlines._batch_channels import (
    CHANNEL_TEXTS,
    channel_problem,
    checked_length,
    is_channel,
    is_one_channel,
)
from krajsoc.deadlines._batch_rows import Errors, Problem, collected_before_ready, is_column
from krajsoc.deadlines._batch_rules import BATCH_MISSING
from krajsoc.deadlines._columns import (
    _NAT,
    _OFF,
    DAYS,
    Flags,
    Ints,
    _day,
    _end_table,
    _finish,
    _read,
)
from krajsoc.deadlines._delivery import FICTION_PERIOD
from krajsoc.errors import InvalidInputError

__all__ = ["CZECH_CALENDAR", "Refused", "deliveries", "refused_channels"]


@attrs.frozen(eq=False)
class Refused:
    """The rows of a column of channels that name no channel, and what they hold."""

    rows: Flags  # True where the row's channel is bad
    values: Callable[[Ints], list[object]]  # the values at some positions, as Python objects

    def problems(self) -> dict[int, Problem]:
        """The problem of each bad row, by its 0-based position (read only when asked)."""
        positions = np.flatnonzero(self.rows)
        if not len(positions):
            return {}
        values = self.values(positions)
        return {
            position: channel_problem(value)
            for position, value in zip(positions.tolist(), values, strict=True)
        }


def refused_channels(channels: Any, rows: int) -> Refused:
    """The rows of ``channels`` (an array, a ``Series`` or a list) that name no channel.

    Raises:
        InvalidInputError: ``channels`` has another number of rows than ``rows``.
        TypeError: It is a pandas object other than a ``Series``, or not one-dimensional.
    """
    if hasattr(channels, "factorize") and hasattr(channels, "to_numpy"):
        checked_length(len(channels), rows)
        return _in_series(channels)
    if type(channels).__module__ == "numpy":
        array = channels
    elif type(channels).__module__.startswith("pandas"):
        raise TypeError(
            f"channel must be a pandas Series, a numpy array or a list of channels, "
            f"not {type(channels).__name__}"
        )
    else:
        listed = channels if isinstance(channels, list | tuple) else list(channels)
        array = np.fromiter(listed, dtype=object, count=len(listed))
    if getattr(array, "ndim", None) != 1:
        raise TypeError("channel must be one column of channels, or one channel")
    checked_length(len(array), rows)
    return Refused(_in_array(array), lambda positions: array[positions].tolist())


def _in_array(array: Any) -> Flags:
    """True for each row of a numpy array that names no channel."""
    if array.dtype.kind not in "UOT":  # numbers, dates, bytes: no row names a channel
        return np.ones(len(array), dtype=bool)
    try:
        known = np.zeros(len(array), dtype=bool)
        for text in CHANNEL_TEXTS:
            known |= array == text
    except (TypeError, ValueError):  # a value numpy cannot compare with text, such as pd.NA
        return np.fromiter(
            (not is_channel(value) for value in array.tolist()), dtype=bool, count=len(array)
        )
    bad: Flags = ~known
    return bad


def _in_series(series: Any) -> Refused:
    """The bad rows of a ``Series``: each distinct value checked once, the rows by its code."""

    def values(positions: Ints) -> list[object]:
        found: list[object] = series.to_numpy()[positions].tolist()
        return found

    try:
        codes, distinct = series.factorize()  # a missing value gets code -1
    except TypeError:  # unhashable values: compared as an array instead
        return Refused(_in_array(series.to_numpy()), values)
    known = np.fromiter(map(is_channel, distinct), dtype=bool, count=len(distinct))
    # code -1 (a missing value) reads the last entry, False: no channel
    bad: Flags = ~np.append(known, False).take(codes)
    return Refused(bad, values)


def deliveries(
    ready: Any, collected: Any, channel: Any, calendar: CzechCalendar, errors: Errors
) -> Any:
    """``delivery_dates`` for an array or a Series (``collected`` beside it, or ``None``).

    Both channels count the same days: ``channel`` is one (checked already) or a column of
    them, whose bad rows :func:`refused_channels` finds: left missing, reported for their
    channel.
    """
    column = _read(ready, "ready")
    refused = None
    if not is_one_channel(channel):
        refused = refused_channels(channel, len(column.slots))
        _same_index(ready, channel, "channel")
    if collected is None:
        ends = column.ends(calendar, FICTION_PERIOD, None)
        return _finish(column, _refuse(ends, refused), errors, "ready", _told(refused, errors))
    fiction = _end_table(calendar, FICTION_PERIOD, None).take(column.slots)  # in days
    taken = _read(collected, "collected", missing_allowed=True)
    if len(taken.slots) != len(column.slots):
        raise InvalidInputError(
            f"collected has {len(taken.slots)} rows and ready {len(column.slots)}",
            where="collected",
            expected="one row of collected per row of ready, or collected=None",
        )
    _same_index(ready, collected, "collected")
    counted = fiction != _NAT  # a bad ready day (or one whose fiction is outside) comes first
    given = (taken.slots > 0) & (taken.slots <= DAYS)
    wrong = counted & ~given & ~taken.missing
    early = counted & given & (taken.slots < column.slots)
    days = taken.slots + _OFF
    ends = np.where(given & ~early & (days <= fiction), days, fiction)
    ends[wrong | early] = _NAT
    _refuse(ends, refused)
    problems: dict[int, Problem] = {}
    if errors == "coerce":
        return _finish(column, column.scaled(ends), errors, "ready", problems)
    for position in np.flatnonzero(wrong).tolist():
        problems[position] = taken.why(position) or (BATCH_MISSING, {}, "collected")
    for position in np.flatnonzero(early).tolist():
        problems[position] = collected_before_ready(
            _day(int(taken.slots[position])), _day(int(column.slots[position]))
        )
    problems.update(_told(refused, errors))  # a row's channel first, as delivery_date's
    return _finish(column, column.scaled(ends), errors, "ready", problems)


def _refuse(ends: Ints, refused: Refused | None) -> Ints:
    if refused is not None:
        ends[refused.rows] = _NAT
    return ends


def _told(refused: Refused | None, errors: Errors) -> dict[int, Problem]:
    return {} if refused is None or errors == "coerce" else refused.problems()


def _same_index(ready: Any, other: Any, parameter: str) -> None:
    """Two Series are paired row by row only when their indexes are the same."""
    if not (type(ready).__module__.startswith("pandas") and is_column(other)):
        return  # a list's .index is a method, not an index: an array or a list pairs by position
    first, second = getattr(ready, "index", None), getattr(other, "index", None)
    if first is not None and second is not None and not first.equals(second):
        raise InvalidInputError(
            f"{parameter} and ready have different indexes",
            where=parameter,
            expected="two Series with the same index (align them first), or arrays",
        )
