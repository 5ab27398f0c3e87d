"""Algebraic claims about agendas: recurrences print and parse back; search finds its own words."""

from __future__ import annotations

import itertools
from datetime import date

import attrs
from hypothesis import given
from hypothesis import strategies as st

from krajsoc._text import words
from krajsoc.agendas import (
    SEEDS,
    Agenda,
    Cadence,
    Catalogue,
    Recurrence,
    catalogue,
    planning_duties,
)
from krajsoc.testing import strategies as ks


@given(ks.recurrences())
def test_a_recurrence_printed_in_czech_parses_back_to_itself(recurrence: Recurrence) -> None:
    assert Recurrence.parse(str(recurrence)) == recurrence


@given(ks.recurrences(), st.integers(2000, 2099))
def test_due_windows_are_ordered_disjoint_and_inside_the_year(
    recurrence: Recurrence, year: int
) -> None:
    windows = recurrence.due_windows(year)
    for window in windows:
        assert window.start.year == window.end.year == year and window.start <= window.end
    for before, after in itertools.pairwise(windows):
        assert before.end < after.start


@given(ks.recurrences(), st.integers(2000, 2099))
def test_one_date_per_window_leaves_nothing_missing(recurrence: Recurrence, year: int) -> None:
    windows = recurrence.due_windows(year)
    assert len(recurrence.check([w.start for w in windows], year)) == 0
    assert len(recurrence.check([], year)) == len(windows)


counted = st.builds(
    Recurrence,
    st.integers(1, 12),
    st.sampled_from(Cadence),
    minimum=st.booleans(),
).map(lambda r: r if r.minimum else attrs.evolve(r, approximate=True))


def period_of(recurrence: Recurrence, day: date) -> tuple[date, date]:
    (window,) = [w for w in Recurrence(1, recurrence.cadence).due_windows(day.year) if day in w]
    return window.start, window.end


@given(counted, st.lists(st.dates(date(2026, 1, 1), date(2026, 12, 31)), max_size=40), st.data())
def test_a_minimum_or_approximation_depends_only_on_how_many_dates_fall_in_each_period(
    recurrence: Recurrence, dates: list[date], data: st.DataObject
) -> None:
    moved = [data.draw(st.dates(*period_of(recurrence, day))) for day in dates]
    assert recurrence.check(moved, 2026) == recurrence.check(dates, 2026)


@given(ks.built_in_agendas(), st.data())
def test_any_built_in_agenda_is_found_by_any_word_of_its_text(
    agenda: Agenda, data: st.DataObject
) -> None:
    word = data.draw(st.sampled_from(words(agenda.text)))
    built_in = planning_duties if agenda.source.seed == SEEDS["planning"] else catalogue
    home = built_in(agenda.region) if agenda.region else Catalogue((agenda,))
    assert agenda in home.search(word)
    assert agenda in home.search(word.upper())


@given(ks.agendas(), st.data())
def test_any_agenda_is_found_by_any_word_of_its_text(agenda: Agenda, data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(words(agenda.text)))
    assert agenda in Catalogue((agenda,)).search(word)


@given(ks.catalogues())
def test_filters_partition_a_catalogue_by_competence(found: Catalogue) -> None:
    sizes = [len(found.filter(competence=c)) for c in ("delegated", "self_governing")]
    assert sum(sizes) == len(found)


@given(ks.agendas())
def test_an_agenda_survives_a_python_dump_and_validation(agenda: Agenda) -> None:
    assert Agenda.model_validate(agenda.model_dump()) == agenda


@given(ks.built_in_agendas())
def test_a_row_without_legal_bases_gets_those_its_text_cites(agenda: Agenda) -> None:
    row = agenda.model_dump(mode="json", exclude={"legal_bases", "corrections"})
    again = Agenda.model_validate(row)
    assert set(again.legal_bases) <= set(agenda.legal_bases)  # all but a heading's letter
    assert again.from_context == agenda.from_context
    assert [ref for ref in again.legal_bases if ref not in again.from_context] == [
        ref for ref in again.text_bases if ref.act is not None
    ]
