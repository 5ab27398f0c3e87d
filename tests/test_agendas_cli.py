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
    rows = json.loads(out)["data"]
    assert len(rows) == 12
    assert rows[0]["source"] == {"seed": "000_887bdfa13b76f103.txt", "items": ["36"]}
    assert rows[0]["legal_bases"] == ["zákon č. 359/1999 Sb."]


def test_agendas_search_ignores_diacritics() -> None:
    status, out, _ = run("agendas", "LK", "--search", "pestoun", "--json")
    assert status == 0
    assert all("pěstoun" in row["text"] for row in json.loads(out)["data"])


def test_the_demo_shows_the_catalogue_summary() -> None:
    status, out, _ = run("demo")
    assert status == 0
    assert "Agendy odboru sociálních věcí (78)" in out
    assert "přenesená působnost" in out


def test_the_demo_lists_the_section_95_duties_apart() -> None:
    status, out, _ = run("demo")
    assert status == 0
    assert "Povinnosti kraje podle § 95 zákona o sociálních službách (8" in out
    assert "    h)     určuje síť sociálních služeb na území kraje" in out


def test_agendas_lists_the_section_95_duties_with_an_option() -> None:
    status, out, _ = run("agendas", "LK", "--planning-duties", "--json")
    assert status == 0
    rows = json.loads(out)["data"]
    assert [row["id"] for row in rows] == [
        f"CZ051/planovani-socialnich-sluzeb/sp/{letter}" for letter in "abcdefgh"
    ]
    assert rows[0]["legal_bases"] == ["§ 95 písm. a) zákona č. 108/2006 Sb."]
    status, out, _ = run("agendas", "LK", "--planning-duties", "--search", "síť")
    assert status == 0
    assert len(out.splitlines()[2:]) == 1


def test_agendas_without_the_option_leave_the_section_95_duties_out() -> None:
    status, out, _ = run("agendas", "LK", "--json")
    assert status == 0
    assert len(json.loads(out)["data"]) == 78


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["agendas", "PK"], "no built-in agenda catalogue for Plzeňský kraj"),
        (["agendas", "KVK", "--planning-duties"], "no built-in § 95 ZSS duties for Karlovarský"),
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


def table_row(out: str, agenda_id: str) -> list[str]:
    (line,) = [line for line in out.splitlines() if line.startswith(agenda_id + " ")]
    return [cell.strip() for cell in line.split("  ") if cell.strip()]


@pytest.mark.parametrize(
    ("item", "seed_basis", "correction"),
    [
        ("3", "§ 67 zákona o obcích;", "§ 67 zákona o krajích ?;"),  # C3, doubtful
        ("8", "§ 93 odst. 1 zákona o sociálních službách", "§ 93 zákona o sociálních službách ?"),
        (
            "52",
            "§ 38a zákona o sociálně-právní ochraně dětí",
            "§ 38a zákona o sociálně-právní ochraně dětí ?",
        ),
        ("6", "§ 37 zákona o sociálních službách", "§ 37 odst. 2 zákona o sociálních službách"),
        ("23", "§ 67 odst. 1 písm. f) zákona o krajích", "-"),  # verified as cited: nothing to add
        ("1", "§ 10 zákona o organizaci a provádění sociálního zabezpečení", "-"),
    ],
)
def test_the_table_shows_the_seeds_basis_and_marks_unverified_corrections(
    item: str, seed_basis: str, correction: str
) -> None:
    status, out, _ = run("agendas", "LK", "--competence", "delegated")
    assert status == 0
    assert "právní základ (seed)" in out.splitlines()[0]
    cells = table_row(out, f"CZ051/oddeleni-socialni-prace/pp/{item}")
    assert cells[-2].startswith(seed_basis) and cells[-1].startswith(correction)


@pytest.mark.parametrize(
    ("item", "legal_bases", "in_force"),
    [
        (
            "3",
            [
                "§ 67 zákona č. 128/2000 Sb.",
                "§ 7 zákona č. 111/2006 Sb.",
                "§ 64 zákona č. 111/2006 Sb.",
            ],
            [
                ("§ 67 zákona č. 129/2000 Sb.", "doubtful"),
                ("§ 7 zákona č. 111/2006 Sb.", None),
                ("§ 64 zákona č. 111/2006 Sb.", None),
            ],
        ),
        (
            "41",
            ["§ 24c zákona č. 359/1999 Sb."],
            [
                ("§ 22 zákona č. 359/1999 Sb.", "verified"),
                ("§ 24c zákona č. 359/1999 Sb.", "verified"),
            ],
        ),
        ("52", ["§ 38a zákona č. 359/1999 Sb."], [("§ 38a zákona č. 359/1999 Sb.", "doubtful")]),
    ],
)
def test_json_gives_the_seeds_bases_and_each_basis_in_force_with_its_certainty(
    item: str, legal_bases: list[str], in_force: list[tuple[str, str | None]]
) -> None:
    status, out, _ = run("agendas", "LK", "--competence", "delegated", "--json")
    assert status == 0
    (row,) = [
        r for r in json.loads(out)["data"] if r["id"] == f"CZ051/oddeleni-socialni-prace/pp/{item}"
    ]
    assert row["legal_bases"] == legal_bases
    assert [(b["reference"], b["certainty"]) for b in row["bases_in_force"]] == in_force
