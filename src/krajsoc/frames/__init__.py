"""Records and reports as pandas DataFrames, and frames back to records: the pandas adapter.

Needs the ``pandas`` extra (``pip install 'krajsoc[pandas]'``); ``import krajsoc`` never imports
pandas, only this package does. Both ways go through the library's one bulk path:
:func:`to_frame` through :func:`krajsoc.rows.to_rows` (personal data masked unless asked) and
:func:`from_frame` through :func:`krajsoc.rows.from_rows` (every problem of every row in a
:class:`~krajsoc.findings.Report`, nothing half-loaded).

Examples:
    >>> from krajsoc.agendas import Agenda, catalogue
    >>> frame = to_frame(catalogue("LK"))
    >>> len(frame), frame.index.name, frame.loc[1, "competence"]
    (78, 'row', 'self_governing')
    >>> agendas, report = from_frame(frame, Agenda)
    >>> report.ok and agendas == catalogue("LK").agendas
    True
"""

from krajsoc.frames._frames import REPORT_COLUMNS, from_frame, to_frame

__all__ = ["REPORT_COLUMNS", "from_frame", "to_frame"]
