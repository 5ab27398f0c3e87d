"""The loaders and ``Catalogue.from_rows`` given any rows, any JSON and any bytes."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from krajsoc.agendas import Catalogue
from krajsoc.loaders import CSV_COLUMNS, load_catalogue
from tests.fuzz._support import FUZZ, PIECES, hostile_text, json_values, total

_FOLDER = Path(tempfile.mkdtemp(prefix="krajsoc-fuzz-"))

csv_cells = st.one_of(hostile_text, st.sampled_from(PIECES))
csv_text = st.builds(
    lambda header, rows: "\n".join(",".join(row) for row in [header, *rows]),
    st.lists(st.sampled_from(CSV_COLUMNS), max_size=6),
    st.lists(st.lists(csv_cells, max_size=8), max_size=4),
)


@FUZZ
@given(rows=st.one_of(json_values, st.lists(json_values, max_size=4)))
def test_catalogue_from_rows_takes_any_rows_or_reports_them(rows: object) -> None:
    total("Catalogue.from_rows", lambda: Catalogue.from_rows(rows))  # type: ignore[arg-type]


@FUZZ
@given(data=st.one_of(json_values.map(lambda value: json.dumps(value).encode()), st.binary()))
def test_a_json_catalogue_file_of_any_content_loads_or_is_reported(data: bytes) -> None:
    file = _FOLDER / "rows.json"
    file.write_bytes(data)
    total("load_catalogue(json)", lambda: load_catalogue(file))


@FUZZ
@given(text=csv_text, bom=st.booleans())
def test_a_csv_catalogue_file_of_any_content_loads_or_is_reported(text: str, bom: bool) -> None:
    file = _FOLDER / "rows.csv"
    file.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass"))
    total("load_catalogue(csv)", lambda: load_catalogue(file))
