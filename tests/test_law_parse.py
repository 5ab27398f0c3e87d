"""Parsing one citation phrase: the forms the seeds and Czech practice use, and each rejection."""

from __future__ import annotations

import pytest

from krajsoc.errors import CitationError, InvalidInputError, KrajsocError
from krajsoc.law import LegalReference, act, parse_citation


def ref(act_id: str | None, section: str | None = None, **parts: object) -> LegalReference:
    return LegalReference(act(act_id) if act_id else None, section=section, **parts)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§ 93 odst. 1 zákona č. 108/2006 Sb.", [ref("108/2006", "93", subsection=1)]),
        (
            "§ 93 písm. c) zákona č. 108/2006 Sb., o sociálních službách, ve znění pozdějších "
            "předpisů",
            [ref("108/2006", "93", letter="c")],
        ),
        ("§ 10 a § 118 zákona č. 582/1991 Sb.", [ref("582/1991", "10"), ref("582/1991", "118")]),
        (
            "§ 42h, § 42l, § 42n zákona č. 359/1999 Sb.",
            [ref("359/1999", "42h"), ref("359/1999", "42l"), ref("359/1999", "42n")],
        ),
        (
            "zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 24, § 24a, § 24b, § 24d, § 25",
            [ref("359/1999", s) for s in ("24", "24a", "24b", "24d", "25")],
        ),
        ("§ 24c", [ref(None, "24c")]),
        ("§ 11 odst. 2", [ref(None, "11", subsection=2)]),
        ("§ 45 zákona o rodině č. 94/1963 Sb., v platném znění", [ref("94/1963", "45")]),
        ("§ 38a zákona č. 359/1999 Sb., v platném znění", [ref("359/1999", "38a")]),
        ("§ 67 zákona o obcích", [ref("128/2000", "67")]),
        (
            "§ 7 a § 64 zákona o pomoci v hmotné nouzi",
            [ref("111/2006", "7"), ref("111/2006", "64")],
        ),
        ("§ 95, písm. d)", [ref(None, "95", letter="d")]),
        ("§ 93 zákona o sociálních službách", [ref("108/2006", "93")]),
        ("zákon č. 500/2004 Sb., ve znění pozdějších předpisů", [ref("500/2004")]),
        ("zákon č. 108/2006 Sb., o sociálních službách", [ref("108/2006")]),
        ("108/2006 Sb.", [ref("108/2006")]),
        ("§ 175 odst. 5 správního řádu", [ref("500/2004", "175", subsection=5)]),
        ("§ 95 písm. h) zákona o sociálních službách", [ref("108/2006", "95", letter="h")]),
        ("§ 42g až 42n zákona č. 359/1999 Sb.", [ref("359/1999", "42g", section_end="42n")]),
        (
            "§ 5 písm. ch) bod 2 vyhlášky č. 505/2006 Sb.",
            [ref("505/2006", "5", letter="ch", point=2)],
        ),
        ("§ 40 odst. 1 písm. c) SŘ", [ref("500/2004", "40", subsection=1, letter="c")]),
        ("§ 953 občanského zákoníku", [ref("89/2012", "953")]),
        ("Zákonem o hmotné nouzi", [ref("111/2006")]),
    ],
)
def test_citation_phrases_parse_to_their_references(
    text: str, expected: list[LegalReference]
) -> None:
    assert parse_citation(text) == tuple(expected)


def test_an_act_not_in_the_registry_parses_with_unknown_title() -> None:
    (found,) = parse_citation("§ 3 zákona č. 999/2020 Sb.")
    assert found.act is not None and found.act.id == "999/2020" and not found.act.is_known


