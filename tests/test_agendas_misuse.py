"""Misuse of the agenda API: a clear TypeError naming the parameter, or a KrajsocError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.agendas import Recurrence, catalogue
from krajsoc.errors import InvalidInputError, KrajsocError, UnknownCodeError

LK = catalogue("LK")
TWICE = Recurrence.parse("2x ročně")


def wrongly_typed(value: object) -> Any:
    """A value the type checker lets through, as it would from untyped callers."""
    return value


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: LK.citing(wrongly_typed(None)),
            "Catalogue.citing(reference) takes a LegalReference",
        ),
        (lambda: LK.citing(wrongly_typed(359)), "got int"),
        (
            lambda: LK.search(wrongly_typed(None)),
            "Catalogue.search(text) takes a str; got NoneType",
        ),
        (lambda: Recurrence.parse(wrongly_typed(None)), "Recurrence.parse(text) takes a str"),
        (
            lambda: TWICE.due_windows(wrongly_typed("2026")),
            "the year of a recurrence takes an int; got str",
        ),
        (lambda: TWICE.due_windows(wrongly_typed(2026.0)), "got float"),
        (lambda: TWICE.due_windows(wrongly_typed(True)), "got bool"),
        (lambda: TWICE.check([], wrongly_typed(None)), "got NoneType"),
    ],
)
def test_a_value_of_the_wrong_type_is_a_type_error_naming_the_parameter(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()


@pytest.mark.parametrize("year", [0, -1, 9999, 10_000])
def test_a_year_out_of_range_is_invalid_input(year: int) -> None:
    with pytest.raises(InvalidInputError, match=f"year {year} is out of range"):
        TWICE.due_windows(year)


@given(st.integers().filter(lambda year: not 1 <= year <= 9998))
def test_due_windows_rejects_every_year_outside_the_range_as_a_krajsoc_error(year: int) -> None:
    with pytest.raises(KrajsocError):
        TWICE.due_windows(year)


@given(st.integers(1, 9998))
def test_due_windows_covers_every_supported_year(year: int) -> None:
    windows = TWICE.due_windows(year)
    assert windows[0].start.year == year and windows[-1].end.year == year


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        ({"section": "xxx"}, "unknown section 'xxx'; expected one of: Odbor sociálních věcí, "),
        ({"topic": "xxx"}, "unknown topic 'xxx'; expected one of: "),
        ({"competence": "both"}, "unknown competence 'both'"),
    ],
)
def test_filter_by_a_name_that_exists_nowhere_is_an_unknown_code(
    criteria: dict[str, str], message: str
) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        LK.filter(**criteria)
    assert str(caught.value).startswith(message)


def test_an_unknown_section_error_lists_the_catalogues_sections() -> None:
    with pytest.raises(UnknownCodeError) as caught:
        LK.filter(section="Oddělení kuchyně")
    assert set(caught.value.allowed) == {
        "Odbor sociálních věcí",
        "Oddělení sociální práce",
    }


@pytest.mark.parametrize(
    "criteria",
    [
        {"section": "oddeleni socialne-pravni ochrany deti"},  # Karlovarský kraj's, not Liberec's
        {
            "section": "ODDĚLENÍ SOCIÁLNÍ PRÁCE",
            "topic": "inspections",
            "competence": "self_governing",
        },
        {"topic": "data_protection"},
    ],
)
def test_filter_by_a_known_name_with_no_agenda_here_is_empty(criteria: dict[str, str]) -> None:
    assert len(LK.filter(**criteria)) == 0
