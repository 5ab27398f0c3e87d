"""How often groups meet (seeds 002, 003, 004) and the statutory quorum model (§ 38 odst. 4)."""

from __future__ import annotations

from datetime import date

from krajsoc.findings import Severity
from krajsoc.planning import ORP_COMMISSION_QUORUM, Meeting, Member, group


def _meetings(code: str, *days: date) -> list[Meeting]:
    return [Meeting(group=code, date=day) for day in days]


def test_a_year_with_one_koos_meeting_is_a_warning() -> None:
    koos = group("LK", "KOOS")
    report = koos.check_year(_meetings("KOOS", date(2027, 5, 12)), 2027)
    assert report.ok
    (finding,) = report
    assert (finding.code, finding.severity) == (
        "planning-meetings-fewer-than-usual",
        Severity.WARNING,
    )
    assert finding.fields["found"] == "1"


def test_two_koos_meetings_a_year_are_enough() -> None:
    koos = group("LK", "KOOS")
    assert len(koos.check_year(_meetings("KOOS", date(2027, 5, 12), date(2027, 11, 3)), 2027)) == 0


def test_a_karlovy_vary_year_with_two_child_protection_meetings_is_a_violation() -> None:
    spod = group("KVK", "setkani-spod")
    days = (date(2027, 3, 10), date(2027, 10, 6), date(2026, 12, 1))
    report = spod.check_year(_meetings("SETKANI-SPOD", *days), 2027)
    assert not report.ok
    (finding,) = report.violations
    assert finding.code == "planning-meetings-too-few"
    assert (finding.fields["found"], finding.fields["times"]) == ("2", "3")
    assert "seed 004, line 107" in finding.text()


def test_as_needed_has_nothing_to_miss_and_other_groups_meetings_do_not_count() -> None:
    assert len(group("LK", "K10").check_year([], 2027)) == 0
    koos = group("LK", "KOOS")
    report = koos.check_year(_meetings("K10", date(2027, 1, 5), date(2027, 6, 1)), 2027)
    assert report.by_rule("planning-meetings-fewer-than-usual").findings[0].fields["found"] == "0"


def test_the_orp_commission_rule_needs_the_chair_or_deputy_and_two_more_members() -> None:
    commission = group("LK", "K10").model_copy(
        update={
            "meetings": group("LK", "K10").meetings.model_copy(
                update={"quorum": ORP_COMMISSION_QUORUM}
            )
        }
    )
    meeting = Meeting(group="K10", date=date(2027, 3, 15))
    chair = Member(id="p", role="místopředseda")
    two = [Member(id="a", role="člen"), Member(id="b", role="člen")]
    guest = Member(id="g", role="host", guest=True)
    assert commission.check_quorum(meeting, [chair, *two]).ok
    assert [f.code for f in commission.check_quorum(meeting, [chair, two[0], guest])] == [
        "planning-quorum-not-met"
    ]
    assert [
        f.code for f in commission.check_quorum(meeting, [*two, Member(id="c", role="člen")])
    ] == ["planning-chair-absent"]


def test_a_group_without_a_quorum_rule_reports_nothing() -> None:
    meeting = Meeting(group="K10", date=date(2027, 3, 15))
    assert len(group("LK", "K10").check_quorum(meeting, [])) == 0


def test_decisions_take_a_majority_of_those_present_and_the_chair_breaks_a_tie() -> None:
    rule = ORP_COMMISSION_QUORUM
    assert rule.adopted(present=5, in_favour=3)
    assert not rule.adopted(present=4, in_favour=2, chair_in_favour=False)
    assert rule.adopted(present=4, in_favour=2, chair_in_favour=True)
    local = rule.model_copy(update={"chair_breaks_tie": False, "majority_of_members": True})
    assert not local.adopted(present=4, in_favour=2, chair_in_favour=True)
    assert local.required(members=11) == 6
