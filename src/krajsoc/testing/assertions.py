"""Assertions in the domain's words, for other projects' tests.

Each assertion hides itself from pytest's traceback (``__tracebackhide__``), so a failure shows
the test's line and a message with what was expected, what was found, and why — never the
assertion's own source.

Examples:
    >>> from datetime import date
    >>> assert_deadline(date(2026, 11, 23), "15 dnů", date(2026, 12, 8))
    >>> assert_deadline(date(2026, 11, 23), "15 dnů", date(2026, 12, 7))
    Traceback (most recent call last):
    ...
    AssertionError: 15 dnů after 23. 11. 2026 ends on 8. 12. 2026, not 7. 12. 2026:
      Lhůta 15 dnů začíná běžet dnem následujícím po dni události 23. 11. 2026 — § 40 odst. 1 písm. a) správního řádu
      Posledním dnem lhůty 15 dnů je 8. 12. 2026 — § 40 odst. 1 písm. a) správního řádu
    >>> assert_working_day(date(2026, 12, 24))
    Traceback (most recent call last):
    ...
    AssertionError: 24. 12. 2026 (čtvrtek) is not a working day but svátek (Štědrý den); ...
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from krajsoc._quote import quote
from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar, czech_date, weekday_name
from krajsoc.deadlines import Period, deadline_after, deadline_before
from krajsoc.findings import Report
from krajsoc.law import LegalReference, extract_citations, parse_citation

__all__ = ["assert_cites", "assert_deadline", "assert_findings", "assert_working_day"]


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

    Examples:
        >>> assert_deadline(date(2026, 12, 9), "15 dnů", date(2026, 12, 28))
    """
    __tracebackhide__ = True
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


def assert_working_day(
    day: date, *, working: bool = True, calendar: CzechCalendar = CZECH_CALENDAR
) -> None:
    """Assert that ``day`` is a working day (or, with ``working=False``, a day off).

    Args:
        day: The day.
        working: Whether a working day is expected (``False``: a weekend, holiday or closure).
        calendar: The working-day calendar (with office closures, if any).

    Raises:
        AssertionError: The day is not what was expected; the message says why it is a day
            off, or that nothing makes it one, with the nearest working days.

    Examples:
        >>> assert_working_day(date(2026, 12, 23))
        >>> assert_working_day(date(2026, 12, 26), working=False)
    """
    __tracebackhide__ = True
    reason = calendar.day_off_reason(day)
    if (reason is None) == working:
        return
    shown = f"{czech_date(day)} ({weekday_name(day)})"
    if reason is not None:
        raise AssertionError(
            f"{shown} is not a working day but {reason}; expected a working day; the next "
            f"working day is {czech_date(calendar.next_working_day(day))}"
        )
    raise AssertionError(
        f"{shown} is a working day: neither a weekend, a public holiday nor a closure of this "
        "calendar; expected a day off"
    )


def assert_cites(text: str, reference: LegalReference | str) -> None:
    """Assert that ``text`` cites ``reference`` (as :func:`~krajsoc.law.extract_citations` reads).

    Args:
        text: The text to search, e.g. a decision's reasoning.
        reference: The provision expected, as a :class:`~krajsoc.law.LegalReference` or one
            citation's text; it must be cited exactly (``§ 93`` is not ``§ 93 odst. 1``).

    Raises:
        AssertionError: The text does not cite it; the message lists what the text does cite.

    Examples:
        >>> assert_cites("podle § 10 správního řádu", "§ 10 zákona č. 500/2004 Sb.")
        >>> assert_cites("podle § 10 správního řádu", "§ 11 správního řádu")
        Traceback (most recent call last):
        ...
        AssertionError: the text does not cite § 11 zákona č. 500/2004 Sb.; it cites: § 10 ...
    """
    __tracebackhide__ = True
    wanted = _one_reference(reference)
    cited = [ref for match in extract_citations(text) for ref in match.references]
    if wanted in cited:
        return
    found = "; ".join(dict.fromkeys(str(ref) for ref in cited)) or "nothing"
    raise AssertionError(
        f"the text does not cite {wanted}; it cites: {found} (text: {quote(text)})"
    )


def assert_findings(report: Report, codes: Iterable[str]) -> None:
    """Assert that ``report`` holds findings of exactly the rules ``codes`` names.

    Args:
        report: A :class:`~krajsoc.findings.Report`.
        codes: The expected rule codes, e.g. ``{"reference-repealed"}``; empty for a clean
            report.

    Raises:
        AssertionError: The rules differ; the message names the missing and unexpected codes
            and lists every finding of the report.

    Examples:
        >>> from krajsoc.law import check_reference
        >>> report = check_reference("§ 67 zákona č. 100/1988 Sb.", on=date(2026, 1, 1))
        >>> assert_findings(report, {"reference-unknown-act"})
        >>> assert_findings(report, set())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        AssertionError: expected findings of no rule, found reference-unknown-act; unexpected: ...
    """
    __tracebackhide__ = True
    expected = frozenset(codes)
    actual = report.codes
    if expected == actual:
        return
    missing = sorted(expected - actual)
    unexpected = sorted(actual - expected)
    parts = [
        f"expected findings of {_codes(expected)}, found {_codes(actual)}",
        *([f"missing: {', '.join(missing)}"] if missing else []),
        *([f"unexpected: {', '.join(unexpected)}"] if unexpected else []),
    ]
    listing = "".join(f"\n  [{finding.rule.code}] {finding}" for finding in report)
    raise AssertionError("; ".join(parts) + listing)


def _codes(codes: frozenset[str]) -> str:
    return ", ".join(sorted(codes)) if codes else "no rule"


def _one_reference(reference: LegalReference | str) -> LegalReference:
    if isinstance(reference, LegalReference):
        return reference
    found = parse_citation(reference)
    if len(found) != 1:
        raise ValueError(
            f"assert_cites expects one provision, got {len(found)} in {quote(reference)}"
        )
    return found[0]
