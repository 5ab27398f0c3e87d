"""Every citation form of issue 14's table that the grammar owns, with its expected references.

Each row is the written form and the ``str()`` of each reference, as /work/CITATION_FORMS.md (the
contract shared with the corpus annotations) fixes them. Both :func:`parse_citation` and
:func:`extract_citations` must read each row alike: one citation phrase, the same references.
"""

from __future__ import annotations

import pytest

from krajsoc.errors import CitationError
from krajsoc.law import ActKind, extract_citations, parse_citation

SPOD, ZSS, SR, OZ = "č. 359/1999 Sb.", "č. 108/2006 Sb.", "č. 500/2004 Sb.", "č. 89/2012 Sb."

ROWS: list[tuple[str, list[str]]] = [
    ("§ 48 a 49 zákona č. 359/1999 Sb.", [f"§ 48 zákona {SPOD}", f"§ 49 zákona {SPOD}"]),
    ("§§ 97 a 98 zákona č. 108/2006 Sb.", [f"§ 97 zákona {ZSS}", f"§ 98 zákona {ZSS}"]),
    (
        "§ 10, 11 a 12 správního řádu",
        [f"§ 10 zákona {SR}", f"§ 11 zákona {SR}", f"§ 12 zákona {SR}"],
    ),
    ("§§ 10 až 12 SŘ", [f"§ 10 až 12 zákona {SR}"]),
    ("§ 78 a násl. ZSS", [f"§ 78 a násl. zákona {ZSS}"]),
    ("§ 953 a násl. občanského zákoníku", [f"§ 953 a násl. zákona {OZ}"]),
    (
        "§ 16 odst. 1 věty první zákona č. 359/1999 Sb.",
        [f"§ 16 odst. 1 věta první zákona {SPOD}"],
    ),
    ("§ 16a zák. o SPOD", [f"§ 16a zákona {SPOD}"]),
    ("§ 953 odst. 1 o. z.", [f"§ 953 odst. 1 zákona {OZ}"]),
    ("§ 91 odst. 1 s. ř.", [f"§ 91 odst. 1 zákona {SR}"]),
    ("§ 91 odst. 1 s.ř.", [f"§ 91 odst. 1 zákona {SR}"]),
    ("§ 91 odst. 1 SŘ", [f"§ 91 odst. 1 zákona {SR}"]),
    ("nař. vl. č. 590/2006 Sb.", ["nařízení vlády č. 590/2006 Sb."]),
    ("§ 3 vyhl. č. 505/2006 Sb.", ["§ 3 vyhlášky č. 505/2006 Sb."]),
    ("zákona č. 117/1995 Sb., o státní sociální podpoře", ["zákon č. 117/1995 Sb."]),
    ("§ 36 ve spojení s § 38 SŘ", [f"§ 36 zákona {SR}", f"§ 38 zákona {SR}"]),
    ("§ 12 tohoto zákona", ["§ 12"]),
    ("§ 12 uvedeného zákona", ["§ 12"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_each_form_of_the_table_parses_to_its_references(text: str, expected: list[str]) -> None:
    assert [str(ref) for ref in parse_citation(text)] == expected


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_each_form_of_the_table_is_extracted_whole_from_a_sentence(
    text: str, expected: list[str]
) -> None:
    (match,) = extract_citations(f"Úřad postupoval podle {text}. Tel. 354 524 227.")
    assert match.text == text
    assert [str(ref) for ref in match.references] == expected


def test_several_acts_in_one_text_are_read_by_parse_citation_each_with_its_own() -> None:
    text = "§ 49 zákona č. 359/1999 Sb. a § 79 zákona č. 108/2006 Sb."
    assert [str(ref) for ref in parse_citation(text)] == [
        f"§ 49 zákona {SPOD}",
        f"§ 79 zákona {ZSS}",
    ]
    assert [m.text for m in extract_citations(text)] == [
        "§ 49 zákona č. 359/1999 Sb.",
        "§ 79 zákona č. 108/2006 Sb.",
    ]


def test_several_citations_joined_by_a_semicolon_or_ve_spojeni_s_are_one_parse() -> None:
    text = "§ 10 SŘ; § 5 ZSS ve spojení s § 91 odst. 1 s. ř."
    assert [str(ref) for ref in parse_citation(text)] == [
        f"§ 10 zákona {SR}",
        f"§ 5 zákona {ZSS}",
        f"§ 91 odst. 1 zákona {SR}",
    ]


def test_the_kind_of_an_abbreviated_act_is_the_kind_it_abbreviates() -> None:
    kinds = {
        "nař. vl. č. 590/2006 Sb.": ActKind.GOVERNMENT_REGULATION,
        "nar. vl. c. 590/2006 Sb.": ActKind.GOVERNMENT_REGULATION,
        "vyhl. č. 505/2006 Sb.": ActKind.DECREE,
        "vyhl. č. 999/2020 Sb.": ActKind.DECREE,
        "zák. č. 999/2020 Sb.": ActKind.ACT,
        "z. č. 999/2020 Sb.": ActKind.ACT,
    }
    for text, kind in kinds.items():
        (ref,) = parse_citation(text)
        assert ref.act is not None and ref.act.kind is kind, text


def test_an_act_outside_the_registry_keeps_the_title_the_text_gives() -> None:
    (ref,) = parse_citation("zákona č. 117/1995 Sb., o státní sociální podpoře")
    assert ref.act is not None and ref.act.title == "o státní sociální podpoře"
    (ref,) = parse_citation(
        "§ 5 zákona č. 117/1995 Sb., o státní sociální podpoře, ve znění pozdějších předpisů"
    )
    assert ref.act is not None and ref.act.title == "o státní sociální podpoře"
    (ref,) = parse_citation("zákon č. 117/1995 Sb.")
    assert ref.act is not None and ref.act.title is None


def test_an_act_of_the_registry_keeps_its_own_title_whatever_the_text_says() -> None:
    (ref,) = parse_citation("zákon č. 108/2006 Sb., o sociálních službách")
    assert ref.act is not None and ref.act.title == "o sociálních službách"
    with pytest.raises(CitationError):
        parse_citation("zákon č. 108/2006 Sb., o státní sociální podpoře")


def test_tehoz_zakona_resolves_to_the_act_last_cited_in_the_text() -> None:
    text = "Podle § 78 zákona č. 108/2006 Sb. a dále § 50 téhož zákona rozhodl úřad."
    matches = list(extract_citations(text))
    assert [str(ref) for ref in matches[1].references] == [f"§ 50 zákona {ZSS}"]
    assert matches[1].refers_back and not matches[1].unresolved


def test_tehoz_zakona_takes_the_nearest_zakon_not_a_decree_cited_after_it() -> None:
    text = (
        "§ 5 zákona č. 359/1999 Sb., § 3 vyhlášky č. 473/2012 Sb. a § 7 téhož zákona; "
        "§ 9 SŘ, § 2 citovaného zákona"
    )
    found = [str(ref) for match in extract_citations(text) for ref in match.references]
    assert found == [
        f"§ 5 zákona {SPOD}",
        "§ 3 vyhlášky č. 473/2012 Sb.",
        f"§ 7 zákona {SPOD}",
        f"§ 9 zákona {SR}",
        f"§ 2 zákona {SR}",
    ]


def test_tehoz_zakona_finds_its_act_however_many_citations_lie_between() -> None:
    text = (
        "§ 1 zákona č. 108/2006 Sb.; " + "§ 5, vyhl. č. 505/2006 Sb.; " * 200 + "§ 2 téhož zákona"
    )
    last = list(extract_citations(text))[-1]
    assert [str(ref) for ref in last.references] == [f"§ 2 zákona {ZSS}"]


@pytest.mark.parametrize(
    "text",
    [
        "§ 12 tohoto zákona",
        "Dle § 12 uvedeného zákona.",
        "§ 3 vyhl. č. 1/2020 Sb.; § 2 téhož zákona",
    ],
)
def test_tehoz_zakona_with_no_zakon_before_it_is_left_unresolved(text: str) -> None:
    last = list(extract_citations(text))[-1]
    assert last.refers_back and last.unresolved
    assert all(ref.act is None for ref in last.references)


def test_an_anaphora_alone_is_no_citation() -> None:
    assert list(extract_citations("podle tohoto zákona a téhož zákona")) == []
    with pytest.raises(CitationError):
        parse_citation("téhož zákona")


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("§ 16 odst. 1 věty první", 1),
        ("§ 16 odst. 1 věta druhá", 2),
        ("§ 16 odst. 1 větou třetí", 3),
        ("§ 16 odst. 1 větě čtvrté", 4),
        ("§ 16 odst. 1 vety desate", 10),
        ("§ 16 odst. 1 věta 2", 2),
        ("§ 16 věty páté", 5),
        ("§ 16 odst. 1 písm. a) věty druhé", 2),
    ],
)
def test_a_sentence_is_read_in_any_case_and_by_number(text: str, sentence: int) -> None:
    (ref,) = parse_citation(text)
    assert ref.sentence == sentence


@pytest.mark.parametrize(
    "text", ["§ 16 odst. 1 věty jedenácté", "§ 16 odst. 1 věta 11", "§ 16 věty"]
)
def test_a_sentence_out_of_range_is_refused_naming_the_bound(text: str) -> None:
    with pytest.raises(CitationError, match="from 1 to 10"):
        parse_citation(text)


def test_a_násl_is_one_reference_that_also_reads_following() -> None:
    for text in ("§ 78 a násl. ZSS", "§ 78 a nasl. ZSS", "§ 78 a následující ZSS"):
        (ref,) = parse_citation(text)
        assert ref.following and ref.section == "78", text
        assert str(ref) == "§ 78 a násl. zákona č. 108/2006 Sb.", text


def test_a_n_is_not_read_as_a_násl_for_it_is_as_often_an_initial_or_n_v() -> None:
    for text, found in [
        ("dle § 5 a N. Novák podal", "§ 5"),
        ("podle § 5 a n. v. č. 590/2006 Sb.", "§ 5"),
        ("dle § 5 a n. o. Světlo", "§ 5"),
    ]:
        (match, *_) = extract_citations(text)
        assert match.text == found and not match.references[0].following, text
    (match,) = extract_citations("podle § 2 a nic dalšího")
    assert match.text == "§ 2" and not match.references[0].following


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("§ 24c a 2x ročně", ["§ 24c"]),
        ("§ 5 a 108/2006 Sb.", ["§ 5", "108/2006 Sb."]),
        ("§ 5 odst. 1 a 2 a 3", ["§ 5 odst. 1 a 2 a 3"]),
        ("§ 5 ve spojení s 6", ["§ 5"]),
    ],
)
def test_bare_numbers_after_a_section_are_sections_only_where_they_can_be(
    text: str, found: list[str]
) -> None:
    assert [m.text for m in extract_citations(text)] == found


def test_zak_o_is_found_after_a_provision_as_abbreviations_are() -> None:
    assert [m.text for m in extract_citations("dle § 16a zák. o SPOD a dle ZSS")] == [
        "§ 16a zák. o SPOD"
    ]
    assert [str(ref) for ref in parse_citation("zák. o SPOD")] == [f"zákon {SPOD}"]
