"""``krajsoc registers validate``, ``krajsoc schema`` and the registers part of ``krajsoc demo``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from krajsoc.cli import _registers, main
from tests.registers_models import TestApplicant

DATA = Path(__file__).parent / "data" / "registers"
BAD_NUMBER = "800101/0007"
VALIDATE = ("registers", "validate")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def applicants(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI finds the local applicant model (until the real ApplicantEntry is exported)."""
    monkeypatch.setattr(_registers, "entry_models", lambda: {"applicants": TestApplicant})


@pytest.mark.usefixtures("applicants")
@pytest.mark.parametrize("name", ["applicants_good.csv", "applicants_good.json"])
def test_a_valid_file_passes_with_exit_0(name: str) -> None:
    status, out, err = run("registers", "validate", str(DATA / name), "--kind", "applicants")
    assert (status, err) == (0, "")
    assert "2 záznamů přijato, 0 chyb" in out


@pytest.mark.usefixtures("applicants")
def test_a_csv_with_bad_rows_reports_every_problem_with_exit_1_and_no_birth_number() -> None:
    status, out, _ = run(*VALIDATE, str(DATA / "applicants_bad.csv"), "--kind", "applicants")
    assert status == 1
    assert "0 záznamů přijato" in out
    assert "řádek 3, pole birth_numbers.0" in out  # line 3 of the file: the bad check digit
    assert "řádek 4, pole id" in out and "řádek 5, pole care" in out
    assert BAD_NUMBER not in out and "8001010007" not in out


@pytest.mark.usefixtures("applicants")
def test_a_json_file_with_bad_rows_gives_a_json_report() -> None:
    status, out, _ = run(
        "registers", "validate", str(DATA / "applicants_bad.json"), "--kind", "applicants", "--json"
    )
    assert status == 1
    report = json.loads(out)["data"]
    assert report["ok"] is False
    assert {(row["row"], row["rule"]) for row in report["findings"]} >= {
        (2, "row-unknown-field"),
        (3, "row-not-a-record"),
    }
    assert BAD_NUMBER not in out


@pytest.mark.usefixtures("applicants")
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.csv", "no such file"),
        ("not_a_list.json", "must be a list"),
        ("broken.json", "not JSON"),
        ("applicants_good.txt", "file type"),
    ],
)
def test_an_unusable_file_exits_with_2_on_one_line(name: str, message: str) -> None:
    status, out, err = run("registers", "validate", str(DATA / name), "--kind", "applicants")
    assert status == 2 and out == ""
    assert err.startswith("krajsoc: ") and message in err and err.count("\n") == 1


def test_a_kind_without_an_entry_model_in_this_build_exits_with_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_registers, "entry_models", dict)
    status, _, err = run(*VALIDATE, str(DATA / "applicants_good.csv"), "--kind", "applicants")
    assert status == 2 and "entry model" in err


def test_an_unknown_kind_is_a_usage_error() -> None:
    status, _, err = run("registers", "validate", "x.csv", "--kind", "cars")
    assert status == 2 and "invalid choice" in err


def test_entry_models_are_found_by_their_kind_among_the_exports() -> None:
    found = _registers.entry_models()
    assert all(kind == model.KIND for kind, model in found.items())  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["ReportRecord", "agenda", "FINDINGRECORD"])
def test_schema_prints_a_models_json_schema(name: str) -> None:
    status, out, _ = run("schema", name)
    assert status == 0
    schema = json.loads(out)
    assert schema["type"] == "object" and schema["title"].lower() == name.lower()


def test_schema_of_an_unknown_model_lists_the_known_ones() -> None:
    status, _, err = run("schema", "Nothing")
    assert status == 2 and "ReportRecord" in err


def test_the_demo_shows_a_synthetic_register_of_each_kind_with_what_is_due() -> None:
    status, out, _ = run("demo")
    assert status == 0
    part = out[out.index("Evidence kraje") :]
    for kind in (
        "applicants",
        "children",
        "temporary-foster-carers",
        "authorisations",
        "providers",
    ):
        assert f"({kind})" in part
    assert "[PO LHŮTĚ] Z-1: Lhůta „postoupení spisové dokumentace" in part
    assert "[brzy] O-2" in part
    assert "800" not in part  # no synthetic birth number is shown
