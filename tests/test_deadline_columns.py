"""Columns at array speed: numpy arrays and pandas Series in, the same kind out."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from typing import Any

import pytest

from krajsoc.deadlines import (
    Period,
    appeal_deadlines,
    deadline_before,
    deadlines_after,
    deadlines_before,
    delivery_date,
    delivery_dates,
)
from krajsoc.errors import BatchInputError, DateOutOfRangeError, InvalidInputError

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


def days(*texts: str) -> Any:
    return np.array(texts, dtype="datetime64[D]")


def test_an_array_gives_an_array_of_days_with_nat_kept() -> None:
    ends = deadlines_after(days("2026-12-09", "NaT", "2026-01-31"), "1 měsíc", errors="coerce")
    assert ends.dtype == np.dtype("datetime64[D]")
    assert ends.tolist() == [date(2027, 1, 11), None, date(2026, 3, 2)]


def test_a_series_keeps_its_index_name_and_datetime64_unit() -> None:
    series = pd.Series(
        days("2026-12-09", "2026-11-23").astype("datetime64[s]"), index=[7, 3], name="doruceno"
    )
    ends = deadlines_after(series, Period(days=15))
    assert isinstance(ends, pd.Series)
    assert ends.index.tolist() == [7, 3] and ends.name == "doruceno"
    assert ends.dtype == np.dtype("datetime64[s]")
    assert ends.tolist() == [pd.Timestamp(2026, 12, 28), pd.Timestamp(2026, 12, 8)]


def test_a_series_of_date_objects_comes_back_as_datetime64() -> None:
    series = pd.Series([date(2026, 11, 23), None], index=["a", "b"])
    ends = appeal_deadlines(series, errors="coerce")
    assert ends.dtype.kind == "M" and ends.index.tolist() == ["a", "b"]
    assert ends.iloc[0] == pd.Timestamp(2026, 12, 8) and pd.isna(ends.iloc[1])


def test_a_bad_row_of_a_series_is_named_by_its_index_label() -> None:
    series = pd.Series(
        pd.to_datetime(["2026-12-09", "2026-12-09 08:30"], format="ISO8601"), index=[100, 200]
    )
    with pytest.raises(BatchInputError) as caught:
        deadlines_after(series, "15 dnů")
    assert caught.value.first_row == 200
    assert str(caught.value).startswith("1 of 2 rows is bad; the first, row 200 of events:")
    assert [f.code for f in caught.value.report] == ["batch-time-of-day"]


def test_the_array_path_names_the_same_reasons_as_the_list() -> None:
    rows = days("NaT", "1999-12-31", "2100-12-30", "2026-12-09")
    _, report = deadlines_after(rows, "1 měsíc", errors="report")
    assert [(f.where.row, f.code) for f in report] == [
        (0, "batch-missing-date"),
        (1, "batch-date-outside-calendar"),
        (2, "batch-end-outside-calendar"),
    ]
    assert report.findings[1].fields["day"] == "'1999-12-31'"


def test_a_strict_notice_from_the_first_working_day_of_2000_has_no_end() -> None:
    # 4. 1. 2000 less 1 working day is 3. 1. 2000, the calendar's first working day; the strict
    # reading wants the day before, a Sunday with no working day on or before it.
    with pytest.raises(DateOutOfRangeError):
        deadline_before(date(2000, 1, 4), Period(working_days=1), strict=True)
    column = deadlines_before(
        days("2000-01-04", "2000-01-05"), Period(working_days=1), strict=True, errors="coerce"
    )
    assert column.tolist() == [None, date(2000, 1, 3)]
    listed = deadlines_before(
        [date(2000, 1, 4), date(2000, 1, 5)], Period(working_days=1), strict=True, errors="coerce"
    )
    assert listed == [None, date(2000, 1, 3)]


def test_deliveries_pair_ready_and_collected_row_by_row() -> None:
    ready = days("2008-12-15", "2026-11-23", "2026-12-14")
    collected = days("NaT", "2026-11-25", "2026-12-01")
    ends, report = delivery_dates(ready, collected, errors="report")
    assert ends.tolist() == [date(2008, 12, 29), date(2026, 11, 25), None]
    assert [(f.where.row, f.where.field, f.code) for f in report] == [
        (2, "collected", "batch-collected-before-ready")
    ]
    assert delivery_dates(ready[:2], [None, date(2026, 11, 25)]).tolist() == [
        delivery_date(date(2008, 12, 15)).end,
        date(2026, 11, 25),
    ]


def test_two_series_with_different_indexes_are_not_paired() -> None:
    ready = pd.Series(days("2026-11-23"), index=[1])
    with pytest.raises(InvalidInputError, match="different indexes"):
        delivery_dates(ready, pd.Series(days("2026-11-25"), index=[2]))


@pytest.mark.parametrize(
    ("column", "message"),
    [
        (np.array([1, 2]), "must hold dates .* not int64 values"),
        (np.array([["2026-01-05"]], dtype="datetime64[D]"), "one column of dates"),
        (np.array(["2026-01"], dtype="datetime64[M]"), r"must hold days, not datetime64\[M\]"),
        (pd.DatetimeIndex(["2026-01-05"]), "must be a pandas Series, a numpy array"),
    ],
)
def test_a_column_that_holds_no_days_is_a_type_error(column: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        deadlines_after(column, "15 dnů")  # type: ignore[call-overload]


def test_importing_krajsoc_and_counting_a_list_never_imports_numpy() -> None:
    code = (
        "import json, sys\n"
        "from datetime import date\n"
        "import krajsoc\n"
        "from krajsoc.deadlines import deadlines_after, delivery_dates\n"
        "deadlines_after([date(2026, 12, 9), None], '15 dnů', errors='coerce')\n"
        "delivery_dates([date(2026, 12, 9)], [None])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('numpy', 'pandas'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_a_column_of_datetimes_at_midnight_is_a_column_of_days() -> None:
    midnights = np.array([datetime(2026, 12, 9)], dtype="datetime64[ns]")
    assert deadlines_after(midnights, "15 dnů").tolist() == [date(2026, 12, 28)]
