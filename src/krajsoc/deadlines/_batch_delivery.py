"""Whole columns of deliveries and appeals: the ends of ``delivery_date`` and ``appeal_deadline``.

A document not collected counts as delivered on the 10th day after it was ready, moved to the
next working day (§ 24 odst. 1 správního řádu; § 17 odst. 4 zákona č. 300/2008 Sb. for data
boxes); one collected earlier, on the day of collection. An appeal may be filed within 15 days
of delivery (§ 83 odst. 1 správního řádu). These batches give the same days as the per-row
functions (a Hypothesis test holds them equal) and handle bad rows as ``errors`` says, like
:func:`~krajsoc.deadlines.deadlines_after`.

Examples:
    >>> from datetime import date, datetime
    >>> delivered = delivery_dates([date(2008, 12, 15), date(2026, 11, 23)],
    ...                            [None, date(2026, 11, 25)])
    >>> delivered
    [datetime.date(2008, 12, 29), datetime.date(2026, 11, 25)]
    >>> appeal_deadlines(delivered)
    [datetime.date(2009, 1, 13), datetime.date(2026, 12, 10)]

References:
    § 24 odst. 1 a § 83 odst. 1 zákona č. 500/2004 Sb., správní řád; § 17 odst. 4 zákona
    č. 300/2008 Sb.; NSS 9 As 55/2009; NSS 4 Afs 264/2018-85.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, Literal, TypeGuard, cast, overload

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.deadlines._batch_channels import checked_length, is_one_channel, unknown_channels
from krajsoc.deadlines._batch_ends import ends_after
from krajsoc.deadlines._batch_rows import (
    Column,
    Errors,
    Problem,
    checked_errors,
    collected_before_ready,
    finish,
    is_column,
    is_missing,
    problem,
)
from krajsoc.deadlines._deadline import Deadline
from krajsoc.deadlines._delivery import APPEAL_PERIOD, FICTION_PERIOD, Channel
from krajsoc.errors import InvalidInputError, UnknownCodeError
from krajsoc.findings import Report

__all__ = ["appeal_deadlines", "checked_channel", "delivery_dates"]


@overload
def delivery_dates(  # type: ignore[overload-overlap]  # a column is iterable too
    ready: Column,
    collected: Iterable[object] | None = ...,
    channel: Channel | str | Iterable[object] = ...,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["raise", "coerce"] = ...,
) -> Column: ...
@overload
def delivery_dates(  # type: ignore[overload-overlap]
    ready: Column,
    collected: Iterable[object] | None = ...,
    channel: Channel | str | Iterable[object] = ...,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["report"],
) -> tuple[Column, Report]: ...
@overload
def delivery_dates(
    ready: Iterable[date | None],
    collected: Iterable[date | None] | None = ...,
    channel: Channel | str | Iterable[object] = ...,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["raise"] = ...,
) -> list[date]: ...
@overload
def delivery_dates(
    ready: Iterable[object],
    collected: Iterable[object] | None = ...,
    channel: Channel | str | Iterable[object] = ...,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["coerce"],
) -> list[date | None]: ...
@overload
def delivery_dates(
    ready: Iterable[object],
    collected: Iterable[object] | None = ...,
    channel: Channel | str | Iterable[object] = ...,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["report"],
) -> tuple[list[date | None], Report]: ...
def delivery_dates(
    ready: Iterable[object],
    collected: Iterable[object] | None = None,
    channel: Channel | str | Iterable[object] = Channel.POST,
    calendar: CzechCalendar = CZECH_CALENDAR,
    *,
    errors: Errors = "raise",
) -> Any:
    """The ``end`` of ``delivery_date(ready_on, collected_on=..., channel=...)`` for each row.

    Args:
        ready: The day each document was ready for collection (or arrived in the data box):
            a list of dates, a numpy ``datetime64`` array or a pandas ``Series``.
        collected: The day each was collected, row by row beside ``ready``; a missing value
            (``None``, ``NaT``) where it was not. ``None`` for the whole column: none was. Two
            ``Series`` must have the same index.
        channel: ``"post"`` or ``"data_box"`` (or a :class:`Channel`) for the whole batch;
            or, where each document went its own way, a column of them — a list, a numpy
            array or a pandas ``Series`` of channels, one per row of ``ready`` and paired with
            it by position (a ``Series`` beside a ``Series`` must have the same index). A row
            whose channel is neither is a bad row, reported for its channel before its dates,
            as :func:`delivery_date` checks the channel first. Both channels count the same 10
            days, so only a bad channel changes a row's day.
        calendar: The working-day calendar.
        errors: ``"raise"``, ``"coerce"`` or ``"report"``, as in
            :func:`~krajsoc.deadlines.deadlines_after`. A collection day before its ready day
            is a bad row too.

    Returns:
        The days of delivery, in the order of the rows, the same kind of column as ``ready``;
        with ``errors="report"``, ``(days, report)``.

    Raises:
        BatchInputError: ``errors="raise"`` and some row is bad.
        InvalidInputError: ``collected`` or a column of channels has another number of rows
            than ``ready``, or another index.
        UnknownCodeError: One ``channel`` for the batch is neither ``"post"`` nor
            ``"data_box"``.

    Examples:
        >>> from datetime import date
        >>> delivery_dates([date(2026, 12, 14)], channel="data_box")
        [datetime.date(2026, 12, 28)]
        >>> delivery_dates([date(2026, 12, 14)], [date(2026, 12, 1)], errors="coerce")
        [None]
        >>> delivery_dates([date(2026, 12, 14)] * 3, channel=["post", "data_box", "fax"],
        ...                errors="coerce")
        [datetime.date(2026, 12, 28), datetime.date(2026, 12, 28), None]
    """
    one = is_one_channel(channel)
    if one:
        checked_channel(cast("Channel | str", channel))  # anything else is refused here
    errors = checked_errors(errors)
    if is_column(ready) or is_column(collected):
        from krajsoc.deadlines import _delivery_columns  # numpy, only when a column arrives

        return _delivery_columns.deliveries(ready, collected, channel, calendar, errors)
    days = _rows(ready)
    channels = None if one else _rows(channel)
    if channels is not None:
        checked_length(len(channels), len(days))
    fictions, bad = ends_after(days, FICTION_PERIOD, calendar, "ready")
    if collected is None:
        ends: list[date | None] = fictions
    else:
        ends = _collected(fictions, days, _rows(collected), bad)
    if channels is not None:
        refused = unknown_channels(channels)
        for position in refused:  # a row's channel first, as delivery_date checks it first
            ends[position] = None
        bad.update(refused)
    return finish(ends, bad, errors, rows=len(days))


def _collected(
    fictions: list[date | None],
    days: Sequence[object],
    taken: Sequence[object],
    bad: dict[int, Problem],
) -> list[date | None]:
    """The day of collection where it came before the 10th day, each bad one in ``bad``."""
    if len(taken) != len(days):
        raise InvalidInputError(
            f"collected has {len(taken)} rows and ready {len(days)}",
            where="collected",
            expected="one row of collected per row of ready, or collected=None",
        )
    ends: list[date | None] = []
    append = ends.append
    for position, (fiction, on, day) in enumerate(zip(fictions, days, taken, strict=True)):
        if fiction is None:  # a bad ready day: its problem comes first, as delivery_date's
            append(None)
        elif is_missing(day):
            append(fiction)
        elif not _is_calendar_date(day):
            bad[position] = problem(day, "collected")
            append(None)
        elif day < cast("date", on):  # a good row's ready day is a date
            bad[position] = collected_before_ready(day, on)
            append(None)
        else:
            append(day if day <= fiction else fiction)
    return ends


def _is_calendar_date(day: object) -> TypeGuard[date]:
    if type(day) is not date and (not isinstance(day, date) or isinstance(day, datetime)):
        return False
    return FIRST_DATE <= day <= LAST_DATE


def checked_channel(channel: Channel | str) -> Channel:
    """``channel`` as a :class:`Channel`.

    Raises:
        UnknownCodeError: It is neither ``"post"`` nor ``"data_box"``.
    """
    try:
        return Channel(channel)
    except ValueError:
        raise UnknownCodeError(
            "delivery channel", channel, allowed=[member.value for member in Channel]
        ) from None


@overload
def appeal_deadlines(  # type: ignore[overload-overlap]  # a column is iterable too
    delivered: Column,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["raise", "coerce"] = ...,
) -> Column: ...
@overload
def appeal_deadlines(  # type: ignore[overload-overlap]
    delivered: Column,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["report"],
) -> tuple[Column, Report]: ...
@overload
def appeal_deadlines(
    delivered: Iterable[date | Deadline | None],
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["raise"] = ...,
) -> list[date]: ...
@overload
def appeal_deadlines(
    delivered: Iterable[object],
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["coerce"],
) -> list[date | None]: ...
@overload
def appeal_deadlines(
    delivered: Iterable[object],
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["report"],
) -> tuple[list[date | None], Report]: ...
def appeal_deadlines(
    delivered: Iterable[object],
    calendar: CzechCalendar = CZECH_CALENDAR,
    *,
    errors: Errors = "raise",
) -> Any:
    """The ``end`` of ``appeal_deadline(delivered_on)`` for each row: 15 days from delivery.

    Args:
        delivered: The day each decision was delivered (or its delivery :class:`Deadline`):
            a list, a numpy ``datetime64`` array or a pandas ``Series``.
        calendar: The working-day calendar.
        errors: ``"raise"``, ``"coerce"`` or ``"report"``, as in
            :func:`~krajsoc.deadlines.deadlines_after`.

    Returns:
        The last days to appeal, in the order of the rows, the same kind of column as
        ``delivered``; with ``errors="report"``, ``(days, report)``.

    Raises:
        BatchInputError: ``errors="raise"`` and some row is bad.

    Examples:
        >>> from datetime import date
        >>> appeal_deadlines([date(2026, 11, 23), date(2026, 12, 9)])
        [datetime.date(2026, 12, 8), datetime.date(2026, 12, 28)]
        >>> appeal_deadlines(["23. 11. 2026"], errors="coerce")
        [None]
    """
    errors = checked_errors(errors)
    if is_column(delivered):
        from krajsoc.deadlines import _columns  # numpy, only when a column arrives

        return _columns.appeals(delivered, calendar, errors)
    days = _rows(delivered)
    if days and {*map(type, days)} != {date}:
        days = [day.end if isinstance(day, Deadline) else day for day in days]
    ends, bad = ends_after(days, APPEAL_PERIOD, calendar, "delivered")
    return finish(ends, bad, errors, rows=len(days))


def _rows(values: Iterable[object]) -> Sequence[object]:
    return values if isinstance(values, list | tuple) else list(values)
