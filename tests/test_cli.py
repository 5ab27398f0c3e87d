from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from krajsoc import __version__
from krajsoc.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_regions_lists_all_fourteen() -> None:
    status, out, _ = run("regions")
    assert status == 0
    body = out.splitlines()[2:]
    assert len(body) == 14
    assert any(line.startswith("LK ") and "Liberecký kraj" in line for line in body)


def test_regions_as_json() -> None:
    status, out, _ = run("regions", "--json")
    assert status == 0
    rows = json.loads(out)["data"]
    assert [row["abbreviation"] for row in rows][6] == "LK"
    assert rows[6] == {
        "abbreviation": "LK",
        "nuts_code": "CZ051",
        "iso_code": "CZ-51",
        "name": "Liberecký kraj",
        "seat": "Liberec",
        "authority": "Krajský úřad Libereckého kraje",
        "verified": True,
        "certainty": "verified",
    }


def test_municipalities_of_liberec_region_of_type_orp_are_ten() -> None:
    status, out, _ = run("municipalities", "LK", "--type", "orp")
    assert status == 0
    names = [line.split("  ")[0] for line in out.splitlines()[2:]]
    assert len(names) == 10
    assert names[0] == "Česká Lípa" and names[-1] == "Železný Brod"


def test_municipalities_json_carries_codes_and_districts() -> None:
    status, out, _ = run("municipalities", "Karlovarský kraj", "--json")
    rows = json.loads(out)["data"]
    assert status == 0
    assert len(rows) == 16  # 15 POU and the military district Hradiště
    assert {
        "name": "Sokolov",
        "type": "ORP",
        "authority_type": "municipal_type_iii",
        "district": "Sokolov",
        "orp_code": "4107",
        "region": "CZ041",
        "verified": True,
        "certainty": "verified",
    } in rows


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (("municipalities", "XX"), "krajsoc: unknown region 'XX'; expected a CZ-NUTS code"),
        (("municipalities", "PK"), "krajsoc: no built-in municipality data for Plzeňský kraj"),
        (("municipalities", "LK", "--type", "IV"), "krajsoc: unknown authority type 'IV'"),
        (("municipalities",), "krajsoc municipalities: the following arguments are required"),
        (("nonsense",), "krajsoc: argument COMMAND: invalid choice: 'nonsense'"),
        ((), "krajsoc: the following arguments are required: COMMAND"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(
    argv: tuple[str, ...], start: str
) -> None:
    status, out, err = run(*argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(start), err
    assert "Traceback" not in err


def test_unknown_region_message_names_valid_codes() -> None:
    _, _, err = run("municipalities", "XX")
    for code in ("LK", "KVK", "HMP", "MSK", "CZ010"):
        assert code in err


def test_demo_shows_regions_and_municipalities() -> None:
    status, out, _ = run("demo")
    assert status == 0
    assert "Kraje České republiky (14)" in out
    assert "Liberecký kraj (CZ051) — Krajský úřad Libereckého kraje" in out
    assert "ORP Liberec (5105): Liberec, Český Dub" in out
    assert "10 obcí s rozšířenou působností" in out and "7 obcí s rozšířenou" in out


def test_the_installed_command_and_module_run_in_a_new_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "krajsoc", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"krajsoc {__version__}"
    failed = subprocess.run(
        [sys.executable, "-m", "krajsoc", "municipalities", "XX"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["demo", "regions", "agendas LK --json"])
def test_a_reader_that_stops_early_gets_no_traceback(command: str) -> None:
    # `true` exits without reading, so every write meets a closed pipe.
    done = subprocess.run(
        f"{sys.executable} -m krajsoc {command} | true",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stderr == ""
