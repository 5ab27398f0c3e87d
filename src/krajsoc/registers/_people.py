"""The people and organisations register entries name: a natural person and a legal person.

Both are :class:`~krajsoc.persons.PersonalRecord` models, so an error raised while validating
them never carries what arrived. A natural person is known by a birth number, a legal person by
its IČO; those are the identity keys a register uses to refuse a second entry for the same one.

Examples:
    >>> person = Person(name="Nováková, Jana", birth_number="736028/5163")
    >>> person
    Person(name=PersonName('*****'), birth_number=BirthNumber('******/****'), ...)
    >>> person.birth_date, person.identity_key
    (datetime.date(1973, 10, 28), '736028/5163')
    >>> LegalPerson(name="Rodina v centru, z. s.", seat="Liberec", ico="25596641",
    ...             statutory_body=["Dvořák, Petr"]).identity_key
    '25596641'
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, JsonValue

from krajsoc._personal import PERSONAL_DATA_KEY
from krajsoc.persons import Address, BirthNumber, Ico, PersonalRecord, PersonName

__all__ = ["LegalPerson", "Person"]

_PERSONAL: dict[str, JsonValue] = {PERSONAL_DATA_KEY: True}


class Person(PersonalRecord):
    """A natural person (fyzická osoba) as a register records one.

    The fields are those the law asks an application for: new § 23a odst. 2 zákona č. 359/1999
    Sb. (applicants and the members of their household), § 49 odst. 4 (a natural person asking
    for an authorisation: name, residence, birth number).
    """

    name: PersonName
    """Jméno, příjmení a rodné příjmení (new § 23a odst. 2; § 49 odst. 4 zákona č. 359/1999 Sb.)."""
    birth_number: BirthNumber
    """Rodné číslo (new § 23a odst. 2; § 49 odst. 4 zákona č. 359/1999 Sb.)."""
    birth_place: str | None = Field(
        default=None, min_length=1, max_length=100, repr=False, json_schema_extra=_PERSONAL
    )
    """Místo narození (new § 23a odst. 2 zákona č. 359/1999 Sb.)."""
    citizenship: str | None = Field(default=None, min_length=1, max_length=60)
    """Státní občanství, e.g. ``'česká'`` (new § 23a odst. 2 zákona č. 359/1999 Sb.)."""
    address: Address | None = None
    """Místo trvalého pobytu nebo bydliště (§ 49 odst. 4 zákona č. 359/1999 Sb.; old § 21)."""

    @property
    def birth_date(self) -> date:
        """Datum narození, as the birth number holds it (new § 23a odst. 2)."""
        return self.birth_number.birth_date

    @property
    def identity_key(self) -> str:
        """The birth number, with the slash: who the person is, for a register."""
        return self.birth_number.reveal()


class LegalPerson(PersonalRecord):
    """A legal person (právnická osoba): an authorised person or a social-service provider.

    The fields are those of § 49 odst. 4 zákona č. 359/1999 Sb. (name, seat, identification
    number, who acts for it) and § 79 odst. 5 zákona č. 108/2006 Sb. (the same for a provider).
    """

    name: str = Field(min_length=1, max_length=300)
    """Název (§ 49 odst. 4 zákona č. 359/1999 Sb.; § 79 odst. 5 zákona č. 108/2006 Sb.)."""
    seat: str | None = Field(default=None, min_length=1, max_length=300)
    """Sídlo, as one line of text (§ 49 odst. 4; § 79 odst. 5 zákona č. 108/2006 Sb.);
    the ministry's open data of providers do not always give it."""
    ico: Ico
    """Identifikační číslo osoby (§ 49 odst. 4; § 79 odst. 5 zákona č. 108/2006 Sb.)."""
    statutory_body: tuple[PersonName, ...] = Field(default=(), max_length=20)
    """Statutární orgán: the people who act for it (§ 49 odst. 4; § 79 odst. 5 ZSS)."""

    @property
    def identity_key(self) -> str:
        """The IČO: who the legal person is, for a register."""
        return self.ico.value
