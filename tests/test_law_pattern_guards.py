"""The citation pattern's guards never stop a token that would match (Hypothesis).

Each token the citation pattern tries after a gap stands behind a lookahead for the characters it
can start with (``_citation_pattern._STARTS``), and the act's name, abbreviation and article name
behind the first letters of the registry's spellings. A guard is only for speed: wherever the
token matches, its guard must let it, in every case and spelling, with or without diacritics,
and with the characters case folding treats alike ("ſ" and "s", "K" and "k").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.law import BUILT_IN_ACTS, ActRegistry
from krajsoc.law import _citation_pattern as cp
from krajsoc.law import _patterns as p
from tests.test_law_extract_equivalence import _REGION

_WORDS = [
    ",", "a", "A", "nebo", "NEBO", "i", "I", "ı", "İ", "ve spojení s", "Ve spojení se",
    "odst.", "Odst.", "odstavce", "písm.", "pism.", "PÍSM.", "písmene", "bod", "bodu", "věty",
    "vety", "Věta", "a násl.", "A NÁSL.", "a následujících", "až", "az", "-", "–", "§",
    "ústavního zákona", "ustavniho zakona", "Zákona", "zákon", "ZÁKONEM", "vyhlášky",
    "nařízení vlády", "usnesení předsednictva České národní rady", "sdělení ministerstva",
    "z.", "zák.", "vyhl.", "nař. vl.", "ſ", "K", "ß", "\n", " ", "  ", "\t", "1", "x",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join) | st.text()


@pytest.mark.parametrize("token", list(cp._STARTS), ids=lambda token: token.pattern[:24])
@given(text=_TEXTS)
def test_a_guard_lets_its_token_through(token: re.Pattern[str], text: str) -> None:
    # Guarded tokens follow a gap, which takes the blanks and one line break before them.
    unguarded = re.compile(p.GAP.pattern + cp._token(token))
    guarded = re.compile(p.GAP.pattern + cp._guarded(token))
    if unguarded.match(text):
        assert guarded.match(text)


def _spellings_as_written(spellings: tuple[str, ...]) -> st.SearchStrategy[str]:
    def varied(spelling: str, how: int) -> str:
        spelling = (spelling, spelling.upper(), spelling.title(), spelling.lower())[how % 4]
        return spelling.translate(p.PLAIN_LETTERS) if how >= 4 else spelling

    return st.builds(varied, st.sampled_from(spellings), st.integers(0, 7))


_REGISTRIES = {"built-in": BUILT_IN_ACTS, "regional": _REGION}  # the region's acts: its own stems


@pytest.mark.parametrize("acts", _REGISTRIES.values(), ids=list(_REGISTRIES))
@given(data=st.data())
def test_the_names_guards_let_every_name_through(acts: ActRegistry, data: st.DataObject) -> None:
    index = acts.index
    for spellings, pattern in (
        (index.spellings, p.names_of(acts)),
        (index.article_spellings, p.article_names_of(acts)),
    ):
        if not spellings:
            continue
        guard = re.compile(cp._ahead(cp._first_letters(spellings), ignore_case=True))
        text = data.draw(_spellings_as_written(spellings) | st.text())
        if pattern.match(text):
            assert guard.match(text)
    abbreviations = p.abbreviations_of(acts)
    guard = re.compile(cp._ahead({item[0] for item in index.abbreviations}, ignore_case=False))
    text = data.draw(st.sampled_from(sorted(index.abbreviations)) | st.text())
    if abbreviations.match(text):
        assert guard.match(text)
