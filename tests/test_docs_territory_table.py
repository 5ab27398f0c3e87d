"""The regions table in docs/territory.md is the built-in data, not a copy that can drift."""

from __future__ import annotations

from pathlib import Path

from krajsoc.territory import REGIONS

PAGE = Path(__file__).resolve().parent.parent / "docs" / "territory.md"


def test_the_docs_regions_table_matches_the_built_in_regions() -> None:
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in PAGE.read_text("utf-8").splitlines()
        if line.startswith("| ") and line.count("|") == 7 and "CZ0" in line
    ]
    assert rows == [
        [
            item.abbreviation,
            item.nuts_code,
            item.iso_code,
            item.name,
            item.seat,
            "verified" if item.verified else "believed",
        ]
        for item in REGIONS
    ]
