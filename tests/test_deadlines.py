"""Deadlines worked out by hand: § 40 odst. 1 správního řádu, notice periods, delivery, appeal."""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc.calendar import CZECH_CALENDAR
from krajsoc.deadlines import (
    Deadline,
    Period,
    appeal_deadline,
    deadline_after,
    deadline_before,
    deadlines_after,
    delivery_date,
)
from krajsoc.deadlines._rules import BEFORE_STRICT
from krajsoc.errors import DateOutOfRangeError, InvalidInputError
from krajsoc.testing import assert_deadline


def _values(row: tuple[str | None, ...]) -> list[object]:
    """ISO dates in a table row as dates; periods and channels stay text."""
    return [date.fromisoformat(v) if v and v[:2] == "20" and len(v) == 10 else v for v in row]


# (case, event, period, nominal end, end): each end checked against a printed calendar.
AFTER = [
    ("15 days from a Monday, no holiday", "2026-11-23", "15 dnů", "2026-12-08", "2026-12-08"),
    ("15 days ending on Christmas Eve", "2026-12-09", "15 dnů", "2026-12-24", "2026-12-28"),
    ("15 days ending on Christmas Day", "2026-12-10", "15 dnů", "2026-12-25", "2026-12-28"),
    (
        "Good Friday 2015 was still a working day",
        "2015-03-19",
        "15 dnů",
        "2015-04-03",
        "2015-04-03",
    ),
    ("Easter Monday 2015", "2015-03-22", "15 dnů", "2015-04-06", "2015-04-07"),
    (
        "Good Friday 2016 is a holiday, then the weekend and Easter Monday",
        "2016-03-10",
        "15 dnů",
        "2016-03-25",
        "2016-03-29",
    ),
    ("31 January + 1 month in a leap year", "2024-01-31", "1 měsíc", "2024-02-29", "2024-02-29"),
    (
        "31 January + 1 month in a common year, 28 February a Saturday",
        "2026-01-31",
        "1 měsíc",
        "2026-02-28",
        "2026-03-02",
    ),
    ("31 March + 1 month ends on 30 April", "2026-03-31", "1 měsíc", "2026-04-30", "2026-04-30"),
    ("29 February + 1 year ends on 28 February", "2024-02-29", "1 rok", "2025-02-28", "2025-02-28"),
    ("8 May, Friday, then the weekend", "2026-04-23", "15 dnů", "2026-05-08", "2026-05-11"),
    ("5 and 6 July, Monday and Tuesday", "2027-06-20", "15 dnů", "2027-07-05", "2027-07-07"),
    ("28 September", "2026-09-13", "15 dnů", "2026-09-28", "2026-09-29"),
    ("28 October", "2026-10-13", "15 dnů", "2026-10-28", "2026-10-29"),
    ("17 November", "2026-11-02", "15 dnů", "2026-11-17", "2026-11-18"),
    ("2 weeks end on the same weekday", "2026-11-23", "2 týdny", "2026-12-07", "2026-12-07"),
    ("5 working days over Christmas", "2026-12-23", "5 pracovních dnů", "2027-01-04", "2027-01-04"),
]


@pytest.mark.parametrize(
    ("event", "text", "nominal_end", "end"),
    [tuple(_values(row[1:])) for row in AFTER],
    ids=[row[0] for row in AFTER],
)
def test_deadline_after_an_event_follows_section_40(
    event: date, text: str, nominal_end: date, end: date
) -> None:
    deadline = deadline_after(event, Period.parse(text))
    assert (deadline.nominal_end, deadline.end, deadline.latest_working_day) == (
        nominal_end,
        end,
        end,
    )
    assert_deadline(event, text, end)


