"""Every command's help shows examples that run, and tables fit the terminal's width."""

from __future__ import annotations

import argparse
import io
import shlex

import pytest

from krajsoc.cli import main
from krajsoc.cli._app import build_parser
from krajsoc.cli._examples import EXAMPLES

COMMANDS = sorted(
    name
    for action in build_parser()._actions
    if isinstance(action, argparse._SubParsersAction)
    for name in action.choices
)


def run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, out.getvalue()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_examples_in_its_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([command, "--help"])[0] == 0
    out = capsys.readouterr().out
    assert "examples:\n" in out
    for line in EXAMPLES[command]:
        assert f"  {line}\n" in out


RUNNABLE = [
    line
    for lines in EXAMPLES.values()
    for line in lines
    if "|" not in line
    and ">" not in line
    and "decision.txt" not in line
    # examples that read or write the user's own files
    and not any(name in line for name in (".csv", ".ics", "providers.json"))
]


@pytest.mark.parametrize("line", RUNNABLE)
def test_every_example_runs(line: str) -> None:
    argv = shlex.split(line)[1:]
    assert run(argv)[0] == 0


@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize(
    "argv",
    [["agendas", "LK"], ["agendas", "KVK", "--search", "dotace"], ["municipalities", "LK"]],
    ids=["agendas-LK", "agendas-KVK", "municipalities"],
)
def test_a_table_fits_the_width_columns_gives_and_keeps_every_word(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], columns: int
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    wide = run(argv)[1]
    monkeypatch.setenv("COLUMNS", str(columns))
    narrow = run(argv)[1]
    assert max(len(line) for line in narrow.splitlines()) <= columns
    assert sorted("".join(narrow.split()).replace("─", "")) == sorted(
        "".join(wide.split()).replace("─", "")
    )


def test_without_a_terminal_or_columns_rows_are_not_wrapped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    out = run(["agendas", "LK", "--competence", "delegated"])[1]
    assert len(out.splitlines()) == 2 + 65
