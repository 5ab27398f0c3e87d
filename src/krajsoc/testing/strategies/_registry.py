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
from krajsoc.law import Act, CitationMatch, CitationName, LegalReference
from krajsoc.territory import Municipality, Region
from krajsoc.testing.strategies import (
    _agendas,
    _calendar,
    _deadlines,
    _findings,
    _law,
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
    **_registers.STRATEGIES,
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
