"""Register entries: hand-built examples, their checks, schemas and the rpss.json converter."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from krajsoc.registers import (
    ENTRY_KINDS,
    ApplicantEntry,
    AuthorisationEntry,
    AuthorisationScope,
    CapacityUnit,
    ChildEntry,
    ProviderEntry,
    RegisterEntry,
    ServiceForm,
    ServiceKind,
    SubstituteCare,
    TemporaryFosterCarerEntry,
    from_rpss,
    providers_from_rpss,
)

DATA = Path(__file__).parent / "data"
JANA = {"name": "Nováková, Jana; rozená Dvořáková", "birth_number": "736028/5163"}
PETR = {"name": "Novák, Petr", "birth_number": "7001011237", "address": "Husova 5, 460 01 Liberec"}
ENTRIES: list[type[RegisterEntry]] = [
    ApplicantEntry,
    ChildEntry,
    TemporaryFosterCarerEntry,
    AuthorisationEntry,
    ProviderEntry,
]


def applicant(**changes: Any) -> dict[str, Any]:
    row = {
        "id": "Z-2026-1",
        "care": "osvojení i pěstounská péče",
        "applicants": [JANA, PETR],
        "orp": "Jablonec nad Nisou",
        "applied_on": "2026-03-02",
    }
    return {**row, **changes}


def test_every_entry_kind_is_one_of_the_five_registers() -> None:
    assert sorted(model.KIND for model in ENTRIES) == sorted(ENTRY_KINDS)


def test_a_couple_applies_at_an_orp_and_is_known_by_both_birth_numbers() -> None:
    entry = ApplicantEntry.model_validate(applicant())
    assert entry.care is SubstituteCare.BOTH and entry.orp.orp_code == "5103"
    assert entry.identity_keys() == ("736028/5163", "700101/1237")
    assert entry.applicants[0].name.birth_surname == "Dvořáková"
    assert ApplicantEntry.model_validate_json(entry.model_dump_json()) == entry


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"applicants": [JANA, JANA]}, "repeated-person"),
        ({"applicants": []}, "too_short"),
        ({"applicants": [JANA, PETR, JANA]}, "too_long"),
        ({"applied_on": "1970-01-01"}, "invalid-birth-number"),
        ({"orp": "Praha"}, "unknown-orp"),
        ({"care": "svěření do péče"}, "enum"),
        ({"state": "zařazen"}, "extra_forbidden"),
    ],
)
def test_a_bad_application_is_refused(changes: dict[str, Any], kind: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ApplicantEntry.model_validate(applicant(**changes))
    assert kind in {error["type"] for error in caught.value.errors()}


def test_enums_parse_without_diacritics() -> None:
    entry = ApplicantEntry.model_validate(applicant(care="pestounska pece"))
    assert entry.care is SubstituteCare.FOSTER_CARE
    assert ServiceKind("socialne aktivizacni sluzby pro rodiny s detmi").paragraph == "65"
    assert AuthorisationScope("f)") is AuthorisationScope.VIOLENCE_SERVICES


def test_the_service_kinds_are_the_ministrys_34_with_their_paragraphs() -> None:
    paragraphs = [kind.paragraph for kind in ServiceKind]
    assert len(ServiceKind) == 34 and paragraphs.count(None) == 1
    assert ServiceKind("§ 37") is ServiceKind.SOCIAL_COUNSELLING
    assert ServiceKind.HOMES_FOR_THE_ELDERLY.paragraph == "49"
    assert ServiceKind.HOMES_FOR_THE_ELDERLY.certainty.value == "verified"
    assert ServiceKind.INTERVENTION_CENTRES.paragraph == "60a"


def test_an_authorisation_names_exactly_one_holder_with_the_data_of_section_49() -> None:
    base = {"id": "P-1", "scope": ["a"], "region": "LK", "applied_on": date(2026, 1, 5)}
    natural = AuthorisationEntry.model_validate({**base, "natural_person": PETR})
    assert natural.identity_keys() == ("700101/1237",)
    with pytest.raises(ValidationError, match="exactly one"):
        AuthorisationEntry.model_validate(base)
    with pytest.raises(ValidationError, match="place of residence"):
        AuthorisationEntry.model_validate({**base, "natural_person": JANA})
    legal = {"name": "Domov Lípa", "ico": "25596641"}
    with pytest.raises(ValidationError, match="seat"):
        AuthorisationEntry.model_validate({**base, "legal_person": legal})


def test_a_temporary_foster_carer_entry_holds_the_contents_of_section_27a() -> None:
    entry = TemporaryFosterCarerEntry.model_validate(
        {
            "id": "PPPD-1",
            "carers": [JANA],
            "documents": ["lékařská zpráva"],
            "consents_to_checks": True,
            "orp": "Cheb",
            "basis": "rozhodnuti",
            "basis_reference": "KÚ 12/2026",
            "max_children": 1,
            "child_profile": {"min_age": 0, "max_age": 3},
        }
    )
    assert entry.orp.region_code == "CZ041" and entry.child_profile.max_age == 3
    fields = set(TemporaryFosterCarerEntry.model_fields)
    assert {"carers", "documents", "consents_to_checks", "orp", "basis", "max_children"} <= fields


def test_a_child_born_after_the_file_arrived_is_refused() -> None:
    row = {"id": "D-1", "child": JANA, "suitable_for": "osvojeni", "orp": "Turnov"}
    with pytest.raises(ValidationError, match="after 1970-01-01"):
        ChildEntry.model_validate({**row, "file_received_on": "1970-01-01"})


def test_the_rpss_item_becomes_a_provider_with_its_service() -> None:
    item = json.loads((DATA / "rpss_item.json").read_text("utf-8"))
    entry = from_rpss(item)
    service = entry.services[0]
    assert entry.id == "25596641" and entry.provider.name == "Rodina v centru, z. s."
    assert [member.surname for member in entry.provider.statutory_body] == ["Dvořák", "Marková"]
    assert service.id == "7654321" and service.kind is ServiceKind.SOCIAL_COUNSELLING
    assert [form.form for form in service.forms] == [ServiceForm.OUTPATIENT, ServiceForm.FIELD]
    assert [(c.count, c.unit) for c in service.forms[0].capacities] == [
        (4, CapacityUnit.CLIENTS),
        (30, CapacityUnit.CONTACTS),
    ]
    assert service.target_groups == ("rodiny s dětmi", "osoby v krizi")
    assert service.facilities[0].address == "Nádražní 12, 460 01, Liberec"
    assert service.provided_from == date(2007, 1, 1) and service.provided_until is None


def test_items_of_one_provider_merge_and_a_repeated_service_is_refused() -> None:
    item = json.loads((DATA / "rpss_item.json").read_text("utf-8"))
    (entry,) = providers_from_rpss([item, {**item, "identifikator": "7654322"}])
    assert [service.id for service in entry.services] == ["7654321", "7654322"]
    with pytest.raises(ValidationError, match="same id"):
        providers_from_rpss([item, item])
    with pytest.raises(TypeError):
        from_rpss([item])  # type: ignore[arg-type]


def test_a_bad_rpss_item_names_this_librarys_fields() -> None:
    item = json.loads((DATA / "rpss_item.json").read_text("utf-8"))
    item["poskytovatel"]["ico"] = "25596642"
    item["formy"][0]["forma"] = "dálková"
    with pytest.raises(ValidationError) as caught:
        from_rpss(item)
    # Only the real problems: not also the tuple of services "too short" once its item failed.
    assert {error["loc"] for error in caught.value.errors()} == {
        ("provider", "ico"),
        ("services", 0, "forms", 0, "form"),
    }


@pytest.mark.parametrize("model", ENTRIES, ids=lambda model: model.__name__)
def test_every_field_cites_its_legal_basis(model: type[BaseModel]) -> None:
    for name, info in model.model_fields.items():
        if name == "id":
            continue
        assert info.description and "§" in info.description, f"{model.__name__}.{name}"


@pytest.mark.parametrize("model", ENTRIES, ids=lambda model: model.__name__)
def test_the_json_schema_marks_personal_data(model: type[BaseModel]) -> None:
    text = json.dumps(model.model_json_schema())
    assert '"x-personal-data": true' in text
    assert '"additionalProperties": false' in text
