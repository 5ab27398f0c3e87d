"""A region's own catalogue from a file: all rows valid, or every problem at once and nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from krajsoc.agendas import Agenda, Catalogue, Recurrence, catalogue
from krajsoc.errors import (
    BulkValidationError,
    CatalogueFileError,
    DuplicateIdError,
    InvalidInputError,
    KrajsocError,
)
from krajsoc.loaders import load_catalogue, read_rows

DATA = Path(__file__).parent / "data" / "catalogues"


def test_a_json_file_with_three_bad_rows_reports_all_three_and_loads_nothing() -> None:
    with pytest.raises(BulkValidationError) as caught:
        load_catalogue(DATA / "three_bad_rows.json")
    report = caught.value.report
    assert [(f.where.row, f.where.field, f.code) for f in report] == [
        (2, "region", "row-invalid-value"),
        (3, "recurrences.0", "row-invalid-value"),
        (4, "competence", "row-invalid-value"),
    ]
    assert report.findings[0].fields["code"] == "unknown-region"
    assert "Kraj Horní" in report.findings[0].text("en")
    assert "jednou za čas" in report.findings[1].text("cs")
    message = str(caught.value)
    assert message.startswith("3 problems; nothing was loaded:\n  row 2, field region: Invalid")
    assert "Field required" not in message and "Value error" not in message


def test_the_good_rows_of_that_file_load_once_the_bad_ones_are_fixed(tmp_path: Path) -> None:
    rows = read_rows(DATA / "three_bad_rows.json")
    rows[1]["region"] = "LK"
    rows[2]["recurrences"] = ["dle potřeby"]
    rows[3]["competence"] = "samostatná působnost"
    fixed = tmp_path / "fixed.json"
    fixed.write_text(json.dumps({"agendas": rows}, ensure_ascii=False), "utf-8")
    loaded = load_catalogue(fixed)
    assert len(loaded) == 5 and loaded.name == "fixed.json"
    assert loaded.agendas[0].recurrences == (Recurrence(2),)
    assert len(loaded.search("pestoun")) == 1


def test_a_csv_catalogue_splits_list_cells_and_builds_the_source() -> None:
    loaded = load_catalogue(DATA / "good.csv")
    assert [item.id for item in loaded] == [
        "CZ051/oddeleni-socialni-prace/pp/1",
        "CZ041/regional/sp/2",
    ]
    assert len(loaded.filter(topic="child_protection")) == 1


def test_duplicate_ids_are_a_problem_of_the_later_row() -> None:
    row = {"competence": "delegated", "text": "x", "source": {"seed": "a", "items": ["1"]}}
    with pytest.raises(BulkValidationError) as caught:
        Catalogue.from_rows([row, row])
    found = [(f.where.row, f.where.field, f.code) for f in caught.value.report]
    assert found == [(2, "id", "row-duplicate-key")]
    assert "row 2, field id: The value of id repeats; it first appeared at row 1." in str(
        caught.value
    )


def test_a_duplicate_id_after_bad_rows_is_reported_at_its_own_input_row() -> None:
    good = {
        "id": "a",
        "competence": "delegated",
        "text": "x",
        "source": {"seed": "s", "items": ["1"]},
    }
    with pytest.raises(BulkValidationError) as caught:
        Catalogue.from_rows([{"text": "bad"}, good, good])
    duplicate = caught.value.report.by_rule("row-duplicate-key")
    assert [(f.where.row, f.fields["first"]) for f in duplicate] == [(3, "2")]
    assert {f.where.row for f in caught.value.report} == {1, 3}


def test_a_bad_csv_row_is_numbered_as_a_spreadsheet_numbers_it(tmp_path: Path) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("competence,text,seed,items\ndelegated,x,s,1\nnever,y,s,2\n", "utf-8")
    with pytest.raises(BulkValidationError) as caught:
        load_catalogue(sheet)
    assert [(f.where.row, f.where.field) for f in caught.value.report] == [(3, "competence")]


def test_a_catalogue_built_with_a_repeated_id_is_a_krajsoc_value_error() -> None:
    (item,) = Catalogue.from_rows(
        [{"competence": "delegated", "text": "x", "source": {"seed": "s", "items": ["1"]}}]
    )
    with pytest.raises(DuplicateIdError) as caught:
        Catalogue((item, item))
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, KrajsocError)
    assert caught.value.value == item.id and caught.value.code == "duplicate-id"


def test_every_built_in_catalogue_round_trips_through_plain_json_rows() -> None:
    for code in ("LK", "KVK"):
        rows = json.loads(json.dumps(catalogue(code).to_rows(), ensure_ascii=False))
        again = Catalogue.from_rows(rows, name="again")
        assert again.agendas == catalogue(code).agendas


def test_a_file_that_is_not_json_is_invalid_input(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[{", "utf-8")
    with pytest.raises(InvalidInputError, match="not JSON"):
        load_catalogue(broken)


def test_an_unknown_file_type_is_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"\.json or \.csv"):
        load_catalogue(tmp_path / "agendas.xlsx")


def test_the_agenda_json_schema_forbids_extra_fields() -> None:
    schema = Agenda.model_json_schema()
    assert schema["additionalProperties"] is False
    assert "text" in schema["required"]


def not_utf8(tmp_path: Path, name: str) -> Path:
    file = tmp_path / name
    file.write_bytes('text\n"sociálně-právní ochrana"\n'.encode("cp1250"))
    return file


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.json", "no such file"),
        (lambda tmp: tmp / "missing.csv", "no such file"),
        (lambda tmp: not_utf8(tmp, "cp1250.csv"), "not UTF-8"),
        (lambda tmp: not_utf8(tmp, "cp1250.json"), "not UTF-8"),
        (lambda tmp: (tmp / "folder.json").mkdir() or tmp / "folder.json", "a directory"),
    ],
)
def test_a_file_that_cannot_be_read_is_a_catalogue_file_error_naming_it(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    file = make(tmp_path)
    with pytest.raises(CatalogueFileError) as caught:
        load_catalogue(file)
    error = caught.value
    assert error.code == "catalogue-file" and isinstance(error, InvalidInputError)
    assert error.path == str(file) and error.reason.startswith(reason)
    # A long path is named by its file name only (messages quote at most 40 characters).
    assert str(error).startswith(f"cannot read catalogue file {file.name!r} (in a longer path)")
    assert f": {reason}" in str(error)
