"""``krajsoc registers validate``, ``krajsoc schema`` and the registers part of ``krajsoc demo``."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from krajsoc.cli import _registers, main
from krajsoc.loaders import read_entry_rows
from krajsoc.registers import ENTRY_KINDS, ApplicantEntry, Register, synthetic_register
from krajsoc.rows import from_rows
from tests.personal_data import assert_shows_no_person

DATA = Path(__file__).parent / "data" / "registers"
VALIDATE = ("registers", "validate")
# Every birth number and name in the files (all synthetic); none may appear in any output.
PERSONAL = re.compile(r"\d{6}/?\d{3,4}|\d{6}|Nov[aá]k|Horáková|Dvořák|Černá|Malá|Malý|Svobodová")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_the_applicants_kind_validates_against_the_real_applicant_entry() -> None:
    assert _registers.entry_models()["applicants"] is ApplicantEntry


@pytest.mark.parametrize("name", ["applicants_good.csv", "applicants_good.json"])
def test_a_valid_file_passes_with_exit_0(name: str) -> None:
    status, out, err = run("registers", "validate", str(DATA / name), "--kind", "applicants")
    assert (status, err) == (0, "")
    assert "2 záznamů přijato, 0 chyb" in out
    assert not PERSONAL.search(out)


def test_a_csv_with_bad_rows_reports_every_problem_with_exit_1_and_no_personal_data() -> None:
    status, out, _ = run(*VALIDATE, str(DATA / "applicants_bad.csv"), "--kind", "applicants")
    assert status == 1
    assert "5 řádků, 0 záznamů přijato, 4 chyb" in out
    # line 3 of the file: the bad check digit of the only applicant, and nothing else there
    assert "řádek 3, pole applicants.0.birth_number" in out
    assert "řádek 3, pole applicants:" not in out and "row-too-short" not in out
    assert "řádek 4, pole id" in out and "řádek 5, pole care" in out
    # a couple with one birth number: the check's own words, not the number
    assert "řádek 6: Neplatná hodnota (repeated-person): two people of the application" in out
    assert not PERSONAL.search(out)


def test_a_csv_of_couples_maps_numbered_columns_to_the_nested_applicants() -> None:
    rows, start = read_entry_rows(DATA / "applicants_good.csv")
    records, report = from_rows(rows, ApplicantEntry, start=start)
    assert report.ok and start == 2
    assert [len(entry.applicants) for entry in records] == [2, 1]
    assert records[0].applicants[1].birth_number.reveal() == "770304/0026"
    assert records[0].consents_to_transfer is True


def test_a_json_file_with_bad_rows_gives_a_json_report() -> None:
    status, out, _ = run(
        "registers", "validate", str(DATA / "applicants_bad.json"), "--kind", "applicants", "--json"
    )
    assert status == 1
    report = json.loads(out)["data"]
    assert report["ok"] is False
    assert {(row["row"], row["rule"]) for row in report["findings"]} == {
        (1, "row-invalid-personal-data"),
        (2, "row-unknown-field"),
        (3, "row-not-a-record"),
    }
    assert not PERSONAL.search(out)


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
    for kind in ENTRY_KINDS:
        for item in synthetic_register(kind):
            assert_shows_no_person(part, [item.entry])


@pytest.mark.parametrize("kind", ENTRY_KINDS)
def test_the_demos_registers_hold_the_real_entry_models(kind: str) -> None:
    register = synthetic_register(kind)
    assert register.model is _registers.entry_models()[kind]
    assert all(type(item.entry) is register.model for item in register)
    assert Register.replay(register.model, register.events()) == register
