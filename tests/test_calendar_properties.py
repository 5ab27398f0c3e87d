"""Every answer of the calendar agrees with the ``holidays`` package, day by day, 2000–2100."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.testing import strategies as ks

REFERENCE = holidays.country_holidays("CZ", years=range(2000, 2101), language="cs")
ALL_DAYS = [FIRST_DATE + timedelta(days=n) for n in range((LAST_DATE - FIRST_DATE).days + 1)]


def reference_is_working(day: date) -> bool:
    return day.weekday() < 5 and day not in REFERENCE


def test_every_day_from_2000_to_2100_agrees_with_the_holidays_package() -> None:
    assert len(ALL_DAYS) == 36_890
    differ = [
        day
        for day in ALL_DAYS
        if CZECH_CALENDAR.is_working_day(day) != reference_is_working(day)
        or CZECH_CALENDAR.is_holiday(day) != (day in REFERENCE)
        or CZECH_CALENDAR.holiday_name(day) != REFERENCE.get(day)
    ]
    assert differ == []


def test_next_and_previous_working_day_agree_with_a_day_by_day_walk_on_every_day() -> None:
    following: dict[date, date] = {}
    upcoming = None
    for day in reversed(ALL_DAYS):
        if reference_is_working(day):
            upcoming = day
        if upcoming is not None:
            following[day] = upcoming
    assert all(CZECH_CALENDAR.next_working_day(day) == found for day, found in following.items())
    preceding = None
    for day in ALL_DAYS[1:]:
        if reference_is_working(day):
            preceding = day
        if preceding is not None:
            assert CZECH_CALENDAR.previous_working_day(day) == preceding


def test_good_friday_is_a_holiday_from_2016_only() -> None:
    good_fridays = [day for day, name in REFERENCE.items() if name == "Velký pátek"]
    assert min(good_fridays).year == 2016
    assert all(CZECH_CALENDAR.is_holiday(day) for day in good_fridays)


def walk(day: date, count: int) -> date:
    """Step day by day, asking the holidays package, until ``count`` working days have passed."""
    step = timedelta(days=1 if count > 0 else -1)
    left = abs(count)
    while left:
        day += step
        left -= reference_is_working(day)
    return day


@given(
    ks.calendar_dates(min_value=date(2000, 2, 1), max_value=date(2100, 11, 30)),
    st.integers(min_value=-20, max_value=20),
)
def test_add_working_days_agrees_with_a_day_by_day_walk(day: date, count: int) -> None:
    assert CZECH_CALENDAR.add_working_days(day, count) == walk(day, count)


@given(
    ks.calendar_dates(min_value=date(2001, 1, 1), max_value=date(2100, 3, 1)),
    st.integers(min_value=-200, max_value=200),
)
def test_working_days_between_inverts_add_working_days(day: date, count: int) -> None:
    later = CZECH_CALENDAR.add_working_days(day, count)
    assert CZECH_CALENDAR.working_days_between(day, later) == count
    assert CZECH_CALENDAR.is_working_day(later) or count == 0


@given(
    ks.calendar_dates(min_value=date(2000, 2, 1), max_value=date(2100, 11, 30)),
    st.integers(min_value=-60, max_value=60),
)
def test_working_days_between_counts_the_days_reached_but_not_the_start(
    start: date, distance: int
) -> None:
    end = start + timedelta(days=distance)
    step = 1 if distance >= 0 else -1
    passed = [start + timedelta(days=n) for n in range(step, distance + step, step)]
    expected = sum(reference_is_working(day) for day in passed) if distance else 0
    assert CZECH_CALENDAR.working_days_between(start, end) == step * expected


@given(ks.calendars(), ks.calendar_dates(min_value=date(2000, 1, 10)))
def test_a_calendar_with_closures_never_has_more_working_days(
    calendar: CzechCalendar, day: date
) -> None:
    if calendar.is_working_day(day):
        assert CZECH_CALENDAR.is_working_day(day)
    assert calendar.is_working_day(day) == (
        CZECH_CALENDAR.is_working_day(day) and day not in calendar.closures
    )
    assert calendar.previous_working_day(day) <= CZECH_CALENDAR.previous_working_day(day)
