"""The lifecycle of each register kind, its rules, and its state diagram for the docs.

Examples:
    >>> sorted(LIFECYCLES)
    ['applicants', 'authorisations', 'children', 'providers', 'temporary-foster-carers']
    >>> print(lifecycle_mermaid("children"))
    stateDiagram-v2
        state "v evidenci" as registered
        state "svěřeno do péče" as placed
        state "vyřazeno z evidence" as removed
        [*] --> registered: registered
        registered --> placed: placed
        registered --> removed: removed
        placed --> removed: removed
        removed --> [*]
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from krajsoc.errors import UnknownCodeError
from krajsoc.findings import Rule
from krajsoc.registers._lifecycle import Lifecycle
from krajsoc.registers._rules import ENGINE_RULES
from krajsoc.registers._transitions_applicants import APPLICANTS
from krajsoc.registers._transitions_authorisations import AUTHORISATIONS
from krajsoc.registers._transitions_children import CHILDREN
from krajsoc.registers._transitions_foster_carers import TEMPORARY_FOSTER_CARERS
from krajsoc.registers._transitions_providers import PROVIDERS

__all__ = ["LIFECYCLES", "REGISTER_RULES", "lifecycle", "lifecycle_markdown", "lifecycle_mermaid"]

LIFECYCLES: Mapping[str, Lifecycle] = MappingProxyType(
    {
        item.kind: item
        for item in (APPLICANTS, CHILDREN, TEMPORARY_FOSTER_CARERS, AUTHORISATIONS, PROVIDERS)
    }
)
"""Each register kind's lifecycle, by kind (an entry model's ``KIND``)."""


def _all_rules() -> tuple[Rule, ...]:
    found: dict[str, Rule] = {item.code: item for item in ENGINE_RULES}
    for item in LIFECYCLES.values():
        for rule in item.rules:
            found.setdefault(rule.code, rule)
    return tuple(found.values())


REGISTER_RULES: tuple[Rule, ...] = _all_rules()
"""Every rule of the registers: the engine's own, then each table's bases, once each."""


def lifecycle(kind: str) -> Lifecycle:
    """The built-in lifecycle of a register kind.

    Raises:
        UnknownCodeError: No register has that kind.

    Examples:
        >>> lifecycle("providers").title
        'registr poskytovatelů sociálních služeb'
        >>> lifecycle("cars")
        Traceback (most recent call last):
        ...
        krajsoc.errors.UnknownCodeError: unknown register kind 'cars'; expected one of: applicants, children, temporary-foster-carers, authorisations, providers
    """  # noqa: E501
    if not isinstance(kind, str):
        raise TypeError(f"a register kind is text, not {type(kind).__name__}")
    try:
        return LIFECYCLES[kind]
    except KeyError:
        raise UnknownCodeError("register kind", kind, allowed=LIFECYCLES) from None


def lifecycle_mermaid(kind: str | Lifecycle) -> str:
    """The lifecycle as a Mermaid state diagram, generated from its transition table.

    States are shown with their Czech labels, arrows with the event identifiers; a final state
    (no event leads out) ends in ``[*]``.
    """
    table = kind if isinstance(kind, Lifecycle) else lifecycle(kind)
    lines = ["stateDiagram-v2"]
    lines += [f'    state "{label}" as {name}' for name, label in table.states.items()]
    for row in table.transitions:
        source = "[*]" if row.state is None else row.state
        lines.append(f"    {source} --> {row.next_state}: {row.event}")
    lines += [f"    {name} --> [*]" for name in table.states if table.is_final(name)]
    return "\n".join(lines)


def _basis_cell(rule: Rule) -> str:
    return f"{rule.basis} ({rule.certainty.value})".replace("|", "\\|")


def lifecycle_markdown(kind: str | Lifecycle) -> str:
    """The docs' section of a lifecycle: its Mermaid diagram and its table of transitions.

    Each row gives the state, the event, the next state, the basis by the day of the event
    (with the day it applies from and its certainty) and the time limits the event starts.

    Examples:
        >>> print(lifecycle_markdown("children").splitlines()[0])
        ```mermaid
    """
    table = kind if isinstance(kind, Lifecycle) else lifecycle(kind)
    lines = ["```mermaid", lifecycle_mermaid(table), "```", ""]
    lines += [
        "| state | event | next state | basis (from) | time limit started |",
        "|---|---|---|---|---|",
    ]
    for row in table.transitions:
        bases = "<br>".join(
            (f"od {start.day}. {start.month}. {start.year}: " if start else "") + _basis_cell(rule)
            for start, rule in row.basis.rules
        )
        limits = "<br>".join(
            f"`{duty.code}`: {duty.limit}"
            + (f" (+ nejvýše {duty.extension.czech})" if duty.extension else "")
            + f" — {duty.basis} ({duty.certainty.value})"
            for duty in row.starts
        )
        state = "*(nový záznam)*" if row.state is None else f"`{row.state}`"
        lines.append(
            f"| {state} | `{row.event}` | `{row.next_state}` | {bases} | {limits or '—'} |"
        )
    return "\n".join(lines)
