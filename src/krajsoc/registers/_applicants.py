"""An entry of the register of applicants for substitute family care (evidence žadatelů).

The applicant asks the ORP of his or her residence for the placement of a child for adoption,
for foster care or for either (zprostředkování osvojení nebo pěstounské péče); the ORP completes
the file and forwards it to the regional authority, which assesses the applicant and decides on
inclusion in the register. What the entry records is the application: who asks — one person or a
couple —, for what, at which ORP, when, the members of the household and the consents the
application carries. Where the entry stands in that sequence is the fold of its events.

Paragraphs: old § 21, 22 of zákon č. 359/1999 Sb.; from zákon č. 242/2024 Sb. new § 23a–23k
(Sources § 3).

Examples:
    >>> from datetime import date
    >>> entry = ApplicantEntry(
    ...     id="Z-2026-001", care="pestounska pece", orp="Liberec", applied_on=date(2026, 3, 2),
    ...     applicants=[{"name": "Nováková, Jana", "birth_number": "736028/5163"}])
    >>> entry.care, entry.orp.name, entry.identity_keys()
    (<SubstituteCare.FOSTER_CARE: 'pěstounská péče'>, 'Liberec', ('736028/5163',))
    >>> "736028" in repr(entry) or "Nováková" in repr(entry)
    False
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from krajsoc.calendar import CzechDate
from krajsoc.registers._care import SubstituteCare
from krajsoc.registers._entry import RegisterEntry
from krajsoc.registers._offices import OrpOffice
from krajsoc.registers._people import Person

__all__ = ["ApplicantEntry", "born_by", "distinct_people"]


def distinct_people(people: tuple[Person, ...], what: str) -> None:
    """Refuse two people with the same birth number, saying so without the number."""
    if len(people) > 1 and len({person.birth_number for person in people}) != len(people):
        raise PydanticCustomError(
            "repeated-person", "two {what} have the same birth number", {"what": what}
        )


def born_by(people: tuple[Person, ...], day: date, what: str) -> None:
    """Refuse a person born after ``day`` (a birth number from the future), without the number."""
    if any(person.birth_date > day for person in people):
        raise PydanticCustomError(
            "invalid-birth-number",
            "birth number of one of the {what} holds a birth date after {day}",
            {"what": what, "day": day.isoformat()},
        )


class ApplicantEntry(RegisterEntry):
    """An applicant (žadatel) — one person or a couple — for adoption, foster care or either.

    Examples:
        >>> ApplicantEntry.KIND
        'applicants'
    """

    KIND: ClassVar[str] = "applicants"

    care: SubstituteCare
    """What the application asks for: zprostředkování osvojení, pěstounské péče, or both
    (old § 21 odst. 1; new § 23a odst. 1 zákona č. 359/1999 Sb.)."""
    applicants: tuple[Person, ...] = Field(min_length=1, max_length=2)
    """The applicant, or both spouses applying together: name, birth surname, birth number,
    place of birth, citizenship (new § 23a odst. 2 zákona č. 359/1999 Sb.; old § 21)."""
    orp: OrpOffice
    """The ORP that took the application (old § 21 odst. 1; new § 23a odst. 1 and § 23b
    zákona č. 359/1999 Sb.)."""
    applied_on: CzechDate
    """The day the application was filed at the ORP (old § 21 odst. 1; new § 23a odst. 1)."""
    household: tuple[Person, ...] = Field(default=(), max_length=20)
    """The other people living in the applicants' household, with the same personal data
    (new § 23a odst. 2 zákona č. 359/1999 Sb.)."""
    consents_to_transfer: bool = False
    """Consent to passing the file to the Úřad pro mezinárodněprávní ochranu dětí
    (new § 23a odst. 2 zákona č. 359/1999 Sb.)."""
    partner_consents_to_preparation: bool | None = None
    """The spouse's or partner's consent to the preparation, where only one of them applies
    (new § 23a odst. 2 zákona č. 359/1999 Sb.); ``None`` where it does not apply."""

    @model_validator(mode="after")
    def _check_people(self) -> Self:
        distinct_people(self.applicants + self.household, "people of the application")
        born_by(self.applicants + self.household, self.applied_on, "people of the application")
        return self

    def identity_keys(self) -> tuple[str, ...]:
        """The applicants' birth numbers (household members may be in other entries)."""
        return tuple(person.identity_key for person in self.applicants)
