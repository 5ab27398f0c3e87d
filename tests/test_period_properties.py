"""Round trips and totality of period text, checked on generated periods and text."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from krajsoc.deadlines import Period
from krajsoc.errors import InvalidPeriodError
from krajsoc.testing import strategies as ks

ADAPTER = TypeAdapter(Period)


@given(ks.periods())
def test_czech_text_reads_back_as_the_same_period(period: Period) -> None:
    assert Period.parse(period.czech) == period
    assert Period.parse(str(period)) == period


@given(ks.periods())
def test_iso_text_reads_back_as_the_same_period(period: Period) -> None:
    assert Period.parse(period.iso) == period


@given(ks.periods())
def test_the_pydantic_field_round_trips_through_json(period: Period) -> None:
    assert ADAPTER.validate_json(ADAPTER.dump_json(period)) == period


@given(ks.period_texts())
def test_every_generated_period_text_parses(text: str) -> None:
    assert Period.parse(text).count >= 1


@given(st.text(max_size=30))
def test_parse_of_any_text_returns_a_period_or_raises_the_documented_error(text: str) -> None:
    outcome: Period | InvalidPeriodError
    try:
        outcome = Period.parse(text)
    except InvalidPeriodError as error:
        outcome = error
    if isinstance(outcome, Period):
        assert outcome.count >= 1
    else:
        assert outcome.code == "invalid-period"


@given(
    st.dates(min_value=date(2001, 1, 1), max_value=date(2089, 12, 31)),
    ks.periods(units=("days", "weeks", "months", "years")),
)
def test_adding_then_subtracting_days_or_weeks_comes_back(day: date, period: Period) -> None:
    there = day + period
    assert there > day
    if period.unit in ("days", "weeks"):
        assert there - period == day
    else:
        assert there - period <= day
