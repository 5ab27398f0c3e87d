"""What the calendar and deadline functions accept: dates, never datetimes; periods or text."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

import pytest
from pydantic import BaseModel

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar
from krajsoc.deadlines import (
    Channel,
    Period,
    appeal_deadline,
    deadline_after,
    deadline_before,
    deadlines_after,
    delivery_date,
)
from krajsoc.errors import BatchInputError, InvalidPeriodError, KrajsocError, UnknownCodeError

NOON = datetime(2026, 1, 1, 12)


def test_deadline_after_reads_a_period_given_as_text() -> None:
    assert deadline_after(date(2026, 12, 10), "15 dnů") == deadline_after(
        date(2026, 12, 10), Period(days=15)
    )
    assert deadline_after(date(2026, 12, 10), "15 dnů").end == date(2026, 12, 28)


def test_deadlines_after_and_deadline_before_read_a_period_given_as_text() -> None:
    assert deadlines_after([date(2026, 12, 10)], "15 dnů") == [date(2026, 12, 28)]
    assert deadlines_after([], "P1M") == []
    assert deadline_before(date(2026, 3, 31), "1 měsíc").end == date(2026, 2, 28)


@pytest.mark.parametrize("bad", [15, None, 1.5, b"15 dnu"])
@pytest.mark.parametrize(
    "call",
    [
        lambda period: deadline_after(date(2026, 12, 10), period),
        lambda period: deadline_before(date(2026, 12, 10), period),
        lambda period: deadlines_after([date(2026, 12, 10)], period),
    ],
)
def test_a_period_that_is_neither_a_period_nor_text_is_a_type_error(
    call: Callable[[object], object], bad: object
) -> None:
    with pytest.raises(TypeError, match=r"^period must be a Period or its text such as '15 dnů'"):
        call(bad)


def test_a_period_text_that_names_no_period_is_an_invalid_period_error() -> None:
    with pytest.raises(InvalidPeriodError, match="'15 hodin' is not a period"):
        deadline_after(date(2026, 12, 10), "15 hodin")


_DATETIME_CALLS: list[tuple[str, Callable[[], object]]] = [
    ("event", lambda: deadline_after(NOON, Period(days=1))),
    ("anchor", lambda: deadline_before(NOON, Period(days=1))),
    ("ready_on", lambda: delivery_date(NOON)),
    ("collected_on", lambda: delivery_date(date(2026, 1, 1), collected_on=NOON)),
    ("delivered_on", lambda: appeal_deadline(NOON)),
    ("day", lambda: CZECH_CALENDAR.is_working_day(NOON)),
    ("day", lambda: CZECH_CALENDAR.is_holiday(NOON)),
    ("day", lambda: CZECH_CALENDAR.holiday_name(NOON)),
    ("day", lambda: CZECH_CALENDAR.day_off_reason(NOON)),
    ("day", lambda: CZECH_CALENDAR.next_working_day(NOON)),
    ("day", lambda: CZECH_CALENDAR.previous_working_day(NOON)),
    ("day", lambda: CZECH_CALENDAR.add_working_days(NOON, 0)),
    ("day", lambda: CZECH_CALENDAR.add_working_days(NOON, 3)),
    ("day", lambda: CZECH_CALENDAR.day_and_working_day_after(NOON, 3)),
    ("days", lambda: CZECH_CALENDAR.next_working_days([NOON])),
    ("start", lambda: CZECH_CALENDAR.working_days_between(NOON, date(2026, 2, 1))),
    ("end", lambda: CZECH_CALENDAR.working_days_between(date(2026, 2, 1), NOON)),
    ("closures", lambda: CZECH_CALENDAR.with_closures([NOON])),
    ("closures", lambda: CzechCalendar(frozenset([NOON]))),
]


@pytest.mark.parametrize(("parameter", "call"), _DATETIME_CALLS)
def test_every_function_refuses_a_datetime_naming_the_parameter(
    parameter: str, call: Callable[[], object]
) -> None:
    with pytest.raises(
        TypeError,
        match=rf"^{parameter} must be a date, not a datetime: pass a date, not a datetime "
        r"\(use \.date\(\)\)",
    ):
        call()


@pytest.mark.parametrize(
    ("parameter", "call"),
    [
        ("event", lambda: deadline_after("2026-01-01", Period(days=1))),  # type: ignore[arg-type]
        ("anchor", lambda: deadline_before(20260101, Period(days=1))),  # type: ignore[arg-type]
        ("ready_on", lambda: delivery_date("2026-01-01")),  # type: ignore[arg-type]
        ("delivered_on", lambda: appeal_deadline("2026-01-01")),  # type: ignore[arg-type]
        ("day", lambda: CZECH_CALENDAR.is_working_day("2026-01-01")),  # type: ignore[arg-type]
        ("start", lambda: CZECH_CALENDAR.working_days_between(None, date(2026, 1, 1))),  # type: ignore[arg-type]
    ],
)
def test_a_value_that_is_not_a_date_is_a_type_error_naming_the_parameter(
    parameter: str, call: Callable[[], object]
) -> None:
    with pytest.raises(TypeError, match=rf"^{parameter} must be a date, not (str|int|NoneType)$"):
        call()


def test_date_plus_period_refuses_a_datetime() -> None:
    with pytest.raises(TypeError, match=r"not a datetime \(use \.date\(\)\)"):
        NOON + Period(days=1)
    with pytest.raises(TypeError, match=r"not a datetime \(use \.date\(\)\)"):
        NOON - Period(months=1)


def test_a_date_subclass_that_is_not_a_datetime_is_accepted() -> None:
    class Day(date):
        pass

    assert deadline_after(Day(2026, 12, 10), "15 dnů").end == date(2026, 12, 28)
    assert CZECH_CALENDAR.is_working_day(Day(2026, 12, 24)) is False
    assert deadlines_after([Day(2026, 12, 10)], Period(days=15)) == [date(2026, 12, 28)]


def test_an_unknown_delivery_channel_is_an_unknown_code_error() -> None:
    with pytest.raises(UnknownCodeError) as caught:
        delivery_date(date(2026, 12, 10), channel="email")
    error = caught.value
    assert isinstance(error, KrajsocError) and isinstance(error, LookupError)
    assert (error.kind, error.value, error.allowed) == (
        "delivery channel",
        "email",
        ("post", "data_box", "pošta", "datová schránka"),
    )
    assert str(error) == (
        "unknown delivery channel 'email'; expected one of: post, data_box, pošta, datová schránka"
    )


@pytest.mark.parametrize(
    ("name", "channel"),
    [
        ("pošta", Channel.POST),
        ("Posta", Channel.POST),
        ("datová schránka", Channel.DATA_BOX),
        ("Datova schranka", Channel.DATA_BOX),
    ],
)
def test_a_channel_read_from_its_czech_name_gives_the_same_delivery(
    name: str, channel: Channel
) -> None:
    ready, collected = date(2026, 12, 10), date(2026, 12, 14)
    assert delivery_date(ready, channel=name) == delivery_date(ready, channel=channel)
    assert delivery_date(ready, collected_on=collected, channel=name) == delivery_date(
        ready, collected_on=collected, channel=channel
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "99999999999999999999 dnů",
            "more than 36889 days is longer than the calendar's span (2000-01-01 to "
            "2100-12-31) at position 0 of '******************** dnů'; expected at most 36889 days",
        ),
        (
            "P40000D",
            "40000 days is longer than the calendar's span (2000-01-01 to 2100-12-31) at "
            "position 1 of 'P40000D'; expected at most 36889 days",
        ),
        (
            "lhůta 101 let",
            None,
        ),
        (
            "  101 let",
            "101 years is longer than the calendar's span (2000-01-01 to 2100-12-31) at "
            "position 2 of '101 let'; expected at most 100 years",
        ),
        ("1212 měsíců", "expected at most 1211 months"),
        ("5270 týdnů", "expected at most 5269 weeks"),
        ("36890 pracovních dnů", "expected at most 36889 working days"),
    ],
)
def test_a_period_longer_than_the_calendar_names_the_limit_and_the_position(
    text: str, message: str | None
) -> None:
    with pytest.raises(InvalidPeriodError) as caught:
        Period.parse(text)
    if message is None:
        assert "is not a period" in str(caught.value)
    else:
        assert message in str(caught.value)
        assert "is not a period" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("36889 dnů", Period(days=36889)),
        ("P5269W", Period(weeks=5269)),
        ("1211 měsíců", Period(months=1211)),
        ("100 let", Period(years=100)),
        ("000015 dní", Period(days=15)),
    ],
)
def test_the_longest_periods_are_still_read(text: str, period: Period) -> None:
    assert Period.parse(text) == period


def test_the_constructor_applies_the_same_limit() -> None:
    with pytest.raises(InvalidPeriodError, match=r"101 years .* at Period; expected at most 100"):
        Period(years=101)


def test_a_working_day_period_serialises_as_czech_text_and_the_schema_says_so() -> None:
    class Notice(BaseModel):
        period: Period

    assert Notice(period=Period(working_days=5)).model_dump(mode="json") == {
        "period": "5 pracovních dnů"
    }
    assert json.loads(Notice(period=Period(working_days=5)).model_dump_json()) == {
        "period": "5 pracovních dnů"
    }
    assert Notice(period=Period(days=15)).model_dump(mode="json") == {"period": "P15D"}
    assert Notice.model_validate({"period": "5 pracovních dnů"}).period == Period(working_days=5)
    description = Notice.model_json_schema()["properties"]["period"]["description"]
    assert "ISO 8601 has no working-day unit" in description
    assert "'5 pracovních dnů'" in description


@pytest.mark.parametrize(
    "events",
    [
        [NOON, date(2026, 1, 1)],
        [date(2026, 1, 1), NOON, date(2026, 1, 2)],
        [NOON, NOON],
        [date(2026, 1, 1), "2026-01-02"],
        ["2026-01-02", "2026-01-03"],
        [20260101],
    ],
)
def test_the_batch_refuses_a_value_that_is_not_a_date_wherever_it_stands(
    events: list[object],
) -> None:
    with pytest.raises(BatchInputError, match=r"rows? (is|are) bad; the first, row \d of events"):
        deadlines_after(events, Period(months=1))  # type: ignore[arg-type]
