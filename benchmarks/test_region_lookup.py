"""Region lookup by any code form, beside a baseline: a plain dict of exact codes.

Run: python -m pytest benchmarks --benchmark-enable
"""

from __future__ import annotations

from typing import Any

from krajsoc.territory import REGIONS, Region, region

QUERIES = [
    form
    for item in REGIONS
    for form in (item.nuts_code, item.iso_code, item.abbreviation, item.name, item.name.lower())
] * 20


def test_region_lookup_any_form(benchmark: Any) -> None:
    def lookup_all() -> list[Region]:
        return [region(query) for query in QUERIES]

    found = benchmark(lookup_all)
    assert len(found) == len(QUERIES)


def test_baseline_exact_dict_lookup(benchmark: Any) -> None:
    exact = {form: item for item in REGIONS for form in (item.nuts_code, item.iso_code)}
    exact |= {item.abbreviation: item for item in REGIONS}
    exact |= {item.name: item for item in REGIONS}
    exact |= {item.name.lower(): item for item in REGIONS}

    def lookup_all() -> list[Region | None]:
        return [exact.get(query) for query in QUERIES]

    found = benchmark(lookup_all)
    assert len(found) == len(QUERIES)