def test_a_moved_end_says_why_with_letter_c_of_section_40() -> None:
    deadline = deadline_after(date(2026, 2, 13), Period(days=15))
    assert str(deadline.steps[-1]) == (
        "28. 2. 2026 je sobota, lhůta končí nejbližší následující pracovní den 2. 3. 2026"
        " — § 40 odst. 1 písm. c) správního řádu"
    )
    assert deadline.steps[-1].english.startswith("28. 2. 2026 is a Saturday")


def test_every_step_after_an_event_cites_section_40() -> None:
    deadline = deadline_after(date(2026, 1, 31), Period(months=1))
    assert [rule.code for rule in deadline.rules] == [
        "deadline-start",
        "deadline-last-of-month",
        "deadline-moved",
    ]
    letters = [step.reference.letter for step in deadline.steps if step.reference]
    assert letters == ["a", "b", "c"]
    assert all("správního řádu" in str(step) for step in deadline.steps)


def test_the_holiday_is_named_in_the_step() -> None:
    step = deadline_after(date(2026, 11, 2), Period(days=15)).steps[-1]
    assert "17. 11. 2026 je svátek (Den boje za svobodu a demokracii" in step.czech


# (case, anchor, period, end, latest working day)
BEFORE = [
    (
        "one month before 31 March 2026: 28 February is a Saturday",
        "2026-03-31",
        "1 měsíc",
        "2026-02-28",
        "2026-02-27",
    ),
    (
        "one month before 17 December 2026: 17 November is a holiday",
        "2026-12-17",
        "1 měsíc",
        "2026-11-17",
        "2026-11-16",
    ),
    ("15 days before a Wednesday meeting", "2026-12-16", "15 dnů", "2026-12-01", "2026-12-01"),
    (
        "5 working days back over New Year",
        "2027-01-05",
        "5 pracovních dnů",
        "2026-12-28",
        "2026-12-28",
    ),
]


@pytest.mark.parametrize(
    ("anchor", "text", "end", "latest"),
    [tuple(_values(row[1:])) for row in BEFORE],
    ids=[row[0] for row in BEFORE],
)
def test_deadline_before_an_anchor_is_not_moved(
    anchor: date, text: str, end: date, latest: date
) -> None:
    deadline = deadline_before(anchor, Period.parse(text))
    assert (deadline.end, deadline.latest_working_day) == (end, latest)
    assert_deadline(anchor, text, end, before=True)


def test_the_stricter_reading_ends_one_day_earlier() -> None:
    default = deadline_before(date(2026, 12, 17), Period(months=1))
    strict = deadline_before(date(2026, 12, 17), Period(months=1), strict=True)
    assert strict.end == default.end.replace(day=16)
    assert strict.latest_working_day == date(2026, 11, 16)
    assert BEFORE_STRICT in strict.rules and BEFORE_STRICT not in default.rules


def test_a_backward_period_names_its_sources_and_says_the_end_is_not_moved() -> None:
    text = deadline_before(date(2026, 3, 31), Period(months=1)).explain()
    assert "NS 29 Odo 783/2003" in text
    assert "neposouvá (L. Brim, Právník 2/2024)" in text
    assert "posledním pracovním dnem je 27. 2. 2026" in text


# (case, ready, collected, channel, delivered)
DELIVERY = [
    (
        "NSS 9 As 55/2009: the 10th day was 25 December 2008",
        "2008-12-15",
        None,
        "post",
        "2008-12-29",
    ),
    ("the 10th day a working day", "2026-11-23", None, "post", "2026-12-03"),
    ("collected on the 3rd day", "2026-11-23", "2026-11-26", "post", "2026-11-26"),
    (
        "collected after the fiction: the fiction stands",
        "2026-11-23",
        "2026-12-10",
        "post",
        "2026-12-03",
    ),
    ("data box, 10th day Christmas Eve", "2026-12-14", None, "data_box", "2026-12-28"),
    ("data box logged into on a Sunday", "2026-12-14", "2026-12-20", "data_box", "2026-12-20"),
]


