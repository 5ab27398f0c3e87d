"""Every ``--json`` output has one envelope, and what is data loads back into the library."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from krajsoc import __version__
from krajsoc.agendas import catalogue, planning_duties
from krajsoc.cli import main
from krajsoc.deadlines import deadline_after
from krajsoc.law import parse_citation
from krajsoc.loaders import load_catalogue
from krajsoc.territory import municipalities, region

JSON_COMMANDS = [
    ("regions", ["regions"]),
    ("municipalities", ["municipalities", "KVK"]),
    ("cite", ["cite", "§ 10 a § 118 zákona č. 582/1991 Sb."]),
    ("agendas", ["agendas", "LK"]),
    ("deadline", ["deadline", "2026-12-09", "15 dnů"]),
    ("workday", ["workday", "2026-12-24"]),
]


def json_output(*argv: str) -> dict[str, Any]:
    out = io.StringIO()
    assert main([*argv, "--json"], stdout=out) == 0
    loaded: dict[str, Any] = json.loads(out.getvalue())
    return loaded


@pytest.mark.parametrize(("command", "argv"), JSON_COMMANDS, ids=[c for c, _ in JSON_COMMANDS])
def test_every_json_output_has_the_same_envelope(command: str, argv: list[str]) -> None:
    output = json_output(*argv)
    assert list(output) == ["krajsoc", "command", "data"]
    assert output["krajsoc"] == __version__ and output["command"] == command
    assert output["data"]


@pytest.mark.parametrize(
    ("code", "duties"),
    [("LK", False), ("KVK", False), ("LK", True)],
    ids=["LK", "KVK", "LK-planning-duties"],
)
def test_what_agendas_prints_loads_back_with_load_catalogue(
    tmp_path: Path, code: str, duties: bool
) -> None:
    file = tmp_path / "agendas.json"
    file.write_text(json.dumps(json_output("agendas", code, *(["--planning-duties"] * duties))))
    loaded = load_catalogue(file)
    built_in = planning_duties(code) if duties else catalogue(code)
    assert [a.model_dump() for a in loaded] == [a.model_dump() for a in built_in]


def test_what_regions_prints_names_each_region_by_a_code_it_reads_back() -> None:
    rows = json_output("regions")["data"]
    assert [region(row["nuts_code"]) for row in rows] == sorted(
        {region(r["iso_code"]) for r in rows}
    )


def test_what_municipalities_prints_names_the_built_in_municipalities() -> None:
    rows = json_output("municipalities", "KVK")["data"]
    assert {row["name"] for row in rows} == {item.name for item in municipalities("KVK")}


def test_what_cite_prints_parses_back_to_the_same_references() -> None:
    rows = json_output("cite", "§ 10 a § 118 zákona č. 582/1991 Sb.")["data"]
    again = [ref for row in rows for ref in parse_citation(row["citation"])]
    assert again == list(parse_citation("§ 10 a § 118 zákona č. 582/1991 Sb."))


def test_what_deadline_prints_is_the_deadline_the_library_counts() -> None:
    data = json_output("deadline", "2026-12-09", "15 dnů")["data"]
    assert date.fromisoformat(data["end"]) == deadline_after(date(2026, 12, 9), "15 dnů").end


def test_an_envelope_of_another_command_is_not_a_catalogue(tmp_path: Path) -> None:
    file = tmp_path / "regions.json"
    file.write_text(json.dumps(json_output("regions")))
    with pytest.raises(ValueError, match="a JSON catalogue must be a list"):
        load_catalogue(file)
