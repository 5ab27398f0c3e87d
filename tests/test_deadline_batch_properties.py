"""The batches give exactly the per-row ends, and leave exactly the rows the per-row refuses.

Each row of a generated batch is a date 2000–2100 (often near the calendar's ends, so that some
ends fall outside) or a bad value; the per-row function, row by row, is the reference: where it
raises, the batch's row is bad (missing under ``errors="coerce"``, a finding under ``"report"``,
counted under ``"raise"``), everywhere else the batch gives its ``end``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
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
from krajsoc.deadlines._batch_rows import is_missing
from krajsoc.errors import BatchInputError, KrajsocError
from krajsoc.testing import strategies as ks

GOOD = st.one_of(
    ks.calendar_dates(),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 4, 30)),
    st.dates(min_value=date(2100, 9, 1), max_value=date(2100, 12, 31)),
)
BAD = st.one_of(
    st.none(),
    st.just(float("nan")),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31)),
    st.text(max_size=12),
    st.integers(),
    ks.calendar_dates(valid=False),
)
ROWS = st.lists(st.one_of(GOOD, GOOD, GOOD, BAD), max_size=30)


def per_row(function: Callable[[Any], date], rows: Sequence[Any]) -> list[date | None]:
    """The per-row ends, ``None`` where the per-row function refuses the row."""
    ends: list[date | None] = []
    for row in rows:
        try:
            ends.append(function(row))
        except (KrajsocError, TypeError):
            ends.append(None)
    return ends


def check(batch: Callable[..., Any], rows: Sequence[object], expected: list[date | None]) -> None:
    """``batch`` under every ``errors`` against the per-row ends."""
    bad = [position for position, end in enumerate(expected) if end is None]
    assert batch(rows, errors="coerce") == expected
    ends, report = batch(rows, errors="report")
    assert ends == expected
    assert [finding.where.row for finding in report] == bad
    if bad:
        with pytest.raises(BatchInputError) as caught:
            batch(rows)
        assert (caught.value.first_row, caught.value.bad_rows) == (bad[0], len(bad))
        assert f"{len(bad)} of {len(rows)} " in str(caught.value)
    else:
        assert batch(rows) == expected


@settings(deadline=None)  # a calendar's first use builds its tables
@given(ROWS, ks.periods(), ks.calendars())
def test_deadlines_after_gives_the_per_row_ends_and_misses_exactly_the_refused_rows(
    rows: list[object], period: Period, calendar: CzechCalendar
) -> None:
    expected = per_row(lambda row: deadline_after(row, period, calendar).end, rows)
    check(lambda rows, **kw: deadlines_after(rows, period, calendar, **kw), rows, expected)


@settings(deadline=None)  # a calendar's first use builds its tables
@given(ROWS, ks.periods(), ks.calendars(), st.booleans())
def test_deadlines_before_gives_the_per_row_ends_and_misses_exactly_the_refused_rows(
    rows: list[object], period: Period, calendar: CzechCalendar, strict: bool
) -> None:
    expected = per_row(
        lambda row: deadline_before(row, period, calendar, strict=strict).end,
        rows,
    )
    check(
        lambda rows, **kw: deadlines_before(rows, period, calendar, strict=strict, **kw),
        rows,
        expected,
    )


@settings(deadline=None)  # a calendar's first use builds its tables
@given(
    st.lists(st.tuples(st.one_of(GOOD, GOOD, BAD), st.one_of(GOOD, BAD)), max_size=30),
    st.sampled_from(Channel),
    ks.calendars(),
)
def test_delivery_dates_give_the_per_row_days_and_miss_exactly_the_refused_rows(
    pairs: list[tuple[object, object]], channel: Channel, calendar: CzechCalendar
) -> None:
    ready = [on for on, _ in pairs]
    collected = [day for _, day in pairs]

    def one(pair: tuple[Any, Any]) -> date:
        on, day = pair
        taken = None if is_missing(day) else day
        return delivery_date(on, collected_on=taken, channel=channel, calendar=calendar).end

    expected = per_row(one, pairs)
    assert delivery_dates(ready, collected, channel, calendar, errors="coerce") == expected
    ends, report = delivery_dates(ready, collected, channel, calendar, errors="report")
    assert ends == expected
    assert [f.where.row for f in report] == [p for p, end in enumerate(expected) if end is None]
    uncollected = per_row(lambda on: delivery_date(on, calendar=calendar).end, ready)
    assert delivery_dates(ready, None, channel, calendar, errors="coerce") == uncollected


@settings(deadline=None)  # a calendar's first use builds its tables
@given(ROWS, ks.calendars())
def test_appeal_deadlines_give_the_per_row_ends_and_miss_exactly_the_refused_rows(
    rows: list[object], calendar: CzechCalendar
) -> None:
    expected = per_row(lambda row: appeal_deadline(row, calendar).end, rows)
    check(lambda rows, **kw: appeal_deadlines(rows, calendar, **kw), rows, expected)
