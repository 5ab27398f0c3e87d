"""Strategies for registers: synthetic persons and entries, lifecycles, events, histories.

A drawn register has a random *valid* history: it is built by walking the kind's transition
table, each step adding an entry or applying an event the table allows, on days that never go
back. Entries are of the real entry models (``ApplicantEntry`` and the others, drawn by the
strategies of :mod:`krajsoc.testing.strategies._entries`) unless a caller passes another strategy;
their persons are generated — birth numbers, names, IČO —, never real data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from krajsoc.deadlines import DayOfMonthDeadline, day_of_following_month
from krajsoc.registers import (
    LIFECYCLES,
    ApplicantEntry,
    AuthorisationEntry,
    Basis,
    ChildEntry,
    Duty,
    EntryState,
    LateDuty,
    Lifecycle,
    OpenDuty,
    ProviderEntry,
    Register,
    RegisterEntry,
    RegisterEvent,
    RegisterRuleError,
    TemporaryFosterCarerEntry,
    Transition,
)
from krajsoc.testing.strategies._calendar import calendars
from krajsoc.testing.strategies._entries import (
    applicant_entries,
    authorisation_entries,
    child_entries,
    provider_entries,
    temporary_foster_carer_entries,
)

__all__ = [
    "bases",
    "day_of_month_deadlines",
    "duties",
    "entry_states",
    "late_duties",
    "lifecycles",
    "open_duties",
    "register_events",
    "registers",
    "synthetic_birth_numbers",
    "synthetic_entries",
    "transitions",
]

_FIRST, _LAST = date(2023, 1, 1), date(2027, 12, 31)
_ENTRIES: dict[type[RegisterEntry], Callable[[], st.SearchStrategy[Any]]] = {
    ApplicantEntry: applicant_entries,
    ChildEntry: child_entries,
    TemporaryFosterCarerEntry: temporary_foster_carer_entries,
    AuthorisationEntry: authorisation_entries,
    ProviderEntry: provider_entries,
}
ENTRY_MODELS: tuple[type[RegisterEntry], ...] = tuple(_ENTRIES)
"""The real entry model of each register kind, in the order of ``ENTRY_KINDS``."""


def lifecycles() -> st.SearchStrategy[Lifecycle]:
    """One of the built-in lifecycles."""
    return st.sampled_from([LIFECYCLES[kind] for kind in sorted(LIFECYCLES)])


def transitions() -> st.SearchStrategy[Transition]:
    """A row of a built-in lifecycle."""
    return lifecycles().flatmap(lambda table: st.sampled_from(table.transitions))


def bases() -> st.SearchStrategy[Basis]:
    """The basis of a built-in row."""
    return transitions().map(lambda row: row.basis)


def duties() -> st.SearchStrategy[Duty]:
    """A time limit of a built-in lifecycle."""
    every = {duty.code: duty for table in LIFECYCLES.values() for duty in table.duties}
    return st.sampled_from([every[code] for code in sorted(every)])


def open_duties() -> st.SearchStrategy[OpenDuty]:
    """A time limit started on a day from 2023 to 2027."""
    return st.builds(OpenDuty.start, duties(), st.dates(_FIRST, _LAST))


def late_duties() -> st.SearchStrategy[LateDuty]:
    """A time limit met 1 to 60 days after its end."""
    return st.builds(
        lambda running, late: LateDuty(running.duty, running.end(), running.end() + late),
        open_duties(),
        st.timedeltas(timedelta(days=1), timedelta(days=60)),
    )


def day_of_month_deadlines() -> st.SearchStrategy[DayOfMonthDeadline]:
    """A deadline "by day 1–28 of the following month", moved or strict."""
    return st.builds(
        day_of_following_month,
        st.dates(date(2001, 1, 1), date(2099, 11, 30)),
        st.integers(min_value=1, max_value=28),
        moved=st.booleans(),
        calendar=calendars(),
    )


@st.composite
def synthetic_birth_numbers(draw: st.DrawFn) -> str:
    """A valid-looking 10-digit birth number (rodné číslo) of a synthetic person, born 1954–1999.

    Women have 50 added to the month; the check digit makes the number divisible by 11 as
    ``stdnum.cz.rc`` requires. Never real data: the serial is random.
    """
    born = draw(st.dates(date(1954, 1, 1), date(1999, 12, 31)))
    month = born.month + (50 if draw(st.booleans()) else 0)
    first = f"{born.year % 100:02d}{month:02d}{born.day:02d}{draw(st.integers(0, 999)):03d}"
    check = int(first) % 11 % 10
    return f"{first[:6]}/{first[6:]}{check}"


def synthetic_entries(model: type[Any] = ApplicantEntry) -> st.SearchStrategy[Any]:
    """An entry of the real entry ``model``, with synthetic persons (``ApplicantEntry`` by default).

    Raises:
        KeyError: ``model`` is not one of the real entry models.
    """
    return _ENTRIES[model]()


@st.composite
def registers(
    draw: st.DrawFn,
    model: type[Any] | None = None,
    entries: st.SearchStrategy[Any] | None = None,
    *,
    max_steps: int = 25,
    start: date | None = None,
) -> Register[Any]:
    """A register with a random valid history, walking its lifecycle on non-decreasing days.

    Args:
        draw: Hypothesis' draw function (supplied by ``st.composite``).
        model: The entry model; a real entry model of a random kind by default.
        entries: A strategy of entries of ``model``; :func:`synthetic_entries` by default.
        max_steps: The most events the history has.
        start: The first day; drawn from 2023–2027 by default.
    """
    chosen: type[Any] = model or draw(st.sampled_from(ENTRY_MODELS))
    source = entries if entries is not None else synthetic_entries(chosen)
    day = start or draw(st.dates(_FIRST, _LAST))
    register: Register[Any] = Register.empty(chosen)
    for _ in range(draw(st.integers(min_value=0, max_value=max_steps))):
        day += timedelta(days=draw(st.integers(min_value=0, max_value=40)))
        movable = [item.id for item in register if register.allowed(item.id)]
        if not movable or draw(st.integers(min_value=0, max_value=3)) == 0:
            entry = draw(source.filter(_absent_from(register)))
            try:
                register = register.add(entry, on=day)
            except RegisterRuleError:  # the same generated person twice: draw again next step
                continue
        else:
            entry_id = draw(st.sampled_from(movable))
            register = register.apply(
                entry_id, draw(st.sampled_from(register.allowed(entry_id))), on=day
            )
    return register


def _absent_from(register: Register[Any]) -> Callable[[Any], bool]:
    return lambda item: item.id not in register


def register_events(
    model: type[Any] | None = None, *, max_steps: int = 25
) -> st.SearchStrategy[tuple[RegisterEvent, ...]]:
    """The events of a register with a random valid history."""
    return registers(model, max_steps=max_steps).map(lambda register: register.events())


def entry_states() -> st.SearchStrategy[EntryState[Any]]:
    """An entry of a drawn register, with its state."""
    return (
        registers(max_steps=8).filter(len).flatmap(lambda register: st.sampled_from(list(register)))
    )


def _register_events() -> st.SearchStrategy[RegisterEvent]:
    return register_events(max_steps=8).filter(len).flatmap(st.sampled_from)


STRATEGIES: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    Basis: bases,
    DayOfMonthDeadline: day_of_month_deadlines,
    Duty: duties,
    EntryState: entry_states,
    LateDuty: late_duties,
    Lifecycle: lifecycles,
    OpenDuty: open_duties,
    Register: registers,
    RegisterEvent: _register_events,
    Transition: transitions,
}
"""The strategy of each register type, for the registry."""
