"""A planning group as data: purpose, roles, composition and meeting rules, each with its source.

A :class:`Group` is a frozen pydantic model, so a region can write its own groups in JSON or TOML
(``krajsoc.loaders.load_groups``) or start from a copy of a built-in one
(``group("LK", "K10").model_copy(update=...)``). Its methods apply its rules: the notice and
materials deadlines, the checks of a meeting, a year of meetings, a member list and a quorum.

Examples:
    >>> from datetime import date
    >>> from krajsoc.planning import group
    >>> k10 = group("LK", "k10")
    >>> k10.name
    'Kolegium obcí III. typu'
    >>> notice = k10.notice_deadline(date(2027, 1, 5))
    >>> notice.end, notice.latest_working_day
    (datetime.date(2026, 12, 5), datetime.date(2026, 12, 4))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from krajsoc._boundary import described
from krajsoc._text import fold
from krajsoc.agendas import Recurrence
from krajsoc.deadlines import Deadline, Period, deadline_before
from krajsoc.errors import MissingGroupRuleError
from krajsoc.findings import Certainty, Report
from krajsoc.planning import _checks, _membership
from krajsoc.planning._meeting import Meeting
from krajsoc.planning._member import Function, Member
from krajsoc.planning._quorum import QuorumRule
from krajsoc.territory import Region

__all__ = ["Group", "MeetingRules", "Roles", "Seat"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


@described
class Roles(BaseModel):
    """Who does what for a group; each a role as the composition names it, ``None`` if unsaid.

    Attributes:
        convenes: Who convenes the meetings (K10: the council member, seed 002, line 25).
        chairs: Who chairs them.
        chair_unless_agreed_otherwise: The chair is the usual one, "není-li dohodnuto jinak".
        expert_support: Who is responsible for the expert side (odborné zajištění).
        organises: Who organises the meetings (organizační a technické zajištění).
        keeps_member_list: Who keeps the current list of members (evidence členů).
        source: The seed and lines (or other source) these roles come from.
    """

    model_config = _FROZEN

    convenes: str | None = None
    chairs: str | None = None
    chair_unless_agreed_otherwise: bool = False
    expert_support: str | None = None
    organises: str | None = None
    keeps_member_list: str | None = None
    source: str | None = None


@described
class Seat(BaseModel):
    """One line of a group's composition: a role, how many hold it, who may hold it.

    Attributes:
        role: The role, e.g. ``'zástupce obce III. typu'``.
        required: A missing holder is a violation; otherwise (a recommended composition) a
            warning.
        each: One holder for each municipality of this type in the group's region: ``'orp'``
            (K10: each of the 10 ORP) or ``'pou'`` (K21: each of the 21 POU).
        functions: The functions a holder may have there (K21: mayor or deputy mayor); empty
            for any.
        guest: The role is for invited guests without a vote.
        source: The seed and line the seat comes from.
    """

    model_config = _FROZEN

    role: str = Field(min_length=1, max_length=120)
    required: bool = False
    each: Literal["orp", "pou"] | None = None
    functions: tuple[Function, ...] = ()
    guest: bool = False
    source: str | None = None


@described
class MeetingRules(BaseModel):
    """A group's meeting rules; a rule left ``None`` is not set and not checked.

    Attributes:
        notice: How long before the meeting its date is announced to the members ("1 měsíc").
        notice_source: Where the notice rule comes from.
        materials: How long before the meeting the materials are handed in.
        materials_to: To whom (K10: the KKS manager).
        materials_source: Where the materials rule comes from.
        frequency: How often the group meets: ``'dle potřeby'``, ``'cca 2x ročně'`` (an
            approximation), ``'nejméně 3x ročně'`` (a minimum).
        frequency_source: Where the frequency comes from.
        extraordinary_may_shorten: What an extraordinary meeting may shorten: ``'notice'``,
            ``'materials'``.
        consulted_before_approval: The group must discuss key planning documents before the
            region's bodies approve them (K10, seed 002, lines 9 and 24).
        quorum: The quorum and decision rule, where the group's rules set one.
        strict: Count the periods by Brim's stricter reading (the act must precede the period's
            first day, one day earlier; Sources § 4); off by default.
    """

    model_config = _FROZEN

    notice: Period | None = None
    notice_source: str | None = None
    materials: Period | None = None
    materials_to: str | None = None
    materials_source: str | None = None
    frequency: Recurrence | None = None
    frequency_source: str | None = None
    extraordinary_may_shorten: tuple[Literal["notice", "materials"], ...] = ()
    consulted_before_approval: bool = False
    quorum: QuorumRule | None = None
    strict: bool = False


@described
class Group(BaseModel):
    """A planning group of a region: what it is for, who runs it, who sits in it, how it meets.

    Attributes:
        code: Its short code, unique in the region (``'K10'``).
        name: Its Czech name.
        region: Its region; accepts any form :func:`krajsoc.territory.region` reads.
        purpose: What it is for, in the source's words.
        scope: Its reach (``'celokrajská působnost'``).
        roles: Who convenes, chairs, supports, organises, keeps the member list.
        composition: Its recommended (or required) seats.
        meetings: Its meeting rules.
        source: The seed and lines it is described in.
        certainty: How sure the library is of the group's description and basis.
        note: What a reader should know, e.g. a basis not confirmed.
    """

    model_config = _FROZEN

    code: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$")
    name: str = Field(min_length=1, max_length=200)
    region: Region
    purpose: str = ""
    scope: str = ""
    roles: Roles = Roles()
    composition: tuple[Seat, ...] = ()
    meetings: MeetingRules = MeetingRules()
    source: str = Field(min_length=1)
    certainty: Certainty = Certainty.VERIFIED
    note: str | None = None

    def is_code(self, code: str) -> bool:
        """Whether ``code`` names this group (case and diacritics ignored)."""
        return fold(code) == fold(self.code)

    def notice_deadline(self, day: dt.date) -> Deadline:
        """The last day to announce a meeting on ``day`` to the members.

        Counted back with :func:`~krajsoc.deadlines.deadline_before`: the meeting day is not
        counted, the end is not moved off a weekend or holiday, and ``latest_working_day`` is
        the day an office sends it by in practice.

        Raises:
            MissingGroupRuleError: The group's rules set no notice period.
        """
        if self.meetings.notice is None:
            raise MissingGroupRuleError(self.code, "notice period")
        return deadline_before(day, self.meetings.notice, strict=self.meetings.strict)

    def materials_deadline(self, day: dt.date) -> Deadline:
        """The last day to hand in the materials for a meeting on ``day``.

        Raises:
            MissingGroupRuleError: The group's rules set no period for the materials.
        """
        if self.meetings.materials is None:
            raise MissingGroupRuleError(self.code, "period for the materials")
        return deadline_before(day, self.meetings.materials, strict=self.meetings.strict)

    def check(self, meeting: Meeting, members: Iterable[Member] | None = None) -> Report:
        """The meeting against the group's rules: notice, materials, who convened, who was told.

        Args:
            meeting: The meeting; a fact it does not give is not checked.
            members: The member list; with ``meeting.notified``, each voting member whose term
                covers the day and who is not in ``notified`` is a finding.
        """
        return _checks.check_meeting(self, meeting, members)

    def check_year(self, meetings: Iterable[Meeting], year: int) -> Report:
        """Whether the group met as often in ``year`` as its rules say (other groups ignored)."""
        return _checks.check_year(self, meetings, year)

    def check_members(self, members: Iterable[Member], *, on: dt.date) -> Report:
        """The member list on ``on`` against the group's composition."""
        return _membership.check_members(self, members, on=on)

    def check_quorum(
        self,
        meeting: Meeting,
        present: Iterable[Member],
        members: Iterable[Member] | None = None,
    ) -> Report:
        """Whether those ``present`` make a quorum; an empty report where no rule sets one.

        Args:
            meeting: The meeting.
            present: The members present (guests and members out of term do not count).
            members: The whole member list, for a rule that needs a majority of the members.
        """
        return _checks.check_quorum(self, meeting, present, members)

    def __str__(self) -> str:
        return f"{self.code} — {self.name} ({self.region.abbreviation})"
