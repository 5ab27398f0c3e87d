"""Every command that takes a date reads the Czech forms too: ``4. 1. 2027``, ``4. ledna 2027``."""

from __future__ import annotations

import io
import json

import pytest

from krajsoc.cli import main

FORMS = "expected a date as '15. 3. 2026', '15.3.2026', '15. března 2026' or '2026-03-15'"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("day", ["4. 1. 2027", "4.1.2027", "4. 01. 2027", "4. ledna 2027"])
def test_deadline_reads_a_czech_date_as_its_iso_form(day: str) -> None:
    assert run("deadline", day, "15 dnů", "--json") == run(
        "deadline", "2027-01-04", "15 dnů", "--json"
    )
    status, out, _ = run("deadline", day, "15 dnů")
    assert status == 0
    assert out.splitlines()[0] == "Konec lhůty: 19. 1. 2027 (úterý)"


def test_plan_meeting_reads_a_czech_date() -> None:
    status, out, _ = run("plan-meeting", "LK", "K10", "4. 1. 2027", "--json")
    assert status == 0
    assert json.loads(out)["data"]["date"] == "2027-01-04"
    assert run("plan-meeting", "LK", "K10", "4. ledna 2027") == run(
        "plan-meeting", "LK", "K10", "2027-01-04"
    )


def test_workday_and_cite_read_a_czech_date() -> None:
    assert run("workday", "24. prosince 2026") == run("workday", "2026-12-24")
    citation = "§ 45 zákona o rodině č. 94/1963 Sb."
    assert run("cite", "--on", "1. 1. 2026", citation) == run(
        "cite", "--on", "2026-01-01", citation
    )


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (("deadline", "zítra", "15 dnů"), "krajsoc: 'zítra' is not a date at DAY; "),
        (("deadline", "31. 2. 2027", "15 dnů"), "krajsoc: '31. 2. 2027' is not a day: month 2"),
        (("workday", "2026-3-15"), "krajsoc: '2026-3-15' is not a date at DAY; "),
        (("plan-meeting", "LK", "K10", "4. 1. 27"), "krajsoc: '4. 1. 27' is not a date at DAY"),
        (("cite", "--on", "zítra", "§ 5"), "krajsoc cite: argument --on: 'zítra' is not a date"),
    ],
)
def test_a_bad_date_exits_2_with_one_line_naming_the_forms(
    argv: tuple[str, ...], start: str
) -> None:
    status, out, err = run(*argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(start), err
    if "is not a date" in start:
        assert FORMS in err
