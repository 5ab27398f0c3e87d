"""Each seed item's legal bases, the corrections where the seed disagrees with the law, citing."""

from __future__ import annotations

import attrs
import pytest

from krajsoc.agendas import Agenda, catalogue, planning_duties, social_work_catalogue
from krajsoc.law import LegalReference, act

LK = catalogue("LK")
LK_DUTIES = planning_duties("LK")
SPOD = act("359/1999")


def lk_item(number: str) -> Agenda:
    return next(
        item
        for item in LK
        if item.source.items[0] == number
        and item.section == "Oddělení sociální práce"
        and item.competence == "delegated"
    )


# Seed 000, přenesená působnost: every item that cites a basis, as the text cites it.
SEED_000_BASES = {
    "1": ["§ 10 zákona č. 582/1991 Sb.", "§ 118 zákona č. 582/1991 Sb."],
    "2": ["§ 93 písm. c) zákona č. 108/2006 Sb."],
    "3": [
        "§ 67 zákona č. 128/2000 Sb.",
        "§ 7 zákona č. 111/2006 Sb.",
        "§ 64 zákona č. 111/2006 Sb.",
    ],
    "6": ["§ 37 zákona č. 108/2006 Sb."],
    "8": ["§ 93 odst. 1 zákona č. 108/2006 Sb."],
    "9": ["§ 93a odst. 2 zákona č. 108/2006 Sb."],
    "14": ["zákon č. 500/2004 Sb."],
    "23": ["§ 67 odst. 1 písm. f) zákona č. 129/2000 Sb."],
    "36": ["zákon č. 359/1999 Sb."],
    "37": ["§ 39 zákona č. 359/1999 Sb."],
    "38": [
        "§ 42h zákona č. 359/1999 Sb.",
        "§ 42l zákona č. 359/1999 Sb.",
        "§ 42n zákona č. 359/1999 Sb.",
    ],
    "39": [
        "§ 49 zákona č. 359/1999 Sb.",
        "§ 49a zákona č. 359/1999 Sb.",
        "§ 50 zákona č. 359/1999 Sb.",
    ],
    "41": ["§ 24c zákona č. 359/1999 Sb."],
    "44": [f"§ {s} zákona č. 359/1999 Sb." for s in ("24", "24a", "24b", "24d", "25")],
    "47": ["§ 11 odst. 2 zákona č. 359/1999 Sb."],
    "48": ["§ 45 zákona č. 94/1963 Sb."],
    "52": ["§ 38a zákona č. 359/1999 Sb."],
    "55": ["§ 59 zákona č. 359/1999 Sb."],
    "57": ["§ 28 zákona č. 334/2002 Sb."],
    "58": ["§ 59 zákona č. 359/1999 Sb."],
    "59": ["zákon č. 359/1999 Sb."],
}


@pytest.mark.parametrize(("number", "expected"), sorted(SEED_000_BASES.items()))
def test_each_seed_000_item_has_the_legal_bases_its_text_cites(
    number: str, expected: list[str]
) -> None:
    assert [str(ref) for ref in lk_item(number).legal_bases] == expected


def test_items_without_a_citation_have_no_legal_basis() -> None:
    social_work = LK.filter(section="Oddělení sociální práce")
    citing = {item.source.items[0] for item in social_work if item.legal_bases}
    assert citing == set(SEED_000_BASES)


@pytest.mark.parametrize("letter", list("abcdefgh"))
def test_each_section_95_duty_cites_its_letter(letter: str) -> None:
    item = LK_DUTIES.get(f"CZ051/planovani-socialnich-sluzeb/sp/{letter}")
    assert str(item.legal_bases[0]) == f"§ 95 písm. {letter}) zákona č. 108/2006 Sb."


def test_bare_sections_of_seed_003_belong_to_the_social_services_act() -> None:
    item = LK_DUTIES.get("CZ051/planovani-socialnich-sluzeb/sp/d")
    assert [ref.short for ref in item.legal_bases[1:]] == [
        "§ 94 písm. e) zákona o sociálních službách",
        "§ 85 odst. 5 zákona o sociálních službách",
    ]


# Every correction of a seed's legal basis, with its row in Sources.
CORRECTIONS = [
    ("000", "3", "C3", "doubtful", ["§ 67 zákona č. 129/2000 Sb."]),
    ("000", "6", "C8", "verified", ["§ 37 odst. 2 zákona č. 108/2006 Sb."]),
    ("000", "8", "C4", "believed", ["§ 93 zákona č. 108/2006 Sb."]),
    ("000", "23", "C9", "verified", []),
    (
        "000",
        "41",
        "C2",
        "verified",
        ["§ 22 zákona č. 359/1999 Sb.", "§ 24c zákona č. 359/1999 Sb."],
    ),
    ("000", "44", "C1", "verified", []),
    ("000", "47", "C1", "verified", []),
    ("000", "48", "C7", "believed", ["§ 953 zákona č. 89/2012 Sb."]),
    ("000", "52", "C6", "doubtful", []),
    ("000", "57", "C5", "doubtful", ["§ 59 zákona č. 359/1999 Sb.", "zákon č. 250/2016 Sb."]),
    ("001", "20", "§ 1: 110/2019 Sb.", "believed", ["zákon č. 110/2019 Sb."]),
]


