"""Rows every register shares: the administrative proceedings of správní řád (500/2004 Sb.).

Inclusion in a register, an authorisation and a registration are decided in administrative
proceedings. Unless decided at once, the authority decides within 30 days of their start, plus
up to 30 days where an oral hearing or a local inspection is ordered, someone must be summoned
or brought, delivery is by public notice, or the case is particularly complex (§ 71 odst. 3 SŘ,
believed); proceedings on an application start when it reaches the competent authority (§ 44
odst. 1 SŘ, believed). The authority may interrupt the proceedings (přerušení řízení, § 64 SŘ),
e.g. while an applicant blocks the assessment; the time to decide does not run meanwhile, and
runs on when they resume (§ 65 SŘ; believed).

Examples:
    >>> DECIDE.limit, DECIDE.extension.czech
    ('30 dnů', '30 dnů')
"""

from __future__ import annotations

from krajsoc.deadlines import Period
from krajsoc.findings import Certainty
from krajsoc.law import LegalReference, act
from krajsoc.registers._due import Duty
from krajsoc.registers._lifecycle import Basis

__all__ = [
    "DECIDE",
    "DECISION_TIME_EXTENDED",
    "PROCEDURE_EVENTS",
    "PROCEEDINGS_INTERRUPTED",
    "PROCEEDINGS_RESUMED",
]

_SR = act("500/2004")

DECIDE = Duty(
    "decide",
    czech="vydání rozhodnutí správním orgánem",
    english="the authority's decision",
    basis="§ 71 odst. 3 správního řádu",
    period=Period(days=30),
    extension=Period(days=30),
    certainty=Certainty.BELIEVED,
    paused_by={"proceedings_interrupted"},
    resumed_by={"proceedings_resumed"},
    extended_by={"decision_time_extended"},
    # Every decision in the proceedings meets it; each table names its own decisions here.
    ended_by={"included", "rejected", "granted", "refused", "registered"},
    dropped_by={"removed"},
)
"""The time to decide (§ 71 odst. 3 SŘ), paused while the proceedings are interrupted."""

PROCEEDINGS_INTERRUPTED = Basis.single(
    "proceedings-interrupted",
    czech="Správní orgán řízení přerušil (např. žadatel brání posouzení).",
    english="The authority interrupted the proceedings (e.g. the applicant blocks the assessment).",
    reference=LegalReference(_SR, section="64"),
    source="regional authorities' pages on the applicants' register (Sources § 7)",
)
PROCEEDINGS_RESUMED = Basis.single(
    "proceedings-resumed",
    czech="Řízení pokračuje; lhůta pro vydání rozhodnutí běží dál.",
    english="The proceedings resume; the time to decide runs on.",
    reference=LegalReference(_SR, section="65"),
    certainty=Certainty.BELIEVED,
)
DECISION_TIME_EXTENDED = Basis.single(
    "decision-time-extended",
    czech="Lhůta pro vydání rozhodnutí se prodlužuje až o 30 dnů (ústní jednání, ohledání, "
    "předvolání, veřejná vyhláška nebo zvlášť složitý případ).",
    english="The time to decide is extended by up to 30 days (oral hearing, inspection, "
    "summons, public notice or a particularly complex case).",
    reference=LegalReference(_SR, section="71", subsection=3),
    certainty=Certainty.BELIEVED,
)

PROCEDURE_EVENTS = {
    "proceedings_interrupted": "přerušení řízení (§ 64 SŘ)",
    "proceedings_resumed": "pokračování řízení",
    "decision_time_extended": "prodloužení lhůty k rozhodnutí",
}
"""The Czech labels of the shared events."""
