"""The fast paths of deadline_after agree with the rules written out the slow way."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.calendar import CZECH_CALENDAR, LAST_DATE, CzechCalendar
from krajsoc.deadlines import Deadline, Period, deadline_after, deadline_before, deadlines_after
from krajsoc.deadlines._deadline import new_deadline
from krajsoc.deadlines._rules import COUNT_DAYS, MOVED, START
from krajsoc.errors import DateOutOfRangeError
from krajsoc.testing import strategies as ks


def _slow(event: date, period: Period, calendar: CzechCalendar) -> tuple[date, date]:
    nominal = event + period
    return nominal, calendar.next_working_day(nominal)


@given(
    ks.calendar_dates(min_value=date(2000, 1, 1), max_value=date(2089, 12, 31)),
    ks.periods(units=("days", "weeks", "months", "years")),
    ks.calendars(),
)
def test_the_table_paths_reach_the_same_days_as_period_arithmetic(
    event: date, period: Period, calendar: CzechCalendar
) -> None:
    deadline = deadline_after(event, period, calendar)
    assert (deadline.nominal_end, deadline.end) == _slow(event, period, calendar)
    assert deadline.rules[-1] is MOVED or deadline.end == deadline.nominal_end


@pytest.mark.parametrize("day", [28, 29, 30, 31])
@pytest.mark.parametrize("months", [1, 2, 12, 13, 48])
def test_month_ends_match_add_months_around_february(day: int, months: int) -> None:
    for year in (2023, 2024, 2095, 2096):
        for month in (1, 3, 12):
            event = date(year, month, day)
            found = deadline_after(event, Period(months=months))
            assert (found.nominal_end, found.end) == _slow(event, found.period, CZECH_CALENDAR)


def test_new_deadline_builds_the_same_value_as_the_attrs_init() -> None:
    fields = (date(2026, 2, 13), Period(days=15), date(2026, 3, 2))
    rules = (START, COUNT_DAYS, MOVED)
    fast = new_deadline(*fields, rules, CZECH_CALENDAR)
    slow = Deadline(*fields, rules, None, CZECH_CALENDAR)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    for field in attrs.fields(Deadline):
        assert getattr(fast, field.name) is getattr(slow, field.name)
    assert fast.nominal_end == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("event", "period", "message"),
    [
        (date(2100, 12, 20), Period(days=15), "date 2101-01-04 is outside the calendar"),
        (date(2100, 12, 1), Period(weeks=5), "date 2101-01-05 is outside the calendar"),
        (date(2100, 12, 31), Period(months=1), "date 2101-01-31 is outside the calendar"),
        (date(2100, 1, 1), Period(years=100), "date 2200-01-01 is outside the calendar"),
        (LAST_DATE + timedelta(days=1), Period(days=1), "event 2101-01-01 is outside"),
    ],
)
def test_ends_past_2100_raise_the_documented_error(
    event: date, period: Period, message: str
) -> None:
    with pytest.raises(DateOutOfRangeError, match=message):
        deadline_after(event, period)


def test_the_last_day_of_the_calendar_can_be_reached() -> None:
    assert deadline_after(date(2100, 12, 24), Period(days=7)).end == LAST_DATE
    assert deadline_after(date(2099, 12, 31), Period(years=1)).end == LAST_DATE


def test_working_days_are_still_counted_by_the_calendar() -> None:
    found = deadline_after(date(2026, 12, 23), Period(working_days=1))
    assert found.end == found.nominal_end == found.latest_working_day == date(2026, 12, 28)


def test_deadlines_with_different_latest_working_days_are_not_equal() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 2, 27)])
    default = deadline_before(date(2026, 3, 31), Period(months=1))
    closed = deadline_before(date(2026, 3, 31), Period(months=1), office)
    assert default.end == closed.end and default.rules == closed.rules
    assert (default.latest_working_day, closed.latest_working_day) == (
        date(2026, 2, 27),
        date(2026, 2, 26),
    )
    assert default != closed


def test_the_calendar_counts_only_through_the_dates_it_gave() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 1, 2)])
    default = deadline_after(date(2026, 11, 23), Period(days=15))
    other = deadline_after(date(2026, 11, 23), Period(days=15), office)
    assert default == other and hash(default) == hash(other)
    assert default != deadline_after(date(2026, 11, 24), Period(days=15))
    assert default.__eq__("not a deadline") is NotImplemented


@pytest.mark.parametrize("strict", [False, True])
def test_a_notice_period_derives_its_nominal_end_and_latest_working_day(strict: bool) -> None:
    notice = deadline_before(date(2026, 3, 31), Period(months=1), strict=strict)
    assert notice.nominal_end == date(2026, 2, 28)
    assert notice.end == date(2026, 2, 27 if strict else 28)
    assert notice.latest_working_day == date(2026, 2, 27)


@given(
    st.lists(ks.calendar_dates(min_value=date(2000, 1, 1), max_value=date(2089, 12, 31))),
    ks.periods(units=("days", "weeks", "months", "years")),
    ks.calendars(),
)
def test_the_batch_gives_the_ends_of_deadline_after(
    events: list[date], period: Period, calendar: CzechCalendar
) -> None:
    expected = [deadline_after(event, period, calendar).end for event in events]
    assert deadlines_after(events, period, calendar) == expected


def test_the_month_grid_gives_each_day_its_own_working_day_on_or_after() -> None:
    tables = CZECH_CALENDAR.day_tables
    assert len(tables.slot) == len(tables.dates)
    assert [tables.on_or_after_slot[slot] for slot in tables.slot] == list(tables.on_or_after)
    assert [tables.dates[i].day - 1 for i in range(len(tables.dates))] == [
        slot % tables.SLOT_DAYS for slot in tables.slot
    ]
