"""A small synthetic register of each kind, with a fixed history: for the demo and fixtures.

Every entry is of the register's real entry model (:mod:`krajsoc.registers._synthetic_entries`)
and every person in it is generated, never real data. The histories walk the lifecycle tables
on fixed days from :data:`SYNTHETIC_START`, so the demo and the tests that use them always show
the same states and the same time limits due.

Examples:
    >>> register = synthetic_register("applicants")
    >>> register.model.__name__
    'ApplicantEntry'
    >>> [(item.id, item.state) for item in register][:3]
    [('Z-1', 'applied'), ('Z-2', 'included'), ('Z-3', 'proceedings_interrupted')]
    >>> sorted(synthetic_register("authorisations").due(on=SYNTHETIC_DAY).codes)
    ['register-duty-due-soon', 'register-duty-overdue']
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from krajsoc.registers._entry import ENTRY_KINDS
from krajsoc.registers._register import Register
from krajsoc.registers._synthetic_entries import synthetic_entry

__all__ = ["SYNTHETIC_DAY", "SYNTHETIC_START", "synthetic_register"]

SYNTHETIC_START = date(2026, 1, 5)
"""The day the synthetic histories start (a Monday)."""
SYNTHETIC_DAY = date(2026, 3, 10)
"""The fixed day the demo asks what is due."""

# Per kind: one list of events per entry after the entry's first event.
_SCRIPTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "applicants": (
        (),
        ("file_forwarded", "included", "change_occurred"),
        ("file_forwarded", "proceedings_interrupted"),
        ("file_forwarded", "included", "selected"),
        ("file_forwarded", "included", "selection_interrupted"),
    ),
    "children": ((), ("placed",), ("placed", "removed")),
    "temporary-foster-carers": ((), ("file_forwarded", "included"), ("file_forwarded", "rejected")),
    "authorisations": ((), ("granted", "change_occurred"), ("granted", "activity_suspended")),
    "providers": ((), ("registered", "change_occurred"), ("registered", "cancelled")),
}
assert tuple(_SCRIPTS) == ENTRY_KINDS


def synthetic_register(kind: str, *, start: date = SYNTHETIC_START) -> Register[Any]:
    """The synthetic register of ``kind``: entry ``k`` added ``7 k`` days after ``start``.

    Each later event of an entry follows 10 days after the one before.

    Raises:
        KeyError: ``kind`` is not a register kind.
    """
    scripts = _SCRIPTS[kind]
    first = synthetic_entry(kind, 1)
    register: Register[Any] = Register.empty(type(first))
    for number, script in enumerate(scripts, start=1):
        entry = synthetic_entry(kind, number)
        day = start + timedelta(days=7 * (number - 1))
        register = register.add(entry, on=day)
        for event in script:
            day += timedelta(days=10)
            register = register.apply(entry.id, event, on=day)
    return register
