"""The annotated citation corpus: well formed, large and varied enough, and the measured goals."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.citation_corpus import (
    NEGATIVE_CLASSES,
    CorpusMarkupError,
    Document,
    Score,
    load_corpus,
    measure,
    parse_document,
    score,
    total,
)

HEADER = "%% title: t\n%% region: r\n%% kind: k\n"

PRECISION_GOAL = 0.99
RECALL_GOAL = 0.97
MINIMUM_REFERENCES = 300


@functools.cache
def _corpus() -> tuple[Document, ...]:
    return load_corpus()


@functools.cache
def _total() -> Score:
    return total([item for _, item in measure()])


def test_every_document_of_the_corpus_loads_with_its_markup_well_formed() -> None:
    documents = _corpus()
    assert len(documents) >= 12
    for document in documents:
        spans = [(item.span, item.text) for item in document.annotations]
        spans += [(item.span, item.text) for item in document.negatives]
        for (start, end), written in spans:
            assert document.text[start:end] == written
        assert not any(char in document.text for char in "⟦⟧⟨⟩⟪⟫"), document.name


def test_the_corpus_holds_enough_hand_annotated_references() -> None:
    assert sum(document.reference_count for document in _corpus()) >= MINIMUM_REFERENCES


def test_the_corpus_holds_negatives_of_every_class_it_names() -> None:
    kinds = {item.kind for document in _corpus() for item in document.negatives}
    assert kinds == set(NEGATIVE_CLASSES)


def test_the_corpus_comes_from_several_regions_and_kinds_of_text() -> None:
    regions = {document.header["region"] for document in _corpus()}
    kinds = {document.header["kind"] for document in _corpus()}
    assert len(regions) >= 5
    assert {"rozhodnutí", "zápis z jednání", "metodika"} <= kinds


WRITTEN_FORMS = (
    "§§",
    "a násl.",
    "věty první",
    "věty druhé",
    "téhož zákona",
    "tohoto zákona",
    "uvedeného zákona",
    "ve spojení s",
    "vyhl. č.",
    "nař. vl. č.",
    "z. č.",
    "zák. č.",
    "zák. o SPOD",
    "o. z.",
    "s. ř.",
    "s.ř.",
    "SŘ",
    "ZSS",
    "GDPR",
    "obecného nařízení o ochraně osobních údajů",
    "nařízení Evropského parlamentu a Rady (EU) 2016/679",
    "Listiny základních práv a svobod",
    "Listiny",
    "obecné nařízení o ochraně osobních údajů",
    "nařízení (EU) 2016/679",
    "Ústavy České republiky",
    "zákona č. 359/1999 Sb. a § 79 zákona č. 108/2006 Sb.",
    "§ 10, 11 a 12 správního řádu",
    "zakona",
    "Ústavy",
    "Úmluvy o právech dítěte",
)


@pytest.mark.parametrize("form", WRITTEN_FORMS)
def test_the_corpus_writes_each_form_of_the_citation_contract(form: str) -> None:
    assert any(form in item.text for document in _corpus() for item in document.annotations)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("%% title: t\n%% region: r\nx", "lacks kind"),
        ("%% title: t\n%% region: r\n%% kind: k\n%% colour: red\nx", "header line"),
        (HEADER + "podle ⟦§ 5 ZSS⟧ a dál", "stray '⟦'"),
        (HEADER + "podle ⟦§ 5 ZSS⟨§ 5 zákona č. 108/2006 Sb.⟩", "stray '⟦'"),
        (HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 zákona č. 108/2006 Sb.", "stray '⟦'"),
        (HEADER + "podle ⟦⟦§ 5⟧⟧⟨§ 5⟩", "stray '⟦'"),
        (HEADER + "podle ⟦ § 5 ZSS⟧⟨§ 5 zákona č. 108/2006 Sb.⟩", "white space"),
        (HEADER + "podle ⟦§ 5 ZSS⟧⟨⟩", "empty reference"),
        (HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 zákona č. 108/2006 Sb.;⟩", "empty reference"),
        (HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 zákona č 108/2006 Sb.⟩", "not a rendering"),
        (HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 zákon č. 108/2006 Sb.⟩", "not a rendering"),
        (HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 odst. 1 věty první⟩", "not a rendering"),
        (HEADER + "⟦§ 5 a 5 ZSS⟧⟨§ 5 zákona č. 108/2006 Sb.; § 5 zákona č. 108/2006 Sb.⟩", "twice"),
        (HEADER + "volejte ⟪tel. 485 226 111⟫⟨telefon⟩", "unknown class"),
        (HEADER + "volejte ⟪tel. 485 226 111⟫⟨phone⟩⟩", "stray '⟩'"),
    ],
)
def test_a_malformed_annotation_fails_to_load_with_its_line(raw: str, problem: str) -> None:
    with pytest.raises(CorpusMarkupError, match=r"doc\.txt, line") as error:
        parse_document("doc.txt", raw)
    assert problem in str(error.value)


def test_the_loader_strips_the_markup_and_keeps_each_span() -> None:
    document = parse_document(
        "doc.txt",
        HEADER + "dle ⟦§ 48 a 49 zákona\nč. 359/1999 Sb.⟧⟨§ 48 zákona č. 359/1999 Sb.; § 49 zákona "
        "č. 359/1999 Sb.⟩, ⟪tel. 485 226 111⟫⟨phone⟩",
    )
    assert document.text == "dle § 48 a 49 zákona\nč. 359/1999 Sb., tel. 485 226 111"
    (annotation,) = document.annotations
    assert annotation.span == (4, 36)
    assert annotation.line == 4
    assert annotation.references == ("§ 48 zákona č. 359/1999 Sb.", "§ 49 zákona č. 359/1999 Sb.")
    (negative,) = document.negatives
    assert (negative.kind, document.text[slice(*negative.span)]) == ("phone", "tel. 485 226 111")
    assert document.line_of(negative.span[0]) == 5


def test_the_score_counts_a_reference_found_by_an_overlapping_match() -> None:
    document = parse_document("doc.txt", HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 zákona č. 108/2006 Sb.⟩.")
    result = score(document)
    assert (result.annotated, result.found, result.extracted, result.false_hits) == (1, 1, 1, ())
    assert (result.precision, result.recall) == (1.0, 1.0)


def test_the_score_counts_a_wrong_reference_as_a_miss_and_a_false_hit() -> None:
    document = parse_document("doc.txt", HEADER + "podle ⟦§ 5 ZSS⟧⟨§ 5 zákona č. 359/1999 Sb.⟩.")
    result = score(document)
    assert (result.found, len(result.misses), len(result.false_hits)) == (0, 1, 1)
    assert result.misses[0].got == ("§ 5 zákona č. 108/2006 Sb.",)
    assert (result.precision, result.recall) == (0.0, 0.0)


def test_the_score_counts_a_hit_on_a_negative_against_its_class() -> None:
    document = parse_document("doc.txt", HEADER + "viz ⟪§ 5 ZSS⟫⟨phone⟩ a § 6 ZSS")
    result = score(document)
    assert len(result.false_hits) == 2
    assert result.negative_hits()["phone"] == 1
    assert sum(result.negative_hits().values()) == 1


def test_extraction_finds_nothing_in_the_negatives_of_the_corpus() -> None:
    assert _total().negative_hits() == dict.fromkeys(NEGATIVE_CLASSES, 0)


def test_extraction_reaches_the_precision_goal_on_the_corpus() -> None:
    assert _total().precision >= PRECISION_GOAL


def test_extraction_reaches_the_recall_goal_on_the_corpus() -> None:
    assert _total().recall >= RECALL_GOAL


_PLAIN = st.text(st.characters(blacklist_characters="⟦⟧⟨⟩⟪⟫%", blacklist_categories=["Cs"]))
_SPAN = st.text(
    st.characters(blacklist_characters="⟦⟧⟨⟩⟪⟫", blacklist_categories=["Cs"]), min_size=1
).filter(lambda text: text == text.strip())
_SEGMENTS = st.lists(
    st.one_of(
        st.tuples(st.just("plain"), _PLAIN),
        st.tuples(st.just("reference"), _SPAN),
        st.tuples(st.just("negative"), _SPAN),
    ),
    max_size=8,
)


@given(_SEGMENTS)
def test_the_loader_recovers_every_span_of_any_marked_up_text(
    segments: list[tuple[str, str]],
) -> None:
    markup = {
        "plain": "{}",
        "reference": "⟦{}⟧⟨§ 5 zákona č. 108/2006 Sb.⟩",
        "negative": "⟪{}⟫⟨phone⟩",
    }
    raw = HEADER + "".join(markup[kind].format(text) for kind, text in segments)
    document = parse_document("doc.txt", raw)
    assert document.text == "".join(text for _, text in segments)
    marked = [text for kind, text in segments if kind != "plain"]
    spans = [(item.span, item.text) for item in document.annotations]
    spans += [(item.span, item.text) for item in document.negatives]
    spans.sort()
    assert [text for _, text in spans] == marked
    for (start, end), text in spans:
        assert document.text[start:end] == text


def test_the_legal_bases_page_states_the_size_of_the_corpus() -> None:
    page = (Path(__file__).parent.parent / "docs" / "law.md").read_text(encoding="utf-8")
    documents = _corpus()
    regions = {document.header["region"] for document in documents}
    references = sum(document.reference_count for document in documents)
    assert f"| documents | {len(documents)} ({len(regions)} regions) |" in page
    assert f"| annotated references | {references} |" in page
