"""Hypothesis strategies for every krajsoc domain type, also registered for ``st.from_type``.

Examples:
    >>> from hypothesis import given
    >>> from krajsoc.testing import strategies as ks
    >>> @given(ks.regions())
    ... def test_every_region_has_a_nuts_code(region):
    ...     assert region.nuts_code.startswith("CZ")
    >>> test_every_region_has_a_nuts_code()
"""

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
from krajsoc.testing.strategies._entries import (
    applicant_entries,
    authorisation_entries,
    capacities,
    child_entries,
    child_profiles,
    facilities,
    form_capacities,
    legal_persons,
    people,
    provider_entries,
    register_entries,
    services,
    temporary_foster_carer_entries,
)
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
from krajsoc.testing.strategies._persons import (
    addresses,
    birth_dates,
    birth_number_texts,
    birth_numbers,
    icos,
    invalid_birth_number_texts,
    invalid_ico_texts,
    person_names,
)
from krajsoc.testing.strategies._planning import (
    groups,
    meeting_rules,
    meetings,
    members,
    plan_events,
    plan_stages,
    quorum_rules,
    roles,
    seats,
)
from krajsoc.testing.strategies._registry import TYPE_STRATEGIES, register_strategies
from krajsoc.testing.strategies._territory import municipalities, region_codes, regions

__all__ = [
    "TYPE_STRATEGIES",
    "acts",
    "addresses",
    "agendas",
    "applicant_entries",
    "authorisation_entries",
    "birth_dates",
    "birth_number_texts",
    "birth_numbers",
    "built_in_agendas",
    "calendar_dates",
    "calendars",
    "capacities",
    "catalogues",
    "child_entries",
    "child_profiles",
    "citation_matches",
    "citation_names",
    "citation_texts",
    "citations",
    "corrections",
    "deadlines",
    "departments",
    "due_windows",
    "facilities",
    "form_capacities",
    "groups",
    "icos",
    "invalid_birth_number_texts",
    "invalid_ico_texts",
    "legal_persons",
    "legal_references",
    "meeting_rules",
    "meetings",
    "members",
    "municipalities",
    "org_units",
    "people",
    "period_texts",
    "periods",
    "person_names",
    "plan_events",
    "plan_stages",
    "provider_entries",
    "quorum_rules",
    "recurrences",
    "reference_findings",
    "region_codes",
    "regions",
    "register_entries",
    "register_strategies",
    "roles",
    "seats",
    "sections",
    "services",
    "sources",
    "steps",
    "temporary_foster_carer_entries",
]
