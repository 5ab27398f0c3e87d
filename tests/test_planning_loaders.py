"""A region's own groups from TOML and JSON, and meetings from CSV and JSON, all errors at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from krajsoc.errors import InvalidInputError
from krajsoc.loaders import load_groups, load_meetings
from krajsoc.planning import Meeting, group
from krajsoc.territory import region

DATA = Path(__file__).parent / "data" / "planning"


def test_a_regions_own_group_from_toml_is_checked_like_a_built_in_one() -> None:
    (k7,), report = load_groups(DATA / "groups_kvk.toml")
    assert report.ok and k7.region is region("KVK")
    assert k7.notice_deadline(date(2027, 3, 15)).end == date(2027, 3, 1)
    assert group("KVK", "k7", among=[k7]) is k7
    late = Meeting(group="K7", date=date(2027, 3, 15), notice_sent_on=date(2027, 3, 2))
    assert [f.code for f in k7.check(late)] == ["planning-notice-late"]
    assert "jednací řád kolegia, čl. 4" in k7.check(late).findings[0].text()


def test_every_problem_of_every_group_row_is_reported_and_nothing_loaded() -> None:
    found, report = load_groups(DATA / "groups_bad.json")
    assert found == ()
    assert [(f.where.row, f.where.field, f.code) for f in report] == [
        (1, "region", "row-invalid-value"),
        (2, "meetings.notice", "row-invalid-value"),
        (4, "code", "row-duplicate-key"),
        (5, "chairman", "row-unknown-field"),
    ]


def test_a_copy_of_k10_written_as_json_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "own.json"
    path.write_text("[" + group("LK", "K10").model_dump_json() + "]", "utf-8")
    (copy,), report = load_groups(path)
    assert report.ok and copy == group("LK", "K10")


def test_meetings_from_csv_read_czech_yes_and_no() -> None:
    meetings, report = load_meetings(DATA / "meetings_lk_2027.csv")
    assert report.ok
    assert [m.extraordinary for m in meetings] == [False, True, False]
    assert meetings[0].region is region("LK")


@pytest.mark.parametrize(
    ("text", "suffix", "message"),
    [
        ("{", ".json", "not JSON"),
        ("[[groups]\n", ".toml", "not TOML"),
        ("groups = 1\n", ".toml", "array of tables"),
        ('{"groups": 1}', ".json", "must be a list"),
    ],
)
def test_unreadable_group_files_raise_one_clear_error(
    tmp_path: Path, text: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"groups{suffix}"
    path.write_text(text, "utf-8")
    with pytest.raises(InvalidInputError, match=message):
        load_groups(path)


def test_a_meeting_csv_with_an_unknown_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("group,date,jmeno\nK10,2027-03-15,Jan Novák\n", "utf-8")
    with pytest.raises(InvalidInputError, match="unknown CSV column 'jmeno'") as caught:
        load_meetings(path)
    assert "Novák" not in str(caught.value)
