"""Extraction from free text: every citation of seeds 000 and 001, and nothing else.

The seed texts are verbatim copies in ``tests/data`` (see its README). Expected values are written
by hand from reading the seeds: act, section, subsection, letter of each reference, in order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from krajsoc.law import CitationMatch, extract_citations

DATA = Path(__file__).parent / "data"

# (act id or None, section or None, subsection, letter) — one row per reference.
Row = tuple[str | None, str | None, int | None, str | None]


def rows(matches: list[CitationMatch]) -> list[tuple[str, list[Row]]]:
    return [
        (
            match.text,
            [
                (r.act.id if r.act else None, r.section, r.subsection, r.letter)
                for r in match.references
            ],
        )
        for match in matches
    ]


SPOD = "359/1999"
ZSS = "108/2006"

SEED_000: list[tuple[str, list[Row]]] = [
    (
        "§ 10 a § 118 zákona č. 582/1991 Sb., ve znění pozdějších předpisů",
        [("582/1991", "10", None, None), ("582/1991", "118", None, None)],
    ),
    (
        "§ 93 písm. c) zákona č. 108/2006 Sb., ve znění pozdějších předpisů",
        [(ZSS, "93", None, "c")],
    ),
    ("§ 67 zákona o obcích", [("128/2000", "67", None, None)]),
    (
        "§ 7 a § 64 zákona o pomoci v hmotné nouzi",
        [("111/2006", "7", None, None), ("111/2006", "64", None, None)],
    ),
    ("§ 37 zákona č. 108/2006 Sb., ve znění pozdějších předpisů", [(ZSS, "37", None, None)]),
    ("§ 93 odst. 1 zákona č. 108/2006 Sb., ve znění pozdějších předpisů", [(ZSS, "93", 1, None)]),
    ("§ 93a odst. 2 zákona č. 108/2006 Sb., ve znění pozdějších předpisů", [(ZSS, "93a", 2, None)]),
    ("zákon č. 500/2004 Sb., ve znění pozdějších předpisů", [("500/2004", None, None, None)]),
    (
        "§ 67 odst. 1 písm. f) zákona č. 129/2000 Sb., ve znění pozdějších předpisů",
        [("129/2000", "67", 1, "f")],
    ),
    ("zákon č. 359/1999 Sb., ve znění pozdějších předpisů", [(SPOD, None, None, None)]),
    ("zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 39", [(SPOD, "39", None, None)]),
    (
        "§ 42h, § 42l, § 42n zákona č. 359/1999 Sb., ve znění pozdějších předpisů",
        [(SPOD, "42h", None, None), (SPOD, "42l", None, None), (SPOD, "42n", None, None)],
    ),
    (
        "§ 49, § 49a, § 50 zákona č. 359/1999 Sb., ve znění pozdějších předpisů",
        [(SPOD, "49", None, None), (SPOD, "49a", None, None), (SPOD, "50", None, None)],
    ),
    ("§ 24c", [(None, "24c", None, None)]),
    (
        "zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 24, § 24a, § 24b, § 24d, § 25",
        [(SPOD, s, None, None) for s in ("24", "24a", "24b", "24d", "25")],
    ),
    ("§ 11 odst. 2", [(None, "11", 2, None)]),
    ("§ 45 zákona o rodině č. 94/1963 Sb., v platném znění", [("94/1963", "45", None, None)]),
    ("§ 38a zákona č. 359/1999 Sb., v platném znění", [(SPOD, "38a", None, None)]),
    ("zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 59", [(SPOD, "59", None, None)]),
    (
        "§ 28 zákona č. 334/2002 Sb., ve znění pozdějších předpisů",
        [("334/2002", "28", None, None)],
    ),
    ("§ 59 zákona č. 359/1999 Sb., ve znění pozdějších předpisů", [(SPOD, "59", None, None)]),
    ("zákona o sociálně-právní ochraně dětí", [(SPOD, None, None, None)]),
]

SEED_001: list[tuple[str, list[Row]]] = [
    ("zákona o sociálních službách", [(ZSS, None, None, None)]),
    ("§ 95, písm. d)", [(None, "95", None, "d")]),
    ("§ 95, písm. g)", [(None, "95", None, "g")]),
    ("§ 93 zákona o sociálních službách", [(ZSS, "93", None, None)]),
    ("zákona o ochraně osobních údajů", [("101/2000", None, None, None)]),
    ("zákonem \no sociálních službách", [(ZSS, None, None, None)]),
    ("Zákonem o hmotné nouzi", [("111/2006", None, None, None)]),
    ("správního řádu", [("500/2004", None, None, None)]),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("seed_000_lk_social_work.txt", SEED_000), ("seed_001_social_work_procedure.txt", SEED_001)],
)
def test_every_citation_of_the_seed_is_found_with_act_section_subsection_and_letter(
    name: str, expected: list[tuple[str, list[Row]]]
) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    found = list(extract_citations(text))
    assert rows(found) == expected
    for match in found:
        assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: tel. 354 524 227, fax 354 524 228.",
        "č. j. KULK 12345/2026, sp. zn. OSV 77/2025",
        "Rada schválila usnesení č. 15/2026 dne 3. 2. 2026.",
        "organizuje 2x ročně setkání pěstounských rodin",
        "Příloha č. 2 k Metodice, doporučený postup č. 1/2012",
        "Můžeme pracovat s cookies, ať víme, jak to na našem webu žije? [bookmark: _GoBack]",
    ],
)
def test_numbers_that_are_not_citations_are_ignored(text: str) -> None:
    assert list(extract_citations(text)) == []


def test_a_paragraph_with_no_act_nearby_is_unresolved_not_guessed() -> None:
    text = "Podle zákona o sociálních službách.\n\nKraj zpracovává plán podle § 95 písm. d)."
    found = list(extract_citations(text))
    assert [match.text for match in found] == ["zákona o sociálních službách", "§ 95 písm. d)"]
    assert found[1].references[0].act is None


def test_a_citation_broken_over_two_lines_is_one_citation() -> None:
    (found,) = extract_citations("podle \n§ 95 odst. 1 zákona\nč. 108/2006 Sb. a dále")
    assert found.text == "§ 95 odst. 1 zákona\nč. 108/2006 Sb."
    assert found.references[0].act is not None


def test_a_broken_number_sign_still_finds_the_act() -> None:
    (found,) = extract_citations("Kraj podle zákona . 108/2006 Sb. plánuje")
    assert found.text == "108/2006 Sb." and found.references[0].is_whole_act


def test_a_section_with_an_impossible_act_year_is_reported_without_the_act() -> None:
    (found,) = extract_citations("dle § 5 zákona č. 1/1900 Sb.")
    assert found.text == "§ 5" and found.references[0].act is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "podle § 93 odst. 1 a 2 zákona č. 108/2006 Sb. rozhoduje",
            ["§ 93 odst. 1 zákona č. 108/2006 Sb.", "§ 93 odst. 2 zákona č. 108/2006 Sb."],
        ),
        (
            "dle § 93 odst. 1 písm. c) a d) ZSS",
            [
                "§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.",
                "§ 93 odst. 1 písm. d) zákona č. 108/2006 Sb.",
            ],
        ),
        ("(§ 5 písm. c) a v souladu)", ["§ 5 písm. c)"]),
    ],
)
def test_a_listed_subsection_or_letter_is_one_citation_sharing_the_act(
    text: str, expected: list[str]
) -> None:
    (match,) = extract_citations(text)
    assert [str(item) for item in match.references] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dle § 93 pism. c) zakona o socialnich sluzbach.", "§ 93 písm. c) zákona č. 108/2006 Sb."),
        ("viz z. č. 500/2004 Sb. a další", "zákon č. 500/2004 Sb."),
        ("viz zák. č. 500/2004 Sb. a další", "zákon č. 500/2004 Sb."),
        ("ve lhůtě dle § 40 spravniho radu,", "§ 40 zákona č. 500/2004 Sb."),
    ],
)
def test_citations_without_diacritics_or_with_abbreviated_kinds_are_found(
    text: str, expected: str
) -> None:
    (match,) = extract_citations(text)
    assert [str(item) for item in match.references] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "dle zákona č. 359/1999 Sb., ve znění pozdějších předpisů (dále jen Zákon o SPOD) má",
        "dle zákona č. 500/2004 Sb. (dále jen „správní řád“) a",
        "dle zákona č. 108/2006 Sb. (dale jen zakon o socialnich sluzbach) a",
    ],
)
def test_a_short_name_defined_by_dale_jen_is_not_a_citation(text: str) -> None:
    (match,) = extract_citations(text)
    assert match.text.startswith("zákona č.")


def test_a_short_name_used_after_its_definition_is_a_citation() -> None:
    text = "zákona č. 359/1999 Sb. (dále jen Zákon o SPOD) ... § 6 Zákona o SPOD"
    assert [m.text for m in extract_citations(text)] == [
        "zákona č. 359/1999 Sb.",
        "§ 6 Zákona o SPOD",
    ]
