"""``krajsoc deadlines FILE --column C``: a computed column for every row of a Czech spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import shlex
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.cli import _deadline_columns, main
from krajsoc.cli._examples import EXAMPLES
from krajsoc.deadlines import (
    Period,
    appeal_deadline,
    deadline_after,
    deadline_before,
    delivery_date,
)


def run(*argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err or io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def sheet(
    tmp_path: Path, rows: list[list[str]], *, encoding: str = "cp1250", name: str = "r.csv"
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def table(text: str, delimiter: str = ";") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


HEADER = ["spis", "doručeno"]
DECISIONS = [HEADER, ["A/1", "2026-11-23"], ["A/2", "2026-12-09"], ["A/3", "2027-03-31"]]


def test_a_period_after_each_date_is_added_as_a_column_in_the_files_delimiter(
    tmp_path: Path,
) -> None:
    path = sheet(tmp_path, DECISIONS)
    status, out, err = run(
        "deadlines", str(path), "--column", "doruceno", "--period", "15 dnů", "--encoding", "cp1250"
    )
    assert (status, err) == (0, "")
    rows = table(out)
    assert rows[0] == ["spis", "doručeno", "doručeno_konec"]
    for row in rows[1:]:
        expected = deadline_after(date.fromisoformat(row[1]), Period(days=15)).end
        assert row[2] == expected.isoformat()


def test_bad_rows_are_named_on_stderr_by_their_spreadsheet_row_and_the_exit_is_1(
    tmp_path: Path,
) -> None:
    rows = [HEADER, ["A/1", "2026-11-23"], ["A/2", "zítra"], ["A/3", ""], ["A/4", "2100-12-30"]]
    status, out, err = run(
        "deadlines", str(sheet(tmp_path, rows)), "--column", "doručeno", "--kind", "appeal",
        "--encoding", "cp1250",
    )  # fmt: skip
    assert status == 1
    assert [row[2] for row in table(out)[1:]] == [
        appeal_deadline(date(2026, 11, 23)).end.isoformat(),
        "",
        "",
        "",
    ]
    lines = err.splitlines()
    assert lines[0].startswith("krajsoc deadlines: řádek 3, pole doručeno: ")
    assert "'zítra'" in lines[0]
    assert lines[1].startswith("krajsoc deadlines: řádek 4, pole doručeno: Datum chybí")
    assert lines[2].startswith("krajsoc deadlines: řádek 5, pole doručeno: ")
    assert lines[3] == "krajsoc deadlines: 3 of 4 rows bad; their doručeno_odvolání_do is empty"


def test_delivery_reads_the_collection_column_and_names_it_when_it_is_wrong(
    tmp_path: Path,
) -> None:
    rows = [
        ["spis", "připraveno", "vyzvednuto"],
        ["A/1", "2026-12-14", ""],
        ["A/2", "2026-12-14", "2026-12-16"],
        ["A/3", "2026-12-14", "2026-12-01"],
    ]
    status, out, err = run(
        "deadlines", str(sheet(tmp_path, rows, encoding="utf-8")), "--column", "pripraveno",
        "--kind", "delivery", "--collected", "vyzvednuto", "--channel", "data_box",
    )  # fmt: skip
    assert status == 1
    ends = [row[3] for row in table(out)[1:]]
    ready = date(2026, 12, 14)
    assert ends == [
        delivery_date(ready, channel="data_box").end.isoformat(),
        "2026-12-16",
        "",
    ]
    assert table(out)[0][3] == "připraveno_doručeno"
    assert err.splitlines()[0].startswith("krajsoc deadlines: řádek 4, pole vyzvednuto: ")


def test_a_notice_period_counts_back_and_czech_dates_are_written_on_request(
    tmp_path: Path,
) -> None:
    rows = [["skupina", "datum"], ["K10", "2027-01-05"]]
    status, out, _ = run(
        "deadlines", str(sheet(tmp_path, rows)), "--column", "datum", "--kind", "before",
        "--period", "1 měsíc", "--encoding", "cp1250", "--czech-dates",
    )  # fmt: skip
    assert status == 0
    assert table(out)[1][2] == "5. 12. 2026"
    assert deadline_before(date(2027, 1, 5), Period(months=1)).end == date(2026, 12, 5)


def test_the_output_file_keeps_the_inputs_delimiter_encoding_and_byte_order_mark(
    tmp_path: Path,
) -> None:
    source = sheet(tmp_path, DECISIONS)
    target = tmp_path / "out.csv"
    options = ("--column", "doručeno", "--kind", "appeal", "--output", str(target))
    status, out, _ = run("deadlines", str(source), *options, "--encoding", "cp1250")
    assert (status, out) == (0, "")
    text = target.read_bytes().decode("cp1250")
    assert text.startswith("spis;doručeno;doručeno_odvolání_do\r\n")
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + source.read_bytes().decode("cp1250").encode("utf-8"))
    assert run("deadlines", str(bom), *options)[0] == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfspis;")


def test_running_again_on_its_own_output_replaces_the_column(tmp_path: Path) -> None:
    source = sheet(tmp_path, DECISIONS, encoding="utf-8")
    target = tmp_path / "out.csv"
    options = ("--column", "doručeno", "--kind", "appeal", "--output", str(target))
    run("deadlines", str(source), *options)
    first = target.read_bytes()
    run("deadlines", str(target), *options)
    assert target.read_bytes() == first


def test_json_gives_the_rows_and_the_report_in_the_envelope(tmp_path: Path) -> None:
    rows = [HEADER, ["A/1", "2026-11-23"], ["A/2", "31. 2."]]
    status, out, _ = run(
        "deadlines", str(sheet(tmp_path, rows, encoding="utf-8")), "--column", "doručeno",
        "--period", "P15D", "--json",
    )  # fmt: skip
    assert status == 1
    envelope = json.loads(out)
    assert envelope["command"] == "deadlines"
    data = envelope["data"]
    assert data["read_as"] == {"delimiter": ";", "encoding": "utf-8"}
    assert data["rows"][0] == {
        "spis": "A/1",
        "doručeno": "2026-11-23",
        "doručeno_konec": "2026-12-08",
    }
    assert data["rows"][1]["doručeno_konec"] == ""
    assert [(f["row"], f["field"]) for f in data["report"]["findings"]] == [(3, "doručeno")]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--column", "datum", "--period", "15 dnů"), "no column 'datum'"),
        (("--column", "doručeno"), "--kind after needs a period"),
        (("--column", "doručeno", "--kind", "appeal", "--period", "15 dnů"), "does not apply"),
        (("--column", "doručeno", "--period", "patnáct"), "patnáct"),
        (("--column", "doručeno", "--period", "1 den", "--encoding", "x"), "unknown encoding"),
    ],
)
def test_unusable_options_exit_2_on_one_line(
    tmp_path: Path, options: tuple[str, ...], message: str
) -> None:
    status, out, err = run("deadlines", str(sheet(tmp_path, DECISIONS, encoding="utf-8")), *options)
    assert (status, out) == (2, "")
    assert err.startswith("krajsoc: ") and message in err and err.count("\n") == 1


def test_a_cp1250_file_read_as_utf8_exits_2_suggesting_cp1250(tmp_path: Path) -> None:
    path = sheet(tmp_path, DECISIONS)
    status, _, err = run("deadlines", str(path), "--column", "doručeno", "--kind", "appeal")
    assert status == 2 and "not UTF-8" in err and "--encoding cp1250" in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_shows_on_a_terminal_for_a_large_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_deadline_columns, "CHUNK_ROWS", 2)
    path = sheet(tmp_path, DECISIONS)
    argv = (
        "deadlines",
        str(path),
        "--column",
        "doručeno",
        "--kind",
        "appeal",
        "--encoding",
        "cp1250",
    )
    _, out, err = run(*argv, err=Terminal())
    assert "\rkrajsoc deadlines: 2/3 rows" in err and "\rkrajsoc deadlines: 3/3 rows" in err
    assert err.endswith("\r\033[K") and "\r" not in out
    assert run(*argv)[2] == ""  # not a terminal
    monkeypatch.setattr(_deadline_columns, "CHUNK_ROWS", 50)
    assert run(*argv, err=Terminal())[2] == ""  # a small file


@settings(max_examples=30, deadline=None)
@given(
    offsets=st.lists(st.one_of(st.none(), st.integers(0, 36_000)), min_size=1, max_size=12),
    chunk=st.integers(1, 5),
)
def test_any_column_in_any_chunks_gives_the_per_row_ends_and_the_bad_rows(
    tmp_path_factory: pytest.TempPathFactory, offsets: list[int | None], chunk: int
) -> None:
    days = [
        None if offset is None else date(2001, 1, 1) + timedelta(days=offset) for offset in offsets
    ]
    rows = [HEADER] + [["x", "" if day is None else day.isoformat()] for day in days]
    path = sheet(tmp_path_factory.mktemp("c"), rows)
    saved = _deadline_columns.CHUNK_ROWS
    _deadline_columns.CHUNK_ROWS = chunk
    try:
        status, out, err = run(
            "deadlines", str(path), "--column", "doručeno", "--period", "1 měsíc", "--encoding",
            "cp1250",
        )  # fmt: skip
    finally:
        _deadline_columns.CHUNK_ROWS = saved
    expected = [
        "" if day is None else deadline_after(day, Period(months=1)).end.isoformat() for day in days
    ]
    assert [row[2] for row in table(out)[1:]] == expected
    bad = [number for number, day in enumerate(days, start=2) if day is None]
    assert status == (1 if bad else 0)
    assert [int(line.split("řádek ")[1].split(",")[0]) for line in err.splitlines()[:-1]] == bad


EXAMPLE_FILES = {
    "rozhodnuti.csv": [
        ["spis", "doručeno", "připraveno", "vyzvednuto", "kanál"],
        ["A/1", "2027-01-04", "2027-01-04", "2027-01-06", "data_box"],
    ],
    "zasedani.csv": [["skupina", "datum"], ["K10", "2027-03-15"]],
}


@pytest.mark.parametrize("line", EXAMPLES["deadlines"])
def test_every_example_of_the_command_runs_on_a_file_of_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    encoding = "cp1250" if "cp1250" in line else "utf-8"
    for name, rows in EXAMPLE_FILES.items():
        sheet(tmp_path, rows, encoding=encoding, name=name)
    monkeypatch.chdir(tmp_path)
    status, _, err = run(*shlex.split(line)[1:])
    assert (status, err) == (0, "")


def test_the_commands_that_validate_csv_files_read_czech_excels_too(tmp_path: Path) -> None:
    data = Path(__file__).parent / "data"
    for source, argv in (
        (data / "registers" / "applicants_good.csv", ("registers", "validate")),
        (data / "planning" / "meetings_lk_2027.csv", ("check-meetings",)),
    ):
        with source.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        saved = sheet(tmp_path, rows, name=source.name)
        options = ("--kind", "applicants") if argv[0] == "registers" else ("--region", "LK")
        status, out, err = run(*argv, str(source), *options)
        again = run(*argv, str(saved), *options, "--encoding", "cp1250")
        assert again == (status, out.replace(str(source), str(saved)), err)
        status, _, err = run(*argv, str(saved), *options)
        assert status == 2 and "--encoding cp1250" in err


def test_dates_written_the_czech_way_are_read_in_every_form(tmp_path: Path) -> None:
    forms = [
        "4. 1. 2027",
        "4.1.2027",
        "4. ledna 2027",
        "4. ledna 2027".replace("ledna", "LEDNA"),
        "2027-01-04",
    ]
    rows = [HEADER] + [[f"A/{n}", form] for n, form in enumerate(forms)]
    status, out, err = run(
        "deadlines", str(sheet(tmp_path, rows)), "--column", "doručeno", "--kind", "appeal",
        "--encoding", "cp1250", "--czech-dates",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert {row[2] for row in table(out)[1:]} == {"19. 1. 2027"}


def test_an_impossible_czech_date_is_reported_with_the_parsers_reason(tmp_path: Path) -> None:
    rows = [HEADER, ["A/1", "4. 1. 2027"], ["A/2", "31. 2. 2027"]]
    status, _, err = run(
        "deadlines", str(sheet(tmp_path, rows)), "--column", "doručeno", "--kind", "appeal",
        "--encoding", "cp1250",
    )  # fmt: skip
    assert status == 1
    assert err.startswith("krajsoc deadlines: řádek 3, pole doručeno: ")
    assert "month 2 of 2027 has 28 days" in err
