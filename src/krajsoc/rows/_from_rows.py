"""One bulk path for every boundary model: rows in, records and a report out, nothing half-loaded.

:func:`from_rows` validates every row, collects every problem of every row — the row as the caller
counts it, the field, the rule — and checks that a key field (``id``) is unique across the rows
that passed. When the report holds a violation no record is returned. :func:`to_rows` is the
inverse, masking personal data unless asked for it.

Examples:
    >>> from pydantic import BaseModel, ConfigDict
    >>> class Office(BaseModel):
    ...     model_config = ConfigDict(extra="forbid", frozen=True)
    ...     id: str
    ...     staff: int
    >>> records, report = from_rows([{"id": "a", "staff": 2}, {"id": "a", "staff": "x"},
    ...                              {"id": "a", "staff": 1}], Office)
    >>> records, [(f.where.row, f.where.field, f.rule.code) for f in report]
    ((), [(2, 'staff', 'row-wrong-type'), (3, 'id', 'row-duplicate-key')])
    >>> print(report.findings[1])
    řádek 3, pole id: Hodnota pole id se opakuje, poprvé byla na řádku 1. (krajsoc: ...)
    >>> to_rows(from_rows([{"id": "b", "staff": 3}], Office)[0])
    [{'id': 'b', 'staff': 3}]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from krajsoc._personal import nested_models, personal_names
from krajsoc._quote import describe
from krajsoc.findings import Finding, Report, Where
from krajsoc.rows import _rules as rules
from krajsoc.rows._errors import findings_of

__all__ = ["from_rows", "to_rows"]

M = TypeVar("M", bound=BaseModel)
Label = int | str


def _labelled(rows: Any, start: int) -> Iterator[tuple[Label, object]]:
    if isinstance(rows, Mapping):
        yield from rows.items()
        return
    if hasattr(rows, "to_dict") and hasattr(rows, "index") and hasattr(rows, "columns"):
        # A pandas DataFrame, read without importing pandas: its index labels are the rows.
        records = rows.to_dict("records")
        for label, record in zip(rows.index, records, strict=True):
            yield _label(label), {key: value for key, value in record.items() if not _blank(value)}
        return
    if isinstance(rows, str | bytes) or not isinstance(rows, Iterable):
        raise TypeError(
            f"from_rows() takes an iterable of rows (mappings), a mapping of labels to rows or a "
            f"DataFrame, not {type(rows).__name__}"
        )
    yield from enumerate(rows, start=start)


def _label(value: object) -> Label:
    if isinstance(value, int | str):
        return value
    item = getattr(value, "item", None)  # numpy integers
    converted = item() if callable(item) else value
    return converted if isinstance(converted, int | str) else str(converted)


def _blank(value: object) -> bool:
    # pandas fills an empty cell with NaN (or NaT/None); an empty cell is a field not given.
    return value is None or (isinstance(value, float) and math.isnan(value)) or value != value


def from_rows(
    rows: Iterable[Any] | Mapping[Label, Any],
    model: type[M],
    *,
    start: int = 1,
    key: str | None = "id",
) -> tuple[tuple[M, ...], Report]:
    """Validate ``rows`` as ``model`` records: every problem of every row, all or nothing.

    Args:
        rows: Mappings of field names to values (parsed JSON, ``csv.DictReader``); a mapping of
            row labels to such rows; or a ``pandas.DataFrame`` (its index gives the labels, its
            empty cells are fields not given).
        model: A pydantic model, e.g. :class:`krajsoc.agendas.Agenda`.
        start: The number of the first row when ``rows`` is a sequence (``0`` for an index,
            ``2`` for a CSV file whose first line is its header).
        key: The field that must be unique across the rows, or ``None``; a repeat is reported at
            the row where it repeats, counting every input row, valid or not.

    Returns:
        The records in input order and the report. When the report holds a violation, the
        records are empty: nothing is half-loaded.

    Raises:
        TypeError: ``model`` is not a pydantic model or ``rows`` cannot be iterated as rows.
    """
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise TypeError(f"from_rows() needs a pydantic model class, not {type(model).__name__}")
    if key is not None and key not in model.model_fields:
        raise TypeError(f"from_rows(key=...) must name a field of {model.__name__}")
    records: list[M] = []
    findings: list[Finding] = []
    first_row: dict[object, Label] = {}
    validate = model.model_validate
    for label, row in _labelled(rows, start):
        if not isinstance(row, Mapping) and not isinstance(row, model):
            fields = {"got": describe(row)}
            findings.append(Finding(rules.NOT_A_RECORD, where=Where(row=label), fields=fields))
            continue
        try:
            record = validate(row)
        except ValidationError as error:
            findings += findings_of(error, model, label)
            continue
        if key is not None:
            value = getattr(record, key)
            if value in first_row:
                fields = {"key": key, "first": str(first_row[value])}
                where = Where(row=label, field=key)
                findings.append(Finding(rules.DUPLICATE_KEY, where=where, fields=fields))
                continue
            first_row[value] = label
        records.append(record)
    report = Report(findings)
    return (tuple(records) if report.ok else ()), report


def to_rows(records: Iterable[BaseModel], *, personal_data: bool = False) -> list[dict[str, Any]]:
    """Each record as a JSON-ready dict, the inverse of :func:`from_rows`.

    Args:
        records: Boundary models, e.g. register entries.
        personal_data: Keep personal data as it is. By default each personal-data field holds its
            masked text (``'******/****'``), so the rows can go to a log or a shared sheet.
    """
    rows = []
    for record in records:
        if not isinstance(record, BaseModel):
            raise TypeError(f"to_rows() takes pydantic records, not {type(record).__name__}")
        row = record.model_dump(mode="json")
        rows.append(row if personal_data else _masked(type(record), record, row))
    return rows


def _masked(model: type[BaseModel], record: BaseModel, row: dict[str, Any]) -> dict[str, Any]:
    for name in personal_names(model):
        if row.get(name) is not None:
            row[name] = _mask(getattr(record, name))
    for name in model.model_fields:
        if name in row and row[name] is not None and nested_models(model, name):
            value = getattr(record, name)
            if isinstance(value, BaseModel):
                row[name] = _masked(type(value), value, row[name])
            elif isinstance(value, list | tuple):
                row[name] = [
                    _masked(type(item), item, dumped) if isinstance(item, BaseModel) else dumped
                    for item, dumped in zip(value, row[name], strict=True)
                ]
    return row


def _mask(value: object) -> object:
    if isinstance(value, list | tuple):
        return [_mask(item) for item in value]
    masked = getattr(value, "masked", None)
    return masked if isinstance(masked, str) else "*****"
