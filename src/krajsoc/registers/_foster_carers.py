"""An entry of the register of people able to provide temporary foster care (§ 27a).

Pěstounská péče na přechodnou dobu: a person (or spouses) who takes a child at short notice for
a limited time. The regional authority keeps the register; § 27a odst. 3 zákona č. 359/1999 Sb.
(text of 2017, old numbering; Sources § 7) lists what it holds: the person's personal data,
the documents, the consent to ongoing checks, the ORP's opinion, the decision or agreement, and
the number and profile of the children the person can take. The list is passed to the ministry
and the ORPs without delay and kept up to date — an event of the register, not of the entry.

Examples:
    >>> from datetime import date
    >>> entry = TemporaryFosterCarerEntry(
    ...     id="PPPD-7", carers=[{"name": "Dvořáková, Eva", "birth_number": "736028/5163"}],
    ...     documents=["lékařská zpráva", "opis z evidence Rejstříku trestů"],
    ...     consents_to_checks=True, orp="Turnov", orp_opinion_on=date(2026, 1, 12),
    ...     basis="dohoda", max_children=2, child_profile={"max_age": 6, "siblings": True})
    >>> entry.basis, entry.child_profile.max_age, entry.identity_keys()
    (<CarerBasis.AGREEMENT: 'dohoda o výkonu pěstounské péče'>, 6, ('736028/5163',))
"""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from krajsoc._czech_enum import CzechEnum
from krajsoc.calendar import CzechDate
from krajsoc.registers._applicants import distinct_people
from krajsoc.registers._entry import RegisterEntry
from krajsoc.registers._offices import OrpOffice
from krajsoc.registers._people import Person

__all__ = ["CarerBasis", "ChildProfile", "TemporaryFosterCarerEntry"]


class CarerBasis(CzechEnum):
    """What the carer's inclusion rests on: a decision, or an agreement on foster care.

    References:
        § 27a odst. 3 zákona č. 359/1999 Sb. ("rozhodnutí nebo dohoda"), § 47b (the agreement).
    """

    DECISION = "rozhodnutí"
    AGREEMENT = "dohoda o výkonu pěstounské péče"

    __aliases__ = {"DECISION": ("decision",), "AGREEMENT": ("dohoda", "agreement")}  # noqa: RUF012


class ChildProfile(BaseModel):
    """The children a temporary foster carer can take (§ 27a odst. 3: "profil dětí").

    Examples:
        >>> ChildProfile(min_age=3, max_age=1)
        Traceback (most recent call last):
        ...
        pydantic_core._pydantic_core.ValidationError: 1 validation error for ChildProfile
          the lowest age is above the highest [type=age-range, input_value=..., input_type=dict]
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    min_age: int = Field(default=0, ge=0, le=17)
    """The youngest age, in completed years (§ 27a odst. 3 zákona č. 359/1999 Sb.)."""
    max_age: int = Field(default=17, ge=0, le=17)
    """The oldest age, in completed years (§ 27a odst. 3 zákona č. 359/1999 Sb.)."""
    siblings: bool = False
    """Can take siblings together (§ 27a odst. 3 zákona č. 359/1999 Sb.)."""
    disability: bool = False
    """Can take a child with a disability or a serious illness (§ 27a odst. 3)."""

    @model_validator(mode="after")
    def _check_ages(self) -> Self:
        if self.min_age > self.max_age:
            raise PydanticCustomError("age-range", "the lowest age is above the highest")
        return self


class TemporaryFosterCarerEntry(RegisterEntry):
    """A person, or spouses, able to provide temporary foster care, as § 27a odst. 3 lists it.

    Examples:
        >>> TemporaryFosterCarerEntry.KIND
        'temporary-foster-carers'
    """

    KIND: ClassVar[str] = "temporary-foster-carers"

    carers: tuple[Person, ...] = Field(min_length=1, max_length=2)
    """The person, or both spouses: their personal data (§ 27a odst. 3 zákona č. 359/1999 Sb.)."""
    documents: tuple[str, ...] = Field(default=(), max_length=50)
    """The documents on file, by name (§ 27a odst. 3: "doklady")."""
    consents_to_checks: bool
    """Consent to ongoing checks that the conditions are still met (§ 27a odst. 3)."""
    orp: OrpOffice
    """The ORP that gave its opinion on the application (§ 27a odst. 3: "vyjádření obecního
    úřadu obce s rozšířenou působností")."""
    orp_opinion_on: CzechDate | None = None
    """The day of the ORP's opinion (§ 27a odst. 3 zákona č. 359/1999 Sb.)."""
    basis: CarerBasis | None = None
    """The decision or agreement the inclusion rests on (§ 27a odst. 3; § 47b)."""
    basis_reference: str | None = Field(default=None, min_length=1, max_length=100)
    """The reference (číslo jednací) of that decision or agreement (§ 27a odst. 3)."""
    max_children: int = Field(ge=1, le=20)
    """How many children the person can take at once (§ 27a odst. 3: "počet dětí")."""
    child_profile: ChildProfile = ChildProfile()
    """Which children the person can take (§ 27a odst. 3: "profil dětí")."""

    @model_validator(mode="after")
    def _check_carers(self) -> Self:
        distinct_people(self.carers, "carers")
        return self

    def identity_keys(self) -> tuple[str, ...]:
        """The carers' birth numbers."""
        return tuple(person.identity_key for person in self.carers)
