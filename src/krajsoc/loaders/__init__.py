"""Reading a region's own data from files: an adapter outside the pure core.

The core validates rows that are already parsed (:meth:`krajsoc.agendas.Catalogue.from_rows`);
this package only reads JSON or CSV files into such rows (:func:`read_entry_rows` for register
entries, checked by :func:`krajsoc.rows.from_rows`). Every CSV file is read by :func:`read_csv`:
``;``- or ``,``-separated (found from the header), UTF-8 with or without a byte order mark, or
cp1250 as Czech Excel saves it (``encoding="cp1250"``). Every problem of every row is reported
at once, as a :class:`~krajsoc.errors.BulkValidationError`, and nothing is loaded.

Examples:
    >>> import json, tempfile, pathlib
    >>> rows = [{"region": "LK", "section": "Oddělení sociální práce", "competence": "delegated",
    ...          "text": "vede evidenci žadatelů", "source": {"seed": "muj.json", "items": ["1"]}}]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "lk.json")
    ...     _ = path.write_text(json.dumps(rows), "utf-8")
    ...     [agenda.id for agenda in load_catalogue(path)]
    ['CZ051/oddeleni-socialni-prace/pp/1']
"""

from krajsoc.loaders._act_files import load_acts
from krajsoc.loaders._catalogue_files import CSV_COLUMNS, load_catalogue, read_rows
from krajsoc.loaders._entry_files import read_entry_rows
from krajsoc.loaders._planning_files import MEETING_CSV_COLUMNS, load_groups, load_meetings
from krajsoc.loaders._spreadsheets import (
    CSV_DELIMITERS,
    MAX_FILE_BYTES,
    CsvTable,
    detect_delimiter,
    read_csv,
)

__all__ = [
    "CSV_COLUMNS",
    "CSV_DELIMITERS",
    "MAX_FILE_BYTES",
    "MEETING_CSV_COLUMNS",
    "CsvTable",
    "detect_delimiter",
    "load_acts",
    "load_catalogue",
    "load_groups",
    "load_meetings",
    "read_csv",
    "read_entry_rows",
    "read_rows",
]
