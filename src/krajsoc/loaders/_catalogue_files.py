"""Agenda catalogues from JSON and CSV files, validated all at once by the pure core."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from krajsoc._quote import quote
from krajsoc.agendas import Catalogue
from krajsoc.errors import CatalogueFileError, InvalidInputError

__all__ = ["CSV_COLUMNS", "load_catalogue", "read_rows"]

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


def read_rows(path: str | Path) -> list[Any]:
    """The rows of a JSON or CSV file.

    A JSON file holds a list of objects, ``{"agendas": [...]}``, or what
    ``krajsoc agendas --json`` prints (its envelope; the derived ``bases_in_force`` is dropped).

    CSV cells are turned into the JSON shape: empty cells are left out, list cells are split at
    ``;``, and ``seed`` with ``items`` become ``source``.

    Raises:
        CatalogueFileError: The file is missing, not a file, unreadable or not UTF-8.
        InvalidInputError: The file is not valid JSON or CSV of the expected shape.
    """
    file = Path(path)
    if file.suffix.lower() not in {".csv", ".json"}:
        raise InvalidInputError(
            f"file type {quote(file.suffix) if file.suffix else 'without suffix'}",
            where=quote(file.name),
            expected=".json or .csv",
        )
    try:
        if file.suffix.lower() == ".csv":
            return _csv_rows(file)
        return _json_rows(file)
    except UnicodeDecodeError as error:
        raise CatalogueFileError(
            str(path), f"not UTF-8 (byte {error.start} cannot be decoded)"
        ) from None
    except FileNotFoundError:
        raise CatalogueFileError(str(path), "no such file") from None
    except IsADirectoryError:
        raise CatalogueFileError(str(path), "a directory, not a file") from None
    except PermissionError:
        raise CatalogueFileError(str(path), "permission denied") from None
    except OSError as error:
        raise CatalogueFileError(str(path), error.strerror or type(error).__name__) from None


def _json_rows(file: Path) -> list[Any]:
    try:
        data = json.loads(file.read_text("utf-8"))
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"not JSON ({error.msg})", where=f"{quote(file.name)} line {error.lineno}"
        ) from None
    if isinstance(data, dict) and isinstance(data.get("agendas"), list):
        data = data["agendas"]
    elif isinstance(data, dict) and data.get("command") == "agendas" and "krajsoc" in data:
        data = _agendas_output(data.get("data"), file)
    if not isinstance(data, list):
        raise InvalidInputError(
            "a JSON catalogue must be a list",
            where=quote(file.name),
            expected='[{...}, ...] or {"agendas": [...]}',
        )
    return list(data)  # non-objects stay as they are: validation reports them by row


def _agendas_output(data: object, file: Path) -> list[Any]:
    """The rows of ``krajsoc agendas --json``, without what the command derived for people."""
    if not isinstance(data, list):
        raise InvalidInputError(
            "the 'data' of krajsoc agendas --json output must be a list", where=quote(file.name)
        )
    derived = set(_DERIVED_KEYS)
    return [
        {key: value for key, value in row.items() if key not in derived}
        if isinstance(row, dict)
        else row
        for row in data
    ]


def _csv_rows(file: Path) -> list[dict[str, Any]]:
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        unknown = [name for name in reader.fieldnames or () if name not in CSV_COLUMNS]
        if unknown:
            raise InvalidInputError(
                f"unknown CSV column {quote(unknown[0])}",
                where=quote(file.name),
                expected=", ".join(CSV_COLUMNS),
            )
        rows = []
        for cells in reader:
            row: dict[str, Any] = {}
            for name, cell in cells.items():
                if cell is None or not cell.strip():
                    continue
                row[name] = (
                    [part.strip() for part in cell.split(";")] if name in _LIST_COLUMNS else cell
                )
            source = {key: row.pop(key) for key in ("seed", "items") if key in row}
            row["source"] = source
            rows.append(row)
        return rows


def load_catalogue(path: str | Path, *, name: str | None = None) -> Catalogue:
    """Read and validate a catalogue file; all or nothing.

    The rows are validated by :meth:`Catalogue.from_rows` (that is, :func:`krajsoc.rows.from_rows`).
    A JSON file's rows are numbered from 1, in the order of its list; a CSV file's as a
    spreadsheet numbers them, from 2 under the header line.

    Raises:
        CatalogueFileError: The file is missing, not a file, unreadable or not UTF-8.
        InvalidInputError: The file cannot be read as JSON or CSV.
        BulkValidationError: Rows are invalid; ``.report`` holds every finding (row, field,
            rule) at once.
    """
    file = Path(path)
    start = 2 if file.suffix.lower() == ".csv" else 1
    return Catalogue.from_rows(read_rows(file), name=name or file.name, start=start)
