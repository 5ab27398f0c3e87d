"""A deadline's JSON form: the CLI prints it, a pydantic field dumps it, reading it counts again."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError

from krajsoc.calendar import CZECH_CALENDAR
from krajsoc.cli import main
from krajsoc.deadlines import (
    Deadline,
    DeadlineRecord,
    Period,
    appeal_deadline,
    deadline_after,
    deadline_before,
    delivery_date,
)
from krajsoc.deadlines._deadline_record import deadline_from_record
from krajsoc.errors import InvalidDeadlineError
from krajsoc.testing import strategies as ks

DEADLINES = TypeAdapter(Deadline)
CHRISTMAS = deadline_after(date(2026, 12, 9), Period(days=15))  # 24. 12. → 28. 12. 2026


class Decision(BaseModel):
    appeal: Deadline


def form(deadline: Deadline) -> dict[str, Any]:
    found: dict[str, Any] = DEADLINES.dump_python(deadline, mode="json")
    return found


@given(ks.deadlines())
def test_every_deadline_reads_back_equal_from_its_json_form(deadline: Deadline) -> None:
    assert DEADLINES.validate_json(DEADLINES.dump_json(deadline)) == deadline
    assert deadline_from_record(deadline.to_record()) == deadline
    assert DEADLINES.validate_python(form(deadline)).steps == deadline.steps


@given(ks.deadlines(), st.dates())
def test_met_by_is_the_day_on_or_before_the_end(deadline: Deadline, day: date) -> None:
    assert deadline.met_by(day) == (day <= deadline.end)


@pytest.mark.parametrize(
    ("day", "kept"),
    [
        (date(2009, 1, 12), True),
        (date(2009, 1, 13), True),  # handed to the post on the last day: kept (§ 40/1 d))
        (date(2009, 1, 14), False),
    ],
)
def test_an_appeal_handed_to_the_post_on_the_last_day_keeps_the_period(
    day: date, kept: bool
) -> None:
    # Ready 15. 12. 2008, not collected: delivered 29. 12. 2008 (the 10th day was Christmas,
    # NSS 9 As 55/2009), so the 15 days of § 83 end on 13. 1. 2009.
    appeal = appeal_deadline(delivery_date(date(2008, 12, 15)))
    assert appeal.end == date(2009, 1, 13)
    assert appeal.met_by(day) is kept


def test_met_by_takes_a_date_not_a_datetime() -> None:
    with pytest.raises(TypeError, match="day must be a date, not a datetime"):
        CHRISTMAS.met_by(datetime(2026, 12, 28, 23, 59))
    with pytest.raises(TypeError, match="day must be a date, not str"):
        CHRISTMAS.met_by("2026-12-28")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "argv",
    [
        ("deadline", "2026-12-09", "15 dnů", "--json"),
        ("deadline", "2026-03-31", "1 měsíc", "--before", "--strict", "--json"),
        ("deadline", "2026-12-15", "5 pracovních dnů", "--before", "--json"),
    ],
)
def test_the_command_lines_json_is_the_deadlines_json_form(argv: tuple[str, ...]) -> None:
    out = io.StringIO()
    assert main(list(argv), stdout=out) == 0
    data = json.loads(out.getvalue())["data"]
    deadline = DEADLINES.validate_python(data)
    assert form(deadline) == data
    assert set(data) == set(DeadlineRecord.model_fields)


def test_the_json_form_keeps_the_keys_the_command_line_printed_before() -> None:
    data = form(CHRISTMAS)
    assert (data["event"], data["period"], data["nominal_end"], data["end"]) == (
        "2026-12-09",
        "P15D",
        "2026-12-24",
        "2026-12-28",
    )
    assert data["latest_working_day"] == "2026-12-28"
    assert data["rules"] == ["deadline-start", "deadline-count-days", "deadline-moved"]
    assert data["steps"][-1] == {
        "rule": "deadline-moved",
        "cs": "24. 12. 2026 je svátek (Štědrý den), lhůta končí nejbližší následující pracovní "
        "den 28. 12. 2026.",
        "en": "24. 12. 2026 is a public holiday (Christmas Eve), so the period ends on the next "
        "working day, 28. 12. 2026.",
        "reference": "§ 40 odst. 1 písm. c) zákona č. 500/2004 Sb.",
        "source": None,
    }
    assert (data["follows"], data["closures"]) == (None, [])


def test_an_appeal_keeps_the_delivery_it_follows_and_an_office_its_closed_days() -> None:
    # The 10th day after 21. 12. 2026 is 31. 12., closed: delivered on Monday 4. 1. 2027.
    office = CZECH_CALENDAR.with_closures([date(2026, 12, 31)])
    appeal = appeal_deadline(delivery_date(date(2026, 12, 21), calendar=office), office)
    data = form(appeal)
    assert data["follows"]["rules"] == ["delivery-fiction-post", "delivery-fiction-moved-post"]
    assert data["closures"] == ["2026-12-31"] == data["follows"]["closures"]
    assert (data["event"], data["end"]) == ("2027-01-04", "2027-01-19")
    assert DEADLINES.validate_python(data) == appeal
    without = {**data, "closures": [], "follows": {**data["follows"], "closures": []}}
    with pytest.raises(ValidationError, match="end 2027-01-04 does not follow"):
        DEADLINES.validate_python(without)


def test_the_derived_days_and_steps_may_be_left_out_and_dates_written_the_czech_way() -> None:
    given = {
        "event": "9. 12. 2026",
        "period": "15 dnů",
        "end": "28. prosince 2026",
        "rules": ["deadline-start", "deadline-count-days", "deadline-moved"],
    }
    assert Decision.model_validate({"appeal": given}).appeal == CHRISTMAS
    assert Decision(appeal=CHRISTMAS).model_dump(mode="json")["appeal"] == form(CHRISTMAS)


def _changed(deadline: Deadline, **changes: object) -> dict[str, Any]:
    return {**form(deadline), **changes}


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (
            _changed(CHRISTMAS, end="2026-12-24"),
            "end 2026-12-24 does not follow from event 2026-12-09 and 15 dnů at Deadline.end; "
            "expected 2026-12-28, as the rules named give it",
        ),
        (
            _changed(CHRISTMAS, nominal_end="2026-12-23"),
            "nominal_end 2026-12-23 does not follow",
        ),
        (
            _changed(CHRISTMAS, latest_working_day="2026-12-23"),
            "latest_working_day 2026-12-23 does not follow",
        ),
        (
            _changed(CHRISTMAS, rules=["deadline-start", "deadline-count-days"]),
            "rules ['deadline-start', 'deadline-count-days'] does not follow",
        ),
        (
            _changed(CHRISTMAS, period="P16D", end="2026-12-28"),
            "nominal_end 2026-12-24 does not follow from event 2026-12-09 and 16 dnů",
        ),
        (
            _changed(CHRISTMAS, rules=["deadline-moved"]),
            "rule 'deadline-moved' starts no deadline at Deadline.rules; expected a first rule of",
        ),
        (
            _changed(CHRISTMAS, follows=form(delivery_date(date(2026, 11, 29)))),
            "a deadline counted by 'deadline-start' follows no other deadline",
        ),
        (
            _changed(appeal_deadline(delivery_date(date(2026, 12, 4))), event="2026-12-15"),
            "event 2026-12-15 is not the end of the deadline it follows",
        ),
        (
            _changed(CHRISTMAS, steps=form(CHRISTMAS)["steps"][:2]),
            "steps ['deadline-start', 'deadline-count-days'] does not follow",
        ),
        (
            _changed(
                delivery_date(date(2026, 12, 4), collected_on=date(2026, 12, 7)), end="2026-12-16"
            ),
            "end 2026-12-16 does not follow from event 2026-12-04 and 10 dnů",
        ),
    ],
)
def test_a_json_form_that_does_not_follow_is_refused_saying_which_field(
    data: dict[str, Any], says: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Decision.model_validate({"appeal": data})
    (error,) = raised.value.errors()
    assert error["type"] == "invalid-deadline"
    assert says in error["msg"], error["msg"]
    record = DeadlineRecord.model_validate(data)
    with pytest.raises(InvalidDeadlineError):
        deadline_from_record(record)


@pytest.mark.parametrize(
    "data",
    [
        {"event": "2026-12-09", "period": "15 dnů", "end": "2026-12-28"},  # no rules
        {**form(CHRISTMAS), "colour": "red"},
        {**form(CHRISTMAS), "rules": []},
        "2026-12-28",
        None,
    ],
)
def test_a_malformed_json_form_is_a_validation_error(data: object) -> None:
    with pytest.raises(ValidationError):
        DEADLINES.validate_python(data)


def test_a_deadline_before_an_anchor_reads_back_with_its_strict_reading() -> None:
    strict = deadline_before(date(2026, 3, 31), Period(months=1), strict=True)
    assert DEADLINES.validate_json(DEADLINES.dump_json(strict)) == strict
    assert strict.met_by(strict.end) and not strict.met_by(date(2026, 2, 28))
