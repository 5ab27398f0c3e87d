"""``krajsoc cite``: one citation, extraction from a file or stdin, JSON, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from krajsoc.cli import main

DATA = Path(__file__).parent / "data"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_cite_prints_the_parsed_reference() -> None:
    status, out, err = run("cite", "§ 93 odst. 1 zákona č. 108/2006 Sb.")
    assert status == 0 and err == ""
    assert "§ 93 odst. 1 zákona č. 108/2006 Sb.  108/2006  93  1" in out


def test_cite_json_lists_each_reference_of_a_list() -> None:
    status, out, _ = run("cite", "--json", "§ 10 a § 118 zákona č. 582/1991 Sb.")
    rows = json.loads(out)["data"]
    assert status == 0
    assert [(row["act"], row["section"]) for row in rows] == [
        ("582/1991", "10"),
        ("582/1991", "118"),
    ]


def test_cite_on_a_day_reports_findings() -> None:
    status, out, _ = run("cite", "--on", "2026-01-01", "§ 45 zákona o rodině č. 94/1963 Sb.")
    assert status == 0 and "byl zrušen ke dni 1. 1. 2014" in out and "[believed]" in out


def test_cite_on_a_day_gives_each_finding_its_rule_and_texts_in_json() -> None:
    status, out, _ = run("cite", "--on", "2026-06-01", "--json", "§ 24c zákona č. 359/1999 Sb.")
    ((finding,),) = [row["findings"] for row in json.loads(out)["data"]]
    assert status == 0
    assert finding["rule"] == "reference-renumbered" and finding["severity"] == "info"
    assert finding["certainty"] == "believed" and "§ 23, § 23j" in finding["text_en"]
    assert set(finding) == {"rule", "severity", "certainty", "text_cs", "text_en", "basis"}


def test_extract_lists_citations_with_line_numbers() -> None:
    status, out, _ = run("cite", "--extract", str(DATA / "seed_000_lk_social_work.txt"), "--json")
    rows = json.loads(out)["data"]
    assert status == 0 and len(rows) == 22
    assert rows[0]["line"] == 28 and rows[0]["text"].startswith("§ 10 a § 118")


def test_extract_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("tel. 354 524 227\n(§ 24c)\n"))
    status, out, _ = run("cite", "--extract", "-")
    assert status == 0
    assert out.splitlines()[2].split() == ["2", "§", "24c", "§", "24c"]


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (("cite", "§"), "krajsoc: '§' must be followed by a section number at position 1"),
        (("cite", ""), "krajsoc: the citation is empty at position 0"),
        (("cite", "§ 5 zákona č. 1/1899 Sb."), "krajsoc: year 1899 of an act is out of range"),
        (("cite",), "krajsoc cite: give either a CITATION or --extract FILE"),
        (("cite", "§ 5", "--extract", "-"), "krajsoc cite: give either a CITATION or --extract"),
        (("cite", "--extract", "/no/such/file"), "krajsoc cite: cannot read '/no/such/file'"),
        (("cite", "--on", "yesterday", "§ 5"), "krajsoc cite: argument --on: 'yesterday' is not"),
    ],
)
def test_bad_input_exits_2_with_one_line(argv: tuple[str, ...], start: str) -> None:
    status, out, err = run(*argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(start), err
