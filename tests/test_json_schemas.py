"""The JSON Schemas tell the truth: the input schema reads what validation reads, the output
schema what a dump writes, and the published files in ``docs/schemas`` are the current ones.

Each boundary type (``tests/schema_files.py``'s ``BOUNDARY_TYPES``, which new models join) is
checked with the ``jsonschema`` package against Hypothesis-drawn instances' dumps, against every
documented alternative input form, and against inputs validation refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import TypeAdapter, ValidationError

from krajsoc.agendas import Agenda, Recurrence
from krajsoc.deadlines import Deadline, Period
from krajsoc.law import LegalReference
from krajsoc.planning import Meeting
from krajsoc.territory import Region
from tests.schema_files import BOUNDARY_TYPES, SCHEMA_DIR, SUFFIX, Mode, schema, schema_text

KINDS = list(BOUNDARY_TYPES.items())
IDS = list(BOUNDARY_TYPES)


def validator(kind: type[Any], mode: Mode) -> Draft202012Validator:
    found = schema(kind, mode)
    Draft202012Validator.check_schema(found)
    return Draft202012Validator(found)


def pydantic_accepts(kind: type[Any], value: object) -> bool:
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(("stem", "kind"), KINDS, ids=IDS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_drawn_instances_dump_fits_both_schemas_and_validates_back(
    stem: str, kind: type[Any], data: st.DataObject
) -> None:
    value = data.draw(st.from_type(kind))
    dumped = TypeAdapter(kind).dump_python(value, mode="json")
    for mode in SUFFIX:
        errors = [error.message for error in validator(kind, mode).iter_errors(dumped)]
        assert errors == [], f"{stem} {mode}: {errors[:3]}"
    assert TypeAdapter(kind).validate_python(dumped) == value


AGENDA = {
    "competence": "delegated",
    "text": "Vede evidenci.",
    "source": {"seed": "s", "items": ["1"]},
}

MEETING = {"group": "K10", "region": "LK", "date": "2027-01-04"}
CHRISTMAS = {
    "event": "2026-12-09",
    "period": "15 dnů",
    "end": "2026-12-28",
    "rules": ["deadline-start", "deadline-count-days", "deadline-moved"],
}

# Every alternative input form the docs and docstrings promise, by type.
ALTERNATIVE_FORMS: list[tuple[type[Any], object]] = [
    (Region, "LK"),
    (Region, "CZ-51"),
    (Region, "liberecky kraj"),
    (Region, {"nuts_code": "CZ051"}),
    (Region, {"code": "KVK"}),
    (Region, {"nuts_code": "CZ041", "name": "Karlovarský kraj", "seat": "Karlovy Vary"}),
    (LegalReference, "§ 175 odst. 5 správního řádu"),
    (LegalReference, {"act": "108/2006", "section": "93", "subsection": 1, "letter": "c"}),
    (LegalReference, {"act": "správní řád", "section": 40, "subsection": "1"}),
    (LegalReference, {"act": "359/1999"}),
    (Period, "15 dnů"),
    (Period, "P1M"),
    (Period, "5 pracovních dnů"),
    (Period, {"days": 15}),
    (Period, {"working_days": 5, "days": 0}),
    (Recurrence, "2x ročně"),
    (Agenda, {**AGENDA, "competence": "přenesená působnost"}),
    (Agenda, {**AGENDA, "competence": "prenesena"}),
    (Agenda, {**AGENDA, "competence": "pp"}),
    (Agenda, {**AGENDA, "topics": ["sociální práce", "nrp", "child_protection"]}),
    (Agenda, {**AGENDA, "authorities": ["orp", "kraj"]}),
    (Agenda, {**AGENDA, "legal_bases": "§ 10 a § 118 zákona č. 582/1991 Sb."}),
    (Agenda, {**AGENDA, "legal_bases": ["§ 37 ZSS", {"act": "500/2004", "section": "40"}]}),
    (Agenda, {**AGENDA, "region": "Liberecký kraj"}),
    (Agenda, {**AGENDA, "region": {"code": "LK"}}),
    # Every date field reads the Czech forms too (krajsoc.calendar.CzechDate).
    (Meeting, {**MEETING, "date": "4. 1. 2027"}),
    (Meeting, {**MEETING, "date": "4.1.2027"}),
    (Meeting, {**MEETING, "date": "4. 01. 2027"}),
    (Meeting, {**MEETING, "date": "4. ledna 2027"}),
    (Meeting, {**MEETING, "date": " 4. LEDNA 2027 "}),
    (Meeting, {**MEETING, "date": "4.\u00a01.\u00a02027"}),
    (Meeting, {**MEETING, "notice_sent_on": "1. prosince 2026"}),
    (Meeting, {**MEETING, "materials_received_on": "28. 12. 2026"}),
    # A deadline's JSON form without its derived days and steps, dates the Czech way.
    (Deadline, CHRISTMAS),
    (Deadline, {**CHRISTMAS, "event": "9. prosince 2026", "end": "28. 12. 2026"}),
    (Deadline, {**CHRISTMAS, "nominal_end": "2026-12-24", "latest_working_day": "2026-12-28"}),
]

# Inputs validation refuses, by type; the input schema must refuse them too.
REFUSALS: list[tuple[type[Any], object]] = [
    (Region, 51),
    (Region, {"name": "Liberecký kraj"}),
    (Region, {"nuts_code": 51}),
    (LegalReference, {"act": "108/2006", "paragraph": "93"}),
    (LegalReference, {"act": 108}),
    (LegalReference, {"act": "108/2006", "section": "93", "subsection": "x"}),
    (LegalReference, ["§ 93"]),
    (Period, 15),
    (Period, {"days": 15, "weeks": 2}),
    (Period, {"days": 0}),
    (Period, {"days": -1}),
    (Period, {"days": "15"}),
    (Period, {"hours": 3}),
    (Agenda, {**AGENDA, "competence": "both"}),
    (Agenda, {**AGENDA, "topics": ["astrology"]}),
    (Agenda, {**AGENDA, "unknown": 1}),
    (Agenda, {"competence": "delegated", "text": "x"}),
    (Agenda, {**AGENDA, "legal_bases": 93}),
    (Meeting, {**MEETING, "date": "zítra"}),
    (Meeting, {**MEETING, "date": "2027-1-4"}),
    (Meeting, {**MEETING, "date": "4. 1. 27"}),
    (Meeting, {**MEETING, "date": "4. leden 2027"}),
    (Meeting, {**MEETING, "date": " " * 101 + "4. 1. 2027"}),
    (Deadline, {key: value for key, value in CHRISTMAS.items() if key != "rules"}),
    (Deadline, {**CHRISTMAS, "rules": []}),
    (Deadline, {**CHRISTMAS, "colour": "red"}),
    (Deadline, {**CHRISTMAS, "end": "zítra"}),
    (Deadline, "2026-12-28"),
]


def _form_id(item: tuple[type[Any], object]) -> str:
    kind, value = item
    return f"{kind.__name__}-{str(value)[:40]}"


@pytest.mark.parametrize(("kind", "value"), ALTERNATIVE_FORMS, ids=map(_form_id, ALTERNATIVE_FORMS))
def test_every_documented_input_form_is_read_and_fits_the_input_schema(
    kind: type[Any], value: object
) -> None:
    assert pydantic_accepts(kind, value)
    assert validator(kind, "validation").is_valid(value)


@pytest.mark.parametrize(("kind", "value"), REFUSALS, ids=map(_form_id, REFUSALS))
def test_what_validation_refuses_the_input_schema_refuses(kind: type[Any], value: object) -> None:
    assert not pydantic_accepts(kind, value)
    assert not validator(kind, "validation").is_valid(value)


def _enum_spellings() -> Iterator[tuple[str, str]]:
    definitions = schema(Agenda, "validation")["$defs"]
    for field, name in [
        ("competence", "Competence"),
        ("topics", "Topic"),
        ("authorities", "AuthorityType"),
    ]:
        for spelling in definitions[name]["enum"]:
            yield field, spelling


@pytest.mark.parametrize(("field", "spelling"), list(_enum_spellings()))
def test_every_spelling_the_input_schema_lists_is_read(field: str, spelling: str) -> None:
    value = spelling if field == "competence" else [spelling]
    assert pydantic_accepts(Agenda, {**AGENDA, field: value})


def test_the_output_schema_lists_only_the_values_a_dump_writes() -> None:
    definitions = schema(Agenda, "serialization")["$defs"]
    assert definitions["Competence"]["enum"] == ["self_governing", "delegated"]
    assert not validator(Agenda, "serialization").is_valid(
        {**AGENDA, "competence": "pp", "legal_bases": "§ 10 správního řádu"}
    )


def _properties(node: object) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield from node.get("properties", {}).items()
        for value in node.values():
            yield from _properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from _properties(value)


@pytest.mark.parametrize(("stem", "kind"), KINDS, ids=IDS)
@pytest.mark.parametrize("mode", list(SUFFIX))
def test_every_field_of_every_schema_has_a_description(
    stem: str, kind: type[Any], mode: Mode
) -> None:
    found = schema(kind, mode)
    assert found.get("description"), stem
    missing = [name for name, sub in _properties(found) if not sub.get("description")]
    assert missing == [], f"{stem} {mode}: no description for {missing}"


@pytest.mark.parametrize(("stem", "kind"), KINDS, ids=IDS)
@pytest.mark.parametrize("mode", list(SUFFIX))
def test_the_published_schema_file_is_the_current_schema(
    stem: str, kind: type[Any], mode: Mode
) -> None:
    file = SCHEMA_DIR / f"{stem}.{SUFFIX[mode]}.json"
    assert file.read_text("utf-8") == schema_text(kind, mode), (
        f"{file.name} is stale: run `python -m tests.schema_files`"
    )


def test_every_published_schema_file_belongs_to_a_boundary_type() -> None:
    expected = {f"{stem}.{suffix}.json" for stem in BOUNDARY_TYPES for suffix in SUFFIX.values()}
    assert {file.name for file in SCHEMA_DIR.glob("*.json")} == expected


def test_the_schemas_page_links_every_published_file() -> None:
    page = (SCHEMA_DIR.parent / "schemas.md").read_text("utf-8")
    for file in SCHEMA_DIR.glob("*.json"):
        assert f"(schemas/{file.name})" in page, file.name


# The number fields of a reference as JSON gives them: numbers around the bounds, digits with and
# without leading zeros, too many digits, "last", and what is neither.
_REFERENCE_NUMBERS = st.one_of(
    st.integers(min_value=-3, max_value=1_200),
    st.text("0123456789", max_size=12),
    st.sampled_from(["last", "Last", "poslední", " 1", "1 ", "1.5", "١", "²", "-1", "+1"]),
    st.none(),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(["subsection", "point", "sentence"]), value=_REFERENCE_NUMBERS)
def test_the_schema_of_a_references_number_fields_reads_what_validation_reads(
    field: str, value: object
) -> None:
    item = {"act": "359/1999", "section": "16", "letter": "a", field: value}
    assert validator(LegalReference, "validation").is_valid(item) == pydantic_accepts(
        LegalReference, item
    )