def every_built_in_agenda() -> list[Agenda]:
    return [*LK, *catalogue("KVK"), *social_work_catalogue("kraj"), *social_work_catalogue("orp")]


def test_the_list_of_corrections_is_complete() -> None:
    found = [
        (
            item.source.seed[:3],
            item.source.items[0],
            c.domain_row,
            c.certainty.value,
            [str(r) for r in c.corrected],
        )
        for item in every_built_in_agenda()
        for c in item.corrections
    ]
    assert found == CORRECTIONS


def test_every_domain_row_c1_to_c9_is_applied() -> None:
    rows = {row for _, _, row, _, _ in CORRECTIONS}
    assert {f"C{n}" for n in range(1, 10)} <= rows


@pytest.mark.parametrize(("seed", "number", "row", "sure", "corrected"), CORRECTIONS)
def test_a_correction_keeps_the_seed_text_and_its_cited_words(
    seed: str, number: str, row: str, sure: str, corrected: list[str]
) -> None:
    item = next(
        item
        for item in every_built_in_agenda()
        if item.source.seed.startswith(seed) and item.source.items[0] == number and item.corrections
    )
    correction = item.corrections[0]
    assert correction.cited.strip("()") in item.text
    assert set(correction.replaces) <= set(item.legal_bases)
    bases = [str(ref) for ref in item.bases]
    assert all(ref in bases for ref in corrected)
    assert not any(
        str(ref) in bases for ref in correction.replaces if ref not in correction.corrected
    )


def test_the_repealed_family_act_is_replaced_by_the_civil_code_in_the_bases() -> None:
    item = lk_item("48")
    assert [str(ref) for ref in item.legal_bases] == ["§ 45 zákona č. 94/1963 Sb."]
    assert [str(ref) for ref in item.bases] == ["§ 953 zákona č. 89/2012 Sb."]
    assert "zákona o rodině č. 94/1963 Sb." in item.text


def test_citing_section_38a_finds_the_advisory_board() -> None:
    found = LK.citing(LegalReference(SPOD, section="38a"))
    assert [item.source.items for item in found] == [("52",)]
    assert "poradní sbor" in found.agendas[0].text


def test_citing_section_37_finds_the_counselling_item_at_any_subsection() -> None:
    found = LK.citing(LegalReference(act("108/2006"), section="37"))
    assert [item.source.items for item in found] == [("6",)]
    narrower = LK.citing(LegalReference(act("108/2006"), section="37", subsection=2))
    assert [item.source.items for item in narrower] == [("6",)]
    assert len(LK.citing(LegalReference(act("108/2006"), section="37", subsection=1))) == 0


def test_citing_the_child_protection_act_finds_every_item_that_cites_it() -> None:
    found = [item.source.items[0] for item in LK.citing(SPOD)]
    assert found == ["36", "37", "38", "39", "41", "44", "47", "52", "55", "57", "58", "59"]
    assert [item.source.items[0] for item in LK.citing("359/1999")] == found


def test_citing_a_section_matches_its_letters() -> None:
    found = LK.citing(LegalReference(act("108/2006"), section="93"))
    assert [item.source.items[0] for item in found] == ["2", "8"]


def test_citing_accepts_a_citation_as_text() -> None:
    found = LK.citing("§ 38a zákona o sociálně-právní ochraně dětí")
    assert [item.source.items for item in found] == [("52",)]


def test_the_legal_bases_are_extracted_from_the_text() -> None:
    from krajsoc.law import extract_citations

    for item in LK.filter(section="Oddělení sociální práce"):
        extracted = [ref for match in extract_citations(item.text) for ref in match.references]
        assert list(item.text_bases) == list(dict.fromkeys(extracted)), item.id
        assert [
            attrs.evolve(ref, act=None) if ref in item.from_context else ref
            for ref in item.legal_bases
        ] == list(item.text_bases), item.id


