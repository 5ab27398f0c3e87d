"""A group's member list on a day, checked against its composition.

A seat for each municipality of a type (K10: each of the region's 10 ORP; K21: each of its 21 POU)
is filled when one voting member whose term covers the day represents it; a member of such a seat
who represents another municipality, or one of another region, is a finding, as is a municipality
represented twice. Other seats need one holder: a required seat is a violation when empty, a
recommended one a warning. Guests are allowed and reported as information.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.calendar import czech_date
from krajsoc.findings import Finding, Report
from krajsoc.planning import _rules as rules
from krajsoc.planning._member import Member
from krajsoc.territory import Municipality, municipalities

if TYPE_CHECKING:
    from krajsoc.planning._group import Group, Seat

__all__ = ["check_members"]


def _term(member: Member) -> str:
    start = czech_date(member.start) if member.start else "…"
    end = czech_date(member.end) if member.end else "…"
    return f"{start} – {end}"


def check_members(group: Group, members: Iterable[Member], *, on: date) -> Report:
    """Every finding about the member list of ``group`` on the day ``on``."""
    if not isinstance(on, date):
        raise TypeError(f"check_members(on=...) takes a date, not {type(on).__name__}")
    listed = list(members)
    for item in listed:
        if not isinstance(item, Member):
            raise TypeError(f"check_members() takes Member records, not {type(item).__name__}")
    findings: list[Finding] = []
    seats = {fold(seat.role): seat for seat in group.composition}
    serving: list[Member] = []
    for member in listed:
        if not member.covers(on):
            fields = {"member": quote(member.id), "term": _term(member), "day": czech_date(on)}
            findings.append(
                Finding(rules.MEMBER_OUT_OF_TERM, where=quote(member.id), fields=fields)
            )
            continue
        seat = seats.get(fold(member.role))
        if member.guest or (seat is not None and seat.guest):
            basis = seat.source if seat is not None and seat.source else group.source
            fields = {"member": quote(member.id), "basis": basis}
            findings.append(Finding(rules.GUEST_MEMBER, where=quote(member.id), fields=fields))
            continue
        if seat is None:
            fields = {"member": quote(member.id), "role": quote(member.role), "group": group.code}
            findings.append(
                Finding(rules.MEMBER_UNKNOWN_ROLE, where=quote(member.id), fields=fields)
            )
            continue
        serving.append(member)
    for seat in group.composition:
        if seat.guest:
            continue
        holders = [item for item in serving if fold(item.role) == fold(seat.role)]
        findings += _functions(group, seat, holders)
        if seat.each is None:
            findings += _filled(group, seat, holders)
        else:
            findings += _each_municipality(group, seat, holders)
    return Report(findings)


def _filled(group: Group, seat: Seat, holders: list[Member]) -> list[Finding]:
    if holders:
        return []
    rule = rules.REQUIRED_ROLE_MISSING if seat.required else rules.RECOMMENDED_ROLE_MISSING
    fields = {"group": group.code, "role": seat.role, "basis": seat.source or group.source}
    return [Finding(rule, where=group.code, fields=fields)]


def _functions(group: Group, seat: Seat, holders: list[Member]) -> list[Finding]:
    if not seat.functions:
        return []
    allowed = " nebo ".join(item.value for item in seat.functions)
    return [
        Finding(
            rules.MEMBER_WRONG_FUNCTION,
            where=quote(member.id),
            fields={
                "member": quote(member.id),
                "function": member.function.value,
                "role": seat.role,
                "allowed": allowed,
                "basis": seat.source or group.source,
            },
        )
        for member in holders
        if member.function is not None and member.function not in seat.functions
    ]


def _each_municipality(group: Group, seat: Seat, holders: list[Member]) -> list[Finding]:
    assert seat.each is not None
    expected: dict[str, Municipality] = {
        fold(item.name): item for item in municipalities(group.region, seat.each)
    }
    basis = seat.source or group.source
    findings: list[Finding] = []
    by_municipality: dict[str, list[Member]] = {}
    for member in holders:
        key = fold(member.municipality or "")
        if key not in expected:
            fields = {
                "member": quote(member.id),
                "municipality": quote(member.municipality),
                "kind": seat.each.upper(),
                "region": group.region.name,
                "role": seat.role,
                "basis": basis,
            }
            findings.append(
                Finding(rules.MEMBER_WRONG_MUNICIPALITY, where=quote(member.id), fields=fields)
            )
            continue
        by_municipality.setdefault(key, []).append(member)
    for key, municipality in expected.items():
        represented = by_municipality.get(key, [])
        fields = {"municipality": municipality.name, "role": seat.role}
        if not represented:
            fields |= {"group": group.code, "basis": basis}
            rule = rules.MUNICIPALITY_NOT_REPRESENTED
            findings.append(Finding(rule, where=group.code, fields=fields))
        elif len(represented) > 1:
            fields["members"] = ", ".join(quote(item.id) for item in represented)
            rule = rules.MEMBER_DUPLICATE_MUNICIPALITY
            findings.append(Finding(rule, where=municipality.name, fields=fields))
    return findings
