from __future__ import annotations

import io
import json

import pytest

from krajsoc.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_deadline_prints_the_end_and_the_reasoning() -> None:
    status, out, _ = run("deadline", "2026-11-23", "15 dnů")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Konec lhůty: 8. 12. 2026 (úterý)"
    assert lines[1].startswith("  Lhůta 15 dnů začíná běžet dnem následujícím")
    assert lines[-1].endswith("§ 40 odst. 1 písm. a) správního řádu")


def test_deadline_moved_off_a_saturday_in_english() -> None:
    status, out, _ = run("deadline", "2026-02-13", "P15D", "--english")
    assert status == 0
    assert out.splitlines()[0] == "End of the period: 2. 3. 2026 (Monday)"
    assert "28. 2. 2026 is a Saturday" in out


def test_deadline_before_gives_the_latest_working_day() -> None:
    status, out, _ = run("deadline", "2026-03-31", "1 měsíc", "--before")
    assert status == 0
    assert out.splitlines()[:2] == [
        "Konec lhůty: 28. 2. 2026 (sobota)",
        "Poslední pracovní den: 27. 2. 2026 (pátek)",
    ]
    status, out, _ = run("deadline", "2026-03-31", "1 měsíc", "--before", "--strict")
    assert out.splitlines()[0] == "Konec lhůty: 27. 2. 2026 (pátek)"


def test_deadline_as_json() -> None:
    status, out, _ = run("deadline", "2026-12-09", "15 dnů", "--json")
    assert status == 0
    row = json.loads(out)["data"]
    assert (row["nominal_end"], row["end"], row["period"]) == ("2026-12-24", "2026-12-28", "P15D")
    assert row["rules"] == ["deadline-start", "deadline-count-days", "deadline-moved"]
    assert row["steps"][-1]["reference"] == "§ 40 odst. 1 písm. c) zákona č. 500/2004 Sb."


def test_workday_on_christmas_eve() -> None:
    status, out, _ = run("workday", "2026-12-24")
    assert status == 0
    assert out.splitlines() == [
        "24. 12. 2026 (čtvrtek) není pracovní den: svátek (Štědrý den).",
        "Nejbližší pracovní den od tohoto dne (sem se posouvá konec lhůty, § 40 odst. 1 písm. c) "
        "správního řádu): 28. 12. 2026 (pondělí)",
        "Poslední pracovní den před tímto dnem: 23. 12. 2026 (středa)",
        "Další pracovní den po tomto dni: 28. 12. 2026 (pondělí)",
    ]


def test_workday_on_a_working_day_labels_the_day_after_as_strictly_after() -> None:
    # next_working_day(23. 12.) is 23. 12. itself; the CLI shows the working day *after* it.
    status, out, _ = run("workday", "2026-12-23")
    assert status == 0
    assert out.splitlines() == [
        "23. 12. 2026 (středa) je pracovní den.",
        "Poslední pracovní den před tímto dnem: 22. 12. 2026 (úterý)",
        "Další pracovní den po tomto dni: 28. 12. 2026 (pondělí)",
    ]
    assert "Následující pracovní den" not in out


def test_workday_as_json() -> None:
    status, out, _ = run("workday", "2026-12-23", "--json")
    assert status == 0
    assert json.loads(out)["data"] == {
        "date": "2026-12-23",
        "working_day": True,
        "holiday": None,
        "reason": None,
        "working_day_before": "2026-12-22",
        "working_day_after": "2026-12-28",
        "working_day_on_or_after": "2026-12-23",
        "working_day_on_or_before": "2026-12-23",
    }


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (("deadline", "2026-13-01", "15 dnů"), "krajsoc: '2026-13-01' has no month 13 at DAY"),
        (("deadline", "2026-11-23", "15 hodin"), "krajsoc: '15 hodin' is not a period"),
        (("deadline", "1999-11-23", "15 dnů"), "krajsoc: event 1999-11-23 is outside the calendar"),
        (("deadline", "2026-11-23", "15 dnů", "--strict"), "krajsoc: --strict applies"),
        (("deadline", "2026-11-23"), "krajsoc deadline: the following arguments are required"),
        (("workday", "zítra"), "krajsoc: 'zítra' is not a date"),
        (("workday", "2101-01-01"), "krajsoc: date 2101-01-01 is outside the calendar"),
    ],
)
def test_bad_input_exits_2_with_one_line(argv: tuple[str, ...], start: str) -> None:
    status, out, err = run(*argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(start), err
