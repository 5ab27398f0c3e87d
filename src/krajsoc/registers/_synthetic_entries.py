"""Synthetic entries of the real entry models, one builder per register kind, never real data.

Each person is generated: a birth number from :func:`synthetic_birth_number` (a valid check
digit, a birth date counted from 1. 1. 1980), a name from a short list of common Czech names
that stand for nobody, an IČO whose check digit is computed. :func:`synthetic_entry` builds the
``number``-th entry of a kind; the demo, :func:`~krajsoc.registers.synthetic_register` and the
``krajsoc_register`` fixture use it.

Examples:
    >>> entry = synthetic_entry("applicants", 2)
    >>> type(entry).__name__, entry.id, len(entry.applicants)
    ('ApplicantEntry', 'Z-2', 2)
    >>> entry.applicants[0].name.reveal(), entry.identity_keys()
    ('Nováková, Jana', ('800121/0206', '800122/0216'))
    >>> "Nováková" in repr(entry) or "800121" in repr(entry)
    False
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from stdnum.cz import dic

from krajsoc.registers._applicants import ApplicantEntry
from krajsoc.registers._authorisations import AuthorisationEntry
from krajsoc.registers._children import ChildEntry
from krajsoc.registers._entry import RegisterEntry
from krajsoc.registers._foster_carers import TemporaryFosterCarerEntry
from krajsoc.registers._people import LegalPerson, Person
from krajsoc.registers._providers import ProviderEntry

__all__ = ["synthetic_birth_number", "synthetic_entry", "synthetic_ico"]

_NAMES = (
    "Nováková, Jana",
    "Novák, Petr",
    "Svobodová, Eva",
    "Svoboda, Martin",
    "Dvořáková, Lucie",
    "Dvořák, Karel",
    "Černá, Alena",
    "Černý, Tomáš",
    "Malá, Olga",
    "Malý, Ivan",
)
_ORPS = ("Liberec", "Cheb", "Jablonec nad Nisou", "Semily", "Sokolov")
_TOWNS = (("Husova", "460 01", "Liberec"), ("Nádražní", "350 02", "Cheb"))
_SERVICES = ("odborné sociální poradenství", "osobní asistence", "pečovatelská služba")
_FORMS = ("ambulantní", "terénní", "pobytová")
_ADDED = date(2026, 1, 5)  # the day the entries say they were filed (the register may differ)


def synthetic_birth_number(serial: int) -> str:
    """A synthetic 10-digit birth number: born 1. 1. 1980 + ``serial`` days, check digit right.

    Examples:
        >>> synthetic_birth_number(0)
        '800101/0006'
    """
    born = date(1980, 1, 1) + timedelta(days=serial)
    first = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial % 1000:03d}"
    return f"{first[:6]}/{first[6:]}{int(first) % 11 % 10}"


def synthetic_ico(serial: int) -> str:
    """A synthetic IČO: seven digits from ``serial`` and the check digit the law's formula gives.

    Examples:
        >>> synthetic_ico(2559664)
        '25596641'
    """
    head = f"{serial % 10_000_000:07d}"
    return head + dic.calc_check_digit_legal(head)


def _person(serial: int, *, address: bool = False) -> dict[str, Any]:
    person: dict[str, Any] = {
        "name": _NAMES[serial % len(_NAMES)],
        "birth_number": synthetic_birth_number(serial),
        "citizenship": "česká",
    }
    if address:
        street, postcode, town = _TOWNS[serial % len(_TOWNS)]
        person["address"] = f"{street} {serial % 90 + 1}, {postcode} {town}"
    return person


def _legal_person(number: int, what: str) -> LegalPerson:
    return LegalPerson(
        name=f"{what} {number}, z. s.",
        seat=f"Husova {number}, 460 01 Liberec",
        ico=synthetic_ico(2_559_000 + 37 * number),
        statutory_body=[_NAMES[(number + 3) % len(_NAMES)]],
    )


def _applicant(number: int) -> ApplicantEntry:
    couple = number % 2 == 0
    first = 10 * number
    people = [_person(first)] + ([_person(first + 1)] if couple else [])
    return ApplicantEntry(
        id=f"Z-{number}",
        care=("osvojení", "pěstounská péče", "osvojení i pěstounská péče")[number % 3],
        applicants=[Person.model_validate(person) for person in people],
        orp=_ORPS[number % len(_ORPS)],
        applied_on=_ADDED,
        consents_to_transfer=couple,
    )


def _child(number: int) -> ChildEntry:
    serial = 9000 + 200 * number  # born 2004 and later: a child on the day the file arrives
    return ChildEntry(
        id=f"D-{number}",
        child=Person.model_validate(_person(serial)),
        suitable_for=("pěstounská péče", "osvojení")[number % 2],
        orp=_ORPS[number % len(_ORPS)],
        file_received_on=_ADDED,
    )


def _foster_carer(number: int) -> TemporaryFosterCarerEntry:
    return TemporaryFosterCarerEntry(
        id=f"P-{number}",
        carers=[Person.model_validate(_person(500 + 10 * number))],
        documents=["lékařská zpráva", "opis z evidence Rejstříku trestů"],
        consents_to_checks=True,
        orp=_ORPS[number % len(_ORPS)],
        max_children=1 + number % 2,
    )


def _authorisation(number: int) -> AuthorisationEntry:
    natural = number % 2 == 1
    return AuthorisationEntry(
        id=f"O-{number}",
        natural_person=Person.model_validate(_person(700 + number, address=True))
        if natural
        else None,
        legal_person=None if natural else _legal_person(number, "Rodina v centru"),
        scope=["b", "c"] if natural else ["f"],
        region="LK",
        applied_on=_ADDED,
    )


def _provider(number: int) -> ProviderEntry:
    return ProviderEntry(
        id=f"S-{number}",
        provider=_legal_person(100 + number, "Síť pomoci"),
        region="LK",
        services=[
            {
                "id": f"{number:07d}",
                "kind": _SERVICES[number % len(_SERVICES)],
                "forms": [{"form": _FORMS[number % len(_FORMS)],
                           "capacities": [{"count": 10 * number, "unit": "klienti"}]}],
                "provided_from": _ADDED,
            }
        ],
    )  # fmt: skip


_BUILDERS: dict[str, Callable[[int], RegisterEntry]] = {
    "applicants": _applicant,
    "children": _child,
    "temporary-foster-carers": _foster_carer,
    "authorisations": _authorisation,
    "providers": _provider,
}


def synthetic_entry(kind: str, number: int) -> RegisterEntry:
    """The ``number``-th synthetic entry (from 1) of the register ``kind``, of its real model.

    Raises:
        KeyError: ``kind`` is not a register kind.

    Examples:
        >>> synthetic_entry("providers", 1).provider.name
        'Síť pomoci 101, z. s.'
    """
    return _BUILDERS[kind](number)
