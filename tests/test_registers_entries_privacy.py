"""No generated entry, and no error about a bad one, shows a birth number or a name."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from krajsoc.registers import ApplicantEntry, Person, RegisterEntry
from krajsoc.rows import from_rows, to_rows
from krajsoc.testing import strategies as ks

SETTINGS = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def secrets(entry: RegisterEntry) -> list[str]:
    """Every birth number's six-digit runs and every surname and given name in ``entry``."""
    found: list[str] = []
    for person in people_of(entry):
        digits = re.sub(r"\D", "", person.birth_number.reveal())
        found += [digits[i : i + 6] for i in range(len(digits) - 5)]
        found += [person.name.surname, person.name.given_names]
    return found


def people_of(value: object) -> list[Person]:
    if isinstance(value, Person):
        return [value]
    if isinstance(value, tuple | list | frozenset):
        return [person for item in value for person in people_of(item)]
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        return [person for name in fields for person in people_of(getattr(value, name))]
    return []


def shows(text: str, entry: RegisterEntry) -> list[str]:
    """The secrets of ``entry`` in ``text``, also where a number's digits are split by '/'."""
    runs = [re.sub(r"\D", "", run) for run in re.findall(r"[0-9][0-9/ ]*[0-9]", text)]
    haystack = text + " " + " ".join(runs)
    return [secret for secret in secrets(entry) if secret in haystack]


@SETTINGS
@given(ks.register_entries())
def test_no_entry_shows_a_birth_number_or_name_in_repr_or_str(entry: RegisterEntry) -> None:
    assert shows(repr(entry) + str(entry), entry) == []
    assert shows(json.dumps(to_rows([entry])), entry) == []


@SETTINGS
@given(ks.register_entries())
def test_an_entry_round_trips_through_json_with_its_personal_data(entry: RegisterEntry) -> None:
    model = type(entry)
    assert model.model_validate_json(entry.model_dump_json()) == entry
    assert model.model_validate(to_rows([entry], personal_data=True)[0]) == entry
    assert entry.identity_keys()


def spoil(row: dict[str, Any], how: str) -> dict[str, Any]:
    spoilt: dict[str, Any] = json.loads(json.dumps(row))
    first = spoilt["applicants"][0]
    if how == "checksum":
        digits = re.sub(r"\D", "", first["birth_number"])
        first["birth_number"] = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    elif how == "name-in-number":
        first["birth_number"] = first["name"]
    elif how == "number-in-name":
        first["name"] = first["birth_number"]
    elif how == "shifted":
        spoilt["orp"], spoilt["applied_on"] = first["name"], first["birth_number"]
    elif how == "missing":
        del spoilt["care"]
    elif how == "extra":
        spoilt["poznámka"] = f"{first['name']} {first['birth_number']}"
    elif how == "wrong-type":
        first["address"] = {"text": first["name"], "rc": first["birth_number"]}
    return spoilt


@SETTINGS
@given(
    ks.applicant_entries(),
    st.sampled_from(
        [
            "checksum",
            "name-in-number",
            "number-in-name",
            "shifted",
            "missing",
            "extra",
            "wrong-type",
        ]
    ),
)
def test_no_error_about_a_bad_row_shows_its_birth_number_or_name(
    entry: ApplicantEntry, how: str
) -> None:
    row = spoil(to_rows([entry], personal_data=True)[0], how)
    try:
        ApplicantEntry.model_validate(row)
    except ValidationError as error:
        forms = [str(error), repr(error), error.json(), repr(error.errors())]
        forms.append(repr(error.errors(include_input=True)))
        assert all(shows(form, entry) == [] for form in forms)
    records, report = from_rows([row, row], ApplicantEntry)
    texts = [report.to_json(), json.dumps(report.to_rows(), ensure_ascii=False)]
    texts += [finding.text("cs") + finding.text("en") for finding in report]
    assert all(shows(text, entry) == [] for text in texts)
    assert not report.ok and records == ()


@SETTINGS
@given(st.lists(ks.applicant_entries(), min_size=1, max_size=4))
def test_from_rows_takes_back_what_to_rows_wrote_with_personal_data(
    entries: list[ApplicantEntry],
) -> None:
    rows = [
        {**row, "id": f"Z-{index}"}
        for index, row in enumerate(to_rows(entries, personal_data=True))
    ]
    keys = [key for entry in entries for key in entry.identity_keys()]
    records, report = from_rows(rows, ApplicantEntry)
    assert report.ok, [str(finding) for finding in report]
    assert [record.identity_keys() for record in records] == [e.identity_keys() for e in entries]
    masked = to_rows(records)
    assert all(key not in json.dumps(masked) for key in keys)
    assert masked[0]["applicants"][0]["birth_number"] in {"******/****", "******/***"}