@pytest.mark.parametrize(
    ("citation", "items"),
    [
        ("§ 24c zákona č. 359/1999 Sb.", [("41",)]),
        ("§ 11 zákona č. 359/1999 Sb.", [("47",)]),
        ("§ 11 odst. 2 zákona č. 359/1999 Sb.", [("47",)]),
        ("§ 22 zákona č. 359/1999 Sb.", [("41",)]),
    ],
)
def test_bare_sections_of_the_child_protection_block_are_cited_under_its_act(
    citation: str, items: list[tuple[str, ...]]
) -> None:
    assert [item.source.items for item in LK.citing(citation)] == items


@pytest.mark.parametrize("number", ["41", "47"])
def test_the_act_of_a_bare_section_is_recorded_as_coming_from_context(number: str) -> None:
    item = lk_item(number)
    assert item.context_act == "359/1999"
    assert [ref.act for ref in item.text_bases] == [None]
    assert item.from_context == item.legal_bases


def test_only_the_child_protection_block_reads_bare_sections_against_its_act() -> None:
    with_context = [
        item.source.items[0]
        for item in LK.filter(section="Oddělení sociální práce", competence="delegated")
        if item.context_act
    ]
    assert with_context == [str(n) for n in range(36, 69)]


def test_corrections_stay_in_the_numbering_the_seed_uses() -> None:
    renumbered = {"23", "44"} | {f"23{letter}" for letter in "abcdefghijk"}
    for item in (lk_item("41"), lk_item("47")):
        assert not {ref.section for c in item.corrections for ref in c.corrected} & renumbered
        assert "check_reference" in item.corrections[0].note


def test_legal_bases_are_read_from_citation_text_at_the_boundary() -> None:
    row = {
        "competence": "delegated",
        "text": "rozhoduje o odvolání",
        "legal_bases": "§ 10 a § 118 zákona č. 582/1991 Sb.",
        "source": {"seed": "x.json", "items": ["1"]},
    }
    item = Agenda.model_validate(row)
    assert [str(ref) for ref in item.legal_bases] == [
        "§ 10 zákona č. 582/1991 Sb.",
        "§ 118 zákona č. 582/1991 Sb.",
    ]
    assert Agenda.model_validate_json(item.model_dump_json()) == item


def test_every_reference_the_law_module_flags_is_covered_by_a_correction() -> None:
    from datetime import date

    from krajsoc.law import check_reference

    uncovered = [
        (item.id, str(ref))
        for item in every_built_in_agenda()
        for ref in item.legal_bases
        if check_reference(ref, on=date(2026, 11, 23)) and not item.corrections
    ]
    assert uncovered == []


def test_a_corrected_reference_takes_the_place_of_the_one_it_replaces() -> None:
    assert [str(ref) for ref in lk_item("3").bases] == [
        "§ 67 zákona č. 129/2000 Sb.",
        "§ 7 zákona č. 111/2006 Sb.",
        "§ 64 zákona č. 111/2006 Sb.",
    ]


def own_row(**fields: object) -> dict[str, object]:
    return {
        "competence": "delegated",
        "text": "poskytuje poradenství dle § 37 zákona č. 108/2006 Sb.",
        "source": {"seed": "own.json", "items": ["1"]},
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, ["§ 37 zákona č. 108/2006 Sb."]),
        (
            {"legal_bases": ["§ 37 odst. 2 zákona č. 108/2006 Sb."]},
            ["§ 37 odst. 2 zákona č. 108/2006 Sb."],
        ),
        ({"legal_bases": []}, []),
        ({"text": "vede evidenci (§ 24c)"}, ["§ 24c"]),
        (
            {"text": "vede evidenci (§ 24c)", "context_act": "359/1999"},
            ["§ 24c zákona č. 359/1999 Sb."],
        ),
        (
            {"text": "vede evidenci (§ 24c)", "context_act": "zákon o SPOD"},
            ["§ 24c zákona č. 359/1999 Sb."],
        ),
    ],
)
def test_a_rows_legal_bases_come_from_its_text_unless_the_row_gives_them(
    fields: dict[str, object], expected: list[str]
) -> None:
    item = Agenda.model_validate(own_row(**fields))
    assert [str(ref) for ref in item.legal_bases] == expected


def test_a_catalogue_from_own_rows_is_found_by_citing() -> None:
    from krajsoc.agendas import Catalogue

    own = Catalogue.from_rows([own_row()])
    assert len(own.citing("§ 37 zákona č. 108/2006 Sb.")) == 1
    assert len(own.citing("108/2006")) == 1
    assert Catalogue.from_rows(own.to_rows()) == own


def test_an_unknown_context_act_is_a_row_problem() -> None:
    from krajsoc.agendas import Catalogue
    from krajsoc.errors import BulkValidationError

    with pytest.raises(BulkValidationError) as caught:
        Catalogue.from_rows([own_row(context_act="zákon o všem")])
    assert [(f.where.row, f.where.field) for f in caught.value.report] == [(1, "context_act")]
