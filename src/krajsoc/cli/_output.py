"""Rendering rows for people (aligned tables) and for machines (JSON)."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from krajsoc.cli._envelope import JsonData, write_envelope

__all__ = ["terminal_width", "write_json", "write_rows", "write_table"]


def write_table(
    out: TextIO,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    indent: str = "",
    width: int | None = None,
) -> None:
    """Write ``rows`` under ``headers`` as left-aligned columns; ``None`` shows as ``-``.

    The table fits ``width`` characters (by default the terminal's, see
    :func:`terminal_width`): the widest columns are narrowed and their cells wrapped onto more
    lines. Without a width (output to a file or pipe, no ``COLUMNS``) rows are not wrapped.
    """
    cells = [[("-" if cell is None else str(cell)) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    limit = terminal_width(out) if width is None else width
    if limit is not None:
        widths = _fitted(widths, limit - len(indent))
    _write_wrapped(out, indent, list(headers), widths)
    out.write(_line(indent, ["─" * w for w in widths], widths))
    for row in cells:
        _write_wrapped(out, indent, row, widths)


def _write_wrapped(out: TextIO, indent: str, row: Sequence[str], widths: Sequence[int]) -> None:
    """One row, each cell wrapped to its column's width, on as many lines as it takes."""
    wrapped = [
        textwrap.wrap(cell, w, break_on_hyphens=False) or [""]
        for cell, w in zip(row, widths, strict=True)
    ]
    for index in range(max(len(lines) for lines in wrapped)):
        parts = [lines[index] if index < len(lines) else "" for lines in wrapped]
        out.write(_line(indent, parts, widths))


_GAP = 2
_NARROWEST = 8  # a column is never narrowed below this, so a word still fits a line or two


def _fitted(widths: list[int], limit: int) -> list[int]:
    """``widths`` with the widest columns narrowed until the table fits ``limit``."""
    fitted = list(widths)
    while sum(fitted) + _GAP * (len(fitted) - 1) > limit:
        widest = max(range(len(fitted)), key=lambda i: fitted[i])
        if fitted[widest] <= _NARROWEST:
            break  # as narrow as it sensibly gets; the terminal wraps the rest
        fitted[widest] -= 1
    return fitted


def _line(indent: str, cells: Sequence[str], widths: Sequence[int]) -> str:
    text = (" " * _GAP).join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True))
    return indent + text.rstrip() + "\n"


def terminal_width(out: TextIO) -> int | None:
    """How wide a table may be: ``COLUMNS`` if set, else the terminal's; ``None`` for a file."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if out is sys.stdout and out.isatty():
        return shutil.get_terminal_size().columns
    return None


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
