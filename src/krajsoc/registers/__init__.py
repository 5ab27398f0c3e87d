"""Registers (evidence) the regional authority keeps: their entries, lifecycles and time limits.

Each entry is a frozen pydantic model (:class:`RegisterEntry`) whose validation errors never
carry the input, with an ``id`` unique in its register, the register's :attr:`~RegisterEntry.KIND`
and :meth:`~RegisterEntry.identity_keys` — the birth numbers or IČO of whom it names:
:class:`ApplicantEntry`, :class:`ChildEntry`, :class:`TemporaryFosterCarerEntry`,
:class:`AuthorisationEntry`, :class:`ProviderEntry`.

A :class:`Register` holds the entries of one kind and moves each through its :class:`Lifecycle`,
a table of transitions with their legal basis (the old or new paragraph chosen by the event's
date) and the time limits (:class:`Duty`) they start. Operations return new registers; the
history is append-only events (:class:`RegisterEvent`) that can be stored anywhere and replayed.
:meth:`Register.due` reports what is overdue and what is due soon. :func:`synthetic_entry` and
:func:`synthetic_register` give entries and registers of the real models with synthetic persons
(generated birth numbers, names that stand for nobody, never real data) for examples and tests.

Examples:
    >>> from datetime import date
    >>> entry = ApplicantEntry(
    ...     id="Z-1", care="osvojeni", orp="Cheb", applied_on=date(2026, 5, 4),
    ...     applicants=[{"name": "Nováková, Jana", "birth_number": "736028/5163"}])
    >>> entry  # doctest: +ELLIPSIS
    ApplicantEntry(id='Z-1', ..., applicants=(Person(name=PersonName('*****'), ...
    >>> register = Register.empty(ApplicantEntry).add(entry, on=date(2026, 5, 4))
    >>> register.allowed("Z-1")
    ('file_forwarded', 'removed')
    >>> Register.replay(ApplicantEntry, register.events()) == register
    True
"""

from krajsoc.registers._applicants import ApplicantEntry
from krajsoc.registers._authorisations import AuthorisationEntry, AuthorisationScope
from krajsoc.registers._care import SubstituteCare
from krajsoc.registers._children import ChildEntry
from krajsoc.registers._due import Duty, LateDuty, OpenDuty
from krajsoc.registers._entry import ENTRY_KINDS, RegisterEntry
from krajsoc.registers._errors import RegisterRuleError
from krajsoc.registers._events import Detail, RegisterEvent
from krajsoc.registers._foster_carers import CarerBasis, ChildProfile, TemporaryFosterCarerEntry
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
from krajsoc.registers._offices import ORP_OFFICES, OrpOffice
from krajsoc.registers._people import LegalPerson, Person
from krajsoc.registers._providers import Capacity, Facility, FormCapacity, ProviderEntry, Service
from krajsoc.registers._register import EntryState, Register
from krajsoc.registers._rpss import RPSS_FIELDS, from_rpss, providers_from_rpss
from krajsoc.registers._service_kinds import (
    SERVICE_KIND_PARAGRAPHS,
    CapacityUnit,
    ServiceForm,
    ServiceKind,
)
from krajsoc.registers._synthetic_entries import (
    synthetic_birth_number,
    synthetic_entry,
    synthetic_ico,
)
from krajsoc.registers._synthetic_history import SYNTHETIC_DAY, SYNTHETIC_START, synthetic_register

__all__ = [
    "EARLY_NEW_NUMBERING",
    "ENTRY_KINDS",
    "LIFECYCLES",
    "NEW_NUMBERING",
    "ORP_OFFICES",
    "REGISTER_RULES",
    "RPSS_FIELDS",
    "SERVICE_KIND_PARAGRAPHS",
    "SYNTHETIC_DAY",
    "SYNTHETIC_START",
    "ApplicantEntry",
    "AuthorisationEntry",
    "AuthorisationScope",
    "Basis",
    "Capacity",
    "CapacityUnit",
    "CarerBasis",
    "ChildEntry",
    "ChildProfile",
    "Detail",
    "Duty",
    "EntryState",
    "Facility",
    "FormCapacity",
    "LateDuty",
    "LegalPerson",
    "Lifecycle",
    "OpenDuty",
    "OrpOffice",
    "Person",
    "ProviderEntry",
    "Register",
    "RegisterEntry",
    "RegisterEvent",
    "RegisterRuleError",
    "Service",
    "ServiceForm",
    "ServiceKind",
    "SubstituteCare",
    "TemporaryFosterCarerEntry",
    "Transition",
    "from_rpss",
    "lifecycle",
    "lifecycle_markdown",
    "lifecycle_mermaid",
    "providers_from_rpss",
    "synthetic_birth_number",
    "synthetic_entry",
    "synthetic_ico",
    "synthetic_register",
]
