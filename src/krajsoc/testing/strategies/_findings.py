"""Strategies for rules, findings and reports."""

from __future__ import annotations

from hypothesis import strategies as st

from krajsoc.findings import (
    Finding,
    FindingRecord,
    Report,
    ReportRecord,
    Rule,
    Severity,
    Where,
)
from krajsoc.rules import RULES

__all__ = [
    "finding_records",
    "findings",
    "report_records",
    "reports",
    "rules",
    "wheres",
]

_NAMES = st.sampled_from(["id", "date", "notice_sent_on", "members.0.role", "ico", "state"])
_SHORT = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N"]), max_size=20)


def rules() -> st.SearchStrategy[Rule]:
    """A rule of the library's registry."""
    return st.sampled_from(sorted(RULES.values(), key=lambda item: item.code))


def wheres() -> st.SearchStrategy[Where]:
    """Where a finding applies: a row and field, an entry, a subject — any of them missing."""
    return st.builds(
        Where,
        row=st.none() | st.integers(min_value=0, max_value=10**6),
        field=st.none() | _NAMES,
        entry=st.none() | st.from_regex(r"[A-Z]{1,3}-[0-9]{1,4}", fullmatch=True),
        subject=st.none() | _SHORT,
    )


@st.composite
def findings(draw: st.DrawFn, rule: st.SearchStrategy[Rule] | None = None) -> Finding:
    """A finding of a registered rule with values for each of its fields."""
    chosen = draw(rule if rule is not None else rules())
    fields = {name: draw(_SHORT) for name in chosen.fields}
    severity = draw(st.sampled_from(Severity) | st.just(chosen.severity))
    return Finding(chosen, where=draw(wheres()), fields=fields, severity=severity)


def reports() -> st.SearchStrategy[Report]:
    """A report of up to ten findings."""
    return st.lists(findings(), max_size=10).map(Report)


def finding_records() -> st.SearchStrategy[FindingRecord]:
    """A finding in its JSON form."""
    return findings().map(lambda item: Report([item]).to_record().findings[0])


def report_records() -> st.SearchStrategy[ReportRecord]:
    """A report in its JSON form."""
    return reports().map(Report.to_record)
