"""Whole columns of periods: the ends of ``deadline_after`` and ``deadline_before`` for many days.

For analysts with many dates: no reasoning is kept, only the ends, in the order of the rows,
each the same as the per-row function's ``end`` (a Hypothesis test holds them equal). Bad rows
are never silent: ``errors`` says whether they raise a
:class:`~krajsoc.errors.BatchInputError` (the default), come back missing (``"coerce"``) or
come back missing with a :class:`~krajsoc.findings.Report` of them (``"report"``).

Examples:
    >>> from datetime import date
    >>> deadlines_after([date(2026, 12, 9)], "15 dnů")
    [datetime.date(2026, 12, 28)]
    >>> deadlines_before([date(2026, 3, 31)], "1 měsíc")
    [datetime.date(2026, 2, 28)]

References:
    § 40 odst. 1 zákona č. 500/2004 Sb., správní řád; NS 29 Odo 783/2003.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal, overload

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar
from krajsoc.deadlines._batch_ends import ends_after, ends_before
from krajsoc.deadlines._batch_rows import Column, Errors, checked_errors, finish, is_column
from krajsoc.deadlines._period import Period, as_period
from krajsoc.findings import Report

__all__ = ["deadlines_after", "deadlines_before"]


@overload
def deadlines_after(  # type: ignore[overload-overlap]  # a column is iterable too
    events: Column,
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["raise", "coerce"] = ...,
) -> Column: ...
@overload
def deadlines_after(  # type: ignore[overload-overlap]
    events: Column,
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["report"],
) -> tuple[Column, Report]: ...
@overload
def deadlines_after(
    events: Iterable[date | None],
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["raise"] = ...,
) -> list[date]: ...
@overload
def deadlines_after(
    events: Iterable[object],
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["coerce"],
) -> list[date | None]: ...
@overload
def deadlines_after(
    events: Iterable[object],
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    errors: Literal["report"],
) -> tuple[list[date | None], Report]: ...
def deadlines_after(
    events: Iterable[object],
    period: Period | str,
    calendar: CzechCalendar = CZECH_CALENDAR,
    *,
    errors: Errors = "raise",
) -> Any:
    """The ``end`` of ``deadline_after(event, period, calendar)`` for each of many events, fast.

    Args:
        events: The days of the events, one per row: a list (or any iterable) of dates (not
            datetimes), a numpy ``datetime64`` array or a pandas ``Series`` of dates (with the
            ``pandas`` extra; counted at array speed).
        period: A :class:`Period` or its text (``"15 dnů"``).
        calendar: The working-day calendar.
        errors: What a bad row does — a row that is missing (``None``, ``NaT``), a datetime,
            text, anything else that is not a date, a date outside 2000–2100 or one whose end
            falls outside: ``"raise"`` a :class:`~krajsoc.errors.BatchInputError`, ``"coerce"``
            it to ``None``, or ``"report"``: return ``(ends, report)``, the report naming
            every bad row and why.

    Returns:
        The ends, in the order of ``events``: a list for a list, an array of
        ``datetime64[D]`` for an array, a ``Series`` with the same index, name and
        ``datetime64`` unit for a ``Series`` (``NaT`` for a missing end); with
        ``errors="report"``, ``(ends, report)``.

    Raises:
        BatchInputError: ``errors="raise"`` and some row is bad; the message names the first
            and how many, its ``report`` every one.
        InvalidPeriodError: ``period`` is text that names no period.
        TypeError: ``period`` is neither a :class:`Period` nor text.

    Examples:
        >>> from datetime import date
        >>> deadlines_after([date(2026, 12, 9), date(2026, 11, 23)], Period(days=15))
        [datetime.date(2026, 12, 28), datetime.date(2026, 12, 8)]
        >>> deadlines_after([date(2026, 12, 9), None], "15 dnů", errors="coerce")
        [datetime.date(2026, 12, 28), None]
        >>> ends, report = deadlines_after([None, date(2100, 12, 30)], "1 měsíc", errors="report")
        >>> for finding in report:
        ...     print(finding.where.row, finding.text("en"))
        0 The date is missing (None, NaT or NaN).
        1 The end of the period from '2100-12-30' would fall outside the calendar (1. 1. 2000 to 31. 12. 2100).
        >>> import numpy as np
        >>> deadlines_after(np.array(["2026-12-09", "NaT"], dtype="datetime64[D]"), "15 dnů",
        ...                 errors="coerce")
        array(['2026-12-28',        'NaT'], dtype='datetime64[D]')
    """  # noqa: E501
    if type(period) is not Period:
        period = as_period(period)
    errors = checked_errors(errors)
    if is_column(events):
        from krajsoc.deadlines import _columns  # numpy, only when a column arrives

        return _columns.after(events, period, calendar, errors)
    days = _rows(events)
    ends, bad = ends_after(days, period, calendar, "events")
    return finish(ends, bad, errors, rows=len(days))


@overload
def deadlines_before(  # type: ignore[overload-overlap]  # a column is iterable too
    anchors: Column,
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    strict: bool = ...,
    errors: Literal["raise", "coerce"] = ...,
) -> Column: ...
@overload
def deadlines_before(  # type: ignore[overload-overlap]
    anchors: Column,
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    strict: bool = ...,
    errors: Literal["report"],
) -> tuple[Column, Report]: ...
@overload
def deadlines_before(
    anchors: Iterable[date | None],
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    strict: bool = ...,
    errors: Literal["raise"] = ...,
) -> list[date]: ...
@overload
def deadlines_before(
    anchors: Iterable[object],
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    strict: bool = ...,
    errors: Literal["coerce"],
) -> list[date | None]: ...
@overload
def deadlines_before(
    anchors: Iterable[object],
    period: Period | str,
    calendar: CzechCalendar = ...,
    *,
    strict: bool = ...,
    errors: Literal["report"],
) -> tuple[list[date | None], Report]: ...
def deadlines_before(
    anchors: Iterable[object],
    period: Period | str,
    calendar: CzechCalendar = CZECH_CALENDAR,
    *,
    strict: bool = False,
    errors: Errors = "raise",
) -> Any:
    """The ``end`` of ``deadline_before(anchor, period, calendar)`` for each of many anchors.

    The last day to act so that ``period`` passes before each anchor (a notice period), not
    moved off a weekend or holiday; with ``strict``, one day earlier (Brim's reading). For the
    working day on or before each end, ask the calendar (``previous_working_day``).

    Args:
        anchors: The days the notices are for, one per row: dates (not datetimes) in a list,
            a numpy ``datetime64`` array or a pandas ``Series``, as in :func:`deadlines_after`.
        period: A :class:`Period` or its text (``"1 měsíc"``).
        calendar: The working-day calendar (for a period of working days).
        strict: As in :func:`~krajsoc.deadlines.deadline_before`.
        errors: ``"raise"``, ``"coerce"`` or ``"report"``, as in :func:`deadlines_after`.

    Returns:
        The ends, in the order of ``anchors``, the same kind of column as ``anchors``; with
        ``errors="report"``, ``(ends, report)``.

    Raises:
        BatchInputError: ``errors="raise"`` and some row is bad.
        InvalidPeriodError: ``period`` is text that names no period.
        TypeError: ``period`` is neither a :class:`Period` nor text.

    Examples:
        >>> from datetime import date
        >>> deadlines_before([date(2026, 3, 31), date(2026, 12, 17)], Period(months=1))
        [datetime.date(2026, 2, 28), datetime.date(2026, 11, 17)]
        >>> deadlines_before([date(2000, 1, 10)], "1 měsíc", errors="coerce")
        [None]
    """
    if type(period) is not Period:
        period = as_period(period)
    errors = checked_errors(errors)
    if is_column(anchors):
        from krajsoc.deadlines import _columns  # numpy, only when a column arrives

        return _columns.before(anchors, period, calendar, errors, strict=bool(strict))
    days = _rows(anchors)
    ends, bad = ends_before(days, period, calendar, "anchors", strict=bool(strict))
    return finish(ends, bad, errors, rows=len(days))


def _rows(values: Iterable[object]) -> Sequence[object]:
    return values if isinstance(values, list | tuple) else list(values)
