"""deadline_after on 100,000 random (event, period) pairs, beside two baselines in the same run.

The pairs: events drawn uniformly from 2000–2098 (seed 5); periods of 1–60 days (60 %), 1–8 weeks
(10 %), 1–12 months (20 %) or 1–2 years (10 %) — the § 40 units; working days are left out, as
neither baseline has a § 40 rule for them.

Baselines, each computing the same ends (checked):

* naive: the nominal end with dateutil, then ``date in holidays.CZ()`` day by day (one shared
  ``holidays.CZ()`` object, so each year's holidays are computed once);
* workalendar: the nominal end with dateutil, then ``CzechRepublic().find_following_working_day``
  — which skips weekends only, not holidays, so some of its ends are wrong (counted, not timed);
* workalendar with holidays: the nominal end with dateutil, then ``is_working_day`` day by day.

The first two run twice: with ``relativedelta`` for every unit (the straightforward way), and
"tuned" with ``timedelta`` for days and weeks (``relativedelta`` only for months and years).

Every timed loop keeps the same output, a list of the 100,000 end dates: ``deadline_after`` builds
each full ``Deadline`` — its dates and the keys of the rules it applied, from which ``.steps``
renders the reasoning — and the loop keeps its ``.end``, as the baselines keep theirs. A second
loop keeps the 100,000 ``Deadline`` objects themselves; it is slower mainly because the garbage
collector walks the growing list of live objects, work the baselines, which create none, never pay.
Both are reported.

The batch, ``deadlines_after``, runs twice: over the same pairs grouped by period (82 batches), and
over all 100,000 events with one period — 15 days, then 1 month — beside the loop an analyst would
write, ``[deadline_after(event, period).end for event in events]``, in the same run (one benchmark
group per period, so the report puts the two side by side).

Run: python -m pytest benchmarks/test_deadlines_bench.py --benchmark-enable
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from functools import cache
from typing import Any

import holidays
import pytest
from dateutil.relativedelta import relativedelta
from workalendar.europe import CzechRepublic

from krajsoc.deadlines import Deadline, Period, deadline_after, deadlines_after

SIZE = 100_000


def _pairs() -> list[tuple[date, Period]]:
    rng = random.Random(5)
    first = date(2000, 1, 1).toordinal()
    units = ["days"] * 6 + ["weeks", "months", "months", "years"]
    limits = {"days": 60, "weeks": 8, "months": 12, "years": 2}
    pairs = []
    for _ in range(SIZE):
        event = date.fromordinal(first + rng.randrange(365 * 99))
        unit = rng.choice(units)
        pairs.append((event, Period(**{unit: rng.randint(1, limits[unit])})))
    return pairs


PAIRS = _pairs()
BY_PERIOD: dict[Period, list[date]] = defaultdict(list)
for _event, _period in PAIRS:
    BY_PERIOD[_period].append(_event)


@cache
def expected_ends() -> list[date]:
    ends = {period: iter(deadlines_after(events, period)) for period, events in BY_PERIOD.items()}
    return [next(ends[period]) for _, period in PAIRS]


def straightforward(event: date, period: Period) -> date:
    return event + relativedelta(**{period.unit: period.count})  # type: ignore[arg-type]


def tuned(event: date, period: Period) -> date:
    if period.unit == "days":
        return event + timedelta(days=period.count)
    if period.unit == "weeks":
        return event + timedelta(weeks=period.count)
    return event + relativedelta(**{period.unit: period.count})  # type: ignore[arg-type]


CZ_HOLIDAYS = holidays.CZ()
WORKALENDAR = CzechRepublic()


def workalendar_end(nominal: date) -> date:
    while not WORKALENDAR.is_working_day(nominal):
        nominal += timedelta(days=1)
    return nominal


# find_following_working_day skips weekends only ("doesn't take into account the calendar
# holidays", says its docstring), so this many of the 100,000 ends fall on a public holiday.
WORKALENDAR_WRONG = 4_043


def wrong_ends(ends: list[date]) -> int:
    return sum(found != right for found, right in zip(ends, expected_ends(), strict=True))


def naive_end(nominal: date) -> date:
    while nominal.weekday() >= 5 or nominal in CZ_HOLIDAYS:
        nominal += timedelta(days=1)
    return nominal


def test_deadline_after(benchmark: Any) -> None:
    # Each Deadline is built in full, then only its end is kept, like the baselines' output.
    def run() -> list[date]:
        return [deadline_after(event, period).end for event, period in PAIRS]

    assert benchmark(run) == expected_ends()


def test_deadline_after_every_deadline_retained(benchmark: Any) -> None:
    def run() -> list[Deadline]:
        return [deadline_after(event, period) for event, period in PAIRS]

    deadlines = benchmark(run)
    assert [deadline.end for deadline in deadlines] == expected_ends()
    assert all(deadline.steps for deadline in deadlines[:1000])


def test_deadline_after_with_every_step_rendered(benchmark: Any) -> None:
    def run() -> list[tuple[object, ...]]:
        return [deadline_after(event, period).steps for event, period in PAIRS]

    rendered = benchmark(run)
    assert len(rendered) == SIZE and all(rendered)


def test_batch_deadlines_after(benchmark: Any) -> None:
    def run() -> dict[Period, list[date]]:
        return {period: deadlines_after(events, period) for period, events in BY_PERIOD.items()}

    ends = benchmark(run)
    assert sum(len(found) for found in ends.values()) == SIZE


EVENTS = [event for event, _ in PAIRS]
ONE_PERIOD = [Period(days=15), Period(months=1)]


@pytest.mark.parametrize("period", ONE_PERIOD, ids=str)
def test_one_period_loop_of_deadline_after(benchmark: Any, period: Period) -> None:
    benchmark.group = f"one period: {period}"

    def run() -> list[date]:
        return [deadline_after(event, period).end for event in EVENTS]

    assert benchmark(run) == deadlines_after(EVENTS, period)


@pytest.mark.parametrize("period", ONE_PERIOD, ids=str)
def test_one_period_batch_deadlines_after(benchmark: Any, period: Period) -> None:
    benchmark.group = f"one period: {period}"
    expected = [deadline_after(event, period).end for event in EVENTS]
    assert benchmark(deadlines_after, EVENTS, period) == expected


def test_baseline_naive_holidays_day_by_day(benchmark: Any) -> None:
    def run() -> list[date]:
        return [naive_end(straightforward(event, period)) for event, period in PAIRS]

    assert benchmark(run) == expected_ends()


def test_baseline_naive_holidays_day_by_day_tuned(benchmark: Any) -> None:
    def run() -> list[date]:
        return [naive_end(tuned(event, period)) for event, period in PAIRS]

    assert benchmark(run) == expected_ends()


def test_baseline_workalendar(benchmark: Any) -> None:
    follow = WORKALENDAR.find_following_working_day

    def run() -> list[date]:
        return [follow(straightforward(event, period)) for event, period in PAIRS]

    assert wrong_ends(benchmark(run)) == WORKALENDAR_WRONG


def test_baseline_workalendar_tuned(benchmark: Any) -> None:
    follow = WORKALENDAR.find_following_working_day

    def run() -> list[date]:
        return [follow(tuned(event, period)) for event, period in PAIRS]

    assert wrong_ends(benchmark(run)) == WORKALENDAR_WRONG


def test_baseline_workalendar_with_holidays(benchmark: Any) -> None:
    def run() -> list[date]:
        return [workalendar_end(straightforward(event, period)) for event, period in PAIRS]

    assert benchmark(run) == expected_ends()
