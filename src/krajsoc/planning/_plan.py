"""The medium-term plan (střednědobý plán rozvoje sociálních služeb) and its yearly cycle.

The plan's stages and parts are data (:data:`PLAN_STAGES`, :data:`PLAN_PARTS`), each with its
basis. :func:`check_plan_timeline` reads a region's planning events — a group discussing a
document, the region's bodies approving it, the action plan approved, the evaluation, the report
to the ministry — and reports what the rules say is missing or late.

Examples:
    >>> from datetime import date
    >>> events = [
    ...     PlanEvent(kind="approved", on=date(2027, 6, 20), document="SPRSS 2028–2030"),
    ... ]
    >>> [f.code for f in check_plan_timeline(events, region="LK")]
    ['planning-plan-not-consulted']
    >>> events.insert(0, PlanEvent(kind="consulted", on=date(2027, 5, 10), group="K10",
    ...                            document="sprss 2028-2030"))
    >>> check_plan_timeline(events, region="LK").ok
    True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

import attrs
from pydantic import BaseModel, ConfigDict, Field

from krajsoc._boundary import described
from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.calendar import CzechDate, czech_date
from krajsoc.findings import Certainty, Finding, Report
from krajsoc.planning import _rules as rules
from krajsoc.planning._builtin import groups
from krajsoc.planning._group import Group
from krajsoc.territory import Region

__all__ = [
    "PLAN_PARTS",
    "PLAN_STAGES",
    "EventKind",
    "PlanEvent",
    "PlanStage",
    "check_plan_timeline",
]


@attrs.frozen
class PlanStage:
    """One stage of the planning cycle or one part of the plan, with its basis.

    Attributes:
        code: A short code (``'approval'``).
        czech: The stage in Czech.
        english: The same in English.
        basis: The provision or source.
        certainty: How sure the library is of it.
    """

    code: str
    czech: str
    english: str
    basis: str
    certainty: Certainty = Certainty.VERIFIED


PLAN_STAGES: tuple[PlanStage, ...] = (
    PlanStage("needs", "zjišťování potřeb", "finding out needs", "§ 95 písm. a) ZSS"),
    PlanStage(
        "drafting",
        "zpracování plánu s obcemi, poskytovateli a uživateli",
        "drafting with municipalities, providers and users",
        "§ 95 písm. d) ZSS",
    ),
    PlanStage(
        "consultation",
        "projednání v K10 před orgány kraje",
        "discussion in K10 before the region's bodies",
        "seed 002, lines 9 and 24",
    ),
    PlanStage(
        "approval",
        "schválení zastupitelstvem kraje",
        "approval by the regional assembly",
        "Sources § 8",
        Certainty.BELIEVED,
    ),
    PlanStage(
        "action-plan",
        "akční plán a síť sociálních služeb na další rok (v červnu)",
        "action plan and network for the next year (in June)",
        "§ 95 písm. h) ZSS; regional practice (Sources § 8)",
        Certainty.BELIEVED,
    ),
    PlanStage(
        "evaluation",
        "sledování a vyhodnocování plnění plánu",
        "monitoring and evaluating the plan",
        "§ 95 písm. e) ZSS",
    ),
    PlanStage(
        "ministry-report",
        "informace ministerstvu o plnění plánu",
        "report to the ministry",
        "§ 95 písm. f) ZSS",
    ),
)
"""The planning cycle, in order."""

PLAN_PARTS: tuple[PlanStage, ...] = tuple(
    PlanStage(code, czech, english, "§ 39a vyhlášky č. 505/2006 Sb.")
    for code, czech, english in (
        ("descriptive", "popisná část", "descriptive part"),
        ("analytical", "analytická část", "analytical part"),
        ("evaluation", "vyhodnocení předchozího plánu", "evaluation of the previous plan"),
        ("strategic", "strategická část", "strategic part"),
        ("network", "způsob zajištění sítě sociálních služeb", "how the network is secured"),
    )
)
"""The parts of a medium-term plan (Sources § 8: the parts verified)."""


class EventKind(StrEnum):
    """What happened in the planning cycle."""

    CONSULTED = "consulted"
    """A group (e.g. K10) discussed a document."""
    APPROVED = "approved"
    """The region's bodies approved a document (the plan, an update, a key document)."""
    ACTION_PLAN_APPROVED = "action_plan_approved"
    """The action plan (with the network) for ``year`` was approved."""
    EVALUATED = "evaluated"
    """The plan's fulfilment in ``year`` was evaluated (§ 95 písm. e) ZSS)."""
    MINISTRY_INFORMED = "ministry_informed"
    """The ministry was informed of the plan's fulfilment in ``year`` (§ 95 písm. f) ZSS)."""


