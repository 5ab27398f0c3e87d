"""Which strategy stands for which krajsoc type, and their registration with Hypothesis."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from krajsoc.agendas import (
    Agenda,
    Catalogue,
    Correction,
    Department,
    DueWindow,
    OrgUnit,
    Recurrence,
    Source,
)
from krajsoc.calendar import CzechCalendar
from krajsoc.deadlines import Deadline, Period, Step
from krajsoc.findings import Finding, FindingRecord, Report, ReportRecord, Rule, Where
from krajsoc.law import Act, ActRegistry, CitationMatch, CitationName, LegalReference
from krajsoc.persons import Address, BirthNumber, Ico, PersonalRecord, PersonName
from krajsoc.planning import (
    Group,
    Meeting,
    MeetingRules,
    Member,
    PlanEvent,
    PlanStage,
    QuorumRule,
    Roles,
    Seat,
)
from krajsoc.registers import (
    ApplicantEntry,
    AuthorisationEntry,
    Capacity,
    ChildEntry,
    ChildProfile,
    Facility,
    FormCapacity,
    LegalPerson,
    Person,
    ProviderEntry,
    RegisterEntry,
    Service,
    TemporaryFosterCarerEntry,
)
from krajsoc.territory import Municipality, Region
from krajsoc.testing.strategies import (
    _agendas,
    _calendar,
    _deadlines,
    _entries,
    _findings,
    _law,
    _persons,
    _planning,
    _registers,
    _territory,
)

__all__ = ["TYPE_STRATEGIES", "register_strategies"]

# Every domain type exported by a public krajsoc module has a row here (a meta-test checks it).
# Enums need none: Hypothesis draws their members itself.
TYPE_STRATEGIES: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    Act: _law.acts,
    Agenda: _agendas.agendas,
    Catalogue: _agendas.catalogues,
    Correction: _agendas.corrections,
    Department: _agendas.departments,
    DueWindow: _agendas.due_windows,
    Recurrence: _agendas.recurrences,
    OrgUnit: _agendas.org_units,
    Source: _agendas.sources,
    CitationMatch: _law.citation_matches,
    CzechCalendar: _calendar.calendars,
    Deadline: _deadlines.deadlines,
    Period: _deadlines.periods,
    Step: _deadlines.steps,
    CitationName: _law.citation_names,
    LegalReference: _law.legal_references,
    Region: _territory.regions,
    Rule: _findings.rules,
    Finding: _findings.findings,
    FindingRecord: _findings.finding_records,
    Report: _findings.reports,
    ReportRecord: _findings.report_records,
    Where: _findings.wheres,
    Municipality: _territory.municipalities,
    # planning
    Group: _planning.groups,
    Meeting: _planning.meetings,
    MeetingRules: _planning.meeting_rules,
    Member: _planning.members,
    PlanEvent: _planning.plan_events,
    PlanStage: _planning.plan_stages,
    QuorumRule: _planning.quorum_rules,
    Roles: _planning.roles,
    Seat: _planning.seats,
    # personal identifiers and register entries (krajsoc.persons, krajsoc.registers)
    Address: _persons.addresses,
    BirthNumber: _persons.birth_numbers,
    Ico: _persons.icos,
    PersonName: _persons.person_names,
    PersonalRecord: _entries.people,
    Person: _entries.people,
    LegalPerson: _entries.legal_persons,
    RegisterEntry: _entries.register_entries,
    ApplicantEntry: _entries.applicant_entries,
    ChildEntry: _entries.child_entries,
    ChildProfile: _entries.child_profiles,
    TemporaryFosterCarerEntry: _entries.temporary_foster_carer_entries,
    AuthorisationEntry: _entries.authorisation_entries,
    ProviderEntry: _entries.provider_entries,
    Service: _entries.services,
    Capacity: _entries.capacities,
    FormCapacity: _entries.form_capacities,
    Facility: _entries.facilities,
    **_registers.STRATEGIES,
    # sources (issue 14): a registry a region extends
    ActRegistry: _law.act_registries,
}


def register_strategies() -> None:
    """Register a strategy for each krajsoc type, so ``st.from_type(Region)`` draws regions.

    Hypothesis calls this through krajsoc's ``hypothesis`` entry point; calling it again is
    harmless.
    """
    for cls, strategy in TYPE_STRATEGIES.items():
        st.register_type_strategy(cls, strategy())


# Importing the strategies is enough for ``st.from_type``, even where the entry point is disabled.
register_strategies()
