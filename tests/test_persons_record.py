"""PersonalRecord: every form of a validation error is free of the input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError, field_validator

from krajsoc.persons import Address, BirthNumber, PersonalRecord, PersonName, without_input

SECRET = "Novák 7360285163 Husova"


class Member(PersonalRecord):
    name: PersonName
    number: BirthNumber
    address: Address | None = None
    count: int = 0


class Household(PersonalRecord):
    members: tuple[Member, ...]
    note: str

    @field_validator("note")
    @classmethod
    def _short(cls, value: str) -> str:
        if len(value) > 5:
            raise ValueError("the note is too long")
        return value


def every_form(error: ValidationError) -> list[str]:
    return [
        str(error),
        repr(error),
        error.json(),
        repr(error.errors()),
        repr(error.errors(include_input=True)),
        repr(error.errors(include_context=True, include_input=True)),
    ]


@pytest.mark.parametrize(
    "row",
    [
        {"members": [{"name": SECRET}], "note": SECRET},
        {"members": [{"name": "Novák, Jan", "number": "7360285163", "count": SECRET}]},
        {"members": SECRET, "note": "x", SECRET: SECRET},
        SECRET,
        [SECRET],
    ],
)
def test_no_form_of_the_error_carries_the_row(row: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Household.model_validate(row)
    for shown in every_form(caught.value):
        assert "Novák" not in shown and "736028" not in shown and "Husova" not in shown


def test_the_errors_keep_their_type_location_and_context() -> None:
    with pytest.raises(ValidationError) as caught:
        Household.model_validate({"members": [{"name": "Novák, Jan", "number": "7360285164"}]})
    errors = caught.value.errors()
    assert [(e["type"], e["loc"]) for e in errors] == [
        ("invalid-birth-number", ("members", 0, "number")),
        ("missing", ("note",)),
    ]
    assert errors[0]["ctx"] == {"reason": "birth number has a bad checksum"}
    assert caught.value.title == "Household"


@given(st.text(max_size=30), st.integers())
def test_without_input_replaces_every_input(text: str, number: int) -> None:
    with pytest.raises(ValidationError) as caught:
        Member.model_validate({"name": text, "number": text, "count": text + "x", "z": number})
    hidden = without_input(caught.value)
    assert {item["input"] for item in hidden.errors()} == {"personal data (hidden)"}
    assert len(hidden.errors()) == len(caught.value.errors())
