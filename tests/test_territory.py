from __future__ import annotations

import pickle

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from krajsoc.errors import UncoveredRegionError, UnknownCodeError, UnknownRegionError
from krajsoc.territory import (
    MUNICIPALITIES,
    REGIONS,
    AuthorityType,
    Competence,
    Region,
    municipalities,
    region,
)

# (CZ-NUTS, ISO 3166-2, abbreviation, name, seat) from Sources § 6, typed by hand.
DOMAIN_TABLE = [
    ("CZ010", "CZ-10", "HMP", "Hlavní město Praha", "Praha"),
    ("CZ020", "CZ-20", "SČK", "Středočeský kraj", "Praha"),
    ("CZ031", "CZ-31", "JČK", "Jihočeský kraj", "České Budějovice"),
    ("CZ032", "CZ-32", "PK", "Plzeňský kraj", "Plzeň"),
    ("CZ041", "CZ-41", "KVK", "Karlovarský kraj", "Karlovy Vary"),
    ("CZ042", "CZ-42", "ÚK", "Ústecký kraj", "Ústí nad Labem"),
    ("CZ051", "CZ-51", "LK", "Liberecký kraj", "Liberec"),
    ("CZ052", "CZ-52", "KHK", "Královéhradecký kraj", "Hradec Králové"),
    ("CZ053", "CZ-53", "PAK", "Pardubický kraj", "Pardubice"),
    ("CZ063", "CZ-63", "VYS", "Kraj Vysočina", "Jihlava"),
    ("CZ064", "CZ-64", "JMK", "Jihomoravský kraj", "Brno"),
    ("CZ071", "CZ-71", "OLK", "Olomoucký kraj", "Olomouc"),
    ("CZ072", "CZ-72", "ZLK", "Zlínský kraj", "Zlín"),
    ("CZ080", "CZ-80", "MSK", "Moravskoslezský kraj", "Ostrava"),
]


def test_there_are_fourteen_regions_matching_the_domain_table() -> None:
    assert len(REGIONS) == 14
    assert [(r.nuts_code, r.iso_code, r.abbreviation, r.name, r.seat) for r in REGIONS] == (
        DOMAIN_TABLE
    )


@pytest.mark.parametrize(("nuts", "iso", "abbreviation", "name", "seat"), DOMAIN_TABLE)
def test_every_code_form_resolves_to_the_same_object(
    nuts: str, iso: str, abbreviation: str, name: str, seat: str
) -> None:
    expected = region(nuts)
    forms = [
        nuts,
        iso,
        abbreviation,
        name,
        nuts.lower(),
        iso.replace("-", ""),
        name.upper(),
        f"  {name}  ",
        abbreviation.lower(),
    ]
    for form in forms:
        assert region(form) is expected, form
    assert region(expected) is expected
    assert expected.seat == seat


def test_lookup_ignores_diacritics_and_accepts_the_genitive() -> None:
    assert region("sck") is region("SČK")
    assert region("UK") is region("Ústecký kraj")
    assert region("ustecky kraj") is region("CZ042")
    assert region("Libereckého kraje") is region("LK")
    assert region("Vysočina") is region("CZ063")
    assert region("Praha") is region("HMP")


def test_unknown_region_is_a_lookup_error_naming_the_valid_codes() -> None:
    with pytest.raises(UnknownRegionError) as caught:
        region("XX")
    assert isinstance(caught.value, LookupError)
    message = str(caught.value)
    assert message.startswith("unknown region 'XX'")
    for item in REGIONS:
        assert f"{item.nuts_code} {item.iso_code} {item.abbreviation}" in message


def test_non_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="not int"):
        region(51)  # type: ignore[arg-type]


def test_regions_order_by_nuts_code_and_hash_by_value() -> None:
    assert sorted(REGIONS, reverse=True)[0] is region("MSK")
    assert {region("LK"), region("CZ051")} == {region("LK")}
    assert pickle.loads(pickle.dumps(region("LK"))) == region("LK")
    assert repr(region("LK")) == "Region('CZ051', 'Liberecký kraj')"


def test_regional_authority_names() -> None:
    assert region("LK").authority == "Krajský úřad Libereckého kraje"
    assert region("KVK").authority == "Krajský úřad Karlovarského kraje"
    assert region("HMP").authority == "Magistrát hlavního města Prahy"
    assert [r.abbreviation for r in REGIONS if r.verified] == ["KVK", "LK"]


@pytest.mark.parametrize(
    ("code", "kind", "count"),
    [
        ("LK", "orp", 10),
        ("LK", "pou", 21),
        ("KVK", "orp", 7),
        ("KVK", "pou", 15),
        ("KVK", "ujezd", 1),
        ("LK", "ujezd", 0),
    ],
)
def test_counts_of_orp_and_pou_match_the_law(code: str, kind: str, count: int) -> None:
    assert len(municipalities(code, kind)) == count


