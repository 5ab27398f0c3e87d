"""LegalReference and LegalBases as pydantic fields."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from krajsoc.law import LegalBases, LegalReference, act


class Agenda(BaseModel):
    basis: LegalReference
    bases: LegalBases = ()


def test_a_reference_field_accepts_citation_text_and_serialises_canonically() -> None:
    agenda = Agenda(basis="§ 93 písm. c) zákona o sociálních službách")
    assert agenda.basis == LegalReference(act("108/2006"), section="93", letter="c")
    assert agenda.model_dump(mode="json")["basis"] == "§ 93 písm. c) zákona č. 108/2006 Sb."


def test_a_reference_field_accepts_a_structured_dict() -> None:
    agenda = Agenda(basis={"act": "500/2004", "section": "40", "subsection": 1, "letter": "c"})
    assert str(agenda.basis) == "§ 40 odst. 1 písm. c) zákona č. 500/2004 Sb."
    assert Agenda(basis={"act": "správní řád"}).basis.is_whole_act


def test_a_tuple_field_accepts_one_phrase_or_a_list_and_round_trips() -> None:
    agenda = Agenda(basis="§ 37 ZSS", bases="§ 10 a § 118 zákona č. 582/1991 Sb.")
    assert len(agenda.bases) == 2
    dumped = agenda.model_dump(mode="json")
    assert dumped["bases"] == ["§ 10 zákona č. 582/1991 Sb.", "§ 118 zákona č. 582/1991 Sb."]
    assert Agenda.model_validate(dumped) == agenda


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("§", "citation"),
        ("§ 10 a § 11 ZSS", "invalid-input"),
        ({"act": "108/2006", "colour": "red"}, "invalid-input"),
        ({"act": "zákon o všem"}, "unknown-code"),
        (42, "invalid-type"),
    ],
)
def test_bad_references_become_pydantic_errors_with_the_domain_code(
    value: object, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Agenda(basis=value)
    assert caught.value.errors()[0]["type"] == code


def test_a_bad_phrase_in_a_tuple_field_is_a_citation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        Agenda(basis="§ 37 ZSS", bases="§ 93 odst. x")
    assert caught.value.errors()[0]["type"] == "citation"


def test_the_json_schema_is_a_string_with_a_description_and_an_example() -> None:
    schema = Agenda.model_json_schema(mode="serialization")["properties"]["basis"]
    assert schema["type"] == "string" and schema["description"] and schema["examples"]


def test_the_input_json_schema_also_reads_a_reference_as_an_object() -> None:
    schema = Agenda.model_json_schema(mode="validation")["properties"]["basis"]
    assert [form["type"] for form in schema["anyOf"]] == ["string", "object"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"act": "108/2006", "section": "93", "subsection": "1"}, "§ 93 odst. 1 zákona"),
        ({"act": "108/2006", "section": 93}, "§ 93 zákona"),
        ({"act": "108/2006", "section": "5", "letter": "ch", "point": "2"}, "§ 5 písm. ch) bod 2"),
        ({"act": "359/1999", "section": 42, "section_end": "42n"}, "§ 42 až 42n zákona"),
    ],
)
def test_a_structured_dict_accepts_digit_text_for_numbers_and_ints_for_sections(
    value: dict[str, object], expected: str
) -> None:
    assert str(Agenda(basis=value).basis).startswith(expected)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"act": "108/2006", "section": "93", "subsection": "x"}, "field 'subsection'"),
        ({"act": "108/2006", "section": "93", "subsection": 1.5}, "field 'subsection'"),
        ({"act": "108/2006", "section": "93", "point": True}, "field 'point'"),
        ({"section": [93]}, "field 'section'"),
        ({"act": "108/2006", "section": "93", "letter": 3}, "field 'letter'"),
        ({"act": 108, "section": "93"}, "field 'act'"),
        ({"section": -1}, "field 'section'"),
        ({"act": "108/2006", "section": "93", "subsection": 1000}, "from 1 to 999"),
    ],
)
def test_a_structured_dict_with_a_wrong_type_names_the_field_and_what_is_allowed(
    value: dict[str, object], words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Agenda(basis=value)
    error = caught.value.errors()[0]
    assert error["type"] == "invalid-input"
    assert words in error["msg"] and "expected" in error["msg"]
    assert "not supported between" not in error["msg"]
