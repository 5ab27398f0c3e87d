"""Names written with letters that case folding equates: "Lıstiny" (a dotless ı), "ſ", "K".

The citation patterns match words ignoring case, and Python's ``re`` then equates a few letters
besides upper and lower case: a dotless ı with i, a long ſ with s, the Kelvin sign with k. A
word matched so must be looked up as the word it matched: a table of folded keys that did not
know the dotless ı raised a ``KeyError`` from both parsers on "čl. 6 Lıstiny" and "věty prvnı".
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc._text import fold
from krajsoc.law import BUILT_IN_ACTS, extract_citations, parse_citation

# Characters to draw a letter's look-alikes from: Latin letters with their diacritics, and the
# letters re equates with Latin ones ignoring case.
_POOL = [chr(code) for code in range(0x250)] + ["ı", "ſ", "K", "İ", "ẞ", "Å"]


def alike(letter: str, pattern: str) -> list[str]:
    """The characters ``pattern``, the pattern of one ``letter``, matches ignoring case."""
    return [ch for ch in _POOL if re.fullmatch(pattern, ch, re.IGNORECASE)] or [letter]


@st.composite
def _written_alike(draw: st.DrawFn, spelling: str) -> str:
    return "".join(draw(st.sampled_from(alike(ch, re.escape(ch)))) for ch in spelling)


def _read(text: str) -> list[str]:
    return [str(ref) for match in extract_citations(text) for ref in match.references]


@pytest.mark.parametrize(
    ("text", "as_written"),
    [
        ("čl. 6 Lıstiny", "čl. 6 Listiny"),
        ("čl. 36 Lıstiny základních práv a svobod", "čl. 36 Listiny základních práv a svobod"),
        ("§ 5 zákona o obcıch", "§ 5 zákona o obcích"),
        ("podle správnıho řádu", "podle správního řádu"),
        ("§ 5 věty prvnı a třetı SŘ", "§ 5 věty první a třetí SŘ"),
        ("§ 5 zákona o ſociálních službách", "§ 5 zákona o sociálních službách"),
    ],
)
def test_a_look_alike_letter_reads_as_the_letter(text: str, as_written: str) -> None:
    assert _read(text) == _read(as_written) != []
    assert parse_citation(text.removeprefix("podle ")) == parse_citation(
        as_written.removeprefix("podle ")
    )


def test_a_dotless_i_folds_to_i() -> None:
    assert fold("Lıstiny") == fold("LISTINY") == "listiny"


# A name after a section, an article's name (the short forms read only there) after an article.
_CITED_NAMES = st.tuples(st.just("§ 5"), st.sampled_from(sorted(BUILT_IN_ACTS.index.spellings)))
_CITED_ARTICLE_NAMES = st.tuples(
    st.just("čl. 6"), st.sampled_from(sorted(BUILT_IN_ACTS.index.article_spellings))
)


@given(data=st.data(), cited=_CITED_NAMES | _CITED_ARTICLE_NAMES)
def test_any_name_in_look_alike_letters_reads_as_written(
    data: st.DataObject, cited: tuple[str, str]
) -> None:
    provision, name = cited
    text = f"{provision} {data.draw(_written_alike(name))}"
    assert _read(text) == _read(f"{provision} {name}")
    assert parse_citation(text) == parse_citation(f"{provision} {name}")
