"""Every rule the library applies, in one registry a lawyer can read.

:data:`RULES` maps each rule's code to its :class:`~krajsoc.findings.Rule`; the codes are unique
across the library (a duplicate fails at import). The docs' "Rules" page is
:func:`rules_markdown` written out, and a test keeps the two in step.

Examples:
    >>> RULES["row-missing-field"].english
    'A required field is missing.'
    >>> rule("row-missing-field") is RULES["row-missing-field"]
    True
    >>> rule("no-such-rule")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown rule code 'no-such-rule'; expected a code listed ...
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from krajsoc.agendas import RECURRENCE_RULES
from krajsoc.deadlines import BATCH_RULES, DAY_OF_MONTH_RULES, DEADLINE_RULES
from krajsoc.errors import UnknownCodeError
from krajsoc.findings import Rule
from krajsoc.law import REFERENCE_RULES
from krajsoc.planning import PLANNING_RULES
from krajsoc.registers import REGISTER_RULES
from krajsoc.rows import ROW_RULES

__all__ = ["RULES", "RULE_GROUPS", "rule", "rules_markdown"]

RULE_GROUPS: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    ("Řádky a záznamy (krajsoc.rows)", ROW_RULES),
    ("Platnost právních odkazů (krajsoc.law.check_reference)", REFERENCE_RULES),
    ("Opakované povinnosti (krajsoc.agendas.Recurrence.check)", RECURRENCE_RULES),
    ("Lhůty a doručování (krajsoc.deadlines)", DEADLINE_RULES),
    ("Plánovací skupiny a jednání (krajsoc.planning)", PLANNING_RULES),
    ("Lhůty určené dnem měsíce (krajsoc.deadlines)", DAY_OF_MONTH_RULES),
    ("Evidence (krajsoc.registers)", REGISTER_RULES),
    ("Dávky lhůt: vadné řádky (krajsoc.deadlines)", BATCH_RULES),
)
"""The rules by the part of the library that applies them, in the order of the Rules page."""


def _registry(groups: Iterable[tuple[str, tuple[Rule, ...]]]) -> Mapping[str, Rule]:
    found: dict[str, Rule] = {}
    for _, group in groups:
        for item in group:
            if item.code in found:
                raise RuntimeError(f"rule code {item.code!r} is defined twice")
            found[item.code] = item
    return MappingProxyType(found)


RULES: Mapping[str, Rule] = _registry(RULE_GROUPS)
"""Every rule by its code (read-only)."""


def rule(code: str) -> Rule:
    """The rule with ``code``.

    Raises:
        UnknownCodeError: No rule has that code.
    """
    if not isinstance(code, str):
        raise TypeError(f"rule() takes a rule code (str), not {type(code).__name__}")
    try:
        return RULES[code]
    except KeyError:
        raise UnknownCodeError(
            "rule code", code, hint="a code listed on the docs' Rules page"
        ) from None


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown() -> str:
    """The docs' Rules page: every rule with its code, Czech text, basis and certainty."""
    lines = [
        "# Rules",
        "",
        "Every rule krajsoc applies, generated from `krajsoc.rules.RULES` (a test keeps this page",
        "in step). A finding names its rule by code; each code is an anchor on this page. The",
        "basis is the provision the rule rests on, or what decides where no statute does.",
        "",
    ]
    for title, group in RULE_GROUPS:
        lines += [f"## {title}", ""]
        for item in group:
            lines += [
                f"### `{item.code}` {{ #{item.code} }}",
                "",
                f"- **Česky:** {_cell(item.czech)}",
                f"- **English:** {_cell(item.english)}",
                f"- **Basis:** {_cell(item.basis)}",
                f"- **Certainty:** {item.certainty.value} ({item.certainty.czech}); "
                f"**severity:** {item.severity.value}",
                "",
            ]
    return "\n".join(lines).rstrip("\n") + "\n"