@described
class PlanEvent(BaseModel):
    """One event of the planning cycle.

    Attributes:
        kind: What happened.
        on: The day.
        document: The document concerned (matched case and diacritics ignored).
        group: The group that discussed it, for ``consulted``.
        year: The year an action plan is for, or an evaluation or report covers.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EventKind
    on: CzechDate
    document: str | None = Field(default=None, max_length=200)
    group: str | None = Field(default=None, max_length=40)
    year: int | None = Field(default=None, ge=2000, le=2100)


def check_plan_timeline(
    events: Iterable[PlanEvent],
    *,
    region: str | Region,
    years: Iterable[int] = (),
    among: Iterable[Group] | None = None,
) -> Report:
    """The planning events of a region against the rules of the cycle.

    Args:
        events: The events, in any order.
        region: The region; its groups that must discuss documents first (K10) are checked.
        years: The years whose action plan, evaluation and ministry report must be there.
        among: The region's groups, where not the built-in ones.
    """
    found = sorted(events, key=lambda item: item.on)
    consulting = [
        item for item in groups(region, among=among) if item.meetings.consulted_before_approval
    ]
    findings: list[Finding] = []
    for approval in (item for item in found if item.kind is EventKind.APPROVED):
        for group in consulting:
            if not _consulted_before(found, group, approval):
                fields = {
                    "document": quote(approval.document),
                    "approved": czech_date(approval.on),
                    "group": group.code,
                    "basis": group.source,
                }
                findings.append(Finding(rules.PLAN_NOT_CONSULTED, where=group.code, fields=fields))
    for year in years:
        findings += _yearly(found, year)
    return Report(findings)


def _consulted_before(events: list[PlanEvent], group: Group, approval: PlanEvent) -> bool:
    document = fold(approval.document or "").replace("–", "-")
    return any(
        item.kind is EventKind.CONSULTED
        and item.on < approval.on
        and item.group is not None
        and group.is_code(item.group)
        and fold(item.document or "").replace("–", "-") == document
        for item in events
    )


def _yearly(events: list[PlanEvent], year: int) -> list[Finding]:
    findings: list[Finding] = []
    due = dt.date(year - 1, 6, 30)
    plans = [e for e in events if e.kind is EventKind.ACTION_PLAN_APPROVED and e.year == year]
    fields = {"year": str(year), "due": czech_date(due)}
    if not plans:
        findings.append(Finding(rules.ACTION_PLAN_MISSING, where=str(year), fields=fields))
    elif min(item.on for item in plans) > due:
        fields["approved"] = czech_date(min(item.on for item in plans))
        findings.append(Finding(rules.ACTION_PLAN_LATE, where=str(year), fields=fields))
    for kind, rule in (
        (EventKind.EVALUATED, rules.EVALUATION_MISSING),
        (EventKind.MINISTRY_INFORMED, rules.MINISTRY_REPORT_MISSING),
    ):
        if not any(item.kind is kind and item.year == year for item in events):
            findings.append(Finding(rule, where=str(year), fields={"year": str(year)}))
    return findings
