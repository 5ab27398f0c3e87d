"""The rules a register applies to itself: events the table refuses, duplicates, due duties.

The rules of each transition (its legal basis) live with the transition tables; these are the
register's own: an event the lifecycle does not allow, an event dated before the entry's last
one, a second entry with the same id or for the same person, and a time limit overdue, met late
or due soon. A finding of any of them names the entry by its id, never the person.

Examples:
    >>> EVENT_NOT_ALLOWED.fields
    ('allowed', 'event', 'state')
    >>> DUTY_DUE_SOON.severity
    <Severity.WARNING: 'warning'>
"""

from __future__ import annotations

from krajsoc.findings import Certainty, Rule, Severity

__all__ = [
    "DUPLICATE_ID",
    "DUPLICATE_PERSON",
    "DUTY_DUE_SOON",
    "DUTY_LATE",
    "DUTY_OVERDUE",
    "ENGINE_RULES",
    "EVENT_NOT_ALLOWED",
    "EVENT_OUT_OF_ORDER",
]

_TABLE = "the register's lifecycle table (krajsoc.registers; Registers page of the docs)"
_DUTY = "the basis named in the message"

EVENT_NOT_ALLOWED = Rule(
    "register-event-not-allowed",
    czech="Událost {event} není u záznamu ve stavu {state} dovolena; dovolené události: {allowed}.",
    english="The event {event} is not allowed for an entry in state {state}; allowed events: "
    "{allowed}.",
    source=_TABLE,
)
EVENT_OUT_OF_ORDER = Rule(
    "register-event-out-of-order",
    czech="Událost {event} ze dne {on} předchází poslední události záznamu ze dne {last}; "
    "historie záznamu se jen doplňuje.",
    english="The event {event} of {on} precedes the entry's last event of {last}; an entry's "
    "history is only appended to.",
    source="an entry's history is append-only (krajsoc.registers)",
)
DUPLICATE_ID = Rule(
    "register-duplicate-id",
    czech="Záznam {entry} už v evidenci je.",
    english="The register already holds an entry {entry}.",
    source="an entry id is unique in its register (krajsoc.registers)",
)
DUPLICATE_PERSON = Rule(
    "register-duplicate-person",
    czech="Osoba záznamu {entry} je už vedena v záznamu {other}.",
    english="A person of entry {entry} is already kept in entry {other}.",
    source="one entry per person in a register (krajsoc.registers)",
    certainty=Certainty.BELIEVED,
)
DUTY_OVERDUE = Rule(
    "register-duty-overdue",
    czech="Lhůta „{duty}“ ({basis}) uplynula {end} a povinnost splněna není.",
    english="The time limit “{duty}” ({basis}) ended on {end} and the duty is not met.",
    source=_DUTY,
)
DUTY_LATE = Rule(
    "register-duty-late",
    czech="Lhůta „{duty}“ ({basis}) uplynula {end}, povinnost byla splněna až {done}.",
    english="The time limit “{duty}” ({basis}) ended on {end}; the duty was met only on {done}.",
    source=_DUTY,
)
DUTY_DUE_SOON = Rule(
    "register-duty-due-soon",
    czech="Lhůta „{duty}“ ({basis}) uplyne {end}.",
    english="The time limit “{duty}” ({basis}) ends on {end}.",
    source=_DUTY,
    severity=Severity.WARNING,
)

ENGINE_RULES: tuple[Rule, ...] = (
    EVENT_NOT_ALLOWED,
    EVENT_OUT_OF_ORDER,
    DUPLICATE_ID,
    DUPLICATE_PERSON,
    DUTY_OVERDUE,
    DUTY_LATE,
    DUTY_DUE_SOON,
)
"""The register's own rules, in the order of the Rules page."""
