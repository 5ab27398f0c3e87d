"""Hypothesis strategies for every krajsoc domain type, also registered for ``st.from_type``.

Examples:
    >>> from hypothesis import given
    >>> from krajsoc.testing import strategies as ks
    >>> @given(ks.regions())
    ... def test_every_region_has_a_nuts_code(region):
    ...     assert region.nuts_code.startswith("CZ")
    >>> test_every_region_has_a_nuts_code()
"""

from krajsoc.testing import _needs_hypothesis  # noqa: F401  (first: how to install Hypothesis)
from krajsoc.testing.strategies._agendas import (
    agendas,
    built_in_agendas,
    catalogues,
    corrections,
    departments,
    due_windows,
    org_units,
    recurrences,
    sources,
)
from krajsoc.testing.strategies._calendar import calendar_dates, calendars
from krajsoc.testing.strategies._deadlines import deadlines, period_texts, periods, steps
from krajsoc.testing.strategies._law import (
    acts,
    citation_matches,
    citation_names,
    citation_texts,
    citations,
    legal_references,
    reference_findings,
    sections,
)
from krajsoc.testing.strategies._registry import TYPE_STRATEGIES, register_strategies
from krajsoc.testing.strategies._territory import municipalities, region_codes, regions

__all__ = [
    "TYPE_STRATEGIES",
    "acts",
    "agendas",
    "built_in_agendas",
    "calendar_dates",
    "calendars",
    "catalogues",
    "citation_matches",
    "citation_names",
    "citation_texts",
    "citations",
    "corrections",
    "deadlines",
    "departments",
    "due_windows",
    "legal_references",
    "municipalities",
    "org_units",
    "period_texts",
    "periods",
    "recurrences",
    "reference_findings",
    "region_codes",
    "regions",
    "register_strategies",
    "sections",
    "sources",
    "steps",
]
