"""``to_frame`` and ``from_frame``: rows of records as a DataFrame, on the shared row functions.

A frame is a table of the same rows :func:`krajsoc.rows.to_rows` gives, one column per field, a
list or a nested record left in its cell as it is in JSON. Date fields become ``datetime64``
columns, so an analyst can group by month at once; a missing date is ``NaT``. Rows are numbered
by the index, from ``start`` — the numbers a report names when the frame comes back through
:func:`from_frame`.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from pydantic import BaseModel

from krajsoc.errors import InvalidInputError
from krajsoc.findings import FindingRecord, Report
from krajsoc.rows import from_rows, to_rows

try:
    import numpy as np
    import pandas as pd
except ImportError as missing:  # pragma: no cover - the pandas extra is installed in the tests
    raise ImportError(
        "krajsoc.frames needs pandas; install it with: pip install 'krajsoc[pandas]'"
    ) from missing

__all__ = ["REPORT_COLUMNS", "from_frame", "to_frame"]

M = TypeVar("M", bound=BaseModel)

REPORT_COLUMNS: tuple[str, ...] = tuple(FindingRecord.model_fields)
"""The columns of a report's frame, in order: those of :meth:`krajsoc.findings.Report.to_rows`."""


def to_frame(
    data: Report | Iterable[BaseModel], *, personal_data: bool = False, start: int = 1
) -> pd.DataFrame:
    """A report's findings, or records (a catalogue, register entries, meetings), as a DataFrame.

    Args:
        data: A :class:`~krajsoc.findings.Report` (one row per finding, the columns of
            :data:`REPORT_COLUMNS`), or pydantic records such as a
            :class:`~krajsoc.agendas.Catalogue`, register entries or meetings (one row per
            record, one column per field, as :func:`krajsoc.rows.to_rows` gives them).
        personal_data: Keep personal data as it is; by default each personal-data field holds
            its masked text, as in :func:`~krajsoc.rows.to_rows`.
        start: The number of the first row (index ``row``, or ``finding`` for a report).

    Raises:
        TypeError: ``data`` holds something other than pydantic records.

    Examples:
        >>> from krajsoc.registers import synthetic_entry
        >>> frame = to_frame([synthetic_entry("applicants", 1)])
        >>> frame.loc[1, "applicants"][0]["birth_number"]
        '******/****'
        >>> to_frame(Report()).columns[:3].tolist()
        ['rule', 'severity', 'row']
    """
    if isinstance(data, Report):
        rows = data.to_rows()
        frame = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
        frame.index = pd.RangeIndex(start, start + len(rows), name="finding")
        return frame
    given: object = data  # checked at run time: a caller may pass anything
    if isinstance(given, str | bytes | BaseModel) or not isinstance(given, Iterable):
        raise TypeError(f"to_frame() takes a Report or pydantic records, not {type(data).__name__}")
    records = list(given)
    frame = pd.DataFrame(to_rows(records, personal_data=personal_data))
    frame.index = pd.RangeIndex(start, start + len(records), name="row")
    for name in _date_fields({type(record) for record in records}):
        if name in frame.columns:
            frame[name] = pd.to_datetime(frame[name], format="ISO8601")
    return frame


def _date_fields(models: set[type[BaseModel]]) -> list[str]:
    """The fields that hold a date (or ``None``) in every one of ``models``, in field order."""
    found: list[str] | None = None
    for model in models:
        names = [name for name, info in model.model_fields.items() if _is_date(info.annotation)]
        found = names if found is None else [name for name in found if name in names]
    return found or []


def _is_date(annotation: object) -> bool:
    if annotation is date:
        return True
    if typing.get_origin(annotation) in {typing.Union, types.UnionType}:
        kinds = [kind for kind in typing.get_args(annotation) if kind is not type(None)]
        return kinds == [date]
    return False