def test_a_range_stays_one_reference_never_expanded() -> None:
    (found,) = parse_citation("§ 42g až 42n zákona č. 359/1999 Sb.")
    assert found.is_range and found.section == "42g" and found.section_end == "42n"


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("§", 1, "section number"),
        ("§ ", 2, "section number"),
        ("§ 93 odst. x", 11, "subsection"),
        ("§ 93 odst. 0 zákona č. 108/2006 Sb.", 11, "subsection"),
        ("§ 5 zákona č. 108/06 Sb.", 18, "4 digits"),
        ("§ 5 zákona č. 108/20060 Sb.", 18, "4 digits"),
        ("§ 5 zákona č. 1/1917 Sb.", 16, "out of range"),
        ("§ 5 zákona č. 1/2100 Sb.", 16, "out of range"),
        ("tel. 354 524 227", 0, "must start"),
        ("usnesení č. 15/2026", 0, "must start"),
        ("§ 5 bod x", 8, "point"),
        ("§ 5 zákona č. 0/2000 Sb.", 14, "from 1 to 9999"),
        ("§ 5 č. 5/2000", 13, "Sb."),
        ("§ 93 nonsense", 5, "unexpected"),
        ("§ 99999 zákona č. 108/2006 Sb.", 2, "at most 4 digits"),
        ("§ 93 odst. 99999999999999999999", 11, "subsection number has at most 3 digits"),
        ("§ 93 odst. 1000", 11, "1 to 999"),
        ("§ 5 písm. a) bod 1000", 17, "point number has at most 3 digits"),
        ("§ 93 odst. 1 a 1000 ZSS", 15, "subsection number has at most 3 digits"),
        ("§ 93 odst. 1 až 3 ZSS", 13, "range of subsections, letters or points"),
        ("§ 93 písm. c) - e)", 14, "range of subsections, letters or points"),
    ],
)
def test_bad_citations_are_rejected_naming_the_position(
    text: str, position: int, words: str
) -> None:
    with pytest.raises(CitationError) as caught:
        parse_citation(text)
    assert caught.value.position == position
    assert f"at position {position}" in str(caught.value)
    assert words in str(caught.value)


def test_a_citation_error_is_a_value_error_and_a_krajsoc_error() -> None:
    with pytest.raises(CitationError) as caught:
        parse_citation("§")
    assert isinstance(caught.value, InvalidInputError | ValueError | KrajsocError)
    assert caught.value.code == "citation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "§ 93 odst. 1 a 2 zákona č. 108/2006 Sb.",
            [ref("108/2006", "93", subsection=1), ref("108/2006", "93", subsection=2)],
        ),
        (
            "§ 93 odst. 1 písm. c) a d) ZSS",
            [ref("108/2006", "93", subsection=1, letter=x) for x in ("c", "d")],
        ),
        ("§ 9 odst. 1, 2 nebo 3 SŘ", [ref("500/2004", "9", subsection=n) for n in (1, 2, 3)]),
        ("§ 5 písm. h), ch) a i)", [ref(None, "5", letter=x) for x in ("h", "ch", "i")]),
        (
            "§ 5 písm. a) bod 1 a 2 vyhlášky č. 505/2006 Sb.",
            [ref("505/2006", "5", letter="a", point=n) for n in (1, 2)],
        ),
        (
            "§ 9 odst. 1 a 2 a § 10 odst. 3 správního řádu",
            [ref("500/2004", "9", subsection=n) for n in (1, 2)]
            + [ref("500/2004", "10", subsection=3)],
        ),
        (
            "zákon č. 108/2006 Sb., § 93 odst. 1 a 2",
            [ref("108/2006", "93", subsection=n) for n in (1, 2)],
        ),
    ],
)
def test_lists_of_subsections_letters_and_points_expand_to_one_reference_each_sharing_the_act(
    text: str, expected: list[LegalReference]
) -> None:
    assert parse_citation(text) == tuple(expected)


def test_a_list_ends_its_provision_so_a_letter_after_a_subsection_list_is_not_read() -> None:
    with pytest.raises(CitationError, match="unexpected text after the citation"):
        parse_citation("§ 93 odst. 1 a 2 písm. c)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "§ 40 odst. 1 písm. c) spravniho radu",
            [ref("500/2004", "40", subsection=1, letter="c")],
        ),
        ("§ 93 pism. c) zakona o socialnich sluzbach", [ref("108/2006", "93", letter="c")]),
        ("§ 5 odstavcu 2 zakona cislo 108/2006 Sb.", [ref("108/2006", "5", subsection=2)]),
        ("§ 42g az 42n zakona o SPOD", [ref("359/1999", "42g", section_end="42n")]),
        ("ZAKON C. 108/2006 SB., O SOCIALNICH SLUZBACH", [ref("108/2006")]),
        ("zakon o socialnich sluzbach, ve zneni pozdejsich predpisu", [ref("108/2006")]),
        ("§ 953 obcanskeho zakoniku", [ref("89/2012", "953")]),
        ("§ 5 zák. č. 108/2006 Sb.", [ref("108/2006", "5")]),
        ("§ 5 z. č. 108/2006 Sb.", [ref("108/2006", "5")]),
        ("§ 5 zak. c. 108/2006 Sb.", [ref("108/2006", "5")]),
        ("z. č. 500/2004 Sb., § 40", [ref("500/2004", "40")]),
    ],
)
def test_citations_without_diacritics_and_with_abbreviated_kinds_parse(
    text: str, expected: list[LegalReference]
) -> None:
    assert parse_citation(text) == tuple(expected)
