"""Checking a year of K10 meetings, beside a baseline: the two bare deadline_before calls.

A register of meetings is small (a few dozen a year), so the goal is only that a check costs
little more than counting its two deadlines. Run: python -m pytest benchmarks --benchmark-enable
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from krajsoc.deadlines import Period, deadline_before
from krajsoc.findings import Report
from krajsoc.planning import Meeting, group

K10 = group("LK", "K10")
DAYS = [date(2027, 1, 4) + timedelta(days=i) for i in range(1000)]
MEETINGS = [
    Meeting(
        group="K10",
        date=day,
        notice_sent_on=day - timedelta(days=29 + i % 5),
        materials_received_on=day - timedelta(days=28 + i % 7),
    )
    for i, day in enumerate(DAYS)
]
MONTH = Period(months=1)


def test_check_a_thousand_k10_meetings(benchmark: Any) -> None:
    def check_all() -> list[Report]:
        return [K10.check(meeting) for meeting in MEETINGS]

    reports = benchmark(check_all)
    assert len(reports) == len(MEETINGS) and not all(report.ok for report in reports)


def test_baseline_two_bare_deadlines_per_meeting(benchmark: Any) -> None:
    def count_all() -> list[bool]:
        return [
            meeting.notice_sent_on <= deadline_before(meeting.date, MONTH).end  # type: ignore[operator]
            and meeting.materials_received_on <= deadline_before(meeting.date, MONTH).end  # type: ignore[operator]
            for meeting in MEETINGS
        ]

    found = benchmark(count_all)
    assert len(found) == len(MEETINGS)
