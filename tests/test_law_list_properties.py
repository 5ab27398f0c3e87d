"""Lists of subdivisions and text without diacritics, as general claims checked with Hypothesis."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from krajsoc._text import fold
from krajsoc.law import LETTERS, LegalReference, parse_citation
from krajsoc.testing import strategies as ks

_SEPARATORS = st.sampled_from([", ", " a ", " nebo ", " i "])


def _joined(items: list[str], separators: list[str]) -> str:
    text = items[0]
    for item, separator in zip(items[1:], separators, strict=False):
        text += separator + item
    return text


@given(
    ks.legal_references(resolved=False).filter(lambda ref: ref.section and not ref.is_range),
    st.lists(st.integers(1, 999), min_size=2, max_size=5),
    st.lists(_SEPARATORS, min_size=4, max_size=4),
)
def test_a_list_of_subsections_is_one_reference_per_item_sharing_section_and_act(
    ref: LegalReference, numbers: list[int], separators: list[str]
) -> None:
    base = attrs.evolve(
        ref, subsection=None, letter=None, point=None, sentence=None, following=False
    )
    act = "" if ref.act is None else " " + ref.act.citation_genitive
    text = f"{base.provision} odst. {_joined([str(n) for n in numbers], separators)}{act}"
    assert parse_citation(text) == tuple(attrs.evolve(base, subsection=n) for n in numbers)


@given(
    ks.legal_references(resolved=False).filter(lambda ref: ref.section and not ref.is_range),
    st.lists(st.sampled_from(LETTERS), min_size=2, max_size=5),
    st.lists(_SEPARATORS, min_size=4, max_size=4),
)
def test_a_list_of_letters_is_one_reference_per_item_sharing_section_and_act(
    ref: LegalReference, letters: list[str], separators: list[str]
) -> None:
    base = attrs.evolve(ref, letter=None, point=None, sentence=None, following=False)
    act = "" if ref.act is None else " " + ref.act.short_name_genitive
    listed = _joined([f"{letter})" for letter in letters], separators)
    text = f"{base.provision} písm. {listed}{act}"
    assert parse_citation(text) == tuple(attrs.evolve(base, letter=x) for x in letters)


@given(ks.legal_references(resolved=False))
def test_any_reference_written_without_diacritics_parses_to_the_same_reference(
    ref: LegalReference,
) -> None:
    plain = fold(ref.short)  # lower case too: "§ 40 odst. 1 spravniho radu"
    assert parse_citation(plain) == (ref,)
