"""Columns at array speed give exactly the per-row ends, row by row, for every unit.

The same generated batches as ``test_deadline_batch_properties.py``, as numpy ``datetime64``
arrays (``[D]``, and ``[s]``/``[us]``/``[ns]`` with some rows off midnight) and as pandas
``Series`` (of ``datetime64`` and of ``date`` objects with every kind of bad value); the per-row
function is the reference, ``NaT`` wherever it refuses the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.calendar import CzechCalendar
from krajsoc.deadlines import (
    Channel,
    Period,
    appeal_deadline,
    appeal_deadlines,
    deadline_after,
    deadline_before,
    deadlines_after,
    deadlines_before,
    delivery_date,
    delivery_dates,
)
from krajsoc.errors import BatchInputError, KrajsocError
from krajsoc.testing import strategies as ks
from tests.test_deadline_batch_properties import GOOD  # days of the calendar, edges included

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

DAYS = st.lists(st.one_of(GOOD, GOOD, GOOD, st.none(), ks.calendar_dates(valid=False)), max_size=30)
# datetimes at midnight (good) or at a time of day (bad), for the finer datetime64 units
TIMES = st.lists(
    st.one_of(
        GOOD.map(lambda day: datetime(day.year, day.month, day.day)),
        st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31)),
        st.none(),
    ),
    max_size=30,
)
ANYTHING = st.lists(
    st.one_of(
        GOOD,
        GOOD,
        st.none(),
        st.just(float("nan")),
        st.text(max_size=8),
        st.integers(),
        st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31)),
    ),
    max_size=30,
)


def per_row(function: Callable[[Any], date], rows: Sequence[Any]) -> list[date | None]:
    ends: list[date | None] = []
    for row in rows:
        try:
            ends.append(function(row))
        except (KrajsocError, TypeError):
            ends.append(None)
    return ends


def midnight_date(row: Any) -> Any:
    """What the per-row function is given for a datetime64 row: its date at midnight."""
    if isinstance(row, datetime) and row == datetime(row.year, row.month, row.day):
        return row.date()
    return row


def array(rows: Sequence[object], unit: str = "D") -> Any:
    """A numpy datetime64 array of ``rows``, ``None`` as NaT; out-of-range dates as they are."""
    return np.array(
        [np.datetime64("NaT") if row is None else np.datetime64(row) for row in rows],
        dtype=f"datetime64[{unit}]",
    )


def listed(ends: Any) -> list[date | None]:
    """The ends of an array or a Series as dates, NaT as None."""
    values = ends.to_numpy() if hasattr(ends, "to_numpy") else ends
    days = values.astype("datetime64[D]")
    return [None if np.isnat(day) else day.astype(date) for day in days]


def check_column(batch: Callable[..., Any], column: Any, expected: list[date | None]) -> None:
    bad = [position for position, end in enumerate(expected) if end is None]
    ends = batch(column, errors="coerce")
    assert type(ends) is type(column) and listed(ends) == expected
    if isinstance(column, pd.Series):
        assert ends.index.equals(column.index) and ends.name == column.name
        assert ends.dtype.kind == "M"
    else:
        assert ends.dtype == np.dtype("datetime64[D]")
    found, report = batch(column, errors="report")
    assert listed(found) == expected
    labels = list(column.index) if isinstance(column, pd.Series) else list(range(len(column)))
    assert [finding.where.row for finding in report] == [labels[p] for p in bad]
    if bad:
        with pytest.raises(BatchInputError) as caught:
            batch(column)
        assert caught.value.bad_rows == len(bad) and caught.value.first_row == labels[bad[0]]
    else:
        assert listed(batch(column)) == expected


@settings(deadline=None)
@given(DAYS, ks.periods(), ks.calendars())
def test_an_array_of_days_gives_the_per_row_ends_after_and_before(
    rows: list[date | None], period: Period, calendar: CzechCalendar
) -> None:
    days = array(rows)
    after = per_row(lambda row: deadline_after(row, period, calendar).end, rows)
    check_column(lambda c, **kw: deadlines_after(c, period, calendar, **kw), days, after)
    for strict in (False, True):

        def one(row: Any, strict: bool = strict) -> date:
            return deadline_before(row, period, calendar, strict=strict).end

        def batch(column: Any, strict: bool = strict, **kw: Any) -> Any:
            return deadlines_before(column, period, calendar, strict=strict, **kw)

        check_column(batch, days, per_row(one, rows))


@settings(deadline=None)
@given(TIMES, ks.periods(), st.sampled_from(["s", "us", "ns"]))
def test_finer_datetime64_units_count_midnights_and_refuse_a_time_of_day(
    rows: list[datetime | None], period: Period, unit: str
) -> None:
    times = array(rows, unit)
    # what the array holds (a unit of seconds drops the microseconds), as Python datetimes
    held = [None if np.isnat(t) else t.astype("datetime64[us]").item() for t in times]
    expected = per_row(lambda row: deadline_after(midnight_date(row), period).end, held)
    check_column(lambda c, **kw: deadlines_after(c, period, **kw), times, expected)
    series = pd.Series(times, index=[f"r{i}" for i in range(len(rows))], name="doručeno")
    check_column(lambda c, **kw: deadlines_after(c, period, **kw), series, expected)


@settings(deadline=None)
@given(ANYTHING, ks.periods())
def test_a_series_of_date_objects_treats_every_bad_value_as_the_list_does(
    rows: list[object], period: Period
) -> None:
    expected = per_row(lambda row: deadline_after(row, period).end, rows)
    series = pd.Series(rows, dtype=object, index=range(100, 100 + len(rows)))
    check_column(lambda c, **kw: deadlines_after(c, period, **kw), series, expected)
    assert listed(deadlines_after(series, period, errors="coerce")) == deadlines_after(
        rows, period, errors="coerce"
    )


@settings(deadline=None)
@given(
    st.lists(st.tuples(GOOD, st.one_of(st.none(), st.integers(-3, 20))), max_size=30),
    st.sampled_from(Channel),
    ks.calendars(),
)
def test_columns_of_deliveries_and_appeals_give_the_per_row_days(
    pairs: list[tuple[date, int | None]], channel: Channel, calendar: CzechCalendar
) -> None:
    ready = [on for on, _ in pairs]
    # collected some days after (or, wrongly, before) it was ready; clamped into the calendar
    collected = [
        None if shift is None else min(on + timedelta(days=shift), date(2100, 12, 31))
        for on, shift in pairs
    ]

    def one(pair: tuple[date, date | None]) -> date:
        on, day = pair
        return delivery_date(on, collected_on=day, channel=channel, calendar=calendar).end

    expected = per_row(one, list(zip(ready, collected, strict=True)))
    check_column(
        lambda c, **kw: delivery_dates(c, array(collected), channel, calendar, **kw),
        array(ready),
        expected,
    )
    series = pd.Series(array(ready).astype("datetime64[s]"), name="pripraveno")
    check_column(
        lambda c, **kw: delivery_dates(
            c, pd.Series(array(collected).astype("datetime64[s]")), channel, calendar, **kw
        ),
        series,
        expected,
    )
    appeals = per_row(lambda row: appeal_deadline(row, calendar).end, ready)
    check_column(lambda c, **kw: appeal_deadlines(c, calendar, **kw), array(ready), appeals)
