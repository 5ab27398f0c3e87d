"""Register entries from JSON and CSV files: rows for :func:`krajsoc.rows.from_rows`.

The core validates parsed rows; this adapter only reads a file into them. A JSON file is a list
of objects, or ``{"entries": [...]}``. A CSV file has a header of field names; an empty cell is
a field not given, a dotted column (``address.city``) fills a nested object, and a cell that
starts with ``[`` or ``{`` is read as JSON (a list of birth numbers, a nested record).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError
from krajsoc.loaders._spreadsheets import (
    CsvTable,
    UnreadableFileError,
    encoding_name,
    parse_csv,
    read_text,
)

__all__ = ["read_entry_rows"]


def read_entry_rows(
    path: str | Path, *, encoding: str = "utf-8", delimiter: str | None = None
) -> tuple[list[Any], int]:
    r"""The rows of a JSON or CSV file of entries, and the number the first row is counted as.

    A CSV file's first row is line 2 (its header is line 1); a JSON list counts from 1.

    Args:
        path: The file, ``.json`` or ``.csv``.
        encoding: ``"utf-8"`` by default (a byte order mark skipped), ``"cp1250"`` for a CSV
            file from Czech Excel.
        delimiter: A CSV file's delimiter, ``";"``, ``","`` or a tab; by default found from its
            header line (see :func:`krajsoc.loaders.read_csv`).

    Raises:
        InvalidInputError: The file is missing, unreadable, not text in ``encoding`` (for bytes
            that are not UTF-8 the message suggests cp1250), not ``.json`` or ``.csv``, or not
            JSON or CSV of the expected shape.

    Examples:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder, "entries.csv")
        ...     _ = path.write_text("id,care,address.city\nZ-1,foster,Liberec\n", "utf-8")
        ...     read_entry_rows(path)
        ([{'id': 'Z-1', 'care': 'foster', 'address': {'city': 'Liberec'}}], 2)

        Numbered columns make a list, so a CSV row can hold one applicant or a couple:

        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder, "entries.csv")
        ...     _ = path.write_text("id,applicants.0.name,applicants.1.name\nZ-1,A,B\n", "utf-8")
        ...     read_entry_rows(path)
        ([{'id': 'Z-1', 'applicants': [{'name': 'A'}, {'name': 'B'}]}], 2)
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in {".csv", ".json"}:
        raise InvalidInputError(
            f"file type {quote(file.suffix or 'without suffix')}",
            where=quote(file.name),
            expected=".json or .csv",
        )
    name = encoding_name(encoding)
    try:
        text = read_text(file, encoding=name)
    except UnreadableFileError as error:
        raise _unreadable(file, error.reason) from None
    if suffix == ".csv":
        table = parse_csv(text, name=file.name, delimiter=delimiter, encoding=name)
        return _csv_rows(table), table.FIRST_ROW
    return _json_rows(file, text), 1


def _unreadable(file: Path, reason: str) -> InvalidInputError:
    return InvalidInputError(
        f"cannot read {quote(str(file))}: {reason}", expected="a readable file"
    )


def _json_rows(file: Path, text: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"not JSON ({error.msg})", where=f"{quote(file.name)} line {error.lineno}"
        ) from None
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        data = data["entries"]
    if not isinstance(data, list):
        raise InvalidInputError(
            "a JSON file of entries must be a list",
            where=quote(file.name),
            expected='[{...}, ...] or {"entries": [...]}',
        )
    return data  # non-objects stay: validation reports them by row


def _csv_rows(table: CsvTable) -> list[dict[str, Any]]:
    rows = []
    for cells in table.records():
        row: dict[str, Any] = {}
        for name, cell in cells.items():
            if cell.strip():
                _put(row, name.strip().split("."), _cell(cell.strip()))
        rows.append(_listed(row))
    return rows


def _cell(text: str) -> Any:
    if text[0] in "[{":
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


def _listed(value: Any) -> Any:
    """Columns ``applicants.0.name``, ``applicants.1.name`` … as a list, in index order.

    A group whose keys are all whole numbers is a list; its indices need not be contiguous
    (an empty cell leaves one out), so items are kept in the order of their numbers.
    """
    if not isinstance(value, dict):
        return value
    items = {key: _listed(item) for key, item in value.items()}
    if items and all(key.isdigit() for key in items):
        return [items[key] for key in sorted(items, key=int)]
    return items


def _put(row: dict[str, Any], path: list[str], value: Any) -> None:
    for part in path[:-1]:
        nested = row.setdefault(part, {})
        row = nested if isinstance(nested, dict) else {}
    row[path[-1]] = value
