"""``krajsoc deadlines FILE --kind delivery --channel-column C``: each row's own channel."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from krajsoc.cli import main
from krajsoc.deadlines import delivery_date


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def sheet(tmp_path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path = tmp_path / "r.csv"
    path.write_bytes(buffer.getvalue().encode("cp1250"))
    return path


ROWS = [
    ["spis", "připraveno", "vyzvednuto", "kanál"],
    ["A/1", "14. 12. 2026", "", "post"],
    ["A/2", "14. 12. 2026", "16. 12. 2026", "data_box"],
    ["A/3", "14. 12. 2026", "", "fax"],
    ["A/4", "zítra", "", "holub"],
    ["A/5", "1. 12. 2026", "", " data_box "],
    ["A/6", "1. 12. 2026", ""],
]
DELIVERY = ("--column", "pripraveno", "--kind", "delivery", "--encoding", "cp1250")


def test_each_row_is_delivered_by_its_own_channel_and_a_bad_channel_is_named_by_row(
    tmp_path: Path,
) -> None:
    status, out, err = run(
        "deadlines", str(sheet(tmp_path, ROWS)), *DELIVERY, "--collected", "vyzvednuto",
        "--channel-column", "kanal",
    )  # fmt: skip
    assert status == 1
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][-1] == "připraveno_doručeno"
    ready = date(2026, 12, 14)
    assert [row[-1] for row in rows[1:]] == [
        delivery_date(ready, channel="post").end.isoformat(),
        "2026-12-16",
        "",
        "",
        delivery_date(date(2026, 12, 1), channel="data_box").end.isoformat(),
        "",
    ]
    *findings, summary = err.splitlines()
    named = sorted(line.split(": ", 2)[1] for line in findings)
    # a row with a bad date and a bad channel is named for both
    assert named == [
        "řádek 4, pole kanál",
        "řádek 5, pole kanál",
        "řádek 5, pole připraveno",
        "řádek 7, pole kanál",
    ]
    assert (
        "krajsoc deadlines: řádek 4, pole kanál: Způsob doručení 'fax' neznáme: uveďte pošta "
        "(post) nebo datová schránka (data_box). (§ 24 odst. 1 správního řádu; "
    ) in err
    assert "řádek 5, pole kanál: Způsob doručení 'holub' neznáme" in err
    assert "řádek 7, pole kanál: Způsob doručení '' neznáme" in err  # a short row: no cell
    assert summary == "krajsoc deadlines: 3 of 6 rows bad; their připraveno_doručeno is empty"


def test_the_channel_column_and_the_channel_cannot_both_be_given(tmp_path: Path) -> None:
    status, out, err = run(
        "deadlines", str(sheet(tmp_path, ROWS)), *DELIVERY, "--channel", "post",
        "--channel-column", "kanál",
    )  # fmt: skip
    assert (status, out) == (2, "")
    assert "not allowed with argument" in err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--channel-column", "kanal", "--kind", "appeal"), "--channel-column does not apply"),
        (("--channel", "data_box", "--period", "15 dnů"), "--channel does not apply"),
        (("--channel-column", "způsob", "--kind", "delivery"), "no column 'způsob'"),
    ],
)
def test_channel_options_are_refused_where_they_do_not_apply(
    tmp_path: Path, options: tuple[str, ...], message: str
) -> None:
    argv = ("deadlines", str(sheet(tmp_path, ROWS)), "--column", "pripraveno")
    status, out, err = run(*argv, *options, "--encoding", "cp1250")
    assert (status, out) == (2, "")
    assert err.startswith("krajsoc: ") and message in err and err.count("\n") == 1


def test_the_samples_czech_channel_column_is_read_as_it_is(tmp_path: Path) -> None:
    sample = Path(__file__).parent.parent / "examples" / "data" / "rozhodnuti.csv"
    status, _, err = run(
        "deadlines", str(sample), "--kind", "delivery", "--column", "připraveno",
        "--channel-column", "kanál", "--encoding", "cp1250", "--output", str(tmp_path / "out.csv"),
    )  # fmt: skip
    assert status == 1  # some dates of the sample are bad on purpose
    assert "pole kanál" not in err and "pole připraveno" in err
    written = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="cp1250")),
                              delimiter=";"))  # fmt: skip
    assert written[1][3] == "datová schránka" and written[1][-1] == "2027-03-10"
