"""Deadline errors show input only through ``quote`` and are always krajsoc errors.

Regression tests for issue 15: ``delivery_date(channel=...)`` and ``Period.parse`` echoed whole
input, ``Period(days=10**4300)`` raised Python's own ``ValueError`` (integer string conversion)
and ``date(9999, 12, 31) + Period(days=1)`` an ``OverflowError``.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.deadlines import Period, delivery_date
from krajsoc.errors import DateOutOfRangeError, InvalidPeriodError, KrajsocError, UnknownCodeError

BIRTH_NUMBER = "850101/1234"
UNITS = ("days", "weeks", "months", "years", "working_days")


@given(st.text(max_size=30), st.text(max_size=30))
def test_an_unreadable_period_never_shows_a_birth_number(before: str, after: str) -> None:
    text = f"{before} {BIRTH_NUMBER} {after}"
    with pytest.raises(InvalidPeriodError) as raised:
        Period.parse(text)
    assert "850101" not in str(raised.value) and "1234" not in str(raised.value)


@given(st.text(min_size=41, max_size=200))
def test_a_long_unreadable_period_is_described_not_quoted(tail: str) -> None:
    text = "x" + tail  # no period starts with a letter
    with pytest.raises(InvalidPeriodError) as raised:
        Period.parse(text)
    assert text.strip() not in str(raised.value)
    assert "text of" in str(raised.value)


@given(st.text(min_size=41, max_size=200))
def test_an_unknown_channel_is_described_not_echoed(channel: str) -> None:
    with pytest.raises(UnknownCodeError) as raised:
        delivery_date(date(2026, 1, 5), channel=channel)
    assert channel not in str(raised.value)
    assert "text of" in str(raised.value)


def test_an_unknown_channel_holding_a_birth_number_is_masked() -> None:
    with pytest.raises(UnknownCodeError) as raised:
        delivery_date(date(2026, 1, 5), channel=BIRTH_NUMBER)
    assert BIRTH_NUMBER not in str(raised.value)


@pytest.mark.parametrize("unit", UNITS)
@given(exponent=st.integers(min_value=19, max_value=5000))
def test_a_huge_count_is_an_invalid_period_not_a_python_error(unit: str, exponent: int) -> None:
    with pytest.raises(InvalidPeriodError, match="more than"):
        Period(**{unit: 10**exponent})


def test_ten_to_the_4300_days_is_an_invalid_period() -> None:
    with pytest.raises(InvalidPeriodError, match="longer than the calendar's span"):
        Period(days=10**4300)
    with pytest.raises(InvalidPeriodError, match="is negative"):
        Period(days=-(10**4300))


def test_a_huge_count_in_text_is_an_invalid_period() -> None:
    with pytest.raises(InvalidPeriodError, match="more than 36889 days"):
        Period.parse("9" * 5000 + " dnů")


@pytest.mark.parametrize(
    ("day", "period"),
    [
        (date(9999, 12, 31), Period(days=1)),
        (date(9999, 12, 31), Period(weeks=1)),
        (date(9999, 12, 1), Period(months=1)),
        (date(9999, 1, 1), Period(years=1)),
    ],
)
def test_arithmetic_past_the_year_9999_is_a_date_out_of_range(day: date, period: Period) -> None:
    with pytest.raises(DateOutOfRangeError, match="after 9999"):
        day + period


@pytest.mark.parametrize("period", [Period(days=1), Period(months=1), Period(years=1)])
def test_arithmetic_before_the_year_1_is_a_date_out_of_range(period: Period) -> None:
    with pytest.raises(DateOutOfRangeError, match="before 0001-01-01"):
        date(1, 1, 1) - period


@given(st.dates(), st.sampled_from(UNITS[:4]), st.integers(min_value=1, max_value=100))
def test_period_arithmetic_gives_a_date_or_a_krajsoc_error(
    day: date, unit: str, count: int
) -> None:
    period = Period(**{unit: min(count, 100 if unit == "years" else count)})
    for sign in (1, -1):
        try:
            moved = day + period if sign > 0 else day - period
        except KrajsocError:
            continue
        assert isinstance(moved, date)
