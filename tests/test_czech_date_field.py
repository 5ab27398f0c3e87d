"""``CzechDate``: a pydantic date field that reads the Czech forms and writes ISO 8601."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError

from krajsoc.calendar import CzechDate, czech_date
from krajsoc.calendar._czech_date_field import CzechDateField
from krajsoc.loaders import load_meetings
from krajsoc.planning import Meeting, PlanEvent
from tests.schema_files import BOUNDARY_TYPES

DATES = TypeAdapter(CzechDate)
BOUNDARY_MODELS = [
    kind
    for kind in BOUNDARY_TYPES.values()
    if isinstance(kind, type) and issubclass(kind, BaseModel)
]


@given(st.dates(min_value=date(1000, 1, 1)))
def test_a_czech_date_validates_and_dumps_as_iso(day: date) -> None:
    assert DATES.validate_python(czech_date(day)) == day
    assert DATES.validate_json(f'"{czech_date(day)}"') == day
    assert DATES.dump_python(day, mode="json") == day.isoformat()
    assert DATES.validate_json(DATES.dump_json(day)) == day


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("zítra", "'zítra' is not a date; expected a date as '15. 3. 2026'"),
        ("31. 2. 2026", "month 2 of 2026 has 28 days"),
        ("2026-3-15", "is not a date"),
    ],
)
def test_a_text_that_is_no_date_is_a_pydantic_error_of_type_invalid_date(
    text: str, says: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Meeting.model_validate({"group": "K10", "region": "LK", "date": text})
    (error,) = raised.value.errors()
    assert error["type"] == "invalid-date"
    assert error["loc"] == ("date",)
    assert says in error["msg"]


def test_a_date_value_is_read_as_pydantic_reads_a_date() -> None:
    assert DATES.validate_python(date(2026, 3, 15)) == date(2026, 3, 15)
    with pytest.raises(ValidationError):
        DATES.validate_python(datetime(2026, 3, 15, 10, 30))
    with pytest.raises(ValidationError):
        DATES.validate_python(None)


def test_the_library_models_read_czech_dates_in_every_date_field() -> None:
    meeting = Meeting.model_validate(
        {
            "group": "K10",
            "region": "LK",
            "date": "4. ledna 2027",
            "notice_sent_on": "1. 12. 2026",
            "materials_received_on": "28.12.2026",
        }
    )
    assert (meeting.date, meeting.notice_sent_on, meeting.materials_received_on) == (
        date(2027, 1, 4),
        date(2026, 12, 1),
        date(2026, 12, 28),
    )
    assert meeting.model_dump(mode="json")["date"] == "2027-01-04"


def _plain_dates(model: type[BaseModel]) -> Iterator[str]:
    """The fields of ``model`` (and the models in them) typed as a bare ``date``."""
    for name, field in model.model_fields.items():
        if field.annotation is date:
            if not any(isinstance(item, CzechDateField) for item in field.metadata):
                yield f"{model.__name__}.{name}"
        elif date in get_args(field.annotation):
            yield f"{model.__name__}.{name}"
        for inner in (field.annotation, *get_args(field.annotation)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                yield from _plain_dates(inner)


@pytest.mark.parametrize("model", [*BOUNDARY_MODELS, PlanEvent], ids=lambda model: model.__name__)
def test_no_boundary_model_has_a_date_field_that_reads_iso_only(model: type[BaseModel]) -> None:
    assert list(_plain_dates(model)) == []


def test_a_csv_of_meetings_written_the_czech_way_loads(tmp_path: Path) -> None:
    file = tmp_path / "meetings.csv"
    file.write_text(
        "group,date,region,notice_sent_on\n"
        "K10,4. ledna 2027,LK,1. 12. 2026\n"
        "K10,15.3.2027,LK,2027-02-12\n"
        "K10,zítra,LK,\n",
        "utf-8",
    )
    meetings, report = load_meetings(file)
    assert meetings == ()  # one bad row: nothing half-loaded
    (finding,) = report
    assert (finding.rule.code, finding.where.row, finding.where.field) == (
        "row-not-a-date",
        4,
        "date",
    )
    assert "zítra" not in finding.text("cs") and "15. 3. 2026" in finding.text("cs")
    file.write_text(file.read_text("utf-8").rsplit("K10,zítra", 1)[0], "utf-8")
    meetings, report = load_meetings(file)
    assert report.ok
    assert [(meeting.date, meeting.notice_sent_on) for meeting in meetings] == [
        (date(2027, 1, 4), date(2026, 12, 1)),
        (date(2027, 3, 15), date(2027, 2, 12)),
    ]
