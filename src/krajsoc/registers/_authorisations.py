"""An entry of the register of authorisations to perform child protection (pověření).

A legal or natural person may perform some child-protection activities only with an
authorisation (pověření) the regional authority issues on application (§ 49) for the activities
§ 48 odst. 2 lists, and withdraws on the grounds of § 50 odst. 1. What the entry records is the
application: who — a legal person by name, seat, IČO and who acts for it; a natural person by
name, residence and birth number (§ 49 odst. 4) —, for which activities, in which region and
districts, filed when. Issue, reported changes, suspension and withdrawal are events.

The activities follow § 48 odst. 2 a)–f) in the wording in force since zákon č. 242/2024 Sb.
(believed, from the ministry's text of the act); before it, § 48 odst. 2 listed other activities
under more letters, so an authorisation issued before 2025 may name a scope this list lacks.

Examples:
    >>> from datetime import date
    >>> entry = AuthorisationEntry(
    ...     id="P-2026-12", region="LK", applied_on=date(2026, 4, 1), scope=["b", "c"],
    ...     legal_person={"name": "Rodina v centru, z. s.", "seat": "Husova 5, Liberec",
    ...                   "ico": "25596641", "statutory_body": ["Dvořák, Petr"]})
    >>> sorted(item.letter for item in entry.scope), entry.identity_keys()
    (['b', 'c'], ('25596641',))
"""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from krajsoc._czech_enum import CzechEnum
from krajsoc.calendar import CzechDate
from krajsoc.registers._entry import RegisterEntry
from krajsoc.registers._offices import OrpOffice
from krajsoc.registers._people import LegalPerson, Person
from krajsoc.territory import Region

__all__ = ["AuthorisationEntry", "AuthorisationScope"]


class AuthorisationScope(CzechEnum):
    """An activity an authorisation may cover, by its letter of § 48 odst. 2 zákona č. 359/1999 Sb.

    Each member is also found by its letter (``"a"`` or ``"a)"``).

    Examples:
        >>> AuthorisationScope("c)").value
        'posuzování psychické způsobilosti žadatelů (§ 45)'
        >>> AuthorisationScope.EMERGENCY_FACILITY.letter
        'e'
    """

    COUNSELLING = "odborné poradenství žadatelům a zájemcům o osvojení nebo pěstounskou péči"
    PREPARATION = "přípravy žadatelů k přijetí dítěte do rodiny (§ 44)"
    PSYCHOLOGICAL_ASSESSMENT = "posuzování psychické způsobilosti žadatelů (§ 45)"
    FOSTER_CARE_SUPPORT = (
        "pomoc a podpora osobám, s nimiž je uzavřena dohoda o výkonu pěstounské péče"
    )
    EMERGENCY_FACILITY = "zařízení pro děti vyžadující okamžitou pomoc"
    VIOLENCE_SERVICES = "služby dětem ohroženým násilím (§ 41)"

    __aliases__ = {  # noqa: RUF012
        "COUNSELLING": ("a", "a)"),
        "PREPARATION": ("b", "b)"),
        "PSYCHOLOGICAL_ASSESSMENT": ("c", "c)"),
        "FOSTER_CARE_SUPPORT": ("d", "d)"),
        "EMERGENCY_FACILITY": ("e", "e)"),
        "VIOLENCE_SERVICES": ("f", "f)"),
    }

    @property
    def letter(self) -> str:
        """The letter of § 48 odst. 2 that names the activity."""
        return "abcdef"[list(AuthorisationScope).index(self)]


class AuthorisationEntry(RegisterEntry):
    """An authorisation (pověření) of a legal or natural person to perform child protection.

    Exactly one of :attr:`legal_person` and :attr:`natural_person` is given; a natural person's
    residence is required.

    Examples:
        >>> AuthorisationEntry.KIND
        'authorisations'
    """

    KIND: ClassVar[str] = "authorisations"

    legal_person: LegalPerson | None = None
    """A legal person: name, seat, IČO, statutory body (§ 49 odst. 4 zákona č. 359/1999 Sb.)."""
    natural_person: Person | None = None
    """A natural person: name, residence, birth number (§ 49 odst. 4 zákona č. 359/1999 Sb.)."""
    scope: frozenset[AuthorisationScope] = Field(min_length=1)
    """The activities applied for (§ 48 odst. 2 písm. a)–f), § 49 odst. 4 zákona č. 359/1999
    Sb.)."""
    region: Region
    """The region whose authority decides (§ 49 odst. 1 zákona č. 359/1999 Sb.)."""
    districts: tuple[OrpOffice, ...] = Field(default=(), max_length=100)
    """The ORP districts where the activities are performed; empty for the whole region
    (§ 49 odst. 3: the ORP of the applicant's residence or seat gives its opinion)."""
    applied_on: CzechDate
    """The day the written application was filed (§ 49 odst. 2 písm. a) zákona č. 359/1999 Sb.)."""

    @model_validator(mode="after")
    def _check_holder(self) -> Self:
        if (self.legal_person is None) == (self.natural_person is None):
            raise PydanticCustomError(
                "authorisation-holder",
                "an authorisation names exactly one legal person or one natural person",
            )
        if self.legal_person is not None and self.legal_person.seat is None:
            raise PydanticCustomError("authorisation-holder", "a legal person needs its seat")
        if self.natural_person is not None and self.natural_person.address is None:
            raise PydanticCustomError(
                "authorisation-holder", "a natural person needs the place of residence"
            )
        return self

    def identity_keys(self) -> tuple[str, ...]:
        """The IČO of the legal person, or the birth number of the natural person."""
        if self.legal_person is not None:
            return (self.legal_person.identity_key,)
        assert self.natural_person is not None  # the validator guarantees it
        return (self.natural_person.identity_key,)
