"""Algebraic claims about citation parsing and extraction, checked with Hypothesis."""

from __future__ import annotations

import attrs
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
        "pozdějších předpisů", "K", "ſ", "x", "0", "§§", " a 49", " a násl.", " věty první",
        " věta 2", " ve spojení s ", " téhož zákona", " tohoto zákona", "zák. o SPOD", " s. ř.",
        "nař. vl. č. ", "vyhl. č. ", ", o státní podpoře", "; ", "2x ročně",
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
        parsed = parse_citation(match.text)
        if match.refers_back:  # "téhož zákona": the act is the one cited before, if any
            act = match.references[0].act
            parsed = tuple(attrs.evolve(ref, act=act) for ref in parsed)
        assert parsed == match.references
        done = end


@given(
    ks.legal_references(resolved=False).filter(lambda ref: ref.section and not ref.is_range),
    st.none() | st.integers(1, 10),
    st.booleans(),
)
def test_a_reference_with_a_sentence_or_a_nasl_round_trips_through_its_text(
    ref: LegalReference, sentence: int | None, following: bool
) -> None:
    ref = attrs.evolve(ref, sentence=sentence, following=following)
    assert parse_citation(str(ref)) == (ref,)
    assert parse_citation(ref.short) == (ref,)
    (match,) = extract_citations(f"Podle {ref}.")
    assert match.references == (ref,)


@given(st.lists(ks.legal_references(), min_size=2, max_size=4))
def test_citations_of_several_acts_in_one_text_parse_to_each_reference(
    refs: list[LegalReference],
) -> None:
    separators = ["; ", " a ", " ve spojení s "]  # ", § 5" after an act is that act's
    text = str(refs[0])
    for index, ref in enumerate(refs[1:]):
        text += separators[index % len(separators)] + str(ref)
    assert parse_citation(text) == tuple(refs)


@given(ks.citation_texts(), st.sampled_from(["", "dle ", "(", "tel. 354 524 227; "]))
def test_a_citation_in_a_sentence_is_found_whole(phrase: str, before: str) -> None:
    (found,) = extract_citations(f"{before}{phrase}.")
    assert found.text == phrase
