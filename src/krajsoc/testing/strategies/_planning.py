"""Strategies for planning: groups, their parts, members, meetings in time and late, plan events."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from krajsoc.planning import (
    GROUPS,
    ORP_COMMISSION_QUORUM,
    PLAN_PARTS,
    PLAN_STAGES,
    EventKind,
    Function,
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
from krajsoc.territory import MUNICIPALITIES
from krajsoc.testing.strategies._calendar import calendar_dates
from krajsoc.testing.strategies._deadlines import periods

__all__ = [
    "groups",
    "meeting_rules",
    "meetings",
    "members",
    "plan_events",
    "plan_stages",
    "quorum_rules",
    "roles",
    "seats",
]

_FIRST, _LAST = date(2011, 1, 1), date(2089, 12, 31)
_PERIODS = periods(units=("days", "weeks", "months", "working_days"))


def _days() -> st.SearchStrategy[date]:
    return calendar_dates(min_value=_FIRST, max_value=_LAST)


def quorum_rules() -> st.SearchStrategy[QuorumRule]:
    """The statutory model or a local rule with its own numbers."""
    local = st.builds(
        QuorumRule,
        chair_or_deputy=st.booleans(),
        others_present=st.integers(min_value=0, max_value=10),
        majority_of_members=st.booleans(),
        chair_breaks_tie=st.booleans(),
        source=st.just("jednací řád skupiny, čl. 5"),
    )
    return st.one_of(st.just(ORP_COMMISSION_QUORUM), local)


def meeting_rules() -> st.SearchStrategy[MeetingRules]:
    """A built-in group's meeting rules, or one with other periods and a quorum."""
    built_in = st.sampled_from([item.meetings for item in GROUPS])
    changed = st.builds(
        lambda rules, notice, materials, quorum: rules.model_copy(
            update={"notice": notice, "materials": materials, "quorum": quorum}
        ),
        built_in,
        _PERIODS,
        st.none() | _PERIODS,
        st.none() | quorum_rules(),
    )
    return st.one_of(built_in, changed)


def roles() -> st.SearchStrategy[Roles]:
    """A built-in group's roles."""
    return st.sampled_from([item.roles for item in GROUPS])


def seats() -> st.SearchStrategy[Seat]:
    """A seat of a built-in group's composition."""
    return st.sampled_from([seat for item in GROUPS for seat in item.composition])


def groups() -> st.SearchStrategy[Group]:
    """A built-in group, or a copy of one with other meeting rules (a region's own group)."""
    built_in = st.sampled_from(GROUPS)
    own = st.builds(
        lambda item, rules: item.model_copy(update={"meetings": rules, "source": "own rules"}),
        built_in,
        meeting_rules(),
    )
    return st.one_of(built_in, own)


@st.composite
def members(draw: st.DrawFn, group: Group | None = None) -> Member:
    """A member of ``group`` (of any built-in group if ``None``), in term or not, or a guest."""
    chosen = group if group is not None else draw(st.sampled_from(GROUPS))
    roles_ = [seat.role for seat in chosen.composition] or ["člen"]
    start = draw(st.none() | st.dates(min_value=_FIRST, max_value=_LAST))
    end = None
    if draw(st.booleans()):
        end = draw(st.dates(min_value=start or _FIRST, max_value=_LAST))
    return Member(
        id=draw(st.from_regex(r"[a-z]{1,8}-[0-9]{1,3}", fullmatch=True)),
        role=draw(st.sampled_from(roles_)),
        municipality=draw(st.none() | st.sampled_from([item.name for item in MUNICIPALITIES])),
        function=draw(st.none() | st.sampled_from(Function)),
        start=start,
        end=end,
        guest=draw(st.booleans()),
    )


@st.composite
def meetings(draw: st.DrawFn, group: Group | None = None, *, late: bool | None = None) -> Meeting:
    """A meeting of ``group`` (any group if ``None``), its notice and materials in time or late.

    ``late=False``: both on or before their deadlines' ``end``; ``late=True``: both after it;
    ``None``: either, each on its own. A group's rules without a period give no such fact.
    """
    chosen = group if group is not None else draw(groups())
    day = draw(_days())
    facts: dict[str, date | None] = {}
    for name, period in (
        ("notice_sent_on", chosen.meetings.notice),
        ("materials_received_on", chosen.meetings.materials),
    ):
        if period is None:
            continue
        end = (
            chosen.notice_deadline(day)
            if name == "notice_sent_on"
            else chosen.materials_deadline(day)
        ).end
        is_late = draw(st.booleans()) if late is None else late
        shift = draw(st.integers(min_value=1, max_value=40))
        facts[name] = end + timedelta(days=shift) if is_late else end - timedelta(days=shift - 1)
    return Meeting(
        group=chosen.code,
        date=day,
        region=draw(st.sampled_from([None, chosen.region])),
        extraordinary=draw(st.booleans()),
        convened_by=draw(st.none() | st.sampled_from([chosen.roles.convenes or "hejtman"])),
        **facts,
    )


def plan_stages() -> st.SearchStrategy[PlanStage]:
    """A stage of the planning cycle or a part of the plan."""
    return st.sampled_from(PLAN_STAGES + PLAN_PARTS)


def plan_events() -> st.SearchStrategy[PlanEvent]:
    """An event of the planning cycle."""
    return st.builds(
        PlanEvent,
        kind=st.sampled_from(EventKind),
        on=_days(),
        document=st.none() | st.sampled_from(["SPRSS 2028–2030", "Akční plán 2028"]),
        group=st.none() | st.sampled_from(["K10", "KOOS"]),
        year=st.none() | st.integers(min_value=2011, max_value=2089),
    )
