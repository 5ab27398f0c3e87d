"""Algebraic claims about deadlines, checked on generated events, periods and calendars."""

from __future__ import annotations

import calendar as std_calendar
from datetime import date, timedelta

import holidays
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar
from krajsoc.deadlines import Deadline, Period, deadline_after, deadline_before, deadlines_after
from krajsoc.errors import BatchInputError, DateOutOfRangeError
from krajsoc.testing import strategies as ks

REFERENCE = holidays.country_holidays("CZ", years=range(2000, 2101))
EVENTS = ks.calendar_dates(min_value=date(2011, 1, 1), max_value=date(2089, 12, 31))


def reference_end(event: date, period: Period) -> date:
    """§ 40 the straightforward way: dateutil for the count, the holidays package day by day."""
    if period.unit == "working_days":
        end, left = event, period.count
        while left:
            end += timedelta(days=1)
            left -= end.weekday() < 5 and end not in REFERENCE
        return end
    count = period.count
    shifts = {
        "days": relativedelta(days=count),
        "weeks": relativedelta(weeks=count),
        "months": relativedelta(months=count),
        "years": relativedelta(years=count),
    }
    end = event + shifts[period.unit]
    while end.weekday() >= 5 or end in REFERENCE:
        end += timedelta(days=1)
    return end


@given(EVENTS, ks.periods(), ks.calendars())
def test_the_end_after_an_event_is_a_working_day_on_or_after_the_nominal_end(
    event: date, period: Period, calendar: CzechCalendar
) -> None:
    deadline = deadline_after(event, period, calendar)
    assert calendar.is_working_day(deadline.end)
    assert deadline.end >= deadline.nominal_end > event
    assert deadline.latest_working_day == deadline.end
    assert calendar.next_working_day(deadline.nominal_end) == deadline.end


@given(EVENTS, ks.periods())
def test_every_end_agrees_with_the_holidays_package_day_by_day(event: date, period: Period) -> None:
    assert deadline_after(event, period).end == reference_end(event, period)


@given(EVENTS, ks.periods(), ks.calendars())
def test_before_an_anchor_the_latest_working_day_is_a_working_day_on_or_before_the_end(
    anchor: date, period: Period, calendar: CzechCalendar
) -> None:
    deadline = deadline_before(anchor, period, calendar)
    assert deadline.latest_working_day <= deadline.end == deadline.nominal_end < anchor
    assert calendar.is_working_day(deadline.latest_working_day)
    between = deadline.latest_working_day + timedelta(days=1)
    while between <= deadline.end:
        assert not calendar.is_working_day(between)
        between += timedelta(days=1)


@given(EVENTS, ks.periods())
def test_the_stricter_reading_is_exactly_one_day_earlier(anchor: date, period: Period) -> None:
    default = deadline_before(anchor, period)
    strict = deadline_before(anchor, period, strict=True)
    assert strict.end == default.end - timedelta(days=1)
    assert strict.latest_working_day <= default.latest_working_day


@given(EVENTS, ks.periods(units=("days",)))
def test_the_nominal_end_of_n_days_is_exactly_n_days_away(event: date, period: Period) -> None:
    assert (deadline_after(event, period).nominal_end - event).days == period.count
    assert (event - deadline_before(event, period).nominal_end).days == period.count


@given(EVENTS, ks.periods(units=("months", "years")))
def test_a_month_period_never_skips_a_month(event: date, period: Period) -> None:
    months = period.count * (12 if period.unit == "years" else 1)
    after = deadline_after(event, period).nominal_end
    before = deadline_before(event, period).nominal_end
    assert (after.year * 12 + after.month) - (event.year * 12 + event.month) == months
    assert (event.year * 12 + event.month) - (before.year * 12 + before.month) == months
    for reached in (after, before):
        last_day = std_calendar.monthrange(reached.year, reached.month)[1]
        assert reached.day == min(event.day, last_day)


@given(EVENTS, ks.periods())
def test_a_later_event_never_ends_earlier(event: date, period: Period) -> None:
    later = event + timedelta(days=1)
    assert deadline_after(later, period).end >= deadline_after(event, period).end


@given(ks.deadlines())
def test_every_drawn_deadline_explains_itself_in_both_languages(deadline: Deadline) -> None:
    assert deadline.steps
    assert all(step.czech and step.english for step in deadline.steps)
    assert len(deadline.explain("cs").splitlines()) == len(deadline.steps)


@given(EVENTS.flatmap(lambda day: ks.periods().map(lambda period: (day, period))))
def test_the_batch_gives_the_same_ends_as_one_by_one(pair: tuple[date, Period]) -> None:
    day, period = pair
    events = [day + timedelta(days=shift) for shift in range(0, 40, 3)]
    assert deadlines_after(events, period) == [deadline_after(e, period).end for e in events]


def test_the_default_calendar_is_used_when_none_is_named() -> None:
    deadline = deadline_after(date(2026, 11, 23), Period(days=15))
    assert deadline.calendar is CZECH_CALENDAR


@given(
    st.lists(ks.calendar_dates(), max_size=12),
    ks.periods(),
    ks.calendars(),
)
def test_the_batch_agrees_with_the_loop_for_every_unit_up_to_the_calendar_end(
    events: list[date], period: Period, calendar: CzechCalendar
) -> None:
    try:
        expected = [deadline_after(event, period, calendar).end for event in events]
    except DateOutOfRangeError:
        with pytest.raises(BatchInputError, match="outside the calendar"):
            deadlines_after(events, period, calendar)
    else:
        assert deadlines_after(events, period, calendar) == expected
