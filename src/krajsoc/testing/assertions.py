"""Assertions in the domain's words, for other projects' tests.

Examples:
    >>> from datetime import date
    >>> assert_deadline(date(2026, 11, 23), "15 dnů", date(2026, 12, 8))
    >>> assert_deadline(date(2026, 11, 23), "15 dnů", date(2026, 12, 7))
    Traceback (most recent call last):
    ...
    AssertionError: 15 dnů after 23. 11. 2026 ends on 8. 12. 2026, not 7. 12. 2026:
      Lhůta 15 dnů začíná běžet dnem následujícím po dni události 23. 11. 2026 — § 40 odst. 1 písm. a) správního řádu
      Posledním dnem lhůty 15 dnů je 8. 12. 2026 — § 40 odst. 1 písm. a) správního řádu
"""  # noqa: E501

from __future__ import annotations

from datetime import date

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar, czech_date
from krajsoc.deadlines import Period, deadline_after, deadline_before

__all__ = ["assert_deadline"]


def assert_deadline(
    event: date,
    period: Period | str,
    expected_end: date,
    *,
    before: bool = False,
    calendar: CzechCalendar = CZECH_CALENDAR,
) -> None:
    """Assert that ``period`` counted from ``event`` ends on ``expected_end``.

    Args:
        event: The event (or, with ``before=True``, the anchor the period is counted back from).
        period: A :class:`~krajsoc.deadlines.Period` or its text, e.g. ``"15 dnů"``.
        expected_end: The expected :attr:`~krajsoc.deadlines.Deadline.end`.
        before: Count back from ``event`` with :func:`~krajsoc.deadlines.deadline_before`.
        calendar: The working-day calendar.

    Raises:
        AssertionError: The end differs; the message gives the reasoning step by step.
    """
    value = period if isinstance(period, Period) else Period.parse(period)
    count = deadline_before if before else deadline_after
    deadline = count(event, value, calendar)
    if deadline.end != expected_end:
        direction = "before" if before else "after"
        reasoning = "\n".join(f"  {step}" for step in deadline.steps)
        raise AssertionError(
            f"{value.czech} {direction} {czech_date(event)} ends on {czech_date(deadline.end)}, "
            f"not {czech_date(expected_end)}:\n{reasoning}"
        )
