"""A small synthetic register of each kind, with a fixed history: for the demo and fixtures.

Every entry is synthetic (:mod:`krajsoc.registers._synthetic`): its person is a generated
birth number, never real data. The histories walk the lifecycle tables on fixed days from
:data:`SYNTHETIC_START`, so the demo and the tests that use them always show the same states
and the same time limits due.

Examples:
    >>> register = synthetic_register("applicants")
    >>> [(item.id, item.state) for item in register][:3]
    [('Z-1', 'applied'), ('Z-2', 'included'), ('Z-3', 'proceedings_interrupted')]
    >>> sorted(synthetic_register("authorisations").due(on=SYNTHETIC_DAY).codes)
    ['register-duty-due-soon', 'register-duty-overdue']
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from krajsoc.registers._register import Register
from krajsoc.registers._synthetic import SYNTHETIC_MODELS

__all__ = ["SYNTHETIC_DAY", "SYNTHETIC_START", "synthetic_birth_number", "synthetic_register"]

SYNTHETIC_START = date(2026, 1, 5)
"""The day the synthetic histories start (a Monday)."""
SYNTHETIC_DAY = date(2026, 3, 10)
"""The fixed day the demo asks what is due."""

# Per kind: (id prefix, one list of events per entry after the entry's first event).
_SCRIPTS: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {
    "applicants": (
        "Z",
        (
            (),
            ("file_forwarded", "included", "change_occurred"),
            ("file_forwarded", "proceedings_interrupted"),
            ("file_forwarded", "included", "selected"),
            ("file_forwarded", "included", "selection_interrupted"),
        ),
    ),
    "children": ("D", ((), ("placed",), ("placed", "removed"))),
    "temporary-foster-carers": (
        "P",
        ((), ("file_forwarded", "included"), ("file_forwarded", "rejected")),
    ),
    "authorisations": (
        "O",
        ((), ("granted", "change_occurred"), ("granted", "activity_suspended")),
    ),
    "providers": ("S", ((), ("registered", "change_occurred"), ("registered", "cancelled"))),
}


def synthetic_birth_number(serial: int) -> str:
    """A synthetic 10-digit birth number: born 1. 1. 1980 + ``serial`` days, check digit right.

    Examples:
        >>> synthetic_birth_number(0)
        '800101/0006'
    """
    born = date(1980, 1, 1) + timedelta(days=serial)
    first = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial % 1000:03d}"
    return f"{first[:6]}/{first[6:]}{int(first) % 11 % 10}"


def synthetic_register(kind: str, *, start: date = SYNTHETIC_START) -> Register[Any]:
    """The synthetic register of ``kind``: entry ``k`` added ``7 k`` days after ``start``.

    Each later event of an entry follows 10 days after the one before.

    Raises:
        KeyError: ``kind`` is not a register kind.
    """
    model = SYNTHETIC_MODELS[kind]
    prefix, scripts = _SCRIPTS[kind]
    register: Register[Any] = Register.empty(model)
    for number, script in enumerate(scripts, start=1):
        entry_id = f"{prefix}-{number}"
        day = start + timedelta(days=7 * (number - 1))
        person = synthetic_birth_number(number + 100 * len(prefix) + ord(prefix[0]))
        entry = model(id=entry_id, person=person, label=f"smyšlená osoba {number}")
        register = register.add(entry, on=day)
        for event in script:
            day += timedelta(days=10)
            register = register.apply(entry_id, event, on=day)
    return register
