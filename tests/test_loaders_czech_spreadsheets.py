"""CSV files as Czech Excel saves them: `;`-separated, cp1250 or UTF-8 with a BOM, every loader."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.errors import CatalogueFileError, InvalidInputError
from krajsoc.loaders import (
    CSV_DELIMITERS,
    detect_delimiter,
    load_catalogue,
    load_meetings,
    read_csv,
    read_entry_rows,
)

DATA = Path(__file__).parent / "data"
CATALOGUE = DATA / "catalogues" / "good.csv"
MEETINGS = DATA / "planning" / "meetings_lk_2027.csv"
ENTRIES = DATA / "registers" / "applicants_good.csv"


def as_excel_saves_it(source: Path, target: Path, *, delimiter: str, encoding: str) -> Path:
    """``source`` (a ``,``-separated UTF-8 file) saved again with ``delimiter`` in ``encoding``."""
    with source.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    target.write_bytes(buffer.getvalue().encode(encoding))
    return target


LOADERS: dict[str, tuple[Path, Callable[..., object]]] = {
    "catalogue": (CATALOGUE, lambda path, **options: load_catalogue(path, **options).agendas),
    "meetings": (MEETINGS, lambda path, **options: load_meetings(path, **options)),
    "entries": (ENTRIES, lambda path, **options: read_entry_rows(path, **options)),
}


@pytest.mark.parametrize("loader", sorted(LOADERS))
@pytest.mark.parametrize(
    ("delimiter", "encoding", "option"),
    [
        (";", "cp1250", "cp1250"),
        (";", "utf-8-sig", "utf-8"),
        (",", "utf-8-sig", "utf-8"),
        ("\t", "cp1250", "windows-1250"),
    ],
)
def test_every_loader_reads_the_same_file_saved_by_czech_excel_to_the_same_rows(
    tmp_path: Path, loader: str, delimiter: str, encoding: str, option: str
) -> None:
    source, load = LOADERS[loader]
    saved = as_excel_saves_it(
        source, tmp_path / source.name, delimiter=delimiter, encoding=encoding
    )
    assert saved.read_bytes() != source.read_bytes()
    if encoding == "cp1250":
        assert (
            "ř".encode("cp1250") in saved.read_bytes() or "á".encode("cp1250") in saved.read_bytes()
        )
    assert load(saved, encoding=option) == load(source)


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_a_cp1250_file_read_as_utf8_says_it_is_not_utf8_and_suggests_cp1250(
    tmp_path: Path, loader: str
) -> None:
    source, load = LOADERS[loader]
    saved = as_excel_saves_it(source, tmp_path / source.name, delimiter=";", encoding="cp1250")
    with pytest.raises(InvalidInputError) as caught:
        load(saved)
    message = str(caught.value)
    assert "not UTF-8 (byte " in message and 'encoding="cp1250"' in message
    assert ", line " in message


def test_a_catalogue_in_cp1250_is_still_a_catalogue_file_error_with_the_reason(
    tmp_path: Path,
) -> None:
    saved = as_excel_saves_it(CATALOGUE, tmp_path / "lk.csv", delimiter=";", encoding="cp1250")
    with pytest.raises(CatalogueFileError) as caught:
        load_catalogue(saved)
    assert caught.value.reason.startswith("not UTF-8 (byte ")
    assert "cp1250" in caught.value.reason


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_a_utf8_file_with_a_bom_read_as_cp1250_is_refused_not_garbled(
    tmp_path: Path, loader: str
) -> None:
    source, load = LOADERS[loader]
    saved = as_excel_saves_it(source, tmp_path / source.name, delimiter=";", encoding="utf-8-sig")
    with pytest.raises(
        InvalidInputError, match="UTF-8 byte order mark, so it is UTF-8, not cp1250"
    ):
        load(saved, encoding="cp1250")


def test_a_byte_that_cp1250_lacks_is_reported_as_not_cp1250(tmp_path: Path) -> None:
    file = tmp_path / "x.csv"
    file.write_bytes(b"spis;datum\nA\x81;2027-01-04\n")  # 0x81 is unassigned in cp1250
    with pytest.raises(InvalidInputError, match=r"not cp1250 \(byte 12, line 2, cannot be decoded"):
        read_csv(file, encoding="cp1250")


def test_an_unknown_encoding_is_refused_naming_the_ones_meant() -> None:
    with pytest.raises(
        InvalidInputError, match=r"unknown encoding 'cp-czech'.*'utf-8' or 'cp1250'"
    ):
        read_csv(CATALOGUE, encoding="cp-czech")


def test_a_semicolon_file_with_decimal_commas_is_read_at_its_semicolons(tmp_path: Path) -> None:
    file = tmp_path / "rozhodnuti.csv"
    file.write_bytes(
        "spis;doručeno;částka\nA/1;4. 1. 2027;1,5\nA/2;5. 1. 2027;2,25\n".encode("cp1250")
    )
    table = read_csv(file, encoding="cp1250")
    assert table.delimiter == ";" and table.encoding == "cp1250"
    assert table.header == ("spis", "doručeno", "částka")
    assert [row[2] for row in table.rows] == ["1,5", "2,25"]
    assert [number for number, _ in table.numbered()] == [2, 3]


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("a;b;c", ";"),
        ("a,b,c", ","),
        ("a\tb\tc", "\t"),
        ("jediný sloupec", ","),
        ('"a;b",c', ","),  # a delimiter inside quotes does not count
        ('"x\ny";b;c', ";"),  # nor does a line break inside a quoted header cell
        ("a;b;c,d", ";"),
    ],
)
def test_the_delimiter_is_the_most_frequent_of_the_three_in_the_header(
    header: str, delimiter: str
) -> None:
    assert detect_delimiter(header + "\n1,2;3\t4\n") == delimiter


def test_a_header_with_as_many_semicolons_as_commas_is_refused_asking_for_the_delimiter(
    tmp_path: Path,
) -> None:
    file = tmp_path / "x.csv"
    file.write_text("a;b,c\n1;2,3\n", "utf-8")
    with pytest.raises(InvalidInputError, match=r"cannot tell the delimiter.*pass delimiter="):
        read_csv(file)
    assert read_csv(file, delimiter=";").header == ("a", "b,c")


def test_a_wrong_delimiter_given_shows_in_the_error_of_the_loader(tmp_path: Path) -> None:
    saved = as_excel_saves_it(MEETINGS, tmp_path / "m.csv", delimiter=";", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        load_meetings(saved, delimiter=",")
    assert "unknown CSV column text of 80 characters" in str(caught.value)
    assert "read as ','-separated UTF-8" in str(caught.value)


def test_a_delimiter_other_than_the_three_is_refused() -> None:
    with pytest.raises(InvalidInputError, match=r"delimiter '\|'"):
        read_csv(CATALOGUE, delimiter="|")


def test_a_cell_too_long_for_the_csv_reader_names_its_row_delimiter_and_encoding(
    tmp_path: Path,
) -> None:
    file = tmp_path / "x.csv"
    long_cell = "ž" * (csv.field_size_limit() + 1)
    file.write_bytes(f"a;b\n1;2\n3;{long_cell}\n".encode("cp1250"))
    with pytest.raises(InvalidInputError) as caught:
        read_csv(file, encoding="cp1250")
    assert "not CSV" in str(caught.value)
    assert "row 3 (read as ';'-separated cp1250)" in str(caught.value)


def test_a_row_too_long_names_its_spreadsheet_row_and_how_the_file_was_read(
    tmp_path: Path,
) -> None:
    file = tmp_path / "x.csv"
    file.write_text("a;b\n1;2\n3;4;5\n", "utf-8")
    with pytest.raises(InvalidInputError) as caught:
        read_csv(file)
    assert "3 cells under a header of 2 at 'x.csv' row 3 (read as ';'-separated UTF-8)" in str(
        caught.value
    )


def test_empty_trailing_cells_and_rows_that_excel_leaves_are_ignored(tmp_path: Path) -> None:
    file = tmp_path / "x.csv"
    file.write_text("a;b\r\n1;2;;\r\n;\r\n3;\r\n;;\r\n;\r\n", "utf-8")
    table = read_csv(file)
    assert table.rows == (("1", "2"), ("", ""), ("3", ""))
    assert table.records()[2] == {"a": "3", "b": ""}


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.csv", "no such file"),
        (lambda tmp: (tmp / "folder.csv").mkdir() or tmp / "folder.csv", "a directory"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    with pytest.raises(InvalidInputError, match=f"cannot read .*: {reason}"):
        read_csv(make(tmp_path))


def test_an_empty_file_has_no_header_and_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "x.csv"
    file.write_bytes(b"\xef\xbb\xbf")
    with pytest.raises(InvalidInputError, match="needs a header line"):
        read_csv(file)


header_names = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzáčďéěíňóřšťúůýž_", min_size=1, max_size=8),
    min_size=2,
    max_size=5,
    unique=True,
)
# Any text cp1250 can hold, line breaks and quotes included.
cells = st.text(
    alphabet=st.characters(codec="cp1250", exclude_categories=["Cs"]).filter(lambda c: c != "\x00"),
    max_size=12,
)


@given(
    header=header_names,
    data=st.data(),
    delimiter=st.sampled_from(CSV_DELIMITERS),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1250"]),
)
def test_any_table_written_with_any_delimiter_and_encoding_reads_back_to_its_cells(
    tmp_path_factory: pytest.TempPathFactory,
    header: list[str],
    data: st.DataObject,
    delimiter: str,
    encoding: str,
) -> None:
    rows = data.draw(st.lists(st.lists(cells, min_size=len(header), max_size=len(header))))
    rows = [row for row in rows if any(cell.strip() for cell in row)] + [["x"] * len(header)]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    file = tmp_path_factory.mktemp("sheet") / "x.csv"
    file.write_bytes(buffer.getvalue().encode(encoding))
    table = read_csv(file, encoding="cp1250" if encoding == "cp1250" else "utf-8")
    assert table.delimiter == delimiter
    assert table.header == tuple(header)
    assert table.rows == tuple(tuple(row) for row in rows)
