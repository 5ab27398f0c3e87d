"""Periods: Czech and ISO 8601 text, one unit, arithmetic, and the pydantic field."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from krajsoc.deadlines import Period
from krajsoc.errors import InvalidPeriodError

PARSED = [
    ("15 dnů", Period(days=15)),
    ("15 dní", Period(days=15)),
    ("15 dnu", Period(days=15)),
    ("15 dni", Period(days=15)),
    ("1 den", Period(days=1)),
    ("3 dny", Period(days=3)),
    ("15 kalendářních dnů", Period(days=15)),
    ("1 měsíc", Period(months=1)),
    ("1 mesic", Period(months=1)),
    ("3 měsíce", Period(months=3)),
    ("6 měsíců", Period(months=6)),
    ("2 týdny", Period(weeks=2)),
    ("1 týden", Period(weeks=1)),
    ("1 rok", Period(years=1)),
    ("2 roky", Period(years=2)),
    ("5 let", Period(years=5)),
    ("5 pracovních dnů", Period(working_days=5)),
    ("5 pracovnich dni", Period(working_days=5)),
    ("1 pracovní den", Period(working_days=1)),
    ("  15   DNŮ ", Period(days=15)),
    ("15dnů", Period(days=15)),
    ("P15D", Period(days=15)),
    ("p1m", Period(months=1)),
    ("P2W", Period(weeks=2)),
    ("P1Y", Period(years=1)),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_parse_reads_czech_and_iso(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


PRINTED = [
    (Period(days=1), "1 den", "P1D", "1 day"),
    (Period(days=3), "3 dny", "P3D", "3 days"),
    (Period(days=15), "15 dnů", "P15D", "15 days"),
    (Period(weeks=2), "2 týdny", "P2W", "2 weeks"),
    (Period(months=1), "1 měsíc", "P1M", "1 month"),
    (Period(months=5), "5 měsíců", "P5M", "5 months"),
    (Period(years=1), "1 rok", "P1Y", "1 year"),
    (Period(years=10), "10 let", "P10Y", "10 years"),
    (Period(working_days=5), "5 pracovních dnů", "5 pracovních dnů", "5 working days"),
    (Period(working_days=2), "2 pracovní dny", "2 pracovní dny", "2 working days"),
]


@pytest.mark.parametrize(("period", "czech", "iso", "english"), PRINTED)
def test_print_declines_the_czech_noun(period: Period, czech: str, iso: str, english: str) -> None:
    assert (str(period), period.czech, period.iso, period.english) == (czech, czech, iso, english)


@pytest.mark.parametrize(
    "text",
    ["", "15", "dnů", "15 hodin", "P1M15D", "PT15H", "-15 dnů", "15,5 dne", "5 pracovních měsíců"],
)
def test_parse_refuses_what_is_not_a_period(text: str) -> None:
    with pytest.raises(InvalidPeriodError) as raised:
        Period.parse(text)
    assert raised.value.code == "invalid-period"


@pytest.mark.parametrize(
    "make",
    [
        lambda: Period(),
        lambda: Period(days=15, months=1),
        lambda: Period(days=-1),
        lambda: Period(days=0),
        lambda: Period.parse("0 dnů"),
        lambda: Period(days=True),
    ],
)
def test_a_period_has_exactly_one_positive_unit(make: object) -> None:
    assert callable(make)
    with pytest.raises(InvalidPeriodError):
        make()


def test_parse_takes_text_only() -> None:
    with pytest.raises(TypeError):
        Period.parse(15)  # type: ignore[arg-type]


def test_a_period_is_a_value() -> None:
    assert Period(days=15) == Period.parse("P15D")
    assert hash(Period(days=15)) == hash(Period.parse("15 dní"))
    assert repr(Period(months=1)) == "Period(months=1)"
    assert (Period(months=1).unit, Period(months=1).count) == ("months", 1)


def test_date_arithmetic_reads_like_the_law() -> None:
    assert date(2026, 1, 31) + Period(months=1) == date(2026, 2, 28)
    assert date(2024, 1, 31) + Period(months=1) == date(2024, 2, 29)
    assert date(2024, 2, 29) + Period(years=1) == date(2025, 2, 28)
    assert date(2026, 11, 23) + Period(weeks=2) == date(2026, 12, 7)
    assert date(2026, 3, 31) - Period(months=1) == date(2026, 2, 28)
    assert date(2026, 12, 17) - Period(days=15) == date(2026, 12, 2)


def test_working_days_need_a_calendar() -> None:
    with pytest.raises(TypeError, match="calendar"):
        date(2026, 11, 23) + Period(working_days=5)


class Notice(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    period: Period


def test_period_is_a_pydantic_field_reading_text_and_writing_iso() -> None:
    assert Notice(period="15 dnů").period == Period(days=15)
    assert Notice.model_validate({"period": "P1M"}).period == Period(months=1)
    assert Notice.model_validate({"period": {"weeks": 2}}).period == Period(weeks=2)
    assert Notice(period=Period(months=3)).model_dump(mode="json") == {"period": "P3M"}
    assert json.loads(Notice(period=Period(working_days=5)).model_dump_json()) == {
        "period": "5 pracovních dnů"
    }


def test_a_bad_period_becomes_a_pydantic_error_with_the_same_code() -> None:
    with pytest.raises(ValidationError) as raised:
        Notice.model_validate({"period": "15 hodin"})
    assert raised.value.errors()[0]["type"] == "invalid-period"
    with pytest.raises(ValidationError) as raised:
        Notice.model_validate({"period": 15})
    assert raised.value.errors()[0]["type"] == "invalid-type"


def test_the_json_schema_is_a_string_with_examples() -> None:
    schema = Notice.model_json_schema(mode="serialization")["properties"]["period"]
    assert schema["type"] == "string"
    assert "P15D" in schema["examples"] and "15 dnů" in schema["examples"]
