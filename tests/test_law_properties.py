"""Algebraic claims about citation parsing and extraction, checked with Hypothesis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from krajsoc.errors import CitationError
from krajsoc.law import LegalReference, extract_citations, parse_citation
from krajsoc.testing import strategies as ks

_PIECES = st.sampled_from(
    [
        "§", "§ ", "93", "42h", " odst. ", "1", " písm. ", "c)", "ch)", " bod ", " a ", ", ",
        " až ", "zákona ", "č. ", "108/2006", "/", "1899", " Sb.", "Sb", " o sociálních službách",
        "správního řádu", "SŘ", "\n", "tel. 354 524 227", "usnesení č. 15/2026", ", ve znění "
        "pozdějších předpisů", "K", "ſ", "x", "0",
    ]
)  # fmt: skip
_TEXTS = st.text() | st.lists(_PIECES, max_size=12).map("".join)


@given(ks.legal_references(resolved=False))
def test_the_canonical_text_of_any_reference_parses_back_to_it(ref: LegalReference) -> None:
    assert parse_citation(str(ref)) == (ref,)


@given(ks.legal_references(resolved=False))
def test_the_short_form_of_any_reference_parses_back_to_it(ref: LegalReference) -> None:
    assert parse_citation(ref.short) == (ref,)


@given(ks.citations())
def test_generated_citation_phrases_parse_to_their_references(
    pair: tuple[str, tuple[LegalReference, ...]],
) -> None:
    text, references = pair
    assert parse_citation(text) == references


@given(_TEXTS)
def test_parsing_any_text_returns_references_or_raises_citation_error(text: str) -> None:
    position = -1
    try:
        assert parse_citation(text)
    except CitationError as error:
        position = error.position
    assert position <= len(text)


@given(_TEXTS)
def test_extraction_spans_point_at_text_that_parses_to_the_reported_references(
    text: str,
) -> None:
    done = 0
    for match in extract_citations(text):
        start, end = match.span
        assert done <= start < end <= len(text)
        assert text[start:end] == match.text
        assert parse_citation(match.text) == match.references
        done = end


@given(ks.citation_texts(), st.sampled_from(["", "dle ", "(", "tel. 354 524 227; "]))
def test_a_citation_in_a_sentence_is_found_whole(phrase: str, before: str) -> None:
    (found,) = extract_citations(f"{before}{phrase}.")
    assert found.text == phrase
