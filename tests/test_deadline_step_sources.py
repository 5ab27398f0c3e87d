"""Each step names what it rests on: a provision or, where no statute decides, a court.

The sources are Sources § 4.
"""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc.deadlines import DEADLINE_RULES, Period, deadline_after, deadline_before, delivery_date
from krajsoc.findings import Certainty


def test_counting_back_cites_the_supreme_court_and_brim_as_sources() -> None:
    notice = deadline_before(date(2026, 3, 31), Period(months=1))
    sources = [step.source for step in notice.steps]
    assert sources[0] == "NS 29 Odo 783/2003"
    assert "L. Brim, Právník 2/2024" in sources  # 28. 2. 2026 is a Saturday: not moved
    assert all(step.reference is None for step in notice.steps)


def test_the_stricter_reading_cites_brim() -> None:
    strict = deadline_before(date(2026, 12, 17), Period(months=1), strict=True)
    assert "L. Brim, Právník 2/2024" in [step.source for step in strict.steps]


@pytest.mark.parametrize(
    ("channel", "court"),
    [("post", "NSS 9 As 55/2009"), ("data_box", "NSS 4 Afs 264/2018-85")],
)
def test_a_fiction_moved_off_a_holiday_cites_the_court_beside_the_statute(
    channel: str, court: str
) -> None:
    delivered = delivery_date(date(2008, 12, 15), channel=channel)  # 10th day: 25. 12. 2008
    moved = delivered.steps[-1]
    assert moved.source == court
    assert moved.reference is not None and moved.reference.section == "40"


def test_forward_periods_rest_on_the_statute_alone() -> None:
    deadline = deadline_after(date(2026, 2, 13), Period(days=15))  # ends Saturday 28. 2.
    assert all(step.reference is not None and step.source is None for step in deadline.steps)


def test_every_rule_of_section_40_is_verified_and_the_rest_say_how_sure_they_are() -> None:
    by_code = {rule.code: rule for rule in DEADLINE_RULES}
    section_40 = [
        rule for rule in DEADLINE_RULES if rule.reference and rule.reference.section == "40"
    ]
    assert all(rule.certainty is Certainty.VERIFIED for rule in section_40 if rule.source is None)
    assert by_code["deadline-before-strict"].certainty is Certainty.DOUBTFUL
    assert by_code["deadline-before"].source == "NS 29 Odo 783/2003"
    assert by_code["deadline-before"].reference is None


def test_every_step_names_its_rule_and_renders_the_rules_templates() -> None:
    deadline = deadline_after(date(2026, 2, 13), Period(days=15))
    assert [step.rule.code for step in deadline.steps] == [
        "deadline-start",
        "deadline-count-days",
        "deadline-moved",
    ]
    moved = deadline.steps[-1]
    assert moved.czech == moved.rule.czech.format(
        nominal="28. 2. 2026", nominal_reason="sobota", end="2. 3. 2026"
    )
    assert moved.english == moved.rule.english.format(
        nominal="28. 2. 2026", nominal_reason="a Saturday", end="2. 3. 2026"
    )
