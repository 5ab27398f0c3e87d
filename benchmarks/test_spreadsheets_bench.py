"""Czech spreadsheets and frames beside their bare baselines, in the same run.

* ``read-csv``: ``read_csv`` of a ``;``-separated cp1250 file (header-based delimiter, the
  checks of every row, the spreadsheet's row numbers) against ``csv.reader`` over the same file
  read by hand — what krajsoc's one CSV reader costs over the standard library's;
* ``frames``: ``from_frame(frame, Meeting)`` against ``from_rows`` on the same rows as dicts —
  what reading a DataFrame's cells (NaN as missing, timestamps as dates) adds to validation.

SIZE rows: 10,000 by default, short in CI; ``KRAJSOC_BENCH_ROWS=200000`` for the figures in
docs/performance.md.

Run: python -m pytest benchmarks/test_spreadsheets_bench.py --benchmark-enable
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from krajsoc.frames import from_frame
from krajsoc.loaders import read_csv
from krajsoc.planning import Meeting
from krajsoc.rows import from_rows

SIZE = int(os.environ.get("KRAJSOC_BENCH_ROWS", "10000"))


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["spis", "orp", "kanál", "připraveno", "vyzvednuto"])
    for number in range(SIZE):
        day = date(2027, 1, 4) + timedelta(days=number % 355)
        writer.writerow(
            [f"KULK {number}/2027", "Česká Lípa", "datová schránka", f"{day:%d.%m.%Y}", ""]
        )
    path = tmp_path_factory.mktemp("sheet") / "rozhodnuti.csv"
    path.write_bytes(buffer.getvalue().encode("cp1250"))
    return path


@pytest.mark.benchmark(group="read-csv")
def test_read_csv_of_a_czech_excel_file(benchmark: Any, sheet: Path) -> None:
    table = benchmark(read_csv, sheet, encoding="cp1250")
    assert len(table.rows) == SIZE and table.delimiter == ";"


@pytest.mark.benchmark(group="read-csv")
def test_baseline_csv_reader_over_the_same_file(benchmark: Any, sheet: Path) -> None:
    def bare() -> list[list[str]]:
        text = sheet.read_bytes().decode("cp1250")
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))

    assert len(benchmark(bare)) == SIZE + 1


def _meetings() -> list[dict[str, Any]]:
    start = date(2027, 1, 4)
    return [
        {"group": "K10", "date": start + timedelta(days=n % 300), "region": "LK"}
        for n in range(SIZE)
    ]


@pytest.mark.benchmark(group="frames")
def test_from_frame_of_meetings(benchmark: Any) -> None:
    frame = pd.DataFrame(_meetings())
    frame["date"] = pd.to_datetime(frame["date"])
    records, report = benchmark(from_frame, frame, Meeting, start=2, key=None)
    assert report.ok and len(records) == SIZE


@pytest.mark.benchmark(group="frames")
def test_baseline_from_rows_of_the_same_meetings(benchmark: Any) -> None:
    rows = _meetings()
    records, report = benchmark(from_rows, rows, Meeting, start=2, key=None)
    assert report.ok and len(records) == SIZE
