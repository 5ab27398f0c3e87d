"""Agenda catalogues from JSON and CSV files, validated all at once by the pure core."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from krajsoc._quote import quote
from krajsoc.agendas import Catalogue
from krajsoc.errors import CatalogueFileError, InvalidInputError
from krajsoc.loaders._spreadsheets import (
    MAX_FILE_BYTES,
    CsvTable,
    UnreadableFileError,
    encoding_name,
    parse_csv,
    read_text,
)

__all__ = ["CSV_COLUMNS", "MAX_FILE_BYTES", "load_catalogue", "read_rows"]

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "region",
    "authorities",
    "department",
    "section",
    "competence",
    "text",
    "legal_bases",
    "topics",
    "registers",
    "recurrences",
    "seed",
    "items",
)
"""The columns a CSV catalogue may have; list cells separate their values with ``;``."""

_DERIVED_KEYS: tuple[str, ...] = ("bases_in_force",)
"""Keys ``krajsoc agendas --json`` adds to each agenda, computed from it; loading drops them."""

_LIST_COLUMNS = {"authorities", "legal_bases", "topics", "registers", "recurrences", "items"}

_MAX_JSON_DEPTH = 100  # a catalogue nests 4 deep; deeper is not a catalogue


def read_rows(
    path: str | Path,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    encoding: str = "utf-8",
    delimiter: str | None = None,
) -> list[Any]:
    """The rows of a JSON or CSV file.

    A JSON file holds a list of objects, ``{"agendas": [...]}``, or what
    ``krajsoc agendas --json`` prints (its envelope; the derived ``bases_in_force`` is dropped).

    CSV cells are turned into the JSON shape: empty cells are left out, list cells are split at
    ``;`` (quote such a cell in a ``;``-separated file), and ``seed`` with ``items`` become
    ``source``. A byte order mark is skipped in both.

    Args:
        path: The file; only a regular file is read (not a FIFO, a device or a directory).
        max_bytes: The largest file read; its size is checked before reading.
        encoding: ``"utf-8"`` by default, ``"cp1250"`` for a CSV file from Czech Excel.
        delimiter: A CSV file's delimiter, ``";"``, ``","`` or a tab; by default found from its
            header line (see :func:`krajsoc.loaders.read_csv`).

    Raises:
        CatalogueFileError: The file is missing, not a regular file, larger than ``max_bytes``,
            unreadable or not text in ``encoding`` (for bytes that are not UTF-8 the reason
            suggests cp1250).
        InvalidInputError: The file is not valid JSON or CSV of the expected shape: a CSV row with
            more cells than the header, a duplicate column, a cell too long for the CSV reader,
            JSON nested too deep or a number too long (each says its row or line; a CSV error
            also the delimiter and encoding it was read with).
    """
    file = Path(path)
    if file.suffix.lower() not in {".csv", ".json"}:
        raise InvalidInputError(
            f"file type {quote(file.suffix) if file.suffix else 'without suffix'}",
            where=quote(file.name),
            expected=".json or .csv",
        )
    name = encoding_name(encoding)
    try:
        text = read_text(file, encoding=name, max_bytes=max_bytes)
    except UnreadableFileError as error:
        raise CatalogueFileError(str(path), error.reason) from None
    if file.suffix.lower() == ".csv":
        return _csv_rows(parse_csv(text, name=file.name, delimiter=delimiter, encoding=name))
    return _json_rows(text, file.name)


def _json_rows(text: str, name: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"not JSON ({error.msg})", where=f"{quote(name)} line {error.lineno}"
        ) from None
    except RecursionError:
        raise InvalidInputError(
            "JSON nested too deep", where=quote(name), expected="a list of flat objects"
        ) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise InvalidInputError(
            "a JSON number too long to read", where=quote(name), expected="at most 4300 digits"
        ) from None
    if isinstance(data, dict) and isinstance(data.get("agendas"), list):
        data = data["agendas"]
    elif isinstance(data, dict) and data.get("command") == "agendas" and "krajsoc" in data:
        data = _agendas_output(data.get("data"), name)
    if not isinstance(data, list):
        raise InvalidInputError(
            "a JSON catalogue must be a list",
            where=quote(name),
            expected='[{...}, ...] or {"agendas": [...]}',
        )
    for index, row in enumerate(data, start=1):
        if _depth(row) > _MAX_JSON_DEPTH:
            raise InvalidInputError(
                "JSON nested too deep", where=f"{quote(name)} row {index}", expected="flat objects"
            )
    return list(data)  # non-objects stay as they are: validation reports them by row


def _agendas_output(data: object, name: str) -> list[Any]:
    """The rows of ``krajsoc agendas --json``, without what the command derived for people."""
    if not isinstance(data, list):
        raise InvalidInputError(
            "the 'data' of krajsoc agendas --json output must be a list", where=quote(name)
        )
    derived = set(_DERIVED_KEYS)
    return [
        {key: value for key, value in row.items() if key not in derived}
        if isinstance(row, dict)
        else row
        for row in data
    ]


def _depth(value: Any) -> int:
    """How deep ``value`` nests, counted without recursion (stops past the limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack and deepest <= _MAX_JSON_DEPTH:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _csv_rows(table: CsvTable) -> list[dict[str, Any]]:
    problem = _header_problem(list(table.header))
    if problem is not None:
        raise InvalidInputError(
            problem,
            where=f"{quote(table.name)} row 1 (read as {table.read_as})",
            expected=", ".join(CSV_COLUMNS) + ", each once",
        )
    return [_csv_row(cells) for cells in table.records()]


def _header_problem(header: list[str]) -> str | None:
    for index, column in enumerate(header):
        if column not in CSV_COLUMNS:
            return f"unknown CSV column {quote(column)}"
        if column in header[:index]:
            return f"CSV column {quote(column)} appears twice"
    return None


def _csv_row(cells: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, cell in cells.items():
        if not cell.strip():
            continue
        row[name] = [part.strip() for part in cell.split(";")] if name in _LIST_COLUMNS else cell
    row["source"] = {key: row.pop(key) for key in ("seed", "items") if key in row}
    return row


def load_catalogue(
    path: str | Path,
    *,
    name: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    encoding: str = "utf-8",
    delimiter: str | None = None,
) -> Catalogue:
    """Read and validate a catalogue file; all or nothing.

    The rows are validated by :meth:`Catalogue.from_rows` (that is, :func:`krajsoc.rows.from_rows`).
    A JSON file's rows are numbered from 1, in the order of its list; a CSV file's as a
    spreadsheet numbers them, from 2 under the header line. ``encoding`` and ``delimiter`` are
    those of :func:`read_rows`.

    Raises:
        CatalogueFileError: The file is missing, not a regular file, larger than ``max_bytes``
            (128 MiB by default), unreadable or not text in ``encoding``.
        InvalidInputError: The file cannot be read as JSON or CSV (see :func:`read_rows`).
        BulkValidationError: Rows are invalid; ``.report`` holds every finding (row, field,
            rule) at once.
    """
    file = Path(path)
    start = 2 if file.suffix.lower() == ".csv" else 1
    return Catalogue.from_rows(
        read_rows(file, max_bytes=max_bytes, encoding=encoding, delimiter=delimiter),
        name=name or file.name,
        start=start,
    )
