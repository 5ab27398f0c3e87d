"""A report: the findings of one or more checks, immutable, and ready for a table or JSON.

Every check in krajsoc returns a :class:`Report`. It is sized and iterable, ``ok`` while it holds
no violation, and combines with ``+``. :meth:`Report.to_rows` gives flat dicts for
``pandas.DataFrame``; :meth:`Report.to_json` and :class:`ReportRecord` its JSON form and schema.

Examples:
    >>> from krajsoc.findings import Finding, Rule, Severity, Where
    >>> LATE = Rule("example-late", czech="Pozdě o {days} dny.", english="{days} days late.",
    ...             source="example")
    >>> report = Report([Finding(LATE, where=Where(row=2), fields={"days": "3"})])
    >>> report.ok, len(report), [f.code for f in report.violations]
    (False, 1, ['example-late'])
    >>> (report + Report()).to_rows()[0]["text_en"]
    '3 days late.'
    >>> Report().ok
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from pydantic import BaseModel, ConfigDict

from krajsoc.findings._certainty import Certainty, Severity
from krajsoc.findings._finding import Finding

__all__ = ["FindingRecord", "Report", "ReportRecord"]


def _finding_tuple(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    found = tuple(findings)
    for item in found:
        if not isinstance(item, Finding):
            raise TypeError(f"a Report holds Finding values, not {type(item).__name__}")
    return found


@attrs.frozen
class Report:
    """The findings of a check, in the order they were found.

    Attributes:
        findings: Every finding, in order.
    """

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_finding_tuple)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __add__(self, other: object) -> Report:
        if not isinstance(other, Report):
            return NotImplemented
        return Report(self.findings + other.findings)

    @property
    def ok(self) -> bool:
        """True while the report holds no violation (warnings and information may be there)."""
        return not any(item.severity is Severity.VIOLATION for item in self.findings)

    @property
    def violations(self) -> tuple[Finding, ...]:
        """The findings that are violations."""
        return self._of(Severity.VIOLATION)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings that are warnings."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings that are information only."""
        return self._of(Severity.INFO)

    @property
    def codes(self) -> frozenset[str]:
        """The codes of the rules found, once each."""
        return frozenset(item.rule.code for item in self.findings)

    def by_rule(self, code: str) -> Report:
        """The findings of the rule with ``code``, as a report."""
        return Report(item for item in self.findings if item.rule.code == code)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(item for item in self.findings if item.severity is severity)

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat dict per finding, ready for ``pandas.DataFrame(report.to_rows())``.

        Keys: ``rule`` (its code), ``severity``, ``row``, ``field``, ``entry``, ``subject``
        (``None`` where they do not apply), ``text_cs``, ``text_en``, ``basis`` and ``certainty``.
        """
        return [_row(item) for item in self.findings]

    def to_record(self) -> ReportRecord:
        """The report as its pydantic model, for JSON or an API response."""
        return ReportRecord(ok=self.ok, findings=[FindingRecord(**row) for row in self.to_rows()])

    def to_json(self, *, indent: int | None = None) -> str:
        """The report as JSON text (see :class:`ReportRecord` for its schema)."""
        return self.to_record().model_dump_json(indent=indent)

    def text(self, language: str = "cs") -> str:
        """Every finding on its own line, in Czech or English; ``''`` for an empty report."""
        return "\n".join(item.describe(language) for item in self.findings)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{len(self._of(severity))} {severity.value}"
            for severity in Severity
            if self._of(severity)
        )
        return f"Report({counts or 'empty'})"

    def __str__(self) -> str:
        return self.text("cs")


def _row(item: Finding) -> dict[str, Any]:
    where = item.where
    return {
        "rule": item.rule.code,
        "severity": item.severity.value,
        "row": where.row,
        "field": where.field,
        "entry": where.entry,
        "subject": where.subject,
        "text_cs": item.text("cs"),
        "text_en": item.text("en"),
        "basis": item.rule.basis,
        "certainty": item.rule.certainty.value,
    }


class FindingRecord(BaseModel):
    """One finding in a report's JSON form; the same keys as :meth:`Report.to_rows`."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    rule: str
    """The rule's code; its anchor on the docs' Rules page."""
    severity: Severity
    """How grave the finding is."""
    row: int | str | None = None
    """The row of the input it concerns, if any."""
    field: str | None = None
    """The field it concerns, if any."""
    entry: str | None = None
    """The entry (e.g. an agenda id) it concerns, if any."""
    subject: str | None = None
    """What it is about (e.g. a citation), if the rule names it."""
    text_cs: str
    """The message in Czech."""
    text_en: str
    """The message in English."""
    basis: str
    """The legal reference and source the rule rests on."""
    certainty: Certainty
    """How sure the rule is."""


class ReportRecord(BaseModel):
    """A report's JSON form: whether it is ok, and its findings in order.

    Examples:
        >>> ReportRecord.model_json_schema()["required"]
        ['ok', 'findings']
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    ok: bool
    """Whether the report has no violation."""
    findings: list[FindingRecord]
    """The findings, in order."""
