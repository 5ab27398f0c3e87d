"""docs/law.md lists exactly the acts of the registry, as the registry states them."""

from __future__ import annotations

from pathlib import Path

from tests.law_docs_table import HEADER, acts_table

PAGE = Path(__file__).parent.parent / "docs" / "law.md"


def test_the_known_acts_table_of_the_docs_equals_the_registry() -> None:
    text = PAGE.read_text(encoding="utf-8")
    start = text.index(HEADER)
    end = text.find("\n\n", start)
    table = text[start:] if end == -1 else text[start:end]
    assert table.strip() == acts_table(), "regenerate the table: print(acts_table())"
