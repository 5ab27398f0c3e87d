"""The strategies' options draw what they promise, and the docs table is the registry."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import find, given, settings
from pydantic import TypeAdapter, ValidationError

from krajsoc.agendas import catalogue
from krajsoc.calendar import CZECH_CALENDAR
from krajsoc.deadlines import Period
from krajsoc.errors import (
    CitationError,
    DateOutOfRangeError,
    InvalidPeriodError,
    UnknownRegionError,
)
from krajsoc.law import LegalReference, parse_citation
from krajsoc.territory import region
from krajsoc.testing import strategies as ks
from tests.strategies_table import PAGE, page_with_table


@settings(deadline=None)
@given(ks.citation_texts(valid=False))
def test_an_invalid_citation_text_is_refused_by_the_parser_and_by_a_field(text: str) -> None:
    with pytest.raises(CitationError):
        parse_citation(text)
    with pytest.raises(ValidationError):
        TypeAdapter(LegalReference).validate_python(text)


@settings(deadline=None)
@given(ks.period_texts(valid=False))
def test_an_invalid_period_text_is_refused_by_parse_and_by_a_field(text: str) -> None:
    with pytest.raises(InvalidPeriodError):
        Period.parse(text)
    with pytest.raises(ValidationError):
        TypeAdapter(Period).validate_python(text)


@settings(deadline=None)
@given(ks.period_texts())
def test_a_valid_period_text_is_read(text: str) -> None:
    assert isinstance(Period.parse(text), Period)


@settings(deadline=None)
@given(ks.calendar_dates(valid=False))
def test_an_invalid_calendar_date_is_refused_by_the_calendar(day: date) -> None:
    with pytest.raises(DateOutOfRangeError):
        CZECH_CALENDAR.is_working_day(day)


@settings(deadline=None)
@given(ks.agendas(region="KVK"))
def test_region_bound_agendas_are_all_of_that_region(item: object) -> None:
    assert getattr(item, "region") is region("KVK")  # noqa: B009


@settings(deadline=None)
@given(ks.agendas(region="Plzeňský kraj"))
def test_agendas_of_a_region_without_a_catalogue_are_new_ones_placed_in_it(item: object) -> None:
    assert getattr(item, "region") is region("PK")  # noqa: B009


def test_agendas_of_kvk_include_its_built_in_ones() -> None:
    built_in = {item.id for item in catalogue("KVK")}
    assert find(ks.agendas(region="KVK"), lambda item: item.id in built_in).id in built_in


def test_agendas_of_an_unknown_region_fail_at_once() -> None:
    with pytest.raises(UnknownRegionError):
        ks.agendas(region="XX")


def test_the_docs_table_of_strategies_is_the_registry_written_out() -> None:
    page = PAGE.read_text("utf-8")
    assert page == page_with_table(page), "run `python -m tests.strategies_table`"
    for cls in ks.TYPE_STRATEGIES:
        assert f"| `{cls.__name__}` |" in page


def test_importing_the_strategies_without_hypothesis_says_how_to_install_it() -> None:
    code = "import sys\nsys.modules['hypothesis'] = None\nimport krajsoc.testing.strategies\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "ImportError: krajsoc.testing.strategies needs Hypothesis, which is not installed; "
        "install it with: pip install 'krajsoc[test]'"
    )
