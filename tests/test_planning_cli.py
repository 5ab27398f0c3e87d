"""``krajsoc plan-meeting``, ``krajsoc check-meetings`` and the demo's planning part."""

from __future__ import annotations

import io
import json
from pathlib import Path

import icalendar
import pytest

from krajsoc.cli import main

DATA = Path(__file__).parent / "data" / "planning"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_plan_meeting_prints_both_deadlines_with_the_saturday_and_its_working_day() -> None:
    status, out, _ = run("plan-meeting", "LK", "K10", "2027-01-05")
    assert status == 0
    assert "nejpozději 5. 12. 2026 (sobota)" in out
    assert "poslední pracovní den: 4. 12. 2026 (pátek)" in out
    assert "seed 002, line 28" in out and "seed 002, line 30" in out
    assert "NS 29 Odo 783/2003" in out


def test_plan_meeting_as_json() -> None:
    status, out, _ = run("plan-meeting", "Liberecký kraj", "k10", "2027-03-15", "--json")
    assert status == 0
    data = json.loads(out)["data"]
    assert (data["region"], data["group"]) == ("CZ051", "K10")
    assert data["deadlines"]["notice"]["end"] == "2027-02-15"
    assert data["deadlines"]["materials"]["latest_working_day"] == "2027-02-15"


def test_plan_meeting_writes_an_ics_file_that_parses_back(tmp_path: Path) -> None:
    target = tmp_path / "k10.ics"
    stamp = "2026-12-01T08:00:00+00:00"
    argv = ("plan-meeting", "LK", "K10", "2027-01-05", "--ics", str(target), "--dtstamp", stamp)
    assert run(*argv)[0] == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 3 and len(calendar.walk("VALARM")) == 2
    first = target.read_bytes()
    assert run(*argv)[0] == 0
    assert target.read_bytes() == first


def test_check_meetings_names_every_row_without_a_region_or_with_an_unknown_group(
    tmp_path: Path,
) -> None:
    rows = [
        {"group": "K10", "date": "2027-01-26", "region": "LK"},
        {"group": "K99", "date": "2027-02-26", "region": "LK"},
        {"group": "K10", "date": "2027-03-26"},
        {"group": "KOOS", "date": "2027-04-26", "region": "KVK"},
    ]
    (tmp_path / "meetings.json").write_text(json.dumps(rows), encoding="utf-8")
    status, out, err = run("check-meetings", str(tmp_path / "meetings.json"), "--json")
    assert (status, err) == (2, "")
    found = [
        (item["rule"], item["row"], item["field"]) for item in json.loads(out)["data"]["findings"]
    ]
    assert found == [
        ("planning-group-unknown", 2, "group"),
        ("row-missing-field", 3, "region"),
        ("planning-group-unknown", 4, "group"),
    ]


