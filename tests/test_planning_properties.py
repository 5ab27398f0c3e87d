"""Properties of the meeting checks over generated groups and meetings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc._text import fold
from krajsoc.findings import Severity
from krajsoc.planning import Function, Group, Meeting, Member
from krajsoc.testing import strategies as ks

NOTICE = {"planning-notice-late", "planning-notice-short-extraordinary"}
MATERIALS = {"planning-materials-late", "planning-materials-short-extraordinary"}
WITH_PERIODS = ks.groups().filter(
    lambda g: g.meetings.notice is not None and g.meetings.materials is not None
)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_notice_sent_by_the_deadlines_end_never_gets_a_finding(data: st.DataObject) -> None:
    group = data.draw(WITH_PERIODS)
    meeting = data.draw(ks.meetings(group, late=False))
    assert meeting.notice_sent_on is not None
    assert meeting.notice_sent_on <= group.notice_deadline(meeting.date).end
    codes = group.check(meeting).codes
    assert not codes & NOTICE and not codes & MATERIALS


def _expected(group: Group, meeting: Meeting, fact: str) -> tuple[str, Severity]:
    kind = "notice" if fact == "notice" else "materials"
    if meeting.extraordinary and kind in group.meetings.extraordinary_may_shorten:
        return f"planning-{kind}-short-extraordinary", Severity.INFO
    return f"planning-{kind}-late", Severity.VIOLATION


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_notice_or_materials_after_the_deadline_always_get_one_finding(
    data: st.DataObject,
) -> None:
    group = data.draw(WITH_PERIODS)
    meeting = data.draw(ks.meetings(group, late=True))
    report = group.check(meeting)
    for fact, codes in (("notice", NOTICE), ("materials", MATERIALS)):
        found = [(f.code, f.severity) for f in report if f.code in codes]
        assert found == [_expected(group, meeting, fact)]
    assert report.ok is not any(
        _expected(group, meeting, fact)[1] is Severity.VIOLATION for fact in ("notice", "materials")
    )


@settings(max_examples=100, deadline=None)
@given(
    ks.groups().filter(lambda g: g.meetings.notice is not None),
    ks.calendar_dates(min_value=date(2011, 1, 1), max_value=date(2089, 12, 31)),
)
def test_the_deadline_is_the_last_day_without_a_finding(group: Group, day: date) -> None:
    end = group.notice_deadline(day).end
    on_time = Meeting(group=group.code, date=day, notice_sent_on=end)
    late = Meeting(group=group.code, date=day, notice_sent_on=end + timedelta(days=1))
    assert not group.check(on_time).codes & NOTICE
    assert group.check(late).codes & NOTICE


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_member_list_always_gives_a_report_and_out_of_term_members_are_named(
    data: st.DataObject,
) -> None:
    group = data.draw(ks.groups())
    members = data.draw(st.lists(ks.members(group), max_size=12, unique_by=lambda m: m.id))
    day = data.draw(ks.calendar_dates(min_value=date(2011, 1, 1), max_value=date(2089, 12, 31)))
    report = group.check_members(members, on=day)
    out_of_term = {f.fields["member"] for f in report.by_rule("planning-member-out-of-term")}
    assert out_of_term == {f"'{m.id}'" for m in members if not m.covers(day)}


@given(
    st.sampled_from(["starosta", "místostarosta", "jiná funkce", "primátor"]),
    st.sampled_from([str, str.upper, str.title, lambda t: f"  {t} "]),
    st.booleans(),
)
def test_a_function_is_read_in_any_case_with_or_without_diacritics(
    text: str, change: Callable[[str], str], strip: bool
) -> None:
    written = change(fold(text) if strip else text)
    assert Function.parse(written) is Member(id="x", role="r", function=written).function


@settings(max_examples=60, deadline=None)
@given(ks.groups())
def test_a_group_round_trips_through_its_json_form(group: Group) -> None:
    assert Group.model_validate_json(group.model_dump_json()) == group
    assert Group.model_validate(group.model_dump(mode="json")) == group
