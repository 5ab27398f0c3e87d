"""Strategies for register entries and the people they name, all synthetic."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from krajsoc.registers import (
    ORP_OFFICES,
    ApplicantEntry,
    AuthorisationEntry,
    AuthorisationScope,
    Capacity,
    CapacityUnit,
    CarerBasis,
    ChildEntry,
    ChildProfile,
    Facility,
    FormCapacity,
    LegalPerson,
    Person,
    ProviderEntry,
    RegisterEntry,
    Service,
    ServiceForm,
    ServiceKind,
    SubstituteCare,
    TemporaryFosterCarerEntry,
)
from krajsoc.testing.strategies._persons import (
    addresses,
    birth_dates,
    birth_numbers,
    icos,
    person_names,
)
from krajsoc.testing.strategies._territory import regions

__all__ = [
    "applicant_entries",
    "authorisation_entries",
    "capacities",
    "child_entries",
    "child_profiles",
    "facilities",
    "form_capacities",
    "legal_persons",
    "people",
    "provider_entries",
    "register_entries",
    "services",
    "temporary_foster_carer_entries",
]

_IDS = st.from_regex(r"[A-Z]{1,4}-20[0-9]{2}-[0-9]{1,5}", fullmatch=True)
_DAYS = st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31))
_TEXT = st.sampled_from(
    ["lékařská zpráva", "opis z evidence Rejstříku trestů", "zpráva o posouzení", "souhlas"]
)


def people(born: st.SearchStrategy[date] | None = None) -> st.SearchStrategy[Person]:
    """A synthetic natural person; ``born`` bounds the birth date."""
    return st.builds(
        Person,
        name=person_names(),
        birth_number=birth_numbers(born),
        birth_place=st.none() | st.sampled_from(["Liberec", "Cheb", "Brno"]),
        citizenship=st.none() | st.just("česká"),
        address=st.none() | addresses(),
    )


def legal_persons() -> st.SearchStrategy[LegalPerson]:
    """A synthetic legal person with a valid IČO."""
    return st.builds(
        LegalPerson,
        name=st.sampled_from(["Rodina v centru, z. s.", "Síť pomoci, o. p. s.", "Domov Lípa"]),
        seat=st.sampled_from(["Husova 5, Liberec", "Nádražní 12, Cheb"]),
        ico=icos(),
        statutory_body=st.lists(person_names(), max_size=2).map(tuple),
    )


def _distinct(people: list[Person]) -> bool:
    keys = [person.identity_key for person in people]
    return len(set(keys)) == len(keys)


def _adults(day: date) -> st.SearchStrategy[Person]:
    return people(birth_dates(date(1940, 1, 1), day - timedelta(days=18 * 366)))


@st.composite
def applicant_entries(draw: st.DrawFn) -> ApplicantEntry:
    """An applicant entry: one person or a couple, maybe a household, at a known ORP."""
    applied_on = draw(_DAYS)
    applicants = draw(st.lists(_adults(applied_on), min_size=1, max_size=2))
    household = draw(st.lists(people(birth_dates(max_value=applied_on)), max_size=2))
    if not _distinct(applicants + household):
        household = []
        if not _distinct(applicants):
            applicants = applicants[:1]
    return ApplicantEntry(
        id=draw(_IDS),
        care=draw(st.sampled_from(SubstituteCare)),
        applicants=tuple(applicants),
        household=tuple(household),
        orp=draw(st.sampled_from(ORP_OFFICES)),
        applied_on=applied_on,
        consents_to_transfer=draw(st.booleans()),
        partner_consents_to_preparation=draw(st.none() | st.booleans()),
    )


@st.composite
def child_entries(draw: st.DrawFn) -> ChildEntry:
    """A child entry: a child born before the file arrived."""
    received = draw(_DAYS)
    born = birth_dates(received - timedelta(days=17 * 365), received)
    return ChildEntry(
        id=draw(_IDS),
        child=draw(people(born)),
        suitable_for=draw(st.sampled_from(SubstituteCare)),
        orp=draw(st.sampled_from(ORP_OFFICES)),
        file_received_on=received,
    )


@st.composite
def child_profiles(draw: st.DrawFn) -> ChildProfile:
    """Which children a temporary foster carer can take."""
    low, high = sorted(draw(st.tuples(st.integers(0, 17), st.integers(0, 17))))
    return ChildProfile(
        min_age=low, max_age=high, siblings=draw(st.booleans()), disability=draw(st.booleans())
    )


@st.composite
def temporary_foster_carer_entries(draw: st.DrawFn) -> TemporaryFosterCarerEntry:
    """A temporary foster carer entry with the contents § 27a odst. 3 lists."""
    carers = draw(st.lists(_adults(date(2026, 1, 1)), min_size=1, max_size=2))
    if not _distinct(carers):
        carers = carers[:1]
    return TemporaryFosterCarerEntry(
        id=draw(_IDS),
        carers=tuple(carers),
        documents=tuple(draw(st.lists(_TEXT, max_size=3))),
        consents_to_checks=draw(st.booleans()),
        orp=draw(st.sampled_from(ORP_OFFICES)),
        orp_opinion_on=draw(st.none() | _DAYS),
        basis=draw(st.none() | st.sampled_from(CarerBasis)),
        basis_reference=draw(
            st.none() | st.from_regex(r"KULK [0-9]{1,5}/20[0-9]{2}", fullmatch=True)
        ),
        max_children=draw(st.integers(1, 5)),
        child_profile=draw(child_profiles()),
    )


@st.composite
def authorisation_entries(draw: st.DrawFn) -> AuthorisationEntry:
    """An authorisation of a legal or a natural person, for one or more activities."""
    legal = draw(st.booleans())
    natural = None
    if not legal:
        natural = draw(_adults(date(2026, 1, 1)))
        if natural.address is None:
            natural = natural.model_copy(update={"address": draw(addresses())})
    return AuthorisationEntry(
        id=draw(_IDS),
        legal_person=draw(legal_persons()) if legal else None,
        natural_person=natural,
        scope=frozenset(draw(st.sets(st.sampled_from(AuthorisationScope), min_size=1))),
        region=draw(regions()),
        districts=tuple(draw(st.lists(st.sampled_from(ORP_OFFICES), max_size=2, unique=True))),
        applied_on=draw(_DAYS),
    )


def capacities() -> st.SearchStrategy[Capacity]:
    """A registered capacity in one unit."""
    return st.builds(Capacity, count=st.integers(0, 200), unit=st.sampled_from(CapacityUnit))


def form_capacities(form: ServiceForm | None = None) -> st.SearchStrategy[FormCapacity]:
    """A form of a service with up to two capacities."""
    return st.builds(
        FormCapacity,
        form=st.just(form) if form is not None else st.sampled_from(ServiceForm),
        capacities=st.lists(capacities(), max_size=2).map(tuple),
    )


def facilities() -> st.SearchStrategy[Facility]:
    """A facility where a service is provided."""
    return st.builds(
        Facility,
        name=st.none() | st.sampled_from(["Domov Lípa", "Centrum Jizera"]),
        address=st.none() | st.just("Husova 5, 460 01 Liberec"),
    )


@st.composite
def services(draw: st.DrawFn, service_id: str | None = None) -> Service:
    """A registered social service with one to three forms and their capacities."""
    forms = draw(st.lists(st.sampled_from(ServiceForm), min_size=1, max_size=3, unique=True))
    start = draw(_DAYS)
    return Service(
        id=service_id or draw(st.from_regex(r"[0-9]{7}", fullmatch=True)),
        kind=draw(st.sampled_from(ServiceKind)),
        forms=tuple(draw(form_capacities(form)) for form in forms),
        target_groups=tuple(
            draw(st.lists(st.sampled_from(["senioři", "rodiny s dětmi"]), max_size=2))
        ),
        age_groups=tuple(draw(st.lists(st.sampled_from(["dospělí", "senioři"]), max_size=1))),
        facilities=tuple(draw(st.lists(facilities(), max_size=2))),
        provided_from=start,
        provided_until=draw(st.none() | st.dates(min_value=start, max_value=date(2035, 1, 1))),
    )


@st.composite
def provider_entries(draw: st.DrawFn) -> ProviderEntry:
    """A provider with one to three services of distinct ids."""
    provider = draw(legal_persons())
    count = draw(st.integers(1, 3))
    return ProviderEntry(
        id=provider.identity_key,
        provider=provider,
        region=draw(st.none() | regions()),
        services=tuple(draw(services(service_id=f"{index + 1:07d}")) for index in range(count)),
    )


def register_entries() -> st.SearchStrategy[RegisterEntry]:
    """An entry of any of the five registers."""
    return st.one_of(
        applicant_entries(),
        child_entries(),
        temporary_foster_carer_entries(),
        authorisation_entries(),
        provider_entries(),
    )
