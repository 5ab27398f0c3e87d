"""Findings: one shape for every business outcome the library reports.

A check — a reference on a day, a meeting's notice, a register's due duties, a batch of rows —
applies rules (:class:`Rule`) and returns a :class:`Report` of findings (:class:`Finding`).
Exceptions are kept for input that cannot be understood and for misuse of the API. Every rule
the library has is listed in :data:`krajsoc.rules.RULES` and on the docs' Rules page.

Examples:
    >>> from krajsoc.findings import Finding, Report, Rule, Severity
    >>> rule = Rule("example-note", czech="Poznámka.", english="A note.", source="example",
    ...             severity=Severity.INFO)
    >>> Report([Finding(rule)]).ok
    True
"""

from krajsoc.findings._certainty import Certainty, Severity
from krajsoc.findings._finding import Finding, Where
from krajsoc.findings._report import FindingRecord, Report, ReportRecord
from krajsoc.findings._rule import Rule

__all__ = [
    "Certainty",
    "Finding",
    "FindingRecord",
    "Report",
    "ReportRecord",
    "Rule",
    "Severity",
    "Where",
]
