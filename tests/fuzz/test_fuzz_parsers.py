"""Every public parser, given any text or any wrong type: a value or its documented error.

``KRAJSOC_FUZZ_EXAMPLES`` sets the examples per test (60 in the normal suite; CI's long step and
the run reported in docs/reliability.md set more).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from krajsoc._quote import quote
from krajsoc.agendas import Recurrence, Topic, catalogue, slug
from krajsoc.calendar import CZECH_CALENDAR, czech_date, parse_date, weekday_name
from krajsoc.deadlines import Deadline, Period, deadline_after, deadline_before, delivery_date
from krajsoc.law import (
    LegalReference,
    act,
    check_reference,
    extract_citations,
    parse_citation,
    resolve_act,
)
from krajsoc.territory import AuthorityType, Competence, municipalities, region
from tests.fuzz._support import FUZZ, hostile_text, json_values, total, validation, wrong_types

TEXT_PARSERS: dict[str, Any] = {
    "extract_citations": extract_citations,
    "parse_citation": parse_citation,
    "act": act,
    "region": region,
    "municipalities": municipalities,
    "Period.parse": Period.parse,
    "parse_date": parse_date,
    "Recurrence.parse": Recurrence.parse,
    "Topic.parse": Topic.parse,
    "Competence.parse": Competence.parse,
    "AuthorityType.parse": AuthorityType.parse,
    "slug": slug,
    "catalogue": catalogue,
    "check_reference": lambda text: check_reference(text, on=date(2026, 1, 1)),
    "delivery_date(channel)": lambda text: delivery_date(date(2026, 1, 5), channel=text),
    "deadline_after(period)": lambda text: deadline_after(date(2026, 1, 5), text),
}


@pytest.mark.parametrize("name", sorted(TEXT_PARSERS))
@FUZZ
@given(text=hostile_text)
def test_every_text_parser_returns_a_value_or_raises_its_documented_error(
    name: str, text: str
) -> None:
    total(name, lambda: TEXT_PARSERS[name](text))


@pytest.mark.parametrize("name", sorted(TEXT_PARSERS))
@FUZZ
@given(value=wrong_types)
def test_every_text_parser_given_a_wrong_type_raises_type_error_or_its_error(
    name: str, value: object
) -> None:
    total(f"{name} (wrong type)", lambda: TEXT_PARSERS[name](value))


@FUZZ
@given(text=hostile_text, value=wrong_types)
def test_one_input_given_to_every_text_parser_at_once(text: str, value: object) -> None:
    for name, parse in TEXT_PARSERS.items():
        total(name, lambda: parse(text))  # noqa: B023 - called at once, in this iteration
        total(f"{name} (wrong type)", lambda: parse(value))  # noqa: B023


@FUZZ
@given(number=st.one_of(st.integers(), wrong_types), year=st.one_of(st.integers(), wrong_types))
def test_resolve_act_takes_two_ints_or_raises(number: object, year: object) -> None:
    total("resolve_act", lambda: resolve_act(number, year))  # type: ignore[arg-type]


@FUZZ
@given(value=st.one_of(hostile_text, json_values))
def test_a_legal_reference_validates_any_json_into_a_readable_error(value: object) -> None:
    validation("LegalReference", lambda: TypeAdapter(LegalReference).validate_python(value))


_FORM = {
    "event": "2026-12-09",
    "period": "15 dnů",
    "end": "2026-12-28",
    "rules": ["deadline-start", "deadline-count-days", "deadline-moved"],
}


@FUZZ
@given(
    value=st.one_of(hostile_text, json_values),
    key=st.sampled_from([*_FORM, "nominal_end", "follows", "steps", "closures"]),
)
def test_a_deadlines_json_form_validates_any_json_into_a_readable_error(
    value: object, key: str
) -> None:
    adapter = TypeAdapter(Deadline)
    validation("Deadline", lambda: adapter.validate_python(value))
    validation("Deadline (one key)", lambda: adapter.validate_python({**_FORM, key: value}))


@FUZZ
@given(day=st.dates(), days=st.integers(min_value=-(10**6), max_value=10**6))
def test_dates_anywhere_in_python_s_range_are_answered_or_out_of_range(
    day: date, days: int
) -> None:
    total("czech_date", lambda: (czech_date(day), weekday_name(day)))
    total("is_working_day", lambda: CZECH_CALENDAR.is_working_day(day))
    total("deadline_after", lambda: deadline_after(day, Period(days=abs(days) or 1)))
    total("deadline_before", lambda: deadline_before(day, Period(days=abs(days) or 1)))
    total("Period(days)", lambda: Period(days=days))


@pytest.mark.parametrize("key", ["\ud800", "dny", 1])
def test_a_period_with_an_unknown_unit_is_refused_in_readable_words(key: object) -> None:
    # Found by the fuzz suite: a lone surrogate as a key made the error unrenderable.
    with pytest.raises(ValidationError) as raised:
        TypeAdapter(Deadline).validate_python({**_FORM, "period": {key: 1}})
    (error,) = raised.value.errors(include_input=False, include_url=False)
    assert error["msg"].startswith(f"{quote(key)} is not a unit of a period")
    assert "days, weeks, months, years, working_days" in error["msg"]
    str(raised.value).encode("utf-8")
