"""A region's own acts (JSON or TOML) from a file, for a registry the caller extends.

The file is read here; each row is validated as an :class:`~krajsoc.law.ActRecord` by the pure
core's bulk path, :func:`krajsoc.rows.from_rows`, so every problem of every row comes back at once
and nothing is half-loaded.

Examples:
    >>> import tempfile, pathlib
    >>> from krajsoc.law import BUILT_IN_ACTS, parse_citation
    >>> text = '''
    ... [[acts]]
    ... kind = "regional_regulation"
    ... number = 3
    ... year = 2019
    ... issuer = "Libereckého kraje"
    ... '''
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "predpisy.toml")
    ...     _ = path.write_text(text, "utf-8")
    ...     region = BUILT_IN_ACTS.with_acts(*load_acts(path))
    >>> parse_citation("čl. 2 nařízení Libereckého kraje č. 3/2019", acts=region)
    (LegalReference('čl. 2 nařízení Libereckého kraje č. 3/2019'),)
"""

from __future__ import annotations

from pathlib import Path

from krajsoc.errors import BulkValidationError, DuplicateIdError
from krajsoc.law import Act, ActRecord
from krajsoc.loaders._planning_files import _json, _suffix, _toml
from krajsoc.rows import from_rows

__all__ = ["load_acts"]


def load_acts(path: str | Path) -> tuple[Act, ...]:
    """A region's own acts from JSON (``[...]``, ``{"acts": [...]}``) or TOML (``[[acts]]``).

    Each row holds the fields of :class:`~krajsoc.law.ActRecord` (its JSON Schema is
    ``docs/schemas/act-record.input.json``). Pass the acts to
    :meth:`krajsoc.law.ActRegistry.with_acts`.

    Returns:
        The acts, in file order.

    Raises:
        InvalidInputError: The file cannot be read, or is not JSON or TOML of that shape.
        BulkValidationError: A row is not an act; the report names every bad row (counted from
            1) and field.
        DuplicateIdError: Two rows are the same act.
    """
    file = Path(path)
    rows = (
        _toml(file, "acts") if _suffix(file, (".json", ".toml")) == ".toml" else _json(file, "acts")
    )
    records, report = from_rows(rows, ActRecord, key=None)
    if not report.ok:
        raise BulkValidationError(report)
    acts = tuple(record.to_act() for record in records)
    seen: set[tuple[int, str, int, int]] = set()
    for row, item in enumerate(acts, start=1):
        if item.key in seen:
            raise DuplicateIdError("act", item.id, where=f"{file.name} row {row}")
        seen.add(item.key)
    return acts
