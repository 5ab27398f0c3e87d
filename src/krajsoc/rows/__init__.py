"""Rows in, records out: one bulk path for every boundary model, reporting every problem at once.

:func:`from_rows` validates rows (parsed JSON, CSV, a DataFrame) as records of a pydantic model and
returns the records with a :class:`~krajsoc.findings.Report` naming every bad row — as the caller
counts it — and field, with the library's own sentences and never the value that arrived for a
personal-data field. :func:`to_rows` writes records back, personal data masked unless asked.

Examples:
    >>> from krajsoc.agendas import Agenda
    >>> records, report = from_rows([{"text": "x"}], Agenda)
    >>> records, sorted(report.codes)
    ((), ['row-missing-field'])
"""

from krajsoc.rows._from_rows import from_rows, to_rows
from krajsoc.rows._rules import ROW_RULES

__all__ = ["ROW_RULES", "from_rows", "to_rows"]
