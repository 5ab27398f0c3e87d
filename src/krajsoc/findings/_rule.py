"""A rule the library applies: a stable code, what it says in Czech and English, and its basis.

A :class:`Rule` is data a lawyer can read against the statute: the code (also its anchor on the
docs' "Rules" page), a Czech and an English message template, the provision it rests on — or,
where no statute decides, the court decision, commentary, seed document or group's own rules it
follows — and how sure the library is of it. Checks return findings
(:class:`~krajsoc.findings.Finding`) of rules; the rule is the same object however many findings cite it.

Examples:
    >>> from krajsoc.law import LegalReference, act
    >>> LATE = Rule(
    ...     "example-late",
    ...     czech="Pozvánka odešla {sent}, nejpozději měla odejít {latest}.",
    ...     english="The notice went out on {sent}; it was due by {latest}.",
    ...     source="seed 002, line 31",
    ... )
    >>> LATE.fields
    ('latest', 'sent')
    >>> LATE.basis
    'seed 002, line 31'
    >>> Rule("Bad Code", czech="x", english="x")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: rule code 'Bad Code' is not a lower-case code at Rule.code; expected letters, digits and hyphens, e.g. 'notice-late'
"""  # noqa: E501

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING, Any

import attrs

from krajsoc.errors import InvalidInputError
from krajsoc.findings._certainty import Certainty, Severity

if TYPE_CHECKING:  # a reference is a law value; the law package reports through findings
    from krajsoc.law import LegalReference

__all__ = ["Rule"]

_CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_FORMATTER = string.Formatter()


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name)


def _check_code(instance: Rule, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise InvalidInputError(
            f"rule code {value!r} is not a lower-case code",
            where="Rule.code",
            expected="letters, digits and hyphens, e.g. 'notice-late'",
        )


@attrs.frozen(eq=False)
class Rule:
    """One rule: its code, Czech and English templates, legal basis or other source, certainty.

    Two rules are equal when their codes are: a code names one rule in the whole library.

    Attributes:
        code: Stable, lower-case, hyphenated (``'notice-late'``); its anchor on the Rules page.
        czech: The Czech message template, fields in braces: ``'… odešla {sent} …'``.
        english: The English template, with the same fields.
        reference: The provision the rule rests on; ``None`` where no statute decides.
        source: What decides where the statute does not (or what it adds to it): a court
            decision, a commentary, a seed document and line, a group's own rules.
        certainty: How sure the library is of the rule.
        severity: The severity of its findings unless a check says otherwise.
    """

    code: str = attrs.field(validator=_check_code)
    czech: str = attrs.field(kw_only=True)
    english: str = attrs.field(kw_only=True)
    reference: LegalReference | None = attrs.field(default=None, kw_only=True)
    source: str | None = attrs.field(default=None, kw_only=True)
    certainty: Certainty = attrs.field(default=Certainty.VERIFIED, kw_only=True)
    severity: Severity = attrs.field(default=Severity.VIOLATION, kw_only=True)

    def __attrs_post_init__(self) -> None:
        czech, english = _placeholders(self.czech), _placeholders(self.english)
        if czech != english:
            raise InvalidInputError(
                f"rule {self.code!r} has different fields in its Czech and English templates "
                f"({', '.join(sorted(czech ^ english))})",
                where="Rule",
                expected="the same {fields} in both templates",
            )
        if self.reference is None and self.source is None:
            raise InvalidInputError(
                f"rule {self.code!r} names neither a legal reference nor a source",
                where="Rule",
                expected="reference= a LegalReference or source= what decides instead",
            )

    @property
    def fields(self) -> tuple[str, ...]:
        """The names the templates use, sorted."""
        return tuple(sorted(_placeholders(self.czech)))

    @property
    def basis(self) -> str:
        """The legal reference in its short form, then the source: what a reader checks."""
        parts = [self.reference.short] if self.reference is not None else []
        if self.source is not None:
            parts.append(self.source)
        return "; ".join(parts)

    def template(self, language: str = "cs") -> str:
        """The Czech (``'cs'``) or English (``'en'``) template."""
        if language == "cs":
            return self.czech
        if language == "en":
            return self.english
        raise InvalidInputError(
            f"unknown language {language!r}"[:80], where="Rule.template", expected="'cs' or 'en'"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rule):
            return NotImplemented
        return self.code == other.code

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        return f"Rule({self.code!r})"
