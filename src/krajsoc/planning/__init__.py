"""Planning groups and meetings: membership, notice, materials, frequency, the medium-term plan.

A region plans social services through a coordination structure of groups (Liberecký kraj: K10,
K21, KOOS, the expert group, focus groups; Karlovarský kraj: the meetings with child-protection
staff and the governor's advisory board). Each :class:`Group` is data — roles, composition,
meeting rules, each with its seed and line — and its methods check a meeting, a year of
meetings, a member list and a quorum, returning a :class:`~krajsoc.findings.Report`.
:func:`check_plan_timeline` checks the cycle of the medium-term plan (§ 95 ZSS).

Examples:
    >>> from datetime import date
    >>> from krajsoc.planning import Meeting, group
    >>> k10 = group("LK", "K10")
    >>> late = Meeting(group="K10", date=date(2027, 3, 15), notice_sent_on=date(2027, 2, 20))
    >>> report = k10.check(late)
    >>> report.ok, [f.code for f in report]
    (False, ['planning-notice-late'])
    >>> print(report.findings[0].text("en"))
    Members were notified of the meeting on 20. 2. 2027; the rules of K10 (1 měsíc before, seed 002, line 28) require 15. 2. 2027 at the latest (last working day 15. 2. 2027).
"""  # noqa: E501

from krajsoc.planning._builtin import GROUPS, group, groups
from krajsoc.planning._group import Group, MeetingRules, Roles, Seat
from krajsoc.planning._meeting import Meeting
from krajsoc.planning._member import Function, Member
from krajsoc.planning._plan import (
    PLAN_PARTS,
    PLAN_STAGES,
    EventKind,
    PlanEvent,
    PlanStage,
    check_plan_timeline,
)
from krajsoc.planning._quorum import ORP_COMMISSION_QUORUM, QuorumRule
from krajsoc.planning._rules import PLANNING_RULES

__all__ = [
    "GROUPS",
    "ORP_COMMISSION_QUORUM",
    "PLANNING_RULES",
    "PLAN_PARTS",
    "PLAN_STAGES",
    "EventKind",
    "Function",
    "Group",
    "Meeting",
    "MeetingRules",
    "Member",
    "PlanEvent",
    "PlanStage",
    "QuorumRule",
    "Roles",
    "Seat",
    "check_plan_timeline",
    "group",
    "groups",
]
