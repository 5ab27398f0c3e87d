"""The rows of a batch of dates: which can be counted, which are bad and why, what comes back.

Every batch function of :mod:`krajsoc.deadlines` checks its rows the same way and hands back
its ends the same way, chosen by ``errors``:

* ``"raise"`` (the default): a :class:`~krajsoc.errors.BatchInputError` if any row is bad,
  naming the first and counting them, its ``report`` naming every one;
* ``"coerce"``: the ends with a missing value (``None``; ``NaT`` in an array) for each bad row,
  like ``pandas.to_datetime(errors="coerce")``;
* ``"report"``: ``(ends, report)``, the ends as under ``"coerce"`` and the
  :class:`~krajsoc.findings.Report` of the bad rows (empty when all are good).

A bad row is kept as a :data:`Problem` under its 0-based position while the batch is counted;
:func:`finish` turns them into findings at ``Where(row=label, field=parameter)``.

Examples:
    >>> from datetime import date
    >>> bad = {}
    >>> day_indices([date(2000, 1, 3), None, "3. 1. 2000"], "events", bad)
    [2, 0, 0]
    >>> [(position, rule.code) for position, (rule, _, _) in bad.items()]
    [(1, 'batch-missing-date'), (2, 'batch-text')]
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from krajsoc._quote import describe, quote
from krajsoc.calendar import FIRST_DATE, LAST_DATE
from krajsoc.deadlines._batch_rules import (
    BATCH_COLLECTED_BEFORE_READY,
    BATCH_DATETIME,
    BATCH_END_OUTSIDE,
    BATCH_MISSING,
    BATCH_NOT_A_DATE,
    BATCH_OUTSIDE,
    BATCH_TEXT,
    BATCH_UNKNOWN_CHANNEL,
)
from krajsoc.errors import BatchInputError, InvalidInputError
from krajsoc.findings import Finding, Report, Rule, Where

if TYPE_CHECKING:  # for the type checker only: numpy and pandas are an optional extra
    import numpy as np
    import pandas as pd

__all__ = [
    "FIRST_ORDINAL",
    "NOT_GIVEN",
    "Column",
    "Errors",
    "Problem",
    "checked_errors",
    "collected_before_ready",
    "day_indices",
    "end_outside",
    "finish",
    "is_column",
    "is_missing",
    "problem",
]

FIRST_ORDINAL = FIRST_DATE.toordinal()
_DAYS = LAST_DATE.toordinal() - FIRST_ORDINAL + 1

NOT_GIVEN = -1
"""The index :func:`day_indices` gives a missing value where one is allowed (``collected``)."""

Errors = Literal["raise", "coerce", "report"]
"""How a batch hands back bad rows: raise, leave them missing, or return a report too."""

Problem = tuple[Rule, Mapping[str, str], str]
"""A bad row: the rule that says why, the rule's fields, and the parameter the row came in."""

Column = TypeVar("Column", "np.ndarray[Any, Any]", "pd.Series[Any]")
"""A column of dates at array speed, and the same kind of column of ends."""

_Ends = TypeVar("_Ends")


def checked_errors(errors: object) -> Errors:
    """``errors`` itself if it is ``"raise"``, ``"coerce"`` or ``"report"``.

    Raises:
        InvalidInputError: Anything else.
    """
    if errors == "raise" or errors == "coerce" or errors == "report":
        return errors
    raise InvalidInputError(
        f"errors={quote(errors)} is not a way to handle bad rows",
        where="errors",
        expected="'raise', 'coerce' or 'report'",
    )


def is_column(values: object) -> bool:
    """Whether ``values`` is a numpy array or a pandas object, told without importing either.

    Examples:
        >>> is_column([date(2026, 1, 5)])
        False
    """
    module = type(values).__module__
    return module == "numpy" or module.startswith("pandas")


def is_missing(value: object) -> bool:
    """Whether ``value`` stands for no date: ``None``, pandas' or numpy's ``NaT``, a ``NaN``."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    module = type(value).__module__
    return module.startswith(("pandas", "numpy")) and str(value) == "NaT"


def problem(value: object, parameter: str) -> Problem:
    """Why ``value`` (which is not a date inside the calendar) cannot be counted.

    Examples:
        >>> from datetime import datetime
        >>> rule, fields, _ = problem(datetime(2026, 1, 1, 12), "events")
        >>> rule.code
        'batch-datetime'
        >>> problem(date(1999, 12, 31), "events")[1]
        {'day': "'1999-12-31'"}
    """
    if is_missing(value):
        return BATCH_MISSING, {}, parameter
    if isinstance(value, datetime):
        return BATCH_DATETIME, {}, parameter
    if isinstance(value, date):
        return BATCH_OUTSIDE, {"day": quote(value.isoformat())}, parameter
    if isinstance(value, str):
        return BATCH_TEXT, {"got": describe(value)}, parameter
    return BATCH_NOT_A_DATE, {"got": describe(value)}, parameter


def end_outside(day: date, parameter: str) -> Problem:
    """The problem of a row whose end falls outside the calendar."""
    return BATCH_END_OUTSIDE, {"day": quote(day.isoformat())}, parameter


def collected_before_ready(collected: object, ready: object) -> Problem:
    """The problem of a row collected before it was ready."""
    return (
        BATCH_COLLECTED_BEFORE_READY,
        {"collected": quote(str(collected)), "ready": quote(str(ready))},
        "collected",
    )


def day_indices(
    values: Sequence[object],
    parameter: str,
    bad: dict[int, Problem],
    *,
    missing_allowed: bool = False,
) -> list[int]:
    """The calendar-table index of each row's date; ``0`` for a bad row, recorded in ``bad``.

    Day ``i`` of the calendar's tables is ``FIRST_DATE`` plus ``i`` days. With
    ``missing_allowed`` a missing value is no problem and gets :data:`NOT_GIVEN`.
    """
    indices: list[int] = []
    append = indices.append
    for position, value in enumerate(values):
        if type(value) is date or (isinstance(value, date) and not isinstance(value, datetime)):
            i = value.toordinal() - FIRST_ORDINAL
            if 0 <= i < _DAYS:
                append(i)
                continue
        elif missing_allowed and is_missing(value):
            append(NOT_GIVEN)
            continue
        bad[position] = problem(value, parameter)
        append(0)
    return indices


def _report(bad: Mapping[int, Problem], label: Callable[[int], int | str]) -> Report:
    return Report(
        [
            Finding(rule, where=Where(row=label(position), field=parameter), fields=fields)
            for position, (rule, fields, parameter) in sorted(bad.items())
        ]
    )


def _position(position: int) -> int:
    return position


def finish(
    ends: _Ends,
    bad: Mapping[int, Problem],
    errors: Errors,
    *,
    rows: int,
    label: Callable[[int], int | str] = _position,
) -> _Ends | tuple[_Ends, Report]:
    """The ends as ``errors`` asks: raised over, as they are, or with the report of bad rows.

    ``ends`` already holds a missing value at every bad row; ``label`` gives the row a finding
    names (the position itself, or a ``pandas.Series``'s index label).

    Raises:
        BatchInputError: ``errors`` is ``"raise"`` and some row is bad.
    """
    if errors == "coerce":
        return ends
    if errors == "raise":
        if bad:
            rule = bad[min(bad)][0]
            expected = (
                "a channel, post (pošta) or data_box (datová schránka),"
                if rule is BATCH_UNKNOWN_CHANNEL
                else None
            )
            raise BatchInputError(_report(bad, label), rows=rows, expected=expected)
        return ends
    return ends, _report(bad, label)
