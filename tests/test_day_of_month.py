"""A deadline fixed by a day of the following month ("do 15. dne následujícího měsíce")."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.calendar import CzechCalendar
from krajsoc.deadlines import day_of_following_month
from krajsoc.errors import DateOutOfRangeError, InvalidInputError
from krajsoc.findings import Certainty
from krajsoc.testing.strategies import calendars


@pytest.mark.parametrize(
    ("event", "nominal", "moved", "strict"),
    [
        # § 82 odst. 1 ZSS: a change on 3. 11. 2026 is reported by Tuesday 15. 12. 2026.
        (date(2026, 11, 3), date(2026, 12, 15), date(2026, 12, 15), date(2026, 12, 15)),
        # The event's own day does not matter: the last day of January gives 15. 2.
        (date(2026, 1, 31), date(2026, 2, 15), date(2026, 2, 16), date(2026, 2, 15)),
        (date(2026, 1, 1), date(2026, 2, 15), date(2026, 2, 16), date(2026, 2, 15)),
        # December into January of the next year; 15. 1. 2028 is a Saturday.
        (date(2027, 12, 31), date(2028, 1, 15), date(2028, 1, 17), date(2028, 1, 15)),
        # 15. 8. 2026 is a Saturday.
        (date(2026, 7, 6), date(2026, 8, 15), date(2026, 8, 17), date(2026, 8, 15)),
    ],
)
def test_the_duty_ends_on_the_15th_of_the_next_month_moved_off_a_day_off_unless_strict(
    event: date, nominal: date, moved: date, strict: date
) -> None:
    common = day_of_following_month(event)
    assert (common.nominal_end, common.end) == (nominal, moved)
    assert day_of_following_month(event, moved=False).end == strict


def test_the_strict_reading_names_the_working_day_before_a_weekend_end() -> None:
    strict = day_of_following_month(date(2026, 7, 6), moved=False)
    assert strict.latest_working_day == date(2026, 8, 14)
    assert strict.rules == ("day-of-month-end", "day-of-month-strict")
    assert "14. 8. 2026" in strict.explain()


def test_a_day_the_statute_names_on_a_holiday_moves_to_the_next_working_day() -> None:
    # "by the 28th": 28. 10. 2026 is a public holiday (Den vzniku samostatného státu).
    deadline = day_of_following_month(date(2026, 9, 10), day=28)
    assert deadline.end == date(2026, 10, 29)
    moved_step = deadline.steps[1]
    assert moved_step.rule.code == "day-of-month-moved"
    assert moved_step.rule.certainty is Certainty.BELIEVED
    assert "svátek" in moved_step.text()


@pytest.mark.parametrize("day", [0, 29, 31, -1, True, 15.0, "15"])
def test_a_day_every_month_does_not_have_is_refused(day: object) -> None:
    with pytest.raises(InvalidInputError, match="day from 1 to 28"):
        day_of_following_month(date(2026, 1, 5), day=day)  # type: ignore[arg-type]


def test_a_datetime_or_a_date_outside_the_calendar_is_refused() -> None:
    with pytest.raises(TypeError, match="datetime"):
        day_of_following_month(datetime(2026, 1, 5, 10))
    with pytest.raises(DateOutOfRangeError):
        day_of_following_month(date(1999, 12, 1))
    with pytest.raises(DateOutOfRangeError):
        day_of_following_month(date(2100, 12, 1))


@given(
    st.dates(date(2000, 1, 1), date(2100, 11, 30)),
    st.integers(min_value=1, max_value=28),
    calendars(),
)
def test_the_end_is_the_named_day_of_the_next_month_or_the_next_working_day(
    event: date, day: int, calendar: CzechCalendar
) -> None:
    deadline = day_of_following_month(event, day, calendar=calendar)
    nominal = deadline.nominal_end
    assert nominal.day == day and (nominal.year * 12 + nominal.month) == (
        event.year * 12 + event.month + 1
    )
    assert deadline.end >= nominal and deadline.calendar.is_working_day(deadline.end)
    between = [nominal + timedelta(days=n) for n in range((deadline.end - nominal).days)]
    assert not any(deadline.calendar.is_working_day(item) for item in between)
    strict = day_of_following_month(event, day, moved=False, calendar=deadline.calendar)
    assert strict.end == nominal and strict.latest_working_day <= nominal
    assert len(deadline.steps) == len(deadline.rules)
