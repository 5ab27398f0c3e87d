"""The README's two commands are the ones CI runs, verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_has_exactly_two_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert "krajsoc demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_both_readme_commands_verbatim() -> None:
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    for command in readme_commands():
        assert f"\n{command}\n" in script, command
