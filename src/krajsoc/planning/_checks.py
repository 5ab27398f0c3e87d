"""A meeting, a year of meetings and a quorum, checked against a group's rules.

Each check reads like the rule it applies: count the deadline back from the meeting, compare the
day the fact happened, and report a :class:`~krajsoc.findings.Finding` only where it came late.
A fact the meeting does not give is not checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.calendar import czech_date
from krajsoc.deadlines import Deadline
from krajsoc.findings import Finding, Report, Rule
from krajsoc.planning import _rules as rules
from krajsoc.planning._meeting import Meeting
from krajsoc.planning._member import Member

if TYPE_CHECKING:
    from datetime import date

    from krajsoc.planning._group import Group

__all__ = ["check_meeting", "check_quorum", "check_year"]


def _same_group(group: Group, meeting: Meeting) -> None:
    if not isinstance(meeting, Meeting):
        raise TypeError(f"check() takes a Meeting, not {type(meeting).__name__}")
    if not group.is_code(meeting.group):
        raise ValueError(f"meeting of group {meeting.group[:40]!r} checked against {group.code}")
    if meeting.region is not None and meeting.region != group.region:
        raise ValueError(
            f"meeting in {meeting.region.name} checked against {group.code} of {group.region.name}"
        )


def check_meeting(group: Group, meeting: Meeting, members: Iterable[Member] | None) -> Report:
    """The notice, the materials, who convened the meeting and who was notified."""
    _same_group(group, meeting)
    return (
        check_notice(group, meeting)
        + check_materials(group, meeting)
        + check_convened_by(group, meeting)
        + check_notified(group, meeting, members)
    )


def _late(
    group: Group,
    meeting: Meeting,
    sent: date | None,
    deadline: Deadline | None,
    *,
    late: Rule,
    short_extraordinary: Rule,
    shortened: bool,
    basis: str | None,
) -> Report:
    if sent is None or deadline is None or sent <= deadline.end:
        return Report()
    rule = short_extraordinary if meeting.extraordinary and shortened else late
    fields = {
        "group": group.code,
        "sent": czech_date(sent),
        "latest": czech_date(deadline.end),
        "working": czech_date(deadline.latest_working_day),
        "period": deadline.period.czech,
        "basis": basis or group.source,
    }
    return Report([Finding(rule, where=meeting.key, fields=fields)])


def check_notice(group: Group, meeting: Meeting) -> Report:
    """A notice later than the group's notice period allows (seed 002, line 28 for K10)."""
    rules_ = group.meetings
    if meeting.notice_sent_on is None or rules_.notice is None:
        return Report()
    return _late(
        group,
        meeting,
        meeting.notice_sent_on,
        group.notice_deadline(meeting.date),
        late=rules.NOTICE_LATE,
        short_extraordinary=rules.NOTICE_SHORT_EXTRAORDINARY,
        shortened="notice" in rules_.extraordinary_may_shorten,
        basis=rules_.notice_source,
    )


def check_materials(group: Group, meeting: Meeting) -> Report:
    """Materials handed in later than the group's rules allow (seed 002, line 30 for K10)."""
    rules_ = group.meetings
    if meeting.materials_received_on is None or rules_.materials is None:
        return Report()
    return _late(
        group,
        meeting,
        meeting.materials_received_on,
        group.materials_deadline(meeting.date),
        late=rules.MATERIALS_LATE,
        short_extraordinary=rules.MATERIALS_SHORT_EXTRAORDINARY,
        shortened="materials" in rules_.extraordinary_may_shorten,
        basis=rules_.materials_source,
    )


def check_convened_by(group: Group, meeting: Meeting) -> Report:
    """A meeting convened by someone other than the role the group's rules name."""
    convenes = group.roles.convenes
    if meeting.convened_by is None or convenes is None:
        return Report()
    if fold(meeting.convened_by) == fold(convenes):
        return Report()
    fields = {
        "group": group.code,
        "convened_by": quote(meeting.convened_by),
        "convenes": convenes,
        "basis": group.roles.source or group.source,
    }
    return Report([Finding(rules.CONVENED_BY_WRONG_ROLE, where=meeting.key, fields=fields)])


def check_notified(group: Group, meeting: Meeting, members: Iterable[Member] | None) -> Report:
    """Each voting member in term on the day whom the notice did not reach."""
    if meeting.notified is None or members is None:
        return Report()
    notified = set(meeting.notified)
    basis = group.meetings.notice_source or group.source
    return Report(
        Finding(
            rules.MEMBER_NOT_NOTIFIED,
            where=meeting.key,
            fields={"group": group.code, "member": quote(member.id), "basis": basis},
        )
        for member in members
        if not member.guest and member.covers(meeting.date) and member.id not in notified
    )


def check_year(group: Group, meetings: Iterable[Meeting], year: int) -> Report:
    """Fewer meetings in ``year`` than a minimum (a violation) or an approximation (a warning)."""
    frequency = group.meetings.frequency
    days = [meeting.date for meeting in meetings if group.is_code(meeting.group)]
    if frequency is None:
        return Report()
    missing = frequency.check(days, year)
    if not missing:
        return Report()
    found = sum(1 for day in days if day.year == year)
    rule = rules.MEETINGS_TOO_FEW if frequency.minimum else rules.MEETINGS_FEWER_THAN_USUAL
    fields = {
        "group": group.code,
        "year": str(year),
        "found": str(found),
        "times": str(frequency.times),
        "frequency": str(frequency),
        "basis": group.meetings.frequency_source or group.source,
    }
    if rule is rules.MEETINGS_FEWER_THAN_USUAL:
        del fields["times"]
    return Report([Finding(rule, where=f"{group.code} {year}", fields=fields)])


def check_quorum(
    group: Group,
    meeting: Meeting,
    present: Iterable[Member],
    members: Iterable[Member] | None,
) -> Report:
    """Whether the voting members present, and the chair if needed, make the group's quorum."""
    _same_group(group, meeting)
    quorum = group.meetings.quorum
    if quorum is None:
        return Report()
    voting = [item for item in present if not item.guest and item.covers(meeting.date)]
    chair_roles = {fold(role) for role in quorum.chair_roles}
    chair_present = any(fold(item.role) in chair_roles for item in voting)
    total = None
    if members is not None:
        total = sum(1 for item in members if not item.guest and item.covers(meeting.date))
    findings = []
    if quorum.chair_or_deputy and not chair_present:
        fields = {"group": group.code, "chair": ", ".join(quorum.chair_roles)}
        fields["basis"] = quorum.source
        findings.append(Finding(rules.CHAIR_ABSENT, where=meeting.key, fields=fields))
    required = quorum.required(total)
    if len(voting) < required:
        fields = {"group": group.code, "present": str(len(voting)), "required": str(required)}
        fields["basis"] = quorum.source
        findings.append(Finding(rules.QUORUM_NOT_MET, where=meeting.key, fields=fields))
    return Report(findings)