def from_frame(
    frame: pd.DataFrame, model: type[M], *, start: int | None = None, key: str | None = "id"
) -> tuple[tuple[M, ...], Report]:
    """Validate a DataFrame's rows as ``model`` records: every problem of every row, all or none.

    An empty cell — ``NaN``, ``NaT``, ``None``, ``pd.NA`` — is a field not given. A timestamp at
    midnight is a date; numpy numbers are Python numbers.

    Args:
        frame: One row per record, one column per field (what :func:`to_frame` gives).
        model: A pydantic model, e.g. :class:`krajsoc.planning.Meeting`.
        start: Number the rows from ``start`` (``2`` for a frame read from a CSV file, whose
            header is row 1); by default the frame's index labels are the row numbers.
        key: The field that must be unique across the rows, or ``None`` (see
            :func:`krajsoc.rows.from_rows`).

    Returns:
        The records and the report; no record when the report holds a violation.

    Raises:
        TypeError: ``frame`` is not a DataFrame, or ``model`` not a pydantic model.
        InvalidInputError: The frame repeats a column name, or (without ``start``) an index label.

    Examples:
        >>> from krajsoc.planning import Meeting
        >>> frame = pd.DataFrame({"group": ["K10", "K10"], "date": ["2027-03-15", "15. 3."],
        ...                       "region": ["LK", None]})
        >>> meetings, report = from_frame(frame, Meeting, start=2, key=None)
        >>> meetings, [(f.where.row, f.where.field, f.code) for f in report]
        ((), [(3, 'date', 'row-not-a-date')])
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"from_frame() takes a pandas DataFrame, not {type(frame).__name__}")
    columns = [str(column) for column in frame.columns]
    if len(set(columns)) != len(columns):
        repeated = sorted({column for column in columns if columns.count(column) > 1})
        raise InvalidInputError(
            f"the frame repeats the column {repeated[0]!r}"[:120], expected="each column once"
        )
    cells = [_column(frame.iloc[:, position]) for position in range(len(columns))]
    rows = (
        [
            {
                name: value
                for name, value in zip(columns, values, strict=True)
                if value is not _MISSING
            }
            for values in zip(*cells, strict=True)
        ]
        if columns
        else [{} for _ in range(len(frame))]
    )
    if start is not None:
        return from_rows(rows, model, start=start, key=key)
    if not frame.index.is_unique:
        raise InvalidInputError(
            "the frame's index repeats a label, so it cannot number the rows",
            expected="a unique index, or from_frame(..., start=2)",
        )
    labels = [_label(label) for label in frame.index]
    return from_rows(dict(zip(labels, rows, strict=True)), model, key=key)


_MISSING = object()


def _column(series: pd.Series) -> list[Any]:
    """A column's cells as plain values, ``_MISSING`` where empty; dates read column-wise.

    A column of ``datetime64`` without a time zone whose every value is a midnight (or ``NaT``)
    becomes dates at once; any other column is read cell by cell (:func:`_cell`).
    """
    if isinstance(series.dtype, np.dtype) and series.dtype.kind == "M":
        empty = series.isna()
        if bool((empty | (series == series.dt.normalize())).all()):
            days = series.dt.date.tolist()
            return [_MISSING if gone else day for day, gone in zip(days, empty, strict=True)]
    return [_cell(value) for value in series.tolist()]


def _cell(value: Any) -> Any:
    """A cell as the plain value validation reads, or ``_MISSING`` for an empty cell."""
    if isinstance(value, str):  # the common cell first: text is never empty here by NaN
        return value
    if value is None or value is pd.NaT or value is pd.NA:
        return _MISSING
    if isinstance(value, float):  # NaN, numpy's float64 included
        return _MISSING if value != value else value
    if isinstance(value, pd.Timestamp):
        return _day(value.to_pydatetime())
    if isinstance(value, dict | list | tuple | np.ndarray):
        return _nested(value)
    if isinstance(value, np.generic):
        if isinstance(value, np.datetime64 | np.timedelta64 | np.floating) and np.isnan(value):
            return _MISSING
        if isinstance(value, np.datetime64):  # .item() of nanoseconds is an int, not a datetime
            return _day(pd.Timestamp(value).to_pydatetime())
        return value.item()
    if isinstance(value, datetime):
        return _day(value)
    return value


def _day(value: Any) -> Any:
    """A datetime at midnight without a time zone as its date; any other value as it is."""
    if isinstance(value, datetime) and value.time() == _MIDNIGHT and value.tzinfo is None:
        return value.date()
    return value


_MIDNIGHT = datetime.min.time()


def _nested(value: Any) -> Any:
    """A value inside a cell (a list, a nested record): empty values there are ``None``."""
    if isinstance(value, dict):
        return {key: _nested(item) for key, item in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [_nested(item) for item in list(value)]
    found = _cell(value)
    return None if found is _MISSING else found


def _label(value: object) -> int | str:
    if isinstance(value, np.generic):
        value = value.item()
    return value if isinstance(value, int | str) else str(value)
