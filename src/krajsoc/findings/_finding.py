"""A finding: one rule applied to one thing, with the values its message needs.

:class:`Where` says what a finding is about — a row and field of a batch, an entry of a
register, a meeting, a reference — and :class:`Finding` pairs it with the :class:`Rule` that
found something and the fields its templates use. Fields never hold personal data: a finding
about a person names the entry id, not the person.

Examples:
    >>> from krajsoc.findings import Rule
    >>> MISSING = Rule("example-missing", czech="Chybí {what}.", english="{what} is missing.",
    ...                source="example")
    >>> finding = Finding(MISSING, where=Where(row=3, field="ico"), fields={"what": "IČO"})
    >>> str(finding)
    'řádek 3, pole ico: Chybí IČO. (example)'
    >>> finding.text("en")
    'IČO is missing.'
    >>> Finding(MISSING, fields={})
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: finding of rule 'example-missing' lacks fields what at Finding.fields; expected a value for every field of the rule's templates
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from krajsoc.errors import InvalidInputError
from krajsoc.findings._certainty import Severity
from krajsoc.findings._rule import Rule

__all__ = ["Finding", "Where"]


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)


@attrs.frozen
class Where:
    """What a finding is about; every part optional.

    Attributes:
        row: The row as the caller counts it (a number, or the label of a frame's index).
        field: The field (column) of the row or entry, dotted for nested fields.
        entry: The id of a register entry.
        subject: Anything else: a meeting (``'K10 2027-03-15'``), a reference, a member.

    Examples:
        >>> str(Where(entry="Z-2026-001", field="state"))
        'záznam Z-2026-001, pole state'
        >>> str(Where(subject="K10 2027-03-15"))
        'K10 2027-03-15'
    """

    row: int | str | None = None
    field: str | None = attrs.field(default=None, converter=_optional_text)
    entry: str | None = attrs.field(default=None, converter=_optional_text)
    subject: str | None = attrs.field(default=None, converter=_optional_text)

    def text(self, language: str = "cs") -> str:
        """Where, in Czech (``'řádek 3, pole ico'``) or English (``'row 3, field ico'``)."""
        words = _WHERE_WORDS["en" if language == "en" else "cs"]
        parts = [
            f"{words[name]} {value}"
            for name, value in (("row", self.row), ("entry", self.entry), ("field", self.field))
            if value is not None
        ]
        if self.subject is not None:
            parts.append(self.subject)
        return ", ".join(parts)

    def __bool__(self) -> bool:
        return any(part is not None for part in (self.row, self.field, self.entry, self.subject))

    def __str__(self) -> str:
        return self.text()


_WHERE_WORDS = {
    "cs": {"row": "řádek", "entry": "záznam", "field": "pole"},
    "en": {"row": "row", "entry": "entry", "field": "field"},
}
_NOWHERE = Where()


def _where(value: Where | str | None) -> Where:
    if value is None:
        return _NOWHERE
    if isinstance(value, Where):
        return value
    return Where(subject=value)


def _frozen_fields(value: Mapping[str, object]) -> Mapping[str, str]:
    return MappingProxyType({str(name): str(item) for name, item in value.items()})


@attrs.frozen(eq=False)
class Finding:
    """One rule applied to one thing: the rule, how grave, what about, and the message's values.

    Attributes:
        rule: The rule that found something.
        severity: How grave it is here; the rule's own severity unless the check says otherwise
            (a late notice is a violation, for an extraordinary meeting only information).
        where: What the finding is about (text is taken as :attr:`Where.subject`).
        fields: The values the rule's templates use, as text; never personal data.

    ``str(finding)`` is the Czech message with where it applies and its basis;
    :meth:`text` gives the bare message in either language.
    """

    rule: Rule
    where: Where = attrs.field(default=_NOWHERE, converter=_where, kw_only=True)
    fields: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_fields, kw_only=True)
    severity: Severity = attrs.field(kw_only=True)

    @severity.default
    def _rule_severity(self) -> Severity:
        return self.rule.severity

    def __attrs_post_init__(self) -> None:
        missing = [name for name in self.rule.fields if name not in self.fields]
        if missing:
            raise InvalidInputError(
                f"finding of rule {self.rule.code!r} lacks fields {', '.join(missing)}",
                where="Finding.fields",
                expected="a value for every field of the rule's templates",
            )

    @property
    def code(self) -> str:
        """The rule's code."""
        return self.rule.code

    def text(self, language: str = "cs") -> str:
        """The message in Czech (``'cs'``) or English (``'en'``), its fields filled in."""
        return self.rule.template(language).format_map(self.fields)

    def describe(self, language: str = "cs") -> str:
        """Where, the message and its basis: what ``str()`` gives, in either language."""
        where = self.where.text(language)
        message = self.text(language)
        line = f"{where}: {message}" if where else message
        return f"{line} ({self.rule.basis})"

    def __getstate__(self) -> dict[str, Any]:
        # A read-only mapping cannot be pickled; a finding travels as plain values.
        return {
            "rule": self.rule,
            "where": self.where,
            "fields": dict(self.fields),
            "severity": self.severity,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, _frozen_fields(value) if name == "fields" else value)

    def _key(self) -> tuple[Any, ...]:
        return (self.rule.code, self.severity, self.where, tuple(sorted(self.fields.items())))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        where = f", where={self.where.text('en')!r}" if self.where else ""
        return f"Finding({self.rule.code!r}, {self.severity.value}{where})"

    def __str__(self) -> str:
        return self.describe("cs")
