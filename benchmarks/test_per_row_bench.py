"""Per-row calls as an analyst writes them, each beside its baseline in the same run.

Two groups, 100,000 rows each (seed 7; days uniformly in 2000–2098):

* **text period**: ``deadline_after(day, "15 dnů")`` against ``deadline_after(day,
  Period(days=15))``. The text is read once and kept (``Period.parse`` caches short texts), so
  the goal is at most 1.2× the ``Period`` loop.
* **delivery and appeal**: ``appeal_deadline(delivery_date(ready, collected_on=...)).end``
  against a hand-written loop over the ``holidays`` package doing the same — delivered on the day
  of collection if that came first, else on the 10th day after the document was ready, moved to
  the next working day (§ 24 odst. 1 and § 40 odst. 1 písm. c) SŘ); then 15 days (§ 83 odst. 1
  SŘ), the end moved the same way. 60 % of the documents are collected within 0–19 days. The
  goal: krajsoc at least as fast, although it builds both deadlines with their reasoning. Both
  loops' ends are checked equal.

Timed in process time (``time.process_time``): on the shared 2-core machine another job's time
does not count against either loop. Dates hash differently in each process (``PYTHONHASHSEED``),
which moves the hand loop's ``holidays`` look-ups from one process to the next; compare the two
loops within one run.

Run: python -m pytest benchmarks/test_per_row_bench.py --benchmark-enable
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from typing import Any

import holidays
import pytest

from krajsoc.deadlines import Period, appeal_deadline, deadline_after, delivery_date

pytestmark = pytest.mark.benchmark(timer=time.process_time)

SIZE = 100_000
_RANDOM = random.Random(7)
_FIRST = date(2000, 1, 1).toordinal()
DAYS = [date.fromordinal(_FIRST + _RANDOM.randrange(365 * 99)) for _ in range(SIZE)]
COLLECTED = [
    day + timedelta(days=_RANDOM.randrange(20)) if _RANDOM.random() < 0.6 else None for day in DAYS
]
ROWS = list(zip(DAYS, COLLECTED, strict=True))
FIFTEEN_DAYS = Period(days=15)

CZ_HOLIDAYS = holidays.CZ()
_TEN, _FIFTEEN, _ONE = timedelta(days=10), timedelta(days=15), timedelta(days=1)


def hand_appeal_end(ready: date, collected: date | None) -> date:
    """The appeal's last day by hand: the fiction's 10th day, collection, 15 days, moves."""
    delivered = ready + _TEN
    while delivered.weekday() >= 5 or delivered in CZ_HOLIDAYS:
        delivered += _ONE
    if collected is not None and collected <= delivered:
        delivered = collected
    end = delivered + _FIFTEEN
    while end.weekday() >= 5 or end in CZ_HOLIDAYS:
        end += _ONE
    return end


def test_text_period_loop(benchmark: Any) -> None:
    benchmark.group = "per row: a period as text"

    def run() -> list[date]:
        return [deadline_after(day, "15 dnů").end for day in DAYS]

    assert benchmark(run) == [deadline_after(day, FIFTEEN_DAYS).end for day in DAYS]


def test_period_value_loop(benchmark: Any) -> None:
    benchmark.group = "per row: a period as text"

    def run() -> list[date]:
        return [deadline_after(day, FIFTEEN_DAYS).end for day in DAYS]

    assert len(benchmark(run)) == SIZE


def test_delivery_and_appeal_loop(benchmark: Any) -> None:
    benchmark.group = "per row: delivery and appeal"

    def run() -> list[date]:
        return [
            appeal_deadline(delivery_date(ready, collected_on=collected)).end
            for ready, collected in ROWS
        ]

    assert benchmark(run) == [hand_appeal_end(ready, collected) for ready, collected in ROWS]


def test_baseline_hand_loop_over_holidays(benchmark: Any) -> None:
    benchmark.group = "per row: delivery and appeal"

    def run() -> list[date]:
        return [hand_appeal_end(ready, collected) for ready, collected in ROWS]

    assert len(benchmark(run)) == SIZE
