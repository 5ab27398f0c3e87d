"""The Czech working-day calendar, checked by hand against zákon č. 245/2000 Sb."""

from __future__ import annotations

from datetime import date

import pytest

import krajsoc.deadlines
from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.errors import DateOutOfRangeError

# (day, Czech name of the holiday) for every day off of 2026.
HOLIDAYS_2026 = [
    (date(2026, 1, 1), "Den obnovy samostatného českého státu; Nový rok"),
    (date(2026, 4, 3), "Velký pátek"),
    (date(2026, 4, 6), "Velikonoční pondělí"),
    (date(2026, 5, 1), "Svátek práce"),
    (date(2026, 5, 8), "Den vítězství"),
    (date(2026, 7, 5), "Den slovanských věrozvěstů Cyrila a Metoděje"),
    (date(2026, 7, 6), "Den upálení mistra Jana Husa"),
    (date(2026, 9, 28), "Den české státnosti"),
    (date(2026, 10, 28), "Den vzniku samostatného československého státu"),
    (date(2026, 11, 17), "Den boje za svobodu a demokracii a Mezinárodní den studentstva"),
    (date(2026, 12, 24), "Štědrý den"),
    (date(2026, 12, 25), "1. svátek vánoční"),
    (date(2026, 12, 26), "2. svátek vánoční"),
]


@pytest.mark.parametrize(("day", "name"), HOLIDAYS_2026, ids=[str(d) for d, _ in HOLIDAYS_2026])
def test_every_public_holiday_of_2026_is_a_day_off_with_its_czech_name(
    day: date, name: str
) -> None:
    assert CZECH_CALENDAR.is_holiday(day)
    assert not CZECH_CALENDAR.is_working_day(day)
    assert CZECH_CALENDAR.holiday_name(day) == name


def test_2026_has_exactly_thirteen_holidays() -> None:
    days = [
        date.fromordinal(n)
        for n in range(date(2026, 1, 1).toordinal(), date(2027, 1, 1).toordinal())
    ]
    assert [day for day in days if CZECH_CALENDAR.is_holiday(day)] == [d for d, _ in HOLIDAYS_2026]


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2015, 4, 3), True),  # Good Friday before it became a holiday in 2016
        (date(2016, 3, 25), False),  # the first Good Friday off
        (date(2026, 11, 23), True),
        (date(2026, 11, 28), False),  # Saturday
        (date(2026, 11, 29), False),  # Sunday
        (date(2026, 12, 31), True),  # New Year's Eve is not a holiday
    ],
)
def test_working_days(day: date, working: bool) -> None:
    assert CZECH_CALENDAR.is_working_day(day) is working


def test_a_holiday_on_a_weekend_is_not_moved_to_a_weekday() -> None:
    assert CZECH_CALENDAR.is_holiday(date(2026, 12, 26))  # a Saturday
    assert CZECH_CALENDAR.is_working_day(date(2026, 12, 28))


def test_next_and_previous_working_day_are_the_day_itself_when_it_is_one() -> None:
    assert CZECH_CALENDAR.next_working_day(date(2026, 11, 23)) == date(2026, 11, 23)
    assert CZECH_CALENDAR.previous_working_day(date(2026, 11, 23)) == date(2026, 11, 23)
    assert CZECH_CALENDAR.next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)
    assert CZECH_CALENDAR.previous_working_day(date(2026, 12, 27)) == date(2026, 12, 23)


@pytest.mark.parametrize(
    ("day", "count", "expected"),
    [
        (date(2026, 12, 23), 1, date(2026, 12, 28)),
        (date(2026, 12, 23), 5, date(2027, 1, 4)),
        (date(2026, 12, 28), -1, date(2026, 12, 23)),
        (date(2026, 12, 24), -1, date(2026, 12, 23)),
        (date(2026, 12, 24), 1, date(2026, 12, 28)),
        (date(2026, 12, 24), 0, date(2026, 12, 24)),
    ],
)
def test_add_working_days(day: date, count: int, expected: date) -> None:
    assert CZECH_CALENDAR.add_working_days(day, count) == expected


def test_working_days_between_counts_the_end_but_not_the_start() -> None:
    assert CZECH_CALENDAR.working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 5
    assert CZECH_CALENDAR.working_days_between(date(2027, 1, 4), date(2026, 12, 23)) == -5
    assert CZECH_CALENDAR.working_days_between(date(2026, 12, 28), date(2026, 12, 23)) == -1
    assert CZECH_CALENDAR.working_days_between(date(2026, 12, 24), date(2026, 12, 24)) == 0


def test_closures_make_a_new_calendar_and_leave_the_default_alone() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 12, 31), date(2026, 12, 30)])
    assert not office.is_working_day(date(2026, 12, 31))
    assert office.day_off_reason(date(2026, 12, 31)) == "den uzavření úřadu"
    assert office.day_off_reason(date(2026, 12, 31), "en") == "a day the office is closed"
    assert not office.is_holiday(date(2026, 12, 31))
    assert office.next_working_day(date(2026, 12, 30)) == date(2027, 1, 4)
    assert CZECH_CALENDAR.is_working_day(date(2026, 12, 31))
    assert office == CzechCalendar(frozenset({date(2026, 12, 30), date(2026, 12, 31)}))
    assert office != CZECH_CALENDAR


def test_the_default_calendar_is_exported_by_the_calendar_alone() -> None:
    assert not hasattr(krajsoc.deadlines, "CZECH_CALENDAR")
    assert krajsoc.deadlines.deadline_after.__defaults__ == (CZECH_CALENDAR,)


def test_the_supported_range_is_2000_to_2100() -> None:
    assert (date(2000, 1, 1), date(2100, 12, 31)) == (FIRST_DATE, LAST_DATE)
    assert (CZECH_CALENDAR.first_day, CZECH_CALENDAR.last_day) == (FIRST_DATE, LAST_DATE)
    assert CZECH_CALENDAR.is_holiday(date(2000, 1, 1))


@pytest.mark.parametrize(
    "call",
    [
        lambda: CZECH_CALENDAR.is_working_day(date(1999, 12, 31)),
        lambda: CZECH_CALENDAR.is_holiday(date(2101, 1, 1)),
        lambda: CZECH_CALENDAR.holiday_name(date(1999, 1, 1)),
        lambda: CZECH_CALENDAR.next_working_day(date(2101, 1, 1)),
        lambda: CZECH_CALENDAR.previous_working_day(date(2000, 1, 1)),  # a Saturday, none before
        lambda: CZECH_CALENDAR.add_working_days(date(2100, 12, 31), 1),
        lambda: CZECH_CALENDAR.add_working_days(date(2000, 1, 3), -1),
        lambda: CZECH_CALENDAR.working_days_between(date(1999, 1, 1), date(2026, 1, 1)),
        lambda: CZECH_CALENDAR.next_working_days([date(2100, 12, 31)], offset=1),
        lambda: CZECH_CALENDAR.next_working_days([date(1999, 12, 1)]),
        lambda: CZECH_CALENDAR.day_and_working_day_after(date(2100, 12, 31), 1),
        lambda: CZECH_CALENDAR.with_closures([date(1999, 1, 1)]),
    ],
)
def test_outside_the_range_every_method_raises_the_documented_error(call: object) -> None:
    assert callable(call)
    with pytest.raises(DateOutOfRangeError) as raised:
        call()
    assert raised.value.code == "date-out-of-range"
    assert isinstance(raised.value, ValueError)