def test_check_meetings_counts_csv_rows_by_their_line_and_takes_the_region_from_the_option(
    tmp_path: Path,
) -> None:
    (tmp_path / "meetings.csv").write_text(
        "group;date\nK10;2027-01-26\nK99;2027-02-26\n", encoding="utf-8"
    )
    status, out, _ = run("check-meetings", str(tmp_path / "meetings.csv"), "--region", "LK")
    assert status == 2
    assert "řádek 3, pole group" in out and "Liberecký kraj nemá plánovací skupinu" in out
    assert "K10, K21" in out
    status, out, _ = run("check-meetings", str(tmp_path / "meetings.csv"))
    assert status == 2
    assert "řádek 2, pole region" in out and "řádek 3, pole region" in out
    (tmp_path / "praha.csv").write_text("group;date\nK10;2027-01-26\n", encoding="utf-8")
    status, out, _ = run("check-meetings", str(tmp_path / "praha.csv"), "--region", "HMP")
    assert status == 2 and "skupiny: žádné / none." in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("plan-meeting", "LK", "K99", "2027-03-15"), "unknown planning group 'K99'"),
        (("plan-meeting", "XX", "K10", "2027-03-15"), "unknown region 'XX'"),
        (("plan-meeting", "LK", "K10", "15. 3. 27"), "is not a date"),
        (("plan-meeting", "LK", "K10", "1999-03-15"), "outside the calendar"),
        (
            ("plan-meeting", "LK", "K10", "2027-03-15", "--ics", "/nonexistent/x.ics"),
            "cannot write",
        ),
        (
            ("plan-meeting", "LK", "K10", "2027-03-15", "--ics", "x.ics", "--dtstamp", "now"),
            "timezone",
        ),
    ],
)
def test_plan_meeting_refuses_bad_input_on_one_line(argv: tuple[str, ...], message: str) -> None:
    status, out, err = run(*argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_plan_meeting_for_a_group_without_periods_says_so() -> None:
    status, out, _ = run("plan-meeting", "LK", "KOOS", "2027-03-15")
    assert status == 0 and "nestanoví lhůtu" in out


def test_check_meetings_on_a_good_csv_year_gives_information_and_a_warning() -> None:
    status, out, _ = run("check-meetings", str(DATA / "meetings_lk_2027.csv"))
    assert status == 0
    assert "Zkontrolováno jednání: 3; 0 porušení, 1 upozornění, 1 informací." in out
    assert "KOOS 2027" in out


def test_check_meetings_exits_1_on_a_late_notice() -> None:
    status, out, _ = run("check-meetings", str(DATA / "meetings_late.json"), "--region", "LK")
    assert status == 1
    assert "planning-notice-late" not in out and "26. 12. 2026" in out


def test_check_meetings_exits_1_on_too_few_child_protection_meetings_as_json() -> None:
    status, out, _ = run("check-meetings", str(DATA / "meetings_kvk_2027.json"), "--json")
    assert status == 1
    report = json.loads(out)["data"]
    assert report["ok"] is False
    assert [item["rule"] for item in report["findings"]] == ["planning-meetings-too-few"]


def test_check_meetings_with_a_year_checks_every_group_of_the_region() -> None:
    status, out, _ = run(
        "check-meetings", str(DATA / "meetings_kvk_2027.json"), "--year", "2027", "--json"
    )
    assert status == 1
    assert len(json.loads(out)["data"]["findings"]) == 1


def test_check_meetings_reports_every_bad_row_and_exits_2() -> None:
    status, out, _ = run("check-meetings", str(DATA / "meetings_bad_rows.csv"))
    assert status == 2
    assert "řádek 2, pole date" in out and "řádek 3, pole notice_sent_on" in out
    assert "řádek 3, pole extraordinary" in out
    assert "yesterday" not in out and "maybe" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("check-meetings", "missing.csv"), "no such file"),
        (("check-meetings", str(DATA / "groups_kvk.toml")), "file type '.toml'"),
        (("check-meetings", str(DATA / "groups_bad.json")), "must be a list"),
    ],
)
def test_check_meetings_refuses_unusable_files_without_a_traceback(
    argv: tuple[str, ...], message: str
) -> None:
    status, _, err = run(*argv)
    assert status == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_the_demo_shows_each_regions_planning_groups_and_an_example_k10_meeting() -> None:
    status, out, _ = run("demo")
    assert status == 0
    assert (
        "Plánovací a koordinační skupiny (5)" in out
        and "Plánovací a koordinační skupiny (2)" in out
    )
    assert "Příklad: jednání K10 dne 5. 1. 2027" in out
    assert "poslední pracovní den: 4. 12. 2026 (pátek)" in out
    assert "dle potřeby, nejméně 3x ročně" in out


def test_plan_meeting_ics_without_the_extra_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "icalendar", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "krajsoc.ics", raising=False)
    status, _, err = run(
        "plan-meeting", "LK", "K10", "2027-03-15", "--ics", str(tmp_path / "x.ics")
    )
    assert status == 2 and "pip install 'krajsoc[ics]'" in err
    assert not (tmp_path / "x.ics").exists()
