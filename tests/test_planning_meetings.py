"""Meetings against the seeds' rules: notice and materials around weekends and holidays.

Each expected date is hand-checked: seed 002 line 28 (notice at least 1 month before), line 30
(materials at least 1 month before), line 25 (convened by the council member); counting back per
Sources § 4 (the meeting day not counted, the end not moved off a day off).
"""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc.errors import MissingGroupRuleError
from krajsoc.findings import Severity
from krajsoc.planning import Meeting, Member, group

K10 = group("LK", "K10")
COUNCIL = "člen rady kraje pro sociální oblast"


@pytest.mark.parametrize(
    ("meeting", "end", "latest_working_day", "why"),
    [
        (date(2027, 3, 15), date(2027, 2, 15), date(2027, 2, 15), "a Monday, a working day"),
        (date(2027, 1, 5), date(2026, 12, 5), date(2026, 12, 4), "Saturday 5. 12. 2026"),
        (date(2027, 1, 26), date(2026, 12, 26), date(2026, 12, 23), "Christmas 24.–26. 12."),
        (date(2027, 4, 29), date(2027, 3, 29), date(2027, 3, 25), "Easter Monday 2027"),
        (date(2027, 4, 26), date(2027, 3, 26), date(2027, 3, 25), "Good Friday 2027"),
        (date(2027, 3, 31), date(2027, 2, 28), date(2027, 2, 26), "no 31. 2.; a Sunday"),
    ],
)
def test_the_k10_notice_is_counted_back_a_month_and_not_moved_off_a_day_off(
    meeting: date, end: date, latest_working_day: date, why: str
) -> None:
    for deadline in (K10.notice_deadline(meeting), K10.materials_deadline(meeting)):
        assert (deadline.end, deadline.latest_working_day) == (end, latest_working_day), why
        assert deadline.steps[0].source == "NS 29 Odo 783/2003"


def test_a_notice_on_the_saturday_deadline_itself_is_in_time() -> None:
    meeting = Meeting(group="K10", date=date(2027, 1, 5), notice_sent_on=date(2026, 12, 5))
    assert len(K10.check(meeting)) == 0


def test_a_notice_a_day_after_christmas_deadline_is_a_violation_naming_the_seed_line() -> None:
    meeting = Meeting(group="K10", date=date(2027, 1, 26), notice_sent_on=date(2026, 12, 27))
    report = K10.check(meeting)
    assert not report.ok
    (finding,) = report.violations
    assert finding.code == "planning-notice-late"
    assert "26. 12. 2026" in finding.text() and "23. 12. 2026" in finding.text()
    assert "seed 002, line 28" in finding.text("en")
    assert finding.where.subject == "K10 2027-01-26"


def test_an_extraordinary_meeting_with_a_week_of_notice_is_only_information() -> None:
    meeting = Meeting(
        group="K10", date=date(2027, 4, 29), notice_sent_on=date(2027, 4, 22), extraordinary=True
    )
    report = K10.check(meeting)
    assert report.ok
    assert [(f.code, f.severity) for f in report] == [
        ("planning-notice-short-extraordinary", Severity.INFO)
    ]


def test_an_extraordinary_meeting_does_not_shorten_the_materials_period() -> None:
    meeting = Meeting(
        group="K10",
        date=date(2027, 4, 29),
        materials_received_on=date(2027, 3, 30),
        extraordinary=True,
    )
    assert [f.code for f in K10.check(meeting).violations] == ["planning-materials-late"]


def test_materials_on_the_last_working_day_before_easter_are_in_time() -> None:
    meeting = Meeting(group="K10", date=date(2027, 4, 29), materials_received_on=date(2027, 3, 25))
    assert K10.check(meeting).ok


def test_a_meeting_convened_by_someone_else_than_the_council_member_is_a_violation() -> None:
    meeting = Meeting(group="K10", date=date(2027, 3, 15), convened_by="manažer KKS")
    assert [f.code for f in K10.check(meeting)] == ["planning-convened-by-wrong-role"]
    same_role = Meeting(
        group="K10", date=date(2027, 3, 15), convened_by="Clen rady kraje pro socialni oblast"
    )
    assert K10.check(same_role).ok


def test_facts_not_given_are_not_checked() -> None:
    assert len(K10.check(Meeting(group="k10", date=date(2027, 3, 15)))) == 0


def test_members_not_notified_are_named_but_guests_and_former_members_are_not() -> None:
    members = [
        Member(id="a", role="zástupce obce III. typu", municipality="Turnov"),
        Member(id="b", role="zástupce obce III. typu", municipality="Tanvald"),
        Member(id="host", role="přizvaný účastník", guest=True),
        Member(id="old", role="zástupce obce III. typu", end=date(2026, 12, 31)),
    ]
    meeting = Meeting(group="K10", date=date(2027, 3, 15), notified=("a",))
    report = K10.check(meeting, members)
    assert [(f.code, f.fields["member"]) for f in report] == [
        ("planning-member-not-notified", "'b'")
    ]


def test_a_meeting_of_another_group_is_refused() -> None:
    with pytest.raises(ValueError, match="checked against K10"):
        K10.check(Meeting(group="KOOS", date=date(2027, 3, 15)))
    with pytest.raises(ValueError, match="Karlovarský kraj checked against K10"):
        K10.check(Meeting(group="K10", date=date(2027, 3, 15), region="KVK"))


def test_a_group_without_a_notice_period_says_so() -> None:
    with pytest.raises(MissingGroupRuleError, match="KOOS set no notice period"):
        group("LK", "KOOS").notice_deadline(date(2027, 3, 15))
    with pytest.raises(LookupError):
        group("LK", "KOOS").materials_deadline(date(2027, 3, 15))
    meeting = Meeting(group="KOOS", date=date(2027, 3, 15), notice_sent_on=date(2027, 3, 14))
    assert len(group("LK", "KOOS").check(meeting)) == 0


def test_a_group_may_count_by_the_stricter_reading() -> None:
    strict = K10.model_copy(update={"meetings": K10.meetings.model_copy(update={"strict": True})})
    assert strict.notice_deadline(date(2027, 3, 15)).end == date(2027, 2, 14)
    assert K10.notice_deadline(date(2027, 3, 15)).end == date(2027, 2, 15)
    meeting = Meeting(group="K10", date=date(2027, 3, 15), notice_sent_on=date(2027, 2, 15))
    assert K10.check(meeting).ok and not strict.check(meeting).ok
