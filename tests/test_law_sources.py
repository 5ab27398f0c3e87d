"""Articles, EU acts and the constitutional order: the forms of CITATION_FORMS (issue 14 item 2).

Each row is what a decision writes and the references it makes, each as ``str(ref)``; both
``parse_citation`` and ``extract_citations`` must read it so.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.errors import CitationError, InvalidInputError
from krajsoc.law import (
    ActKind,
    LegalReference,
    act,
    check_reference,
    extract_citations,
    parse_citation,
)
from krajsoc.testing import strategies as ks

GDPR = "nařízení Evropského parlamentu a Rady (EU) 2016/679"

ROWS = [
    ("čl. 6 odst. 1 písm. e) GDPR", [f"čl. 6 odst. 1 písm. e) {GDPR}"]),
    ("čl. 9 obecného nařízení o ochraně osobních údajů", [f"čl. 9 {GDPR}"]),
    ("nařízení (EU) 2016/679", [GDPR]),
    (GDPR, [GDPR]),
    ("čl. 36 Listiny základních práv a svobod", ["čl. 36 Listiny základních práv a svobod"]),
    ("čl. 36 odst. 1 Listiny", ["čl. 36 odst. 1 Listiny základních práv a svobod"]),
    ("čl. 10 Ústavy", ["čl. 10 Ústavy České republiky"]),
    ("čl. 10 Ústavy České republiky", ["čl. 10 Ústavy České republiky"]),
    ("čl. 3 Úmluvy o právech dítěte", ["čl. 3 Úmluvy o právech dítěte"]),
    ("čl. 6 a 9 GDPR", [f"čl. 6 {GDPR}", f"čl. 9 {GDPR}"]),
    (
        "čl. 6 odst. 1 písm. c) a e) GDPR",
        [f"čl. 6 odst. 1 písm. c) {GDPR}", f"čl. 6 odst. 1 písm. e) {GDPR}"],
    ),
    ("článku 13 GDPR", [f"čl. 13 {GDPR}"]),
    ("čl. II zákona č. 401/2012 Sb.", ["čl. II zákona č. 401/2012 Sb."]),
    ("směrnice (EU) 2016/680", ["směrnice Evropského parlamentu a Rady (EU) 2016/680"]),
    ("cl. 6 odst. 1 pism. e) GDPR", [f"čl. 6 odst. 1 písm. e) {GDPR}"]),  # parsed, not searched
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_parse_citation_reads_each_form_of_articles_and_other_sources(
    text: str, expected: list[str]
) -> None:
    assert [str(ref) for ref in parse_citation(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [row for row in ROWS if row[0][0] != "c"])
def test_extract_citations_finds_each_form_whole_in_a_sentence(
    text: str, expected: list[str]
) -> None:
    sentence = f"Krajský úřad postupoval podle {text}, jak uvádí odůvodnění."
    (found,) = extract_citations(sentence)
    assert found.text == text
    assert [str(ref) for ref in found.references] == expected


def test_the_gdpr_is_an_eu_regulation_with_its_eli_and_believed_dates() -> None:
    gdpr = act("GDPR")
    assert gdpr is act("(EU) 2016/679") is act("obecné nařízení o ochraně osobních údajů")
    assert gdpr.kind is ActKind.EU_REGULATION and gdpr.id == "(EU) 2016/679"
    assert gdpr.url == gdpr.eli == "http://data.europa.eu/eli/reg/2016/679/oj"
    assert gdpr.in_force_from == date(2018, 5, 25) and not gdpr.verified
    assert "24. 5. 2016" in gdpr.note and "25. 5. 2018" in gdpr.note
    directive = act("(EU) 2016/680")
    assert directive.kind is ActKind.EU_DIRECTIVE
    assert directive.eli == "http://data.europa.eu/eli/dir/2016/680/oj"


@pytest.mark.parametrize(
    ("name", "act_id", "kind", "numbered"),
    [
        (
            "Listina základních práv a svobod",
            "2/1993",
            ActKind.PRESIDIUM_RESOLUTION,
            "usnesení předsednictva České národní rady č. 2/1993 Sb.",
        ),
        (
            "Ústava České republiky",
            "1/1993",
            ActKind.CONSTITUTIONAL_ACT,
            "ústavní zákon č. 1/1993 Sb.",
        ),
        (
            "Úmluva o právech dítěte",
            "104/1991",
            ActKind.COMMUNICATION,
            "sdělení federálního ministerstva zahraničních věcí č. 104/1991 Sb.",
        ),
    ],
)
def test_the_constitutional_order_is_cited_by_name_and_linked_to_e_sbirka(
    name: str, act_id: str, kind: ActKind, numbered: str
) -> None:
    item = act(name)
    assert item.id == act_id and item.kind is kind and item.cited_by_name
    assert item.citation == name and item.numbered_citation == numbered
    number, year = act_id.split("/")
    assert item.url == f"https://www.e-sbirka.cz/sb/{year}/{number}"
    assert [str(ref) for ref in parse_citation(numbered)] == [name]
    assert [str(ref) for ref in parse_citation(name)] == [name]


def test_an_article_alone_parses_without_its_act_but_is_not_extracted() -> None:
    (alone,) = parse_citation("čl. 5")
    assert alone == LegalReference(None, article="5") and str(alone) == "čl. 5"
    text = "dle čl. 5 smlouvy a čl. 2 odst. 3 jednacího řádu; č. l. 12 spisu; členové komise"
    assert list(extract_citations(text)) == []


def test_an_article_starting_a_sentence_is_extracted_and_a_contracts_article_is_not() -> None:
    text = "Zpracování je nezbytné. Čl. 6 odst. 1 písm. e) GDPR to dovoluje.\nČl. II Výše dotace"
    (match,) = extract_citations(text)
    assert match.text == "Čl. 6 odst. 1 písm. e) GDPR"
    assert str(match.references[0]) == (
        "čl. 6 odst. 1 písm. e) nařízení Evropského parlamentu a Rady (EU) 2016/679"
    )


def test_the_short_names_listiny_and_ustavy_are_read_only_after_an_article() -> None:
    assert [m.text for m in extract_citations("listiny a ústavy sociální péče")] == []
    with pytest.raises(CitationError):
        parse_citation("Listiny")
    with pytest.raises(CitationError):
        parse_citation("§ 5 Listiny")


def test_no_false_hits_on_case_numbers_folios_and_resolutions() -> None:
    text = (
        "č. j. KULK 12345/2026, sp. zn. 2016/679, č. l. 5, usnesení č. 15/2026, "
        "tel. 354 524 227, IČO 70891508, 2x ročně, EU 2016/679"
    )
    assert list(extract_citations(text)) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("čl. IIII GDPR", "'IIII' is not an article number"),
        ("čl. a", "'čl.' must be followed by an article number"),
        ("čl. 6 odst. 0 GDPR", "a subsection must be a whole number from 1 to 999"),
    ],
)
def test_a_malformed_article_is_refused_saying_where(text: str, problem: str) -> None:
    with pytest.raises(CitationError, match=problem):
        parse_citation(text)


def test_an_article_and_a_section_cannot_be_one_reference() -> None:
    with pytest.raises(InvalidInputError, match="a section or an article, not both"):
        LegalReference(act("GDPR"), article="6", section="6")
    with pytest.raises(InvalidInputError, match="not an article number"):
        LegalReference(act("GDPR"), article="6x1")


def test_articles_order_before_sections_and_roman_ones_after_numbered() -> None:
    zss = act("108/2006")
    refs = [
        LegalReference(zss, article="II"),
        LegalReference(zss, article="10"),
        LegalReference(zss, section="5"),
        LegalReference(zss, article="2"),
    ]
    assert [ref.provision for ref in sorted(refs)] == ["čl. 2", "čl. 10", "čl. II", "§ 5"]


def test_check_reference_knows_when_the_gdpr_applies() -> None:
    (finding,) = check_reference("čl. 6 GDPR", on=date(2017, 1, 1))
    assert finding.code == "reference-not-yet-in-force"
    assert finding.fields["start"] == "25. 5. 2018"
    assert len(check_reference("čl. 6 GDPR", on=date(2026, 1, 1))) == 0
    assert len(check_reference("čl. 36 Listiny", on=date(2026, 1, 1))) == 0
    (unresolved,) = check_reference("čl. 5", on=date(2026, 1, 1))
    assert unresolved.code == "reference-unresolved"


def test_an_article_reference_takes_its_pydantic_mapping_form() -> None:
    from pydantic import TypeAdapter

    adapter = TypeAdapter(LegalReference)
    ref = adapter.validate_python({"act": "GDPR", "article": 6, "subsection": 1, "letter": "e"})
    assert str(ref) == f"čl. 6 odst. 1 písm. e) {GDPR}"
    assert adapter.validate_python(adapter.dump_python(ref, mode="json")) == ref
    assert adapter.validate_python({"act": "(EU) 2016/679"}) == LegalReference(act("GDPR"))


def _article_or_eu(ref: LegalReference) -> bool:
    return ref.article is not None or (ref.act is not None and ref.act.kind.series == "EU")


@given(ks.legal_references(resolved=False).filter(_article_or_eu))
def test_articles_and_eu_acts_round_trip_through_their_text(ref: LegalReference) -> None:
    assert parse_citation(str(ref)) == (ref,)
    assert parse_citation(ref.short) == (ref,)


@given(ks.articles(), st.sampled_from(["GDPR", "Listiny", "Ústavy", "zákona č. 401/2012 Sb."]))
def test_an_article_with_its_act_is_extracted_as_it_parses(article: str, written: str) -> None:
    text = f"čl. {article} {written}"
    (found,) = extract_citations(f"Podle {text} se postupuje.")
    assert found.text == text and found.references == parse_citation(text)
