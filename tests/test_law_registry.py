"""A region's own acts through a registry it extends (issue 14 item 3), and their loader."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from pydantic import TypeAdapter

from krajsoc.errors import BulkValidationError, CitationError, DuplicateIdError, InvalidInputError
from krajsoc.law import (
    ACTS,
    BUILT_IN_ACTS,
    Act,
    ActKind,
    ActRecord,
    ActRegistry,
    CitationName,
    LegalReference,
    act,
    check_reference,
    extract_citations,
    parse_citation,
)
from krajsoc.loaders import load_acts
from krajsoc.testing import strategies as ks

FIRE = Act(
    3,
    2019,
    kind=ActKind.REGIONAL_REGULATION,
    issuer="Libereckého kraje",
    title="kterým se vydává požární poplachový plán Libereckého kraje",
    in_force_from=date(2019, 7, 1),
)
ORDINANCE = Act(1, 2020, kind=ActKind.REGIONAL_ORDINANCE, issuer="Karlovarského kraje")
RESOLUTION = Act(
    15,
    2026,
    kind=ActKind.ASSEMBLY_RESOLUTION,
    issuer="Libereckého kraje",
    names=(
        CitationName("usnesení zastupitelstva č. 15/2026", "usnesení zastupitelstva č. 15/2026"),
    ),
)
REGION = BUILT_IN_ACTS.with_acts(FIRE, ORDINANCE, RESOLUTION)
EXAMPLE = Path(__file__).parent.parent / "examples" / "data" / "liberec_acts.toml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nařízení Libereckého kraje č. 3/2019", "nařízení Libereckého kraje č. 3/2019"),
        (
            "čl. 4 odst. 2 nařízení Libereckého kraje č. 3/2019",
            "čl. 4 odst. 2 nařízení Libereckého kraje č. 3/2019",
        ),
        (
            "obecně závazná vyhláška Karlovarského kraje č. 1/2020",
            "obecně závazná vyhláška Karlovarského kraje č. 1/2020",
        ),
        (
            "čl. 2 obecně závazné vyhlášky Karlovarského kraje č. 1/2020",
            "čl. 2 obecně závazné vyhlášky Karlovarského kraje č. 1/2020",
        ),
        (
            "usnesení zastupitelstva Libereckého kraje č. 15/2026",
            "usnesení zastupitelstva Libereckého kraje č. 15/2026",
        ),
    ],
)
def test_a_regions_own_act_is_parsed_and_extracted_through_the_extended_registry(
    text: str, expected: str
) -> None:
    assert [str(ref) for ref in parse_citation(text, acts=REGION)] == [expected]
    (found,) = extract_citations(f"Kraj postupuje podle {text}, viz níže.", acts=REGION)
    assert found.text == text and [str(ref) for ref in found.references] == [expected]


def test_the_built_in_registry_reads_none_of_them_and_no_resolution() -> None:
    with pytest.raises(CitationError):
        parse_citation("nařízení Libereckého kraje č. 3/2019")
    text = "usnesení č. 15/2026, nařízení Libereckého kraje č. 3/2019, usnesení zastupitelstva"
    assert list(extract_citations(text)) == []
    assert [m.text for m in extract_citations("usnesení č. 15/2026", acts=REGION)] == []


def test_a_short_name_the_caller_gives_is_read_in_free_text() -> None:
    plan = Act(
        4,
        2021,
        kind=ActKind.REGIONAL_REGULATION,
        issuer="Libereckého kraje",
        names=(
            CitationName(
                "krajský plán vyrovnávání příležitostí", "krajského plánu vyrovnávání příležitostí"
            ),
        ),
    )
    region = REGION.with_acts(plan)
    (found,) = extract_citations("dle čl. 3 krajského plánu vyrovnávání příležitostí.", acts=region)
    assert found.references == (LegalReference(plan, article="3"),)
    assert act("krajský plán vyrovnávání příležitostí", acts=region) is plan


def test_check_reference_reads_and_checks_with_the_registry() -> None:
    (finding,) = check_reference(
        "čl. 2 nařízení Libereckého kraje č. 3/2019", on=date(2019, 1, 1), acts=REGION
    )
    assert finding.code == "reference-not-yet-in-force"
    assert len(check_reference(LegalReference(FIRE, article="2"), on=date(2020, 1, 1))) == 0
    (unknown,) = check_reference(LegalReference(ORDINANCE), on=date(2026, 1, 1), acts=REGION)
    assert unknown.code == "reference-unknown-act"  # no title, so its dates are not checked


def test_a_registry_is_an_immutable_value_extended_by_with_acts_and_or() -> None:
    assert BUILT_IN_ACTS.acts == ACTS and len(BUILT_IN_ACTS) == len(ACTS)
    assert FIRE in REGION and FIRE not in BUILT_IN_ACTS and FIRE.id in REGION
    assert (BUILT_IN_ACTS | [FIRE]).get(FIRE.id) is FIRE
    assert (BUILT_IN_ACTS | REGION).get(ORDINANCE.id) is ORDINANCE
    renamed = Act(108, 2006, title="o sociálních službách", abbreviations=("ZoSS",))
    assert BUILT_IN_ACTS.with_acts(renamed).get("108/2006") is renamed  # replaces the built-in
    with pytest.raises(DuplicateIdError):
        BUILT_IN_ACTS.with_acts(FIRE, FIRE)
    with pytest.raises(TypeError, match="holds Act values"):
        BUILT_IN_ACTS.with_acts("108/2006")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="acts= takes an ActRegistry"):
        parse_citation("§ 5 ZSS", acts=ACTS)  # type: ignore[arg-type]


def test_a_registry_compiles_its_patterns_once() -> None:
    region = BUILT_IN_ACTS.with_acts(FIRE)
    list(extract_citations("nařízení Libereckého kraje č. 3/2019", acts=region))
    compiled = dict(region._cache)
    list(extract_citations("čl. 1 nařízení Libereckého kraje č. 3/2019", acts=region))
    assert all(region._cache[name] is value for name, value in compiled.items())


def test_a_regional_act_needs_its_issuer() -> None:
    with pytest.raises(InvalidInputError, match="needs its issuer"):
        Act(3, 2019, kind=ActKind.REGIONAL_REGULATION)


@settings(deadline=None, max_examples=25)  # each registry compiles its own patterns
@given(ks.act_registries(), ks.regional_acts())
def test_a_regional_citation_round_trips_through_its_registry(
    registry: ActRegistry, item: Act
) -> None:
    region = registry.with_acts(item)
    for ref in (LegalReference(item), LegalReference(item, article="2", subsection=1)):
        assert parse_citation(str(ref), acts=region) == (ref,)
        (found,) = extract_citations(f"Podle {ref} se postupuje.", acts=region)
        assert found.references == (ref,)


def test_load_acts_reads_the_example_toml_and_the_same_rows_as_json(tmp_path: Path) -> None:
    acts = load_acts(EXAMPLE)
    assert [item.id for item in acts] == [
        "nařízení Libereckého kraje č. 3/2019",
        "obecně závazná vyhláška Libereckého kraje č. 1/2020",
        "usnesení zastupitelstva Libereckého kraje č. 15/2026",
    ]
    rows = [
        TypeAdapter(ActRecord).dump_python(ActRecord.model_validate(row), mode="json")
        for row in [_record(item) for item in acts]
    ]
    path = tmp_path / "acts.json"
    path.write_text(json.dumps({"acts": rows}), "utf-8")
    assert [(item.id, item.title, item.names) for item in load_acts(path)] == [
        (item.id, item.title, item.names) for item in acts
    ]


def _record(item: Act) -> dict[str, object]:
    return {
        "kind": item.kind.value,
        "number": item.number,
        "year": item.year,
        "issuer": item.issuer,
        "title": item.title,
        "names": [[name.nominative, name.genitive] for name in item.names],
    }


def test_load_acts_names_every_bad_row_and_field(tmp_path: Path) -> None:
    path = tmp_path / "acts.json"
    rows = [
        {"kind": "regional_regulation", "number": 3, "year": 2019, "issuer": "Libereckého kraje"},
        {"kind": "regional_regulation", "number": 0, "year": 2019, "issuer": "X kraje"},
        {"kind": "regional_ordinance", "number": 1, "year": 2020},
        {"kind": "decree", "number": 1, "year": 2020, "colour": "red"},
        {"kind": "regional_regulation", "number": 4, "year": 2019, "issuer": "L", "names": ["ab"]},
    ]
    path.write_text(json.dumps(rows), "utf-8")
    with pytest.raises(BulkValidationError) as raised:
        load_acts(path)
    where = {(f.where.row, f.where.field) for f in raised.value.report}
    assert (2, "number") in where and (4, "colour") in where
    assert {row for row, _ in where} == {2, 3, 4, 5}


def test_load_acts_refuses_a_repeated_act_and_a_file_of_another_shape(tmp_path: Path) -> None:
    row = {"kind": "regional_regulation", "number": 3, "year": 2019, "issuer": "Libereckého kraje"}
    path = tmp_path / "acts.json"
    path.write_text(json.dumps([row, row]), "utf-8")
    with pytest.raises(DuplicateIdError, match="row 2"):
        load_acts(path)
    path.write_text(json.dumps({"acts": 3}), "utf-8")
    with pytest.raises(InvalidInputError, match="must be a list"):
        load_acts(path)
    with pytest.raises(InvalidInputError, match="file type"):
        load_acts(tmp_path / "acts.csv")
