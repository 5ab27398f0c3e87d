"""Registers the regional authority keeps: their entries, and the people and services they name.

Each entry is a frozen pydantic model (:class:`RegisterEntry`) whose validation errors never
carry the input, with an ``id`` unique in its register, the register's :attr:`~RegisterEntry.KIND`
and :meth:`~RegisterEntry.identity_keys` — the birth numbers or IČO of whom it names.

Examples:
    >>> from datetime import date
    >>> from krajsoc.registers import ApplicantEntry
    >>> entry = ApplicantEntry(
    ...     id="Z-1", care="osvojeni", orp="Cheb", applied_on=date(2026, 5, 4),
    ...     applicants=[{"name": "Nováková, Jana", "birth_number": "736028/5163"}])
    >>> entry  # doctest: +ELLIPSIS
    ApplicantEntry(id='Z-1', ..., applicants=(Person(name=PersonName('*****'), ...
"""

from krajsoc.registers._applicants import ApplicantEntry
from krajsoc.registers._authorisations import AuthorisationEntry, AuthorisationScope
from krajsoc.registers._care import SubstituteCare
from krajsoc.registers._children import ChildEntry
from krajsoc.registers._entry import ENTRY_KINDS, RegisterEntry
from krajsoc.registers._foster_carers import CarerBasis, ChildProfile, TemporaryFosterCarerEntry
from krajsoc.registers._offices import ORP_OFFICES, OrpOffice
from krajsoc.registers._people import LegalPerson, Person
from krajsoc.registers._providers import Capacity, Facility, FormCapacity, ProviderEntry, Service
from krajsoc.registers._rpss import RPSS_FIELDS, from_rpss, providers_from_rpss
from krajsoc.registers._service_kinds import (
    SERVICE_KIND_PARAGRAPHS,
    CapacityUnit,
    ServiceForm,
    ServiceKind,
)

__all__ = [
    "ENTRY_KINDS",
    "ORP_OFFICES",
    "RPSS_FIELDS",
    "SERVICE_KIND_PARAGRAPHS",
    "ApplicantEntry",
    "AuthorisationEntry",
    "AuthorisationScope",
    "Capacity",
    "CapacityUnit",
    "CarerBasis",
    "ChildEntry",
    "ChildProfile",
    "Facility",
    "FormCapacity",
    "LegalPerson",
    "OrpOffice",
    "Person",
    "ProviderEntry",
    "RegisterEntry",
    "Service",
    "ServiceForm",
    "ServiceKind",
    "SubstituteCare",
    "TemporaryFosterCarerEntry",
    "from_rpss",
    "providers_from_rpss",
]