@pytest.mark.parametrize(
    ("ready", "collected", "channel", "delivered"),
    [tuple(_values(row[1:])) for row in DELIVERY],
    ids=[row[0] for row in DELIVERY],
)
def test_delivery_date(ready: date, collected: date | None, channel: str, delivered: date) -> None:
    assert delivery_date(ready, collected_on=collected, channel=channel).end == delivered


def test_delivery_steps_cite_the_act_and_the_court() -> None:
    post = delivery_date(date(2008, 12, 15)).explain()
    assert "§ 24 odst. 1 správního řádu" in post and "NSS 9 As 55/2009" in post
    box = delivery_date(date(2026, 12, 14), channel="data_box").explain()
    assert "§ 17 odst. 4 zákona o elektronických úkonech" in box
    assert "NSS 4 Afs 264/2018-85" in box


def test_collection_before_the_document_was_ready_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="before it was ready"):
        delivery_date(date(2026, 11, 23), collected_on=date(2026, 11, 22))


def test_the_appeal_period_runs_15_days_from_delivery_with_all_the_steps() -> None:
    delivered = delivery_date(date(2008, 12, 15))
    appeal = appeal_deadline(delivered)
    assert (appeal.event, appeal.end) == (date(2008, 12, 29), date(2009, 1, 13))
    assert appeal.follows == delivered
    assert appeal.steps[: len(delivered.steps)] == delivered.steps
    assert "§ 83 odst. 1 správního řádu" in appeal.explain()
    assert appeal_deadline(date(2026, 11, 23)).end == date(2026, 12, 8)


def test_an_office_closure_moves_the_end_only_in_its_own_calendar() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 12, 28)])
    assert deadline_after(date(2026, 12, 9), Period(days=15), office).end == date(2026, 12, 29)
    assert deadline_after(date(2026, 12, 9), Period(days=15)).end == date(2026, 12, 28)
    assert "den uzavření úřadu" not in deadline_after(date(2026, 12, 9), Period(days=15)).explain()


def test_batch_ends_equal_the_single_ends() -> None:
    events = [date(2026, 12, 9), date(2026, 1, 31), date(2024, 2, 29)]
    for text in ("15 dnů", "1 měsíc", "1 rok", "2 týdny", "5 pracovních dnů"):
        period = Period.parse(text)
        assert deadlines_after(events, period) == [deadline_after(e, period).end for e in events]
    assert deadlines_after([], Period(days=1)) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda: deadline_after(date(1999, 12, 31), Period(days=1)),
        lambda: deadline_after(date(2100, 12, 31), Period(days=1)),
        lambda: deadline_after(date(2100, 1, 1), Period(years=5)),
        lambda: deadline_before(date(2000, 1, 10), Period(months=1)),
        lambda: deadline_before(date(2000, 1, 1), Period(days=1), strict=True),
        lambda: delivery_date(date(2100, 12, 30)),
    ],
)
def test_dates_outside_2000_to_2100_raise_the_documented_error(call: object) -> None:
    assert callable(call)
    with pytest.raises(DateOutOfRangeError, match="outside the calendar"):
        call()


def test_assert_deadline_reports_the_reasoning() -> None:
    with pytest.raises(AssertionError, match=r"ends on 28\. 12\. 2026, not 24\. 12\. 2026"):
        assert_deadline(date(2026, 12, 9), Period(days=15), date(2026, 12, 24))


def test_deadlines_are_values() -> None:
    one = deadline_after(date(2026, 11, 23), Period(days=15))
    assert one == deadline_after(date(2026, 11, 23), Period(days=15))
    assert hash(one) == hash(deadline_after(date(2026, 11, 23), Period(days=15)))
    assert repr(one) == (
        "Deadline(event=datetime.date(2026, 11, 23), period=Period(days=15), "
        "nominal_end=datetime.date(2026, 12, 8), end=datetime.date(2026, 12, 8), "
        "latest_working_day=datetime.date(2026, 12, 8))"
    )
    assert isinstance(one, Deadline)
