"""The medium-term plan's cycle: K10 before approval (seed 002), the action plan by June."""

from __future__ import annotations

from datetime import date

from krajsoc.findings import Severity
from krajsoc.planning import PLAN_PARTS, PLAN_STAGES, PlanEvent, check_plan_timeline


def _yearly(year: int, action_plan_on: date) -> list[PlanEvent]:
    return [
        PlanEvent(kind="action_plan_approved", on=action_plan_on, year=year),
        PlanEvent(kind="evaluated", on=date(year + 1, 4, 1), year=year),
        PlanEvent(kind="ministry_informed", on=date(year + 1, 5, 1), year=year),
    ]


def test_a_plan_approved_without_k10_before_is_a_violation() -> None:
    events = [
        PlanEvent(kind="consulted", on=date(2027, 6, 21), group="K10", document="SPRSS"),
        PlanEvent(kind="approved", on=date(2027, 6, 20), document="SPRSS"),
    ]
    report = check_plan_timeline(events, region="LK")
    assert [f.code for f in report.violations] == ["planning-plan-not-consulted"]
    assert "seed 002" in report.findings[0].text()


def test_k10_on_another_document_does_not_count_and_kvk_has_no_such_rule() -> None:
    events = [
        PlanEvent(kind="consulted", on=date(2027, 5, 1), group="K10", document="Akční plán"),
        PlanEvent(kind="approved", on=date(2027, 6, 20), document="SPRSS"),
    ]
    assert not check_plan_timeline(events, region="LK").ok
    assert check_plan_timeline(events, region="KVK").ok


def test_an_action_plan_approved_in_july_is_a_believed_warning() -> None:
    report = check_plan_timeline(_yearly(2028, date(2027, 7, 1)), region="LK", years=[2028])
    (finding,) = report
    assert (finding.code, finding.severity) == ("planning-action-plan-late", Severity.WARNING)
    assert finding.rule.certainty.value == "believed"
    assert "30. 6. 2027" in finding.text()
    assert (
        len(check_plan_timeline(_yearly(2028, date(2027, 6, 30)), region="LK", years=[2028])) == 0
    )


def test_a_year_without_action_plan_evaluation_or_report_gives_three_warnings() -> None:
    report = check_plan_timeline([], region="LK", years=[2027])
    assert report.ok
    assert sorted(report.codes) == [
        "planning-action-plan-missing",
        "planning-evaluation-missing",
        "planning-ministry-report-missing",
    ]


def test_the_stages_and_parts_cite_their_basis() -> None:
    assert [stage.code for stage in PLAN_STAGES][:4] == [
        "needs",
        "drafting",
        "consultation",
        "approval",
    ]
    assert len(PLAN_PARTS) == 5 and all("§ 39a" in part.basis for part in PLAN_PARTS)
