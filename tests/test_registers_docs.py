"""The Registers page shows each lifecycle exactly as its transition table defines it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from krajsoc.registers import LIFECYCLES, lifecycle_markdown, lifecycle_mermaid

PAGE = Path(__file__).parent.parent / "docs" / "registers.md"
_BLOCK = re.compile(
    r"<!-- lifecycle (?P<kind>[a-z-]+) -->\n(?P<body>.*?)\n<!-- /lifecycle -->", re.S
)


def _blocks() -> dict[str, str]:
    return {match["kind"]: match["body"] for match in _BLOCK.finditer(PAGE.read_text("utf-8"))}


def test_the_page_has_one_generated_section_per_register_kind() -> None:
    assert sorted(_blocks()) == sorted(LIFECYCLES)


@pytest.mark.parametrize("kind", sorted(LIFECYCLES))
def test_each_section_is_the_transition_table_written_out(kind: str) -> None:
    assert _blocks()[kind] == lifecycle_markdown(kind), (
        "regenerate the section of docs/registers.md with lifecycle_markdown(kind)"
    )


@pytest.mark.parametrize("kind", sorted(LIFECYCLES))
def test_the_diagram_has_an_arrow_for_every_row_and_names_every_state(kind: str) -> None:
    diagram = lifecycle_mermaid(kind)
    table = LIFECYCLES[kind]
    arrows = [line for line in diagram.splitlines() if "-->" in line and ": " in line]
    assert len(arrows) == len(table.transitions)
    for state in table.states:
        assert f" as {state}" in diagram


def test_the_mermaid_fence_is_enabled_for_the_docs() -> None:
    config = (Path(__file__).parent.parent / "mkdocs.yml").read_text("utf-8")
    assert "name: mermaid" in config and "registers.md" in config
