"""Recurring duties: the seeds' phrases, due windows, and missing occurrences as findings."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import TypeAdapter

from krajsoc.agendas import Cadence, Recurrence
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Severity


@pytest.mark.parametrize(
    ("phrase", "times", "cadence", "flags", "printed"),
    [
        ("2x ročně", 2, Cadence.YEARLY, "", "2x ročně"),
        ("pololetní", 1, Cadence.HALF_YEARLY, "", "pololetně"),
        ("ročně", 1, Cadence.YEARLY, "", "ročně"),
        ("1x měsíčně", 1, Cadence.MONTHLY, "", "měsíčně"),
        ("nejméně 3x ročně", 3, Cadence.YEARLY, "minimum", "nejméně 3x ročně"),
        ("dle potřeby", None, Cadence.YEARLY, "as_needed", "dle potřeby"),
        ("cca 2x za rok", 2, Cadence.YEARLY, "approximate", "cca 2x ročně"),
        ("(doporučuje se 1x měsíčně)", 1, Cadence.MONTHLY, "recommended", "doporučuje se měsíčně"),
        ("každoročně", 1, Cadence.YEARLY, "", "ročně"),
        (
            "vždy dle aktuální potřeby, nejméně však 3x ročně",
            3,
            Cadence.YEARLY,
            "as_needed minimum",
            "dle potřeby, nejméně 3x ročně",
        ),
        ("CCA 2X ZA ROK", 2, Cadence.YEARLY, "approximate", "cca 2x ročně"),
    ],
)
def test_the_seed_phrases_parse_and_print_back_in_czech(
    phrase: str, times: int | None, cadence: Cadence, flags: str, printed: str
) -> None:
    recurrence = Recurrence.parse(phrase)
    assert recurrence.times == times and recurrence.cadence is cadence
    for flag in ("minimum", "approximate", "recommended", "as_needed"):
        assert getattr(recurrence, flag) is (flag in flags.split())
    assert str(recurrence) == printed


@pytest.mark.parametrize(
    "phrase", ["", "občas", "3x", "nejméně ročně cca", "0x ročně", "cca dle potřeby"]
)
def test_phrases_that_are_not_understood_are_rejected(phrase: str) -> None:
    with pytest.raises(InvalidInputError):
        Recurrence.parse(phrase)


def test_a_minimum_cannot_also_be_approximate() -> None:
    with pytest.raises(InvalidInputError):
        Recurrence(2, minimum=True, approximate=True)


@pytest.mark.parametrize(
    ("phrase", "windows"),
    [
        ("ročně", [("2026-01-01", "2026-12-31")]),
        ("pololetní", [("2026-01-01", "2026-06-30"), ("2026-07-01", "2026-12-31")]),
        ("2x čtvrtletně", None),
        ("dle potřeby", []),
    ],
)
def test_due_windows_of_a_year(phrase: str, windows: list[tuple[str, str]] | None) -> None:
    found = Recurrence.parse(phrase).due_windows(2026)
    if windows is None:
        assert len(found) == 8
        assert found[0].start == date(2026, 1, 1) and found[-1].end == date(2026, 12, 31)
    else:
        assert [(w.start.isoformat(), w.end.isoformat()) for w in found] == windows


def test_monthly_windows_cover_february_of_a_leap_year() -> None:
    windows = Recurrence.parse("měsíčně").due_windows(2028)
    assert len(windows) == 12 and windows[1].end == date(2028, 2, 29)


JANUARY = [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
SPREAD = [date(2026, 2, 1), date(2026, 6, 1), date(2026, 12, 31)]


@pytest.mark.parametrize(
    ("phrase", "dates", "missing", "severity"),
    [
        ("nejméně 3x ročně", JANUARY, [], None),  # a minimum counts, wherever the dates fall
        ("nejméně 3x ročně", SPREAD, [], None),
        ("nejméně 3x ročně", [date(2026, 2, 10), date(2026, 3, 1)], [3], "violation"),
        ("nejméně 3x ročně", [], [1, 2, 3], "violation"),
        ("cca 2x za rok", JANUARY[:2], [], None),  # an approximation counts too, more softly
        ("cca 2x za rok", JANUARY[:1], [2], "warning"),
        ("2x ročně", JANUARY, [2], "violation"),  # a strict number needs each half-year
        ("3x ročně", JANUARY, [2, 3], "violation"),
        ("nejméně 1x měsíčně", JANUARY, list(range(2, 13)), "violation"),  # per month
    ],
)
def test_check_judges_a_minimum_or_approximation_by_count_and_a_strict_number_by_window(
    phrase: str, dates: list[date], missing: list[int], severity: str | None
) -> None:
    findings = Recurrence.parse(phrase).check(dates, 2026)
    assert [int(finding.fields["occurrence"]) for finding in findings] == missing
    assert {finding.severity.value for finding in findings} == ({severity} if severity else set())
    assert findings.ok is (severity != "violation")


def test_a_missing_minimum_occurrence_spans_the_period_and_says_how_many_were_found() -> None:
    (finding,) = Recurrence.parse("nejméně 3x ročně").check(JANUARY[:2], 2026)
    assert finding.code == "recurrence-too-few" and finding.severity is Severity.VIOLATION
    assert finding.fields["window"] == "1. 1. 2026 – 31. 12. 2026"
    assert finding.fields["found"] == "2"
    assert finding.text() == (
        "Chybí výskyt č. 3 (nejméně 3x ročně) v období 1. 1. 2026 – 31. 12. 2026: nalezeno 2."
    )
    assert finding.text("en") == (
        "Occurrence no. 3 (nejméně 3x ročně) is missing in 1. 1. 2026 – 31. 12. 2026: 2 found."
    )


def test_a_missed_strict_occurrence_names_its_window_and_what_it_is_about() -> None:
    (finding,) = Recurrence.parse("2x ročně").check([date(2026, 3, 5)], 2026, subject="K10")
    assert finding.code == "recurrence-missed" and finding.where.subject == "K10"
    assert str(finding).startswith("K10: Chybí výskyt č. 2 (2x ročně) v období 1. 7. 2026")
    (unnamed,) = Recurrence.parse("2x ročně").check([date(2026, 3, 5)], 2026)
    assert unnamed.where.subject == "2x ročně"


def test_an_approximate_or_recommended_recurrence_gives_advisory_findings() -> None:
    approximate = Recurrence.parse("cca 2x za rok").check([], 2026)
    recommended = Recurrence.parse("doporučuje se 1x měsíčně").check([], 2026)
    assert len(approximate) == 2 and len(recommended) == 12
    assert approximate.ok and recommended.ok
    assert len(approximate.warnings) == 2 and len(recommended.warnings) == 12


def test_dates_of_other_years_do_not_count() -> None:
    assert len(Recurrence.parse("ročně").check([date(2025, 6, 1)], 2026)) == 1


def test_a_recurrence_is_a_pydantic_field_in_its_czech_text() -> None:
    adapter = TypeAdapter(Recurrence)
    assert adapter.validate_python("2x ročně") == Recurrence(2)
    assert adapter.dump_python(Recurrence(2), mode="json") == "2x ročně"
    assert adapter.json_schema()["type"] == "string"
