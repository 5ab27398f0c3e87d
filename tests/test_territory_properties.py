"""Totality and invariance of region lookup, checked on generated text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from krajsoc._text import fold
from krajsoc.errors import UnknownRegionError
from krajsoc.territory import REGIONS, Region, region
from krajsoc.testing import strategies as ks


@given(st.text())
def test_lookup_of_any_text_returns_a_region_or_raises_the_documented_error(text: str) -> None:
    outcome: Region | UnknownRegionError
    try:
        outcome = region(text)
    except UnknownRegionError as error:
        outcome = error
    if isinstance(outcome, Region):
        assert any(outcome is item for item in REGIONS)
    else:
        assert isinstance(outcome, LookupError)
        assert str(outcome).startswith("unknown region")


@given(ks.region_codes())
def test_every_generated_code_form_finds_a_built_in_region(code: str) -> None:
    assert any(region(code) is item for item in REGIONS)


@given(
    ks.regions(),
    st.sampled_from(["nuts_code", "iso_code", "abbreviation", "name"]),
    st.sampled_from([str.lower, str.upper, str.title, fold, lambda s: f" {s}\t"]),
)
def test_lookup_ignores_case_accents_and_spacing(item: Region, field: str, change: object) -> None:
    text = getattr(item, field)
    assert callable(change)
    assert region(change(text)) is item


@given(st.from_type(Region))
def test_from_type_draws_built_in_regions(item: Region) -> None:
    assert region(item.nuts_code) is item
