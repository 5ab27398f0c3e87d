"""Catalogue files as a careless or hostile user leaves them: each is a reported problem."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from krajsoc.errors import CatalogueFileError, InvalidInputError, KrajsocError
from krajsoc.loaders import MAX_FILE_BYTES, load_catalogue, read_rows

HEADER = "id,region,authorities,department,competence,text,topics\n"
ROW = "CZ051/x/y/1,CZ051,regional,Odbor sociálních věcí,self_governing,text,social_work\n"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "rows.json"
    os.mkfifo(fifo)
    with pytest.raises(CatalogueFileError, match="FIFO, not a regular file"):
        read_rows(fifo)


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "rows.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(CatalogueFileError, match="not a regular file"):
        read_rows(link)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "rows.csv"
    folder.mkdir()
    with pytest.raises(CatalogueFileError, match="directory"):
        read_rows(folder)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    file = tmp_path / "rows.json"
    file.write_text("[" + " " * 2000 + "]", encoding="utf-8")
    with pytest.raises(CatalogueFileError, match="more than the limit of 1000 bytes"):
        read_rows(file, max_bytes=1000)
    assert read_rows(file) == []
    assert MAX_FILE_BYTES >= 100 * 1000 * 1000


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_byte_order_mark_is_skipped_alike_in_json_and_csv(tmp_path: Path, suffix: str) -> None:
    file = tmp_path / f"rows{suffix}"
    text = "[]" if suffix == ".json" else HEADER
    file.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_rows(file) == []


def test_a_csv_row_with_a_cell_more_than_the_header_is_reported_with_its_row(
    tmp_path: Path,
) -> None:
    file = tmp_path / "rows.csv"
    file.write_text(HEADER + ROW + ROW.rstrip("\n") + ",extra\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"8 cells under a header of 7.*row 3"):
        read_rows(file)


def test_a_duplicate_csv_column_is_reported(tmp_path: Path) -> None:
    file = tmp_path / "rows.csv"
    file.write_text("id,text,text\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="'text' appears twice"):
        read_rows(file)


def test_a_csv_cell_over_the_readers_limit_is_reported_with_its_row(tmp_path: Path) -> None:
    file = tmp_path / "rows.csv"
    file.write_text(HEADER + ROW + ROW.replace(",text,", ',"' + "x" * 131_073 + '",'), "utf-8")
    with pytest.raises(InvalidInputError, match="row 3"):
        read_rows(file)


def test_json_nested_100000_deep_is_reported_not_a_recursion_error(tmp_path: Path) -> None:
    file = tmp_path / "rows.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InvalidInputError, match="nested too deep"):
        load_catalogue(file)


def test_json_nested_deeper_than_a_catalogue_is_reported_with_its_row(tmp_path: Path) -> None:
    file = tmp_path / "rows.json"
    file.write_text(json.dumps([{}, {"text": [[["x"]]]}]), "utf-8")
    assert len(read_rows(file)) == 2
    deep: object = "x"
    for _ in range(200):
        deep = [deep]
    file.write_text(json.dumps([{}, {"text": deep}]), "utf-8")
    with pytest.raises(InvalidInputError, match="row 2"):
        read_rows(file)


def test_a_5000_digit_json_integer_is_reported_not_a_value_error(tmp_path: Path) -> None:
    file = tmp_path / "rows.json"
    file.write_text('[{"id": ' + "1" * 5000 + "}]", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="number too long"):
        load_catalogue(file)


def test_every_hostile_file_is_a_krajsoc_error(tmp_path: Path) -> None:
    for index, data in enumerate([b"\xff\xfe", b"[", b"{}", b'"x"', b"\x00" * 10]):
        file = tmp_path / f"rows{index}.json"
        file.write_bytes(data)
        with pytest.raises(KrajsocError):
            load_catalogue(file)
