"""Strategies for agendas: recurrences, organisation units, agendas and whole catalogues."""

from __future__ import annotations

from hypothesis import strategies as st

from krajsoc.agendas import (
    ORG_UNITS,
    Agenda,
    Cadence,
    Catalogue,
    Correction,
    Department,
    DueWindow,
    OrgUnit,
    Recurrence,
    RegisterName,
    Source,
    Topic,
    catalogue,
    planning_duties,
    social_work_catalogue,
)
from krajsoc.errors import UncoveredRegionError
from krajsoc.findings import Certainty
from krajsoc.territory import AuthorityType, Competence, Region
from krajsoc.territory import region as find_region
from krajsoc.testing.strategies._law import legal_references
from krajsoc.testing.strategies._territory import regions

__all__ = [
    "agendas",
    "built_in_agendas",
    "catalogues",
    "corrections",
    "departments",
    "due_windows",
    "org_units",
    "recurrences",
    "sources",
]

_CZECH_WORDS = st.sampled_from(
    ["vede", "evidenci", "pěstounů", "koordinuje", "sociální", "práci", "kraje", "dětí", "řídí",
     "kontroluje", "poradenství", "Úřadu", "žadatelů", "obcí", "plán", "služeb"]
)  # fmt: skip


@st.composite
def recurrences(draw: st.DrawFn) -> Recurrence:
    """A recurrence: times per year, half-year, quarter or month, with its qualifiers."""
    as_needed = draw(st.booleans())
    times = draw(st.none() if as_needed and draw(st.booleans()) else st.integers(1, 12))
    qualifier = draw(st.sampled_from(["", "minimum", "approximate"])) if times else ""
    return Recurrence(
        times,
        draw(st.sampled_from(Cadence)) if times else Cadence.YEARLY,
        minimum=qualifier == "minimum",
        approximate=qualifier == "approximate",
        recommended=draw(st.booleans()),
        as_needed=as_needed or times is None,
    )


def due_windows() -> st.SearchStrategy[DueWindow]:
    """A window of a recurrence in a year from 2000 to 2099."""

    def pick(recurrence: Recurrence, year: int, index: int) -> DueWindow:
        windows = recurrence.due_windows(year) or Recurrence(1).due_windows(year)
        return windows[index % len(windows)]

    return st.builds(pick, recurrences(), st.integers(2000, 2099), st.integers(0, 365))


def departments() -> st.SearchStrategy[Department]:
    """A department of any region's authority."""
    names = st.sampled_from(["Odbor sociálních věcí", "Odbor sociálních věcí a zdravotnictví"])
    return st.builds(Department, regions(), names)


def org_units() -> st.SearchStrategy[OrgUnit]:
    """A built-in section, or a section of a drawn department."""
    names = st.sampled_from(["Oddělení sociální práce", "Oddělení sociálně-právní ochrany dětí"])
    return st.one_of(st.sampled_from(ORG_UNITS), st.builds(OrgUnit, departments(), names))


def sources() -> st.SearchStrategy[Source]:
    """A source: a file name and one or two item numbers."""
    items = st.lists(st.integers(1, 99).map(str), min_size=1, max_size=2, unique=True)
    return st.builds(
        lambda seed, found: Source(seed=seed, items=tuple(found)), st.just("muj.json"), items
    )


def corrections() -> st.SearchStrategy[Correction]:
    """A correction replacing one reference by another."""
    return st.builds(
        lambda old, new, certainty: Correction(
            domain_row="C0",
            cited=str(old),
            replaces=(old,),
            corrected=(new,),
            note="test",
            certainty=certainty,
        ),
        legal_references(),
        legal_references(),
        st.sampled_from(Certainty),
    )


def built_in_agendas() -> st.SearchStrategy[Agenda]:
    """Any agenda of the built-in catalogues."""
    every = [
        *catalogue("LK"),
        *catalogue("KVK"),
        *planning_duties("LK"),
        *social_work_catalogue("kraj"),
        *social_work_catalogue("orp"),
    ]
    return st.sampled_from(every)


@st.composite
def _new_agendas(draw: st.DrawFn, where: Region | None = None) -> Agenda:
    section = None if where is not None else draw(st.none() | org_units())
    return Agenda(
        region=where if where is not None else section.region if section else None,
        authorities=(draw(st.sampled_from(AuthorityType)),),
        department=section.department.name if section else None,
        section=section.name if section else None,
        competence=draw(st.sampled_from(Competence)),
        text=" ".join(draw(st.lists(_CZECH_WORDS, min_size=1, max_size=8))),
        legal_bases=tuple(draw(st.lists(legal_references(), max_size=3, unique=True))),
        topics=tuple(draw(st.lists(st.sampled_from(Topic), max_size=3, unique=True))),
        registers=tuple(draw(st.lists(st.sampled_from(RegisterName), max_size=2, unique=True))),
        recurrences=tuple(draw(st.lists(recurrences(), max_size=2))),
        source=draw(sources()),
        corrections=tuple(draw(st.lists(corrections(), max_size=1))),
    )


def agendas(*, region: str | Region | None = None) -> st.SearchStrategy[Agenda]:
    """A built-in agenda, or a new one with drawn text, references and recurrences.

    With ``region`` (any code or name, e.g. ``"KVK"``), only agendas of that region: its
    built-in ones, if it has a catalogue, and new ones placed in it.

    Raises:
        UnknownRegionError: No region answers to ``region`` (at once, not when drawing).
    """
    if region is None:
        return st.one_of(built_in_agendas(), _new_agendas())
    where = find_region(region)
    placed = _new_agendas(where)
    try:
        own = catalogue(where)
    except UncoveredRegionError:
        return placed
    return st.one_of(st.sampled_from(list(own)), placed)


def catalogues() -> st.SearchStrategy[Catalogue]:
    """A built-in catalogue (a region's, its § 95 duties), or drawn agendas with unique ids."""
    drawn = st.lists(agendas(), max_size=6, unique_by=lambda item: item.id).map(
        lambda found: Catalogue(tuple(found), name="drawn")
    )
    built_in = st.sampled_from([catalogue("LK"), catalogue("KVK"), planning_duties("LK")])
    return st.one_of(built_in, drawn)
