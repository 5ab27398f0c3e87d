"""The built-in catalogues against their seeds: counts, merges, legal bases, no text lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from krajsoc.agendas import (
    ORG_UNITS,
    Agenda,
    Catalogue,
    RegisterName,
    Topic,
    catalogue,
    planning_duties,
    social_work_catalogue,
)
from krajsoc.errors import UncoveredRegionError, UnknownAgendaError, UnknownCodeError
from krajsoc.territory import Competence

SEEDS = Path(__file__).parent / "data" / "seeds"
LK_SEED = "000_887bdfa13b76f103.txt"
LK = catalogue("LK")
LK_SOCIAL_WORK = LK.filter(section="Oddělení sociální práce")
LK_DUTIES = planning_duties("LK")


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text("utf-8")


def numbered_lines(part: str) -> list[tuple[str, str]]:
    return [(m[1], m[2].strip()) for m in re.finditer(r"^ ?(\d+)\. +(.*)$", part, re.M)]


def test_the_built_in_catalogue_counts_13_self_governing_and_65_delegated_agendas() -> None:
    assert len(catalogue("LK").filter(competence=Competence.SELF_GOVERNING)) == 13
    assert len(catalogue("LK").filter(competence=Competence.DELEGATED)) == 65
    assert len(catalogue("LK")) == 78


def test_the_liberec_catalogue_is_the_social_work_section_of_seed_000() -> None:
    assert {item.section for item in LK} == {"Oddělení sociální práce"}
    assert {item.source.seed for item in LK} == {LK_SEED}


def test_the_section_95_duties_are_a_catalogue_of_eight_self_governing_agendas() -> None:
    assert len(LK_DUTIES) == len(LK_DUTIES.filter(competence=Competence.SELF_GOVERNING)) == 8
    assert [item.source.items[0] for item in LK_DUTIES] == list("abcdefgh")
    assert {item.context_act for item in LK_DUTIES} == {"108/2006"}
    assert planning_duties("Liberecký kraj") is planning_duties("CZ-51") is LK_DUTIES
    assert not {item.id for item in LK_DUTIES} & {item.id for item in LK}


def test_a_region_without_built_in_section_95_duties_is_a_lookup_error() -> None:
    with pytest.raises(UncoveredRegionError, match=r"covered regions: LK$") as caught:
        planning_duties("KVK")
    assert isinstance(caught.value, LookupError)


def test_the_liberec_social_work_section_has_13_self_governing_items() -> None:
    assert len(LK_SOCIAL_WORK.filter(competence=Competence.SELF_GOVERNING)) == 13


def test_the_68_delegated_lines_make_65_agendas_after_three_merges() -> None:
    delegated = LK_SOCIAL_WORK.filter(competence=Competence.DELEGATED)
    assert len(delegated) == 65
    merged = [item.source.items for item in delegated if len(item.source.items) > 1]
    assert merged == [("11", "12"), ("15", "16"), ("20", "21")]


def test_items_43_and_44_stay_apart() -> None:
    items = {item.source.items for item in LK_SOCIAL_WORK}
    assert ("43",) in items and ("44",) in items


def test_merged_items_read_as_one_sentence() -> None:
    item = LK.get("CZ051/oddeleni-socialni-prace/pp/20+21")
    assert item.text.endswith("a poskytuje součinnost státním orgánům")


@pytest.mark.parametrize(
    ("region_code", "count"),
    [("LK", 78), ("CZ051", 78), ("CZ-51", 78), ("liberecky kraj", 78), ("KVK", 11)],
)
def test_catalogue_is_found_by_any_region_code_form(region_code: str, count: int) -> None:
    assert len(catalogue(region_code)) == count


def test_a_region_without_a_catalogue_is_a_lookup_error_naming_the_covered() -> None:
    with pytest.raises(UncoveredRegionError, match="LK, KVK"):
        catalogue("Zlínský kraj")


@pytest.mark.parametrize(("authority", "count"), [("kraj", 24), ("ORP", 23), ("pou", 23)])
def test_the_methodology_catalogues_per_authority_type(authority: str, count: int) -> None:
    assert len(social_work_catalogue(authority)) == count


def test_type_i_municipal_offices_have_no_social_work_catalogue() -> None:
    with pytest.raises(UnknownCodeError):
        social_work_catalogue("obecní úřad")


def test_the_regional_activities_follow_czech_alphabetical_order() -> None:
    letters = [item.source.items[0] for item in social_work_catalogue("kraj")][:17]
    assert letters == [*list("abcdefgh"), "ch", *list("ijklmnop")]


def test_no_numbered_line_of_seed_000_is_lost_or_doubled() -> None:
    texts = [item.text for item in LK_SOCIAL_WORK]
    lines = numbered_lines(seed_text(LK_SEED))
    assert len(lines) == 13 + 68
    for number, line in lines:
        holders = [text for text in texts if line in text]
        assert len(holders) == 1, (number, line)


def test_every_agenda_of_seed_000_comes_from_its_numbered_lines() -> None:
    sg_part, dl_part = seed_text(LK_SEED).split("Přenesená působnost")
    lines = {
        Competence.SELF_GOVERNING: dict(numbered_lines(sg_part)),
        Competence.DELEGATED: dict(numbered_lines(dl_part)),
    }
    for item in LK_SOCIAL_WORK:
        parts = [lines[item.competence][number] for number in item.source.items]
        assert item.text == " ".join(parts)


@pytest.mark.parametrize(
    ("seed", "agendas"),
    [
        (
            "001_fa5929c3c7be63ba.txt",
            [*social_work_catalogue("kraj"), *social_work_catalogue("orp")],
        ),
        ("003_413385bf0319aba2.txt", list(LK_DUTIES)),
        ("004_568da37a0bb8a2b6.txt", list(catalogue("KVK"))),
    ],
    ids=["001", "003", "004"],
)
def test_every_agenda_text_is_verbatim_from_its_seed(seed: str, agendas: list[Agenda]) -> None:
    text = seed_text(seed)
    for item in agendas:
        assert item.source.seed == seed, item.id
        assert item.text in text, item.id


def test_each_recurrence_phrase_is_in_its_agenda_text() -> None:
    every = [*LK, *catalogue("KVK"), *social_work_catalogue("kraj")]
    with_recurrence = [item for item in every if item.recurrences]
    assert {item.id for item in with_recurrence} == {
        "CZ051/oddeleni-socialni-prace/sp/5",
        "CZ051/oddeleni-socialni-prace/pp/15+16",
        "CZ051/oddeleni-socialni-prace/pp/60",
        "CZ041/oddeleni-socialne-pravni-ochrany-deti/sp/7a-4",
        "CZ041/oddeleni-socialne-pravni-ochrany-deti/pp/7b-1",
        "CZ/regional/pp/7",
    }


def test_ids_are_stable_strings_and_unique() -> None:
    assert LK.agendas[0].id == "CZ051/oddeleni-socialni-prace/sp/1"
    assert len({item.id for item in LK}) == len(LK)
    assert catalogue("LK") is LK


def test_get_finds_an_agenda_by_id_and_rejects_an_unknown_one() -> None:
    assert LK.get("CZ051/oddeleni-socialni-prace/pp/52").source.items == ("52",)
    with pytest.raises(UnknownAgendaError) as caught:
        LK.get("CZ051/oddeleni-socialni-prace/pp/99")
    assert isinstance(caught.value, LookupError)
    assert caught.value.code == "unknown-agenda"


def test_registers_kept_by_the_liberec_section() -> None:
    keeping = {
        register: [item.source.items[0] for item in LK if register in item.registers]
        for register in RegisterName
    }
    assert keeping[RegisterName.TEMPORARY_FOSTER_CARE] == ["49"]
    assert keeping[RegisterName.SUBSTITUTE_FAMILY_CARE_APPLICANTS] == ["40", "41", "42"]
    assert keeping[RegisterName.CHILD_PROTECTION_AUTHORISATIONS] == ["39"]


def test_every_built_in_section_has_agendas() -> None:
    every = [*LK, *catalogue("KVK"), *LK_DUTIES]
    for section in ORG_UNITS:
        assert any(item.section == section.name for item in every), section.name


def test_filters_combine_and_read_czech() -> None:
    nrp = LK.filter(competence="přenesená působnost", topic="NRP")
    assert len(nrp) == len(LK.filter(topic=Topic.SUBSTITUTE_FAMILY_CARE)) == 16


def test_a_catalogue_is_immutable_and_sized() -> None:
    assert isinstance(LK, Catalogue)
    with pytest.raises(AttributeError):
        LK.agendas = ()  # type: ignore[misc]
    assert len(list(LK)) == len(LK)
    assert LK.agendas[0] in LK


def test_no_methodology_agenda_holds_the_text_of_another() -> None:
    agendas = [*social_work_catalogue("kraj"), *social_work_catalogue("orp")]
    for item in agendas:
        others = [other.id for other in agendas if other is not item and item.text in other.text]
        assert others == [], item.id


def test_the_methodology_catalogue_stops_before_the_prose() -> None:
    last = social_work_catalogue("kraj").get("CZ/regional/pp/p")
    assert last.text.endswith("potřebami uživatelů sociálních služeb.")
