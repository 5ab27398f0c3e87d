"""Records and reports as DataFrames and back, on the shared row functions (the pandas extra)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from krajsoc.agendas import Agenda, catalogue
from krajsoc.errors import InvalidInputError
from krajsoc.findings import FindingRecord, Report
from krajsoc.frames import REPORT_COLUMNS, from_frame, to_frame
from krajsoc.planning import Meeting
from krajsoc.registers import ENTRY_KINDS, synthetic_entry
from krajsoc.rows import from_rows
from krajsoc.testing.strategies import meetings, register_entries

BAD_MEETINGS = pd.DataFrame(
    {
        "group": ["K10", "K10", None, "K10"],
        "date": ["2027-03-15", "15. března", "2027-04-01", "2027-05-03"],
        "region": ["LK", "LK", "LK", "XX"],
    }
)


def test_the_catalogue_becomes_a_frame_of_its_agendas_in_one_call_and_comes_back() -> None:
    lk = catalogue("LK")
    frame = to_frame(lk)
    assert len(frame) == len(lk) and frame.index.tolist() == list(range(1, len(lk) + 1))
    assert list(frame.columns) == list(Agenda.model_fields)
    assert frame.loc[1, "topics"] == lk.agendas[0].model_dump(mode="json")["topics"]
    agendas, report = from_frame(frame, Agenda)
    assert report.ok and agendas == lk.agendas


def test_the_catalogue_tabulates_by_competence_and_topic() -> None:
    frame = to_frame(catalogue("LK")).explode("topics")
    table = pd.crosstab(frame["topics"], frame["competence"])
    assert table.to_numpy().sum() == sum(len(item.topics) or 1 for item in catalogue("LK"))
    assert set(table.columns) <= {"delegated", "self_governing", "both"}


def test_a_report_becomes_a_frame_of_its_findings_that_reads_back_as_finding_records() -> None:
    _, report = from_frame(BAD_MEETINGS, Meeting, start=2, key=None)
    frame = to_frame(report)
    assert tuple(frame.columns) == REPORT_COLUMNS and frame.index.name == "finding"
    assert frame["row"].tolist() == [3, 4, 5]
    records, again = from_frame(frame, FindingRecord, key=None)
    assert again.ok and list(records) == report.to_record().findings


def test_an_empty_report_is_an_empty_frame_with_the_report_columns() -> None:
    frame = to_frame(Report())
    assert frame.empty and tuple(frame.columns) == REPORT_COLUMNS


@pytest.mark.parametrize("kind", ENTRY_KINDS)
def test_register_entries_become_a_frame_with_personal_data_masked(kind: str) -> None:
    entries = [synthetic_entry(kind, number) for number in (1, 2, 3)]
    masked = to_frame(entries).to_string()
    full = to_frame(entries, personal_data=True)
    for entry in entries:
        secrets = _personal_texts(entry.model_dump(mode="json"), type(entry))
        assert secrets and not [secret for secret in secrets if secret in masked]
    again, report = from_frame(full, type(entries[0]))
    assert report.ok and list(again) == entries


def _personal_texts(row: dict[str, object], model: type[object]) -> list[str]:
    from krajsoc.rows import to_rows

    masked = to_rows([model.model_validate(row)])[0]  # type: ignore[attr-defined]
    found: list[str] = []

    def walk(full: object, hidden: object) -> None:
        if isinstance(full, dict) and isinstance(hidden, dict):
            for key in full:
                walk(full[key], hidden.get(key))
        elif isinstance(full, list) and isinstance(hidden, list):
            if sorted(map(repr, full)) == sorted(map(repr, hidden)):
                return  # the same values; a set's order differs between two dumps
            for one, other in zip(full, hidden, strict=False):
                walk(one, other)
        elif isinstance(full, str) and full != hidden and len(full) > 3:
            found.append(full)

    walk(row, masked)
    return found


def test_meetings_become_a_frame_whose_date_columns_are_dates_with_nat_for_none() -> None:
    rows = [
        {"group": "K10", "date": "2027-03-15", "region": "LK", "notice_sent_on": "2027-03-01"},
        {"group": "K10", "date": "2027-06-14", "region": "LK"},
    ]
    found, _ = from_rows(rows, Meeting, key=None)
    frame = to_frame(found)
    assert frame["date"].dt.month.tolist() == [3, 6]
    assert frame["notice_sent_on"].isna().tolist() == [False, True]
    assert from_frame(frame, Meeting, key=None)[0] == found


@settings(max_examples=25, deadline=None)
@given(items=st.lists(meetings(), max_size=5))
def test_any_meetings_round_trip_through_a_frame(items: list[Meeting]) -> None:
    again, report = from_frame(to_frame(items), Meeting, key=None)
    assert report.ok and list(again) == items


@settings(max_examples=25, deadline=None)
@given(entry=register_entries())
def test_any_register_entry_round_trips_through_a_frame_with_its_personal_data(
    entry: BaseModel,
) -> None:
    frame = to_frame([entry], personal_data=True)
    again, report = from_frame(frame, type(entry))
    assert report.ok and list(again) == [entry]


def test_every_bad_row_of_a_frame_is_reported_and_none_is_half_loaded() -> None:
    found, report = from_frame(BAD_MEETINGS, Meeting, key=None)
    assert found == ()
    assert [(f.where.row, f.where.field, f.code) for f in report] == [
        (1, "date", "row-not-a-date"),
        (2, "group", "row-missing-field"),
        (3, "region", "row-invalid-value"),
    ]


def test_rows_are_numbered_by_the_index_or_from_start() -> None:
    shifted = BAD_MEETINGS.set_axis(["a", "b", "c", "d"])
    _, by_label = from_frame(shifted, Meeting, key=None)
    _, by_line = from_frame(shifted, Meeting, start=2, key=None)
    assert [f.where.row for f in by_label] == ["b", "c", "d"]
    assert [f.where.row for f in by_line] == [3, 4, 5]


def test_a_frame_read_from_a_csv_with_empty_cells_treats_nan_as_missing() -> None:
    text = "group;date;region;notice_sent_on;extraordinary\nK10;2027-03-15;LK;;\nK10;;LK;;true\n"
    frame = pd.read_csv(io.StringIO(text), sep=";")
    assert frame["notice_sent_on"].isna().all()
    found, report = from_frame(frame, Meeting, start=2, key=None)
    assert found == () and [(f.where.row, f.where.field) for f in report] == [(3, "date")]
    good, report = from_frame(frame.iloc[:1], Meeting, start=2, key=None)
    assert report.ok and good[0].notice_sent_on is None and good[0].date == date(2027, 3, 15)


@pytest.mark.parametrize("empty", [None, np.nan, pd.NaT, pd.NA])
def test_every_kind_of_empty_cell_is_a_field_not_given(empty: object) -> None:
    frame = pd.DataFrame(
        {"group": ["K10"], "date": [pd.Timestamp("2027-03-15")], "region": ["LK"]}
    ).astype(object)
    frame["notice_sent_on"] = pd.Series([empty], dtype=object)
    (meeting,), report = from_frame(frame, Meeting, key=None)
    assert report.ok and meeting.notice_sent_on is None and meeting.date == date(2027, 3, 15)


@pytest.mark.parametrize(
    "day",
    [
        np.datetime64("2027-03-15", "D"),
        np.datetime64("2027-03-15T00:00:00.000000000", "ns"),
        pd.Timestamp("2027-03-15"),
        date(2027, 3, 15),
        "2027-03-15",
    ],
)
def test_a_midnight_in_any_form_a_frame_holds_is_a_date(day: object) -> None:
    frame = pd.DataFrame({"group": ["K10"], "region": ["LK"]})
    frame["date"] = pd.Series([day], dtype=object)
    (meeting,), report = from_frame(frame, Meeting, key=None)
    assert report.ok and meeting.date == date(2027, 3, 15)


def test_a_timestamp_with_a_time_of_day_is_not_a_date() -> None:
    frame = pd.DataFrame(
        {"group": ["K10"], "date": [pd.Timestamp("2027-03-15 10:30")], "region": ["LK"]}
    )
    _, report = from_frame(frame, Meeting, key=None)
    assert [f.code for f in report] == ["row-not-a-date"]


def test_a_frame_with_a_repeated_index_label_or_column_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="index repeats a label"):
        from_frame(BAD_MEETINGS.set_axis([1, 1, 2, 3]), Meeting, key=None)
    assert from_frame(BAD_MEETINGS.set_axis([1, 1, 2, 3]), Meeting, start=2, key=None)[1]
    twice = pd.DataFrame([["K10", "LK"]], columns=["group", "group"])
    with pytest.raises(InvalidInputError, match="repeats the column 'group'"):
        from_frame(twice, Meeting, key=None)


@pytest.mark.parametrize("wrong", [[{"group": "K10"}], "group,date", None])
def test_from_frame_takes_only_a_frame(wrong: object) -> None:
    with pytest.raises(TypeError, match="takes a pandas DataFrame"):
        from_frame(wrong, Meeting)  # type: ignore[arg-type]


@pytest.mark.parametrize("wrong", ["text", 3, [1, 2], synthetic_entry("children", 1)])
def test_to_frame_takes_only_a_report_or_records(wrong: object) -> None:
    with pytest.raises(TypeError):
        to_frame(wrong)  # type: ignore[arg-type]


def test_importing_krajsoc_and_its_core_imports_neither_pandas_nor_numpy() -> None:
    code = (
        "import sys, krajsoc, krajsoc.agendas, krajsoc.rows, krajsoc.findings, krajsoc.loaders\n"
        "print(sorted({'pandas', 'numpy'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    code = "import sys, krajsoc.frames\nprint('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
