"""A region's own planning groups (JSON or TOML) and a year of meetings (JSON or CSV) from files.

The files are read here; the rows are validated by the pure core's bulk path,
:func:`krajsoc.rows.from_rows`, so every problem of every row comes back at once in a
:class:`~krajsoc.findings.Report` and nothing is half-loaded. A group file holds the same model
the built-in groups are (:class:`~krajsoc.planning.Group`): start from
``group("LK", "K10").model_dump(mode="json")`` and change what differs.

Examples:
    >>> import tempfile, pathlib
    >>> text = '''
    ... [[groups]]
    ... code = "K7"
    ... name = "Kolegium obcí III. typu Karlovarského kraje"
    ... region = "KVK"
    ... source = "jednací řád, čl. 2"
    ... [groups.meetings]
    ... notice = "14 dnů"
    ... '''
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "skupiny.toml")
    ...     _ = path.write_text(text, "utf-8")
    ...     found, report = load_groups(path)
    >>> [item.code for item in found], report.ok
    (['K7'], True)
    >>> found[0].meetings.notice
    Period(days=14)
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Report
from krajsoc.loaders._spreadsheets import UnreadableFileError, encoding_name, parse_csv, read_text
from krajsoc.planning import Group, Meeting
from krajsoc.rows import from_rows

__all__ = ["MEETING_CSV_COLUMNS", "load_groups", "load_meetings"]

MEETING_CSV_COLUMNS: tuple[str, ...] = tuple(Meeting.model_fields)
"""The columns a meeting CSV may have; ``agenda`` and ``notified`` separate values with ``;``."""

_LIST_COLUMNS = {"agenda", "notified"}
_YES_NO = {"ano": "true", "ne": "false"}


def _read_text(file: Path, encoding: str = "utf-8") -> str:
    try:
        return read_text(file, encoding=encoding)
    except UnreadableFileError as error:
        raise InvalidInputError(
            f"cannot read file {quote(file.name)}: {error.reason}", where=quote(str(file))
        ) from None


def _json(file: Path, key: str, encoding: str = "utf-8") -> list[Any]:
    try:
        data = json.loads(_read_text(file, encoding))
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"not JSON ({error.msg})", where=f"{file.name} line {error.lineno}"
        ) from None
    if isinstance(data, dict) and isinstance(data.get(key), list):
        data = data[key]
    if not isinstance(data, list):
        raise InvalidInputError(
            f"a JSON file of {key} must be a list", where=file.name, expected=f'{{"{key}": [...]}}'
        )
    return data


def _toml(file: Path, key: str) -> list[Any]:
    try:
        data = tomllib.loads(_read_text(file))
    except tomllib.TOMLDecodeError as error:
        raise InvalidInputError(f"not TOML ({error})"[:200], where=file.name) from None
    rows = data.get(key)
    if not isinstance(rows, list):
        raise InvalidInputError(
            f"a TOML file of {key} needs an array of tables", where=file.name, expected=f"[[{key}]]"
        )
    return rows


def _csv(file: Path, encoding: str, delimiter: str | None) -> list[dict[str, Any]]:
    name = encoding_name(encoding)
    table = parse_csv(_read_text(file, name), name=file.name, delimiter=delimiter, encoding=name)
    unknown = [column for column in table.header if column not in MEETING_CSV_COLUMNS]
    if unknown:
        raise InvalidInputError(
            f"unknown CSV column {quote(unknown[0])}",
            where=f"{quote(file.name)} row 1 (read as {table.read_as})",
            expected=", ".join(MEETING_CSV_COLUMNS),
        )
    rows = []
    for cells in table.records():
        row: dict[str, Any] = {}
        for column, cell in cells.items():
            if not cell.strip():
                continue
            value = cell.strip()
            if column in _LIST_COLUMNS:
                row[column] = [part.strip() for part in value.split(";") if part.strip()]
            elif column == "extraordinary":
                row[column] = _YES_NO.get(value.lower(), value)
            else:
                row[column] = value
        rows.append(row)
    return rows


def _suffix(file: Path, allowed: tuple[str, ...]) -> str:
    suffix = file.suffix.lower()
    if suffix not in allowed:
        raise InvalidInputError(
            f"file type {suffix or 'without suffix'!r}",
            where=file.name,
            expected=" or ".join(allowed),
        )
    return suffix


def load_groups(path: str | Path) -> tuple[tuple[Group, ...], Report]:
    """A region's own groups from JSON (``[...]``, ``{"groups": [...]}``) or TOML (``[[groups]]``).

    Returns:
        The groups and the report of every problem of every row (rows counted from 1); when
        the report holds a violation no group is returned. Codes must be unique in the file.

    Raises:
        InvalidInputError: The file cannot be read, or is not JSON or TOML of that shape.
    """
    file = Path(path)
    rows = (
        _toml(file, "groups")
        if _suffix(file, (".json", ".toml")) == ".toml"
        else _json(file, "groups")
    )
    return from_rows(rows, Group, key="code")


def load_meetings(
    path: str | Path, *, encoding: str = "utf-8", delimiter: str | None = None
) -> tuple[tuple[Meeting, ...], Report]:
    """Meetings from JSON (``[...]`` or ``{"meetings": [...]}``) or CSV (a header line first).

    A CSV file may be ``;``- or ``,``-separated (found from its header; a ``delimiter`` of
    ``";"``, ``","`` or a tab overrides it), UTF-8 (a byte order mark skipped) or, with
    ``encoding="cp1250"``, as Czech Excel saves it; a list cell (``agenda``, ``notified``)
    separates values with ``;``, quoted in a ``;``-separated file.

    Returns:
        The meetings and the report of every problem of every row (a CSV row is counted by its
        line, the header being line 1); when the report holds a violation none is returned.

    Raises:
        InvalidInputError: The file cannot be read, is not JSON or CSV of that shape, or has a
            CSV column that is not a field of :class:`~krajsoc.planning.Meeting`.
    """
    file = Path(path)
    if _suffix(file, (".json", ".csv")) == ".csv":
        return from_rows(_csv(file, encoding, delimiter), Meeting, start=2, key=None)
    return from_rows(_json(file, "meetings", encoding_name(encoding)), Meeting, key=None)
