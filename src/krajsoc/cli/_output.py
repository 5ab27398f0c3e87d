"""Rendering rows for people (aligned tables) and for machines (JSON)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from krajsoc.cli._envelope import JsonData, write_envelope

__all__ = ["write_json", "write_rows", "write_table"]


def write_table(
    out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[object]], *, indent: str = ""
) -> None:
    """Write ``rows`` under ``headers`` as left-aligned columns; ``None`` shows as ``-``."""
    cells = [[("-" if cell is None else str(cell)) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    for row in [list(headers), ["─" * width for width in widths], *cells]:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        out.write(indent + line.rstrip() + "\n")


def write_json(out: TextIO, data: JsonData, *, command: str) -> None:
    """Write ``data`` as indented UTF-8 JSON in the envelope every command shares."""
    write_envelope(out, command, data)


def write_rows(
    out: TextIO,
    rows: Sequence[Mapping[str, Any]],
    *,
    as_json: bool,
    columns: Mapping[str, str],
    command: str,
) -> None:
    """Write ``rows`` as JSON (every key) or as a table of ``columns`` (header -> row key)."""
    if as_json:
        write_json(out, rows, command=command)
        return
    write_table(out, list(columns), [[row[key] for key in columns.values()] for row in rows])