def test_every_orp_is_also_a_pou_and_heads_its_district() -> None:
    for code in ("LK", "KVK"):
        orp = municipalities(code, AuthorityType.MUNICIPAL_TYPE_III)
        pou = municipalities(code, AuthorityType.MUNICIPAL_TYPE_II)
        assert set(orp) <= set(pou)
        for item in orp:
            assert item.is_orp and item.is_pou and item.district == item.name
            assert item.orp_code is not None and item.orp_code[:2] == item.region_code[3:5]
        assert {item.district for item in pou} == {item.name for item in orp}


def test_liberec_district_holds_six_pou() -> None:
    names = [m.name for m in municipalities("LK", "pou") if m.district == "Liberec"]
    assert names == [
        "Liberec",
        "Český Dub",
        "Hodkovice nad Mohelkou",
        "Hrádek nad Nisou",
        "Chrastava",
        "Jablonné v Podještědí",
    ]


def test_orp_codes_follow_the_czso_code_list() -> None:
    codes = {m.name: m.orp_code for m in municipalities("LK", "orp")}
    assert codes["Česká Lípa"] == "5101"
    assert codes["Železný Brod"] == "5110"
    assert {m.name: m.orp_code for m in municipalities("KVK", "orp")}["Sokolov"] == "4107"


def test_pou_that_are_not_orp_have_no_invented_code() -> None:
    for item in MUNICIPALITIES:
        if not item.is_orp:
            assert item.orp_code is None


def test_a_region_without_built_in_municipalities_says_which_are_covered() -> None:
    with pytest.raises(UncoveredRegionError) as caught:
        municipalities("PK")
    assert isinstance(caught.value, LookupError)
    assert str(caught.value) == (
        "no built-in municipality data for Plzeňský kraj; expected one of the covered regions: "
        "LK, KVK"
    )


def test_an_unknown_authority_type_lists_the_accepted_ones() -> None:
    with pytest.raises(UnknownCodeError, match=r"unknown authority type 'IV'.*orp"):
        municipalities("LK", "IV")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("orp", AuthorityType.MUNICIPAL_TYPE_III),
        ("III", AuthorityType.MUNICIPAL_TYPE_III),
        ("POU", AuthorityType.MUNICIPAL_TYPE_II),
        ("obecní úřad", AuthorityType.MUNICIPAL_TYPE_I),
        ("újezdní úřad", AuthorityType.MILITARY_DISTRICT),
        ("krajský úřad", AuthorityType.REGIONAL),
    ],
)
def test_authority_types_parse_from_czech(text: str, expected: AuthorityType) -> None:
    assert AuthorityType.parse(text) is expected


def test_authority_types_have_czech_labels() -> None:
    assert [a.label for a in AuthorityType] == [
        "obecní úřad I. typu",
        "obecní úřad II. typu (pověřený obecní úřad)",
        "obecní úřad III. typu (obec s rozšířenou působností)",
        "újezdní úřad",
        "krajský úřad",
    ]


def test_competences_have_czech_labels_and_parse_without_diacritics() -> None:
    assert Competence.SELF_GOVERNING.label == "samostatná působnost"
    assert Competence.DELEGATED.label == "přenesená působnost"
    assert Competence.parse("Samostatná působnost") is Competence.SELF_GOVERNING
    assert Competence.parse("prenesena") is Competence.DELEGATED
    with pytest.raises(UnknownCodeError):
        Competence.parse("mixed")


class _Office(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    region: Region


def test_region_as_a_pydantic_field_reads_any_form_and_writes_the_nuts_code() -> None:
    office = _Office.model_validate({"region": "Liberecký kraj"})
    assert office.region is region("LK")
    assert office.model_dump(mode="json") == {"region": "CZ051"}
    assert _Office.model_validate_json('{"region": "CZ-41"}').region is region("KVK")


def test_region_field_error_keeps_the_domain_code() -> None:
    with pytest.raises(ValidationError) as caught:
        _Office.model_validate({"region": "XX"})
    (error,) = caught.value.errors()
    assert error["type"] == "unknown-region"
    assert error["loc"] == ("region",)
    assert "unknown region 'XX'" in error["msg"]


def test_region_json_schema_is_a_described_string() -> None:
    schema = _Office.model_json_schema(mode="serialization")["properties"]["region"]
    assert schema["type"] == "string"
    assert "CZ-NUTS" in schema["description"]
    assert "CZ051" in schema["examples"]


@pytest.mark.parametrize("kind", ["ou", "I", "kraj", "krajský úřad"])
def test_asking_for_a_list_that_is_not_held_is_an_error_not_an_empty_list(kind: str) -> None:
    with pytest.raises(UnknownCodeError, match="orp, pou or ujezd"):
        municipalities("LK", kind)


@pytest.mark.parametrize("bad", [None, 3, b"orp"])
def test_parsing_a_non_text_code_is_a_clear_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=r"expected text \(str\)"):
        AuthorityType.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"expected text \(str\)"):
        Competence.parse(bad)  # type: ignore[arg-type]
