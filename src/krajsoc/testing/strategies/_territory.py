"""Strategies for territory values: regions, municipalities, region codes in every form."""

from __future__ import annotations

from hypothesis import strategies as st

from krajsoc.territory import MUNICIPALITIES, REGIONS, Municipality, Region

__all__ = ["municipalities", "region_codes", "regions"]


def regions() -> st.SearchStrategy[Region]:
    """Any of the 14 regions (the very objects :func:`krajsoc.territory.region` returns)."""
    return st.sampled_from(REGIONS)


def municipalities() -> st.SearchStrategy[Municipality]:
    """Any built-in municipality: ORP, POU or military district."""
    return st.sampled_from(MUNICIPALITIES)


def region_codes() -> st.SearchStrategy[str]:
    """Text that names a region: CZ-NUTS, ISO, abbreviation, name, in varied case and accents."""
    forms = st.sampled_from(
        [
            text
            for item in REGIONS
            for text in (item.nuts_code, item.iso_code, item.abbreviation, item.name)
        ]
    )
    return st.one_of(forms, forms.map(str.lower), forms.map(str.upper))
