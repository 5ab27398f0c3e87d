"""A CSV of entries: numbered columns make lists, dotted columns nested records."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.loaders import read_entry_rows
from krajsoc.registers import ApplicantEntry
from krajsoc.rows import from_rows
from krajsoc.testing.strategies import applicant_entries

# Any text but surrogates and control characters, U+2028 and U+0085 (line breaks) included.
_CELL = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zs"])
    | st.sampled_from("\u2028\x85"),
    min_size=1,
)
_CELL = _CELL.filter(lambda text: text.strip() == text and text[0] not in "[{")


def _read(header: list[str], lines: list[list[str]]) -> list[Any]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(lines)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "entries.csv")
        path.write_text(buffer.getvalue(), "utf-8")
        rows, start = read_entry_rows(path)
    assert start == 2
    return rows


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=3), min_size=1, max_size=4))
def test_numbered_columns_come_back_as_the_list_they_were_written_from(
    table: list[list[tuple[str, str]]],
) -> None:
    width = max(len(row) for row in table)
    header = [f"people.{n}.{part}" for n in range(width) for part in ("name", "number")]
    lines = [
        [cell for pair in row for cell in pair] + [""] * (2 * (width - len(row))) for row in table
    ]
    expected = [
        {"people": [{"name": name, "number": number} for name, number in row]} for row in table
    ]
    assert _read(header, lines) == expected


def test_a_cell_may_hold_a_line_break_or_a_line_separator() -> None:
    rows = _read(["a", "b"], [["x\u2028y", "z"], ["line\none", "w"]])
    assert rows == [{"a": "x\u2028y", "b": "z"}, {"a": "line\none", "b": "w"}]


def test_the_numbers_order_the_items_and_need_not_be_contiguous() -> None:
    rows = _read(["id", "xs.10", "xs.2", "xs.0"], [["Z-1", "c", "b", "a"], ["Z-2", "", "b", ""]])
    assert rows == [{"id": "Z-1", "xs": ["a", "b", "c"]}, {"id": "Z-2", "xs": ["b"]}]


def test_a_group_with_a_key_that_is_not_a_number_stays_a_record() -> None:
    assert _read(["a.0", "a.x"], [["1", "2"]]) == [{"a": {"0": "1", "x": "2"}}]


@settings(max_examples=30, deadline=None)
@given(st.lists(applicant_entries(), min_size=1, max_size=5, unique_by=lambda entry: entry.id))
def test_applicant_entries_written_as_csv_validate_back_to_the_same_entries(
    entries: list[ApplicantEntry],
) -> None:
    fields = ["id", "care", "orp", "applied_on", "consents_to_transfer"]
    header = fields + [
        f"applicants.{n}.{part}" for n in range(2) for part in ("name", "birth_number")
    ]
    lines = []
    for entry in entries:
        data = entry.model_dump(mode="json")
        line = [str(data[name]).lower() if name == "consents_to_transfer" else data[name]
                for name in fields]  # fmt: skip
        for n in range(2):
            person = data["applicants"][n] if n < len(data["applicants"]) else {}
            line += [person.get("name", ""), person.get("birth_number", "")]
        lines.append(line)
    records, report = from_rows(_read(header, lines), ApplicantEntry, start=2)
    assert report.ok
    for record, entry in zip(records, entries, strict=True):
        assert record.applicants == tuple(
            person.model_copy(update={"birth_place": None, "citizenship": None, "address": None})
            for person in entry.applicants
        )
        assert (record.id, record.care, record.orp, record.applied_on) == (
            entry.id, entry.care, entry.orp, entry.applied_on
        )  # fmt: skip
