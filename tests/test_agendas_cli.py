from __future__ import annotations

import io
import json

import pytest

from krajsoc.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_agendas_lists_the_delegated_agendas_of_liberec_region() -> None:
    status, out, _ = run("agendas", "LK", "--competence", "delegated")
    assert status == 0
    assert len(out.splitlines()[2:]) == 65


def test_agendas_citing_the_child_protection_act_as_json() -> None:
    status, out, _ = run("agendas", "LK", "--cites", "359/1999", "--json")
    assert status == 0
    rows = json.loads(out)
    assert len(rows) == 12
    assert rows[0]["source"] == {"seed": "000_887bdfa13b76f103.txt", "items": ["36"]}
    assert rows[0]["legal_bases"] == ["zákon č. 359/1999 Sb."]


def test_agendas_search_ignores_diacritics() -> None:
    status, out, _ = run("agendas", "LK", "--search", "pestoun", "--json")
    assert status == 0
    assert all("pěstoun" in row["text"] for row in json.loads(out))


def test_the_demo_shows_the_catalogue_summary() -> None:
    status, out, _ = run("demo")
    assert status == 0
    assert "Agendy odboru sociálních věcí (86)" in out
    assert "přenesená působnost" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["agendas", "PK"], "no built-in agenda catalogue for Plzeňský kraj"),
        (["agendas", "XX"], "unknown region 'XX'"),
        (["agendas", "LK", "--competence", "both"], "unknown competence 'both'"),
        (["agendas", "LK", "--cites", "zákon o všem"], "unknown act"),
        (["agendas", "LK", "--section", "xxx"], "unknown section 'xxx'; expected one of: "),
        (["agendas", "LK", "--topic", "xxx"], "unknown topic 'xxx'"),
    ],
)
def test_bad_input_exits_2_with_one_line(argv: list[str], message: str) -> None:
    status, out, err = run(*argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and message in err
