"""The error a register raises when an operation would break one of its rules.

Examples:
    >>> from krajsoc.findings import Finding
    >>> from krajsoc.registers._rules import DUPLICATE_ID
    >>> error = RegisterRuleError(Finding(DUPLICATE_ID, fields={"entry": "Z-1"}))
    >>> print(error)
    The register already holds an entry Z-1. (an entry id is unique in its register ...)
    >>> error.finding.code, error.code
    ('register-duplicate-id', 'register-rule')
"""

from __future__ import annotations

from typing import ClassVar

from krajsoc.errors import RuleViolationError
from krajsoc.findings import Finding, Report

__all__ = ["RegisterRuleError"]


class RegisterRuleError(RuleViolationError):
    """An event the lifecycle does not allow, a duplicate entry: nothing was changed.

    Attributes:
        finding: The finding that says what was refused and what is allowed.
        report: The same finding as a report.
    """

    code: ClassVar[str] = "register-rule"

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        self.report = Report([finding])
        super().__init__(finding.describe("en"))
