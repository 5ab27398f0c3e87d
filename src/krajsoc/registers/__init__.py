"""Registers (evidence) the regional authority keeps, with their lifecycles and time limits.

A :class:`Register` holds the entries of one kind — applicants for substitute family care,
children, temporary foster carers, authorisations (pověření), social-service providers — and
moves each through its :class:`Lifecycle`, a table of transitions with their legal basis
(the old or new paragraph chosen by the event's date) and the time limits (:class:`Duty`) they
start. Operations return new registers; the history is append-only events
(:class:`RegisterEvent`) that can be stored anywhere and replayed. :meth:`Register.due` reports
what is overdue and what is due soon. :data:`SYNTHETIC_MODELS` and :func:`synthetic_register`
give synthetic entries and registers (generated persons, never real data) for examples and tests.

Examples:
    >>> from datetime import date
    >>> SyntheticApplicant = SYNTHETIC_MODELS["applicants"]  # synthetic: no real data
    >>> register = Register.empty(SyntheticApplicant).add(
    ...     SyntheticApplicant(id="Z-1"), on=date(2026, 1, 5))
    >>> register.allowed("Z-1")
    ('file_forwarded', 'removed')
    >>> Register.replay(SyntheticApplicant, register.events()) == register
    True
"""

from krajsoc.registers._due import Duty, LateDuty, OpenDuty
from krajsoc.registers._errors import RegisterRuleError
from krajsoc.registers._events import Detail, RegisterEvent
from krajsoc.registers._lifecycle import (
    EARLY_NEW_NUMBERING,
    NEW_NUMBERING,
    Basis,
    Lifecycle,
    Transition,
)
from krajsoc.registers._lifecycles import (
    LIFECYCLES,
    REGISTER_RULES,
    lifecycle,
    lifecycle_markdown,
    lifecycle_mermaid,
)
from krajsoc.registers._register import EntryState, Register
from krajsoc.registers._synthetic import SYNTHETIC_MODELS
from krajsoc.registers._synthetic_history import (
    SYNTHETIC_DAY,
    SYNTHETIC_START,
    synthetic_birth_number,
    synthetic_register,
)

__all__ = [
    "EARLY_NEW_NUMBERING",
    "LIFECYCLES",
    "NEW_NUMBERING",
    "REGISTER_RULES",
    "SYNTHETIC_DAY",
    "SYNTHETIC_MODELS",
    "SYNTHETIC_START",
    "Basis",
    "Detail",
    "Duty",
    "EntryState",
    "LateDuty",
    "Lifecycle",
    "OpenDuty",
    "Register",
    "RegisterEvent",
    "RegisterRuleError",
    "Transition",
    "lifecycle",
    "lifecycle_markdown",
    "lifecycle_mermaid",
    "synthetic_birth_number",
    "synthetic_register",
]
