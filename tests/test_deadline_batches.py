"""Batches of every deadline kind: hand-checked ends, and bad rows raised, coerced or reported."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest

from krajsoc.calendar import CZECH_CALENDAR
from krajsoc.deadlines import (
    BATCH_RULES,
    Period,
    appeal_deadlines,
    deadlines_after,
    deadlines_before,
    delivery_date,
    delivery_dates,
)
from krajsoc.errors import BatchInputError, InvalidInputError, KrajsocError, UnknownCodeError
from krajsoc.rules import RULES


def test_each_kind_gives_the_hand_checked_ends() -> None:
    # 9. 12. 2026 + 15 days = Štědrý den, moved to Monday 28. 12.; 31. 1. + 1 month = 28. 2. 2026
    # (a Saturday), moved to 2. 3.
    assert deadlines_after([date(2026, 12, 9), date(2026, 1, 31)], "15 dnů") == [
        date(2026, 12, 28),
        date(2026, 2, 16),  # 15. 2. 2026 is a Sunday
    ]
    assert deadlines_after([date(2026, 1, 31)], "1 měsíc") == [date(2026, 3, 2)]
    # Counted back, not moved: 31. 3. − 1 month = 28. 2. 2026 (a Saturday); strict: 27. 2.
    assert deadlines_before([date(2026, 3, 31)], "1 měsíc") == [date(2026, 2, 28)]
    assert deadlines_before([date(2026, 3, 31)], "1 měsíc", strict=True) == [date(2026, 2, 27)]
    assert deadlines_before([date(2026, 12, 29)], "2 pracovní dny") == [date(2026, 12, 23)]
    # NSS 9 As 55/2009: ready 15. 12. 2008, the 10th day is 25. 12., delivered Monday 29. 12.
    assert delivery_dates([date(2008, 12, 15)]) == [date(2008, 12, 29)]
    assert delivery_dates([date(2008, 12, 15)], [date(2008, 12, 16)]) == [date(2008, 12, 16)]
    assert delivery_dates([date(2008, 12, 15)], [date(2009, 1, 5)]) == [date(2008, 12, 29)]
    assert appeal_deadlines([date(2008, 12, 29)]) == [date(2009, 1, 13)]


def test_appeal_deadlines_take_delivery_deadlines_as_the_per_row_function_does() -> None:
    delivered = delivery_date(date(2008, 12, 15))
    assert appeal_deadlines([delivered, date(2026, 11, 23)]) == [
        date(2009, 1, 13),
        date(2026, 12, 8),
    ]


def test_a_bad_row_raises_naming_the_first_and_counting_them_all() -> None:
    rows = [date(2026, 1, 5), None, datetime(2026, 1, 1, 12), "15. 3. 2026", 7, date(1999, 5, 1)]
    with pytest.raises(BatchInputError) as caught:
        deadlines_after(rows, "15 dnů")  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, KrajsocError) and isinstance(error, ValueError)
    assert (error.first_row, error.bad_rows, error.rows, error.code) == (1, 5, 6, "batch-input")
    assert str(error).startswith("5 of 6 rows are bad; the first, row 1 of events: The date is")
    assert [(f.where.row, f.where.field, f.code) for f in error.report] == [
        (1, "events", "batch-missing-date"),
        (2, "events", "batch-datetime"),
        (3, "events", "batch-text"),
        (4, "events", "batch-not-a-date"),
        (5, "events", "batch-date-outside-calendar"),
    ]


def test_each_reason_says_what_is_wrong_in_both_languages() -> None:
    rows = [None, datetime(2026, 1, 1), "15. 3. 2026", 7, date(1999, 5, 1), date(2100, 12, 30)]
    _, report = deadlines_after(rows, "1 měsíc", errors="report")
    assert [finding.text("en") for finding in report] == [
        "The date is missing (None, NaT or NaN).",
        "The value is a datetime, but a period counts whole days: pass a date (use .date()).",
        "The value is text (text of 11 characters), not a date: convert text to dates first.",
        "The value is not a date (got: int).",
        "The date '1999-05-01' is outside the calendar, which runs from 1. 1. 2000 to "
        "31. 12. 2100.",
        "The end of the period from '2100-12-30' would fall outside the calendar "
        "(1. 1. 2000 to 31. 12. 2100).",
    ]
    assert report.findings[1].text("cs").startswith("Hodnota je datum s časem, lhůta se ale")


def test_coerce_leaves_the_bad_rows_missing_and_report_returns_them() -> None:
    rows = [date(2026, 12, 9), None, date(2026, 11, 23)]
    assert deadlines_after(rows, "15 dnů", errors="coerce") == [
        date(2026, 12, 28),
        None,
        date(2026, 12, 8),
    ]
    ends, report = deadlines_after(rows, "15 dnů", errors="report")
    assert ends[1] is None and [f.where.row for f in report] == [1]
    clean, empty = deadlines_after(rows[:1], "15 dnů", errors="report")
    assert clean == [date(2026, 12, 28)] and empty.ok and len(empty) == 0


def test_text_in_a_date_column_is_never_echoed() -> None:
    secret = "Jan Novák 736028/5163"
    with pytest.raises(BatchInputError) as caught:
        appeal_deadlines([secret])  # type: ignore[list-item]
    assert "Novák" not in str(caught.value) and "5163" not in str(caught.value)
    assert all("Novák" not in finding.text("cs") for finding in caught.value.report)


def test_a_collection_day_before_the_ready_day_is_a_bad_row_of_collected() -> None:
    ready = [date(2026, 12, 14), date(2026, 12, 14), None]
    collected = [date(2026, 12, 1), None, date(2026, 12, 20)]
    ends, report = delivery_dates(ready, collected, errors="report")
    assert ends == [None, date(2026, 12, 28), None]
    assert [(f.where.row, f.where.field, f.code) for f in report] == [
        (0, "collected", "batch-collected-before-ready"),
        (2, "ready", "batch-missing-date"),
    ]
    assert report.findings[0].text("en") == (
        "The document was collected on '2026-12-01', before it was ready on '2026-12-14'."
    )


def test_collected_needs_one_row_per_ready_row() -> None:
    with pytest.raises(InvalidInputError, match="collected has 1 rows and ready 2"):
        delivery_dates([date(2026, 1, 5), date(2026, 1, 6)], [None])


def test_an_unknown_channel_or_errors_mode_is_refused_before_any_row_is_read() -> None:
    with pytest.raises(UnknownCodeError, match="unknown delivery channel 'email'"):
        delivery_dates([None], channel="email")
    with pytest.raises(InvalidInputError, match=r"errors='ignore' is not a way to handle"):
        deadlines_after([None], "15 dnů", errors="ignore")  # type: ignore[call-overload]


def test_the_batch_error_pickles_with_its_report() -> None:
    with pytest.raises(BatchInputError) as caught:
        deadlines_before([None, None], Period(days=3))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert str(copy) == str(caught.value)
    assert [f.code for f in copy.report] == ["batch-missing-date"] * 2


def test_generators_and_tuples_are_batches_too() -> None:
    events = (date(2026, 12, 9), date(2026, 11, 23))
    assert deadlines_after(iter(events), "15 dnů") == deadlines_after(list(events), "15 dnů")
    assert deadlines_after((), "15 dnů") == []
    assert delivery_dates([], []) == []


def test_every_batch_rule_is_registered_and_needs_no_input_but_quoted_fields() -> None:
    for rule in BATCH_RULES:
        assert RULES[rule.code] is rule
        assert set(rule.fields) <= {"got", "day", "collected", "ready"}


def test_an_office_closure_moves_the_batch_end_only_in_its_own_calendar() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 12, 28)])
    assert deadlines_after([date(2026, 12, 9)], "15 dnů", office) == [date(2026, 12, 29)]
    assert appeal_deadlines([date(2026, 12, 13)], office) == [date(2026, 12, 29)]
