"""The tree-shaped name pattern matches what a flat alternation of every name form matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.law import _name_patterns as names
from krajsoc.law import _patterns as p
from krajsoc.law._names import NAME_SPELLINGS

# The pattern as first written: every name form in turn, longest first.
FLAT_ACT_NAME = re.compile(
    r"(?:" + "|".join(p._phrase(form) for form in NAME_SPELLINGS) + r")" + p._END_OF_WORD,
    re.IGNORECASE,
)
_WORDS = sorted({word for form in NAME_SPELLINGS for word in form.split()})


def _same(text: str) -> None:
    flat, tree = FLAT_ACT_NAME.match(text), names.act_name_pattern().match(text)
    assert (flat and flat[0]) == (tree and tree[0])


@pytest.mark.parametrize("form", NAME_SPELLINGS)
@pytest.mark.parametrize("after", ["", " ", ")", "a", ", o obcích", "\nřádu", " x"])
def test_the_name_pattern_reads_every_name_form_as_the_flat_alternation_does(
    form: str, after: str
) -> None:
    for text in (form + after, form.upper() + after, form[:-1] + after):
        _same(text)


@given(st.lists(st.sampled_from([*_WORDS, " ", "  ", "\n", "-", "a", "x"]), max_size=8))
def test_the_name_pattern_reads_any_words_as_the_flat_alternation_does(parts: list[str]) -> None:
    _same(" ".join(parts))
    _same("".join(parts))
