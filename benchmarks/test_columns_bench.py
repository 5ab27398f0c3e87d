"""Whole columns: the array path beside the pure-Python batch and the best per-row peer loops.

One column of 1,000,000 events (``KRAJSOC_COLUMN_ROWS``), drawn uniformly from 2000–2098
(seed 12), counted with one period, all in one run so the figures sit side by side:

* the array path: ``deadlines_after`` on a numpy ``datetime64[D]`` array and on a pandas
  ``Series`` (``datetime64[s]``; the result keeps its index and name);
* the pure-Python batch: ``deadlines_after`` on a list of ``date``;
* the peers, a hand loop an analyst would write per row: the nominal end with ``timedelta``
  (``add_months`` for months), then day by day to a working day, asking

  - ``holidays`` (country CZ): ``day.weekday() >= 5 or day in holidays`` on one
    ``holidays.CZ(years=...)`` object, built before the loop;
  - the same with the holidays first copied into a ``frozenset`` — the fastest hand loop found;
  - workalendar's ``CzechRepublic().is_working_day``.

  The peers are slow, so by default they run on the first 100,000 rows only
  (``KRAJSOC_PEER_ROWS``; set it to 1000000 for the headline run) and are compared per row.

Every result is checked against the per-row ``deadline_after`` (on a sample) and the pure batch.
Then the delivery and appeal batches, array beside pure, and beside the per-row
``appeal_deadline(delivery_date(...))``.

Run: KRAJSOC_PEER_ROWS=1000000 python -m pytest benchmarks/test_columns_bench.py --benchmark-enable
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import holidays
import numpy as np
import pandas as pd
import pytest
from workalendar.europe import CzechRepublic

from krajsoc.deadlines import (
    Period,
    appeal_deadline,
    appeal_deadlines,
    deadline_after,
    deadlines_after,
    delivery_date,
    delivery_dates,
)
from krajsoc.deadlines._period import add_months

ROWS = int(os.environ.get("KRAJSOC_COLUMN_ROWS", "1000000"))
PEER_ROWS = min(ROWS, int(os.environ.get("KRAJSOC_PEER_ROWS", "100000")))

_rng = random.Random(12)
_first = date(2000, 1, 1).toordinal()
EVENTS = [date.fromordinal(_first + _rng.randrange(365 * 99)) for _ in range(ROWS)]
ARRAY = np.array(EVENTS, dtype="datetime64[D]")
SERIES = pd.Series(ARRAY.astype("datetime64[s]"), name="doruceno")
PEER_EVENTS = EVENTS[:PEER_ROWS]
# a collection day for every third document, 0–14 days after it was ready
COLLECTED = [
    event + timedelta(days=_rng.randrange(15)) if i % 3 == 0 else None
    for i, event in enumerate(EVENTS)
]
COLLECTED_ARRAY = np.array(COLLECTED, dtype="datetime64[D]")

CZ = holidays.CZ(years=range(2000, 2101))
CZ_SET = frozenset(CZ)
WORKALENDAR = CzechRepublic()
PERIODS = [Period(days=15), Period(months=1)]


def nominal(event: date, period: Period) -> date:
    if period.unit == "days":
        return event + timedelta(days=period.count)
    return add_months(event, period.count)


def holidays_loop(events: list[date], period: Period) -> list[date]:
    ends = []
    for event in events:
        day = nominal(event, period)
        while day.weekday() >= 5 or day in CZ:
            day += timedelta(days=1)
        ends.append(day)
    return ends


def holidays_set_loop(events: list[date], period: Period) -> list[date]:
    ends = []
    one = timedelta(days=1)
    for event in events:
        day = nominal(event, period)
        while day.weekday() >= 5 or day in CZ_SET:
            day += one
        ends.append(day)
    return ends


def workalendar_loop(events: list[date], period: Period) -> list[date]:
    ends = []
    is_working = WORKALENDAR.is_working_day
    for event in events:
        day = nominal(event, period)
        while not is_working(day):
            day += timedelta(days=1)
        ends.append(day)
    return ends


_EXPECTED: dict[Period, list[date]] = {}


def expected(period: Period) -> list[date]:
    if period not in _EXPECTED:
        ends = deadlines_after(EVENTS, period)
        sample = range(0, ROWS, max(1, ROWS // 2000))
        assert all(ends[i] == deadline_after(EVENTS[i], period).end for i in sample)
        _EXPECTED[period] = ends
    return _EXPECTED[period]


_EXPECTED_ARRAYS: dict[Period, Any] = {}


def expected_array(period: Period) -> Any:
    if period not in _EXPECTED_ARRAYS:
        _EXPECTED_ARRAYS[period] = np.array(expected(period), dtype="datetime64[D]")
    return _EXPECTED_ARRAYS[period]


def as_dates(ends: Any) -> list[date]:
    return [day.astype(date) for day in np.asarray(ends, dtype="datetime64[D]")]


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_array_column(benchmark: Any, period: Period) -> None:
    benchmark.group = f"column of {ROWS:,}: {period}"
    ends = benchmark(deadlines_after, ARRAY, period)
    assert ends.dtype == np.dtype("datetime64[D]")
    assert (ends == expected_array(period)).all()


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_series_column(benchmark: Any, period: Period) -> None:
    benchmark.group = f"column of {ROWS:,}: {period}"
    ends = benchmark(deadlines_after, SERIES, period)
    assert ends.name == "doruceno" and ends.index.equals(SERIES.index)
    assert (ends.to_numpy() == expected_array(period)).all()


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_pure_batch(benchmark: Any, period: Period) -> None:
    benchmark.group = f"column of {ROWS:,}: {period}"
    assert benchmark(deadlines_after, EVENTS, period) == expected(period)


PEERS: dict[str, Callable[[list[date], Period], list[date]]] = {
    "holidays": holidays_loop,
    "holidays-frozenset": holidays_set_loop,
    "workalendar": workalendar_loop,
}


@pytest.mark.parametrize("period", PERIODS, ids=str)
@pytest.mark.parametrize("peer", list(PEERS))
def test_peer_loop(benchmark: Any, peer: str, period: Period) -> None:
    benchmark.group = f"column of {ROWS:,}: {period}"
    benchmark.extra_info["rows"] = PEER_ROWS
    loop = PEERS[peer]
    ends = benchmark.pedantic(loop, args=(PEER_EVENTS, period), rounds=3, iterations=1)
    assert ends == expected(period)[:PEER_ROWS]


def test_delivery_array(benchmark: Any) -> None:
    benchmark.group = f"delivery and appeal, {ROWS:,} rows"
    ends = benchmark(delivery_dates, ARRAY, COLLECTED_ARRAY)
    assert as_dates(ends[:1000]) == delivery_dates(EVENTS[:1000], COLLECTED[:1000])


def test_delivery_pure(benchmark: Any) -> None:
    benchmark.group = f"delivery and appeal, {ROWS:,} rows"
    ends = benchmark(delivery_dates, EVENTS, COLLECTED)
    assert ends[:1000] == [
        delivery_date(r, collected_on=c).end
        for r, c in zip(EVENTS[:1000], COLLECTED[:1000], strict=True)
    ]


def test_delivery_and_appeal_array(benchmark: Any) -> None:
    benchmark.group = f"delivery and appeal, {ROWS:,} rows"

    def run() -> Any:
        return appeal_deadlines(delivery_dates(ARRAY, COLLECTED_ARRAY))

    assert as_dates(benchmark(run)[:1000]) == appeal_deadlines(
        delivery_dates(EVENTS[:1000], COLLECTED[:1000])
    )


def test_delivery_and_appeal_pure(benchmark: Any) -> None:
    benchmark.group = f"delivery and appeal, {ROWS:,} rows"

    def run() -> list[date]:
        return appeal_deadlines(delivery_dates(EVENTS, COLLECTED))

    assert benchmark(run)[:1000] == [
        appeal_deadline(delivery_date(r, collected_on=c)).end
        for r, c in zip(EVENTS[:1000], COLLECTED[:1000], strict=True)
    ]


def test_delivery_and_appeal_per_row(benchmark: Any) -> None:
    benchmark.group = f"delivery and appeal, {ROWS:,} rows"
    benchmark.extra_info["rows"] = PEER_ROWS
    pairs = list(zip(EVENTS[:PEER_ROWS], COLLECTED[:PEER_ROWS], strict=True))

    def run() -> list[date]:
        return [appeal_deadline(delivery_date(r, collected_on=c)).end for r, c in pairs]

    ends = benchmark.pedantic(run, rounds=3, iterations=1)
    assert ends == appeal_deadlines(delivery_dates(EVENTS[:PEER_ROWS], COLLECTED[:PEER_ROWS]))
