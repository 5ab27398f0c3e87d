"""An entry of the register of social-service providers (registr poskytovatelů sociálních služeb).

The regional authority registers a provider on application (§ 78 odst. 2, § 79 ZSS), records
changes (§ 82 odst. 1–2), cancels a registration (§ 82 odst. 3) and keeps the public register
(§ 85). What the entry records is the provider — name, seat, IČO, statutory body (§ 79 odst. 5
písm. a)) — and per service what § 79 odst. 5 lists: kind, target group, place, form, capacity
and the day it starts. The field names map to the ministry's open data (``rpss.json``, Sources
§ 7); :func:`~krajsoc.registers.from_rpss` reads one of its items.

Examples:
    >>> from datetime import date
    >>> form = {"form": "terenni", "capacities": [{"count": 12, "unit": "klient"}]}
    >>> entry = ProviderEntry(
    ...     id="25596641", provider={"name": "Rodina v centru, z. s.", "ico": "25596641"},
    ...     services=[{"id": "1234567", "kind": "osobni asistence",
    ...                "provided_from": date(2007, 1, 1), "forms": [form]}])
    >>> service = entry.services[0]
    >>> service.kind.paragraph, service.forms[0].form.value, service.forms[0].capacities[0].count
    ('39', 'terénní', 12)
"""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from krajsoc.calendar import CzechDate
from krajsoc.registers._entry import RegisterEntry
from krajsoc.registers._people import LegalPerson
from krajsoc.registers._service_kinds import CapacityUnit, ServiceForm, ServiceKind
from krajsoc.territory import Region

__all__ = ["Capacity", "Facility", "FormCapacity", "ProviderEntry", "Service"]

_MODEL = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Capacity(BaseModel):
    """The registered maximum of a service in one unit (``rpss.json`` ``kapacity[]``)."""

    model_config = _MODEL

    count: int = Field(ge=0, le=1_000_000)
    """The registered maximum (``pocet``; § 79 odst. 5 ZSS: kapacita)."""
    unit: CapacityUnit
    """What it counts (``typ``; § 79 odst. 5 ZSS)."""


class FormCapacity(BaseModel):
    """One form in which a service is provided, with its capacities (``formy[]``)."""

    model_config = _MODEL

    form: ServiceForm
    """Pobytová, ambulantní or terénní (``forma``; § 33 odst. 1, § 79 odst. 5 ZSS)."""
    capacities: tuple[Capacity, ...] = Field(default=(), max_length=10)
    """The capacities of the service in this form (``kapacity``; § 79 odst. 5 ZSS)."""


class Facility(BaseModel):
    """A facility (zařízení) or place where a service is provided (``zarizeni[]``)."""

    model_config = _MODEL

    name: str | None = Field(default=None, min_length=1, max_length=300)
    """The facility's name (``nazev``; § 79 odst. 5 ZSS: místo poskytování)."""
    address: str | None = Field(default=None, min_length=1, max_length=300)
    """Where it is, one line (``adresa``; § 79 odst. 5 ZSS); a public place, not a
    person's address."""


class Service(BaseModel):
    """One registered social service of a provider (one item of ``rpss.json``)."""

    model_config = _MODEL

    id: str = Field(min_length=1, max_length=40)
    """The service's identifier in the register (``identifikator``; § 85 odst. 1 ZSS)."""
    kind: ServiceKind
    """Druh sociální služby (``druhSocialniSluzby``; § 79 odst. 5, § 37–70 ZSS)."""
    forms: tuple[FormCapacity, ...] = Field(min_length=1, max_length=3)
    """Forms and capacities (``formy``; § 33 odst. 1, § 79 odst. 5 ZSS)."""
    target_groups: tuple[str, ...] = Field(default=(), max_length=30)
    """Okruh osob, for whom the service is (``ciloveSkupiny``; § 79 odst. 5 ZSS)."""
    age_groups: tuple[str, ...] = Field(default=(), max_length=20)
    """The ages of those people (``vekoveSkupiny``; § 79 odst. 5 ZSS)."""
    facilities: tuple[Facility, ...] = Field(default=(), max_length=100)
    """Where the service is provided (``zarizeni``; § 79 odst. 5 ZSS)."""
    provided_from: CzechDate
    """The day provision starts (``datumPoskytovaniOd``; § 79 odst. 5 ZSS)."""
    provided_until: CzechDate | None = None
    """The day provision ends, if it does (``datumPoskytovaniDo``; § 82 odst. 3 ZSS)."""

    @model_validator(mode="after")
    def _check_dates(self) -> Self:
        if self.provided_until is not None and self.provided_until < self.provided_from:
            raise PydanticCustomError("service-dates", "the service ends before it starts")
        forms = [item.form for item in self.forms]
        if len(set(forms)) != len(forms):
            raise PydanticCustomError("service-forms", "a form of the service repeats")
        return self


class ProviderEntry(RegisterEntry):
    """A registered provider of social services and its services.

    Examples:
        >>> ProviderEntry.KIND
        'providers'
    """

    KIND: ClassVar[str] = "providers"

    provider: LegalPerson
    """The provider: name, seat, IČO, statutory body (``poskytovatel{nazev, ico,
    statutarniOrgany}``; § 79 odst. 5 ZSS)."""
    region: Region | None = None
    """The region whose authority registered it (§ 78 odst. 2 ZSS); the open data do not say."""
    services: tuple[Service, ...] = Field(min_length=1, max_length=500)
    """Its registered services (§ 79 odst. 5, § 85 odst. 1 ZSS)."""

    @model_validator(mode="after")
    def _check_services(self) -> Self:
        ids = [service.id for service in self.services]
        if len(set(ids)) != len(ids):
            raise PydanticCustomError("service-repeats", "two services have the same id")
        return self

    def identity_keys(self) -> tuple[str, ...]:
        """The provider's IČO."""
        return (self.provider.identity_key,)
