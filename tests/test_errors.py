from __future__ import annotations

import pickle

import pytest

import krajsoc
from krajsoc.errors import (
    BulkValidationError,
    CatalogueFileError,
    CitationError,
    DateOutOfRangeError,
    InvalidInputError,
    InvalidPeriodError,
    KrajsocError,
    Problem,
    RuleViolationError,
    UncoveredRegionError,
    UnknownAgendaError,
    UnknownCodeError,
    UnknownRegionError,
)


def test_the_root_is_reexported_from_the_package() -> None:
    assert krajsoc.KrajsocError is KrajsocError


@pytest.mark.parametrize(
    ("error", "also"),
    [
        (InvalidInputError("x"), ValueError),
        (CitationError("x", position=3), ValueError),
        (UnknownCodeError("kind", "v"), LookupError),
        (UnknownRegionError("region", "XX"), LookupError),
        (UncoveredRegionError("data", "Plzeňský kraj", covered=("LK",)), LookupError),
        (BulkValidationError([Problem(1, "f", "m")]), ValueError),
        (RuleViolationError("x"), KrajsocError),
        (UnknownAgendaError("CZ051/x/pp/1", catalogue="LK"), LookupError),
    ],
)
def test_each_error_is_a_krajsoc_error_and_the_usual_builtin(
    error: KrajsocError, also: type[Exception]
) -> None:
    assert isinstance(error, KrajsocError)
    assert isinstance(error, also)


def test_codes_are_stable_and_distinct() -> None:
    classes: list[type[KrajsocError]] = [
        KrajsocError,
        InvalidInputError,
        CitationError,
        CatalogueFileError,
        UnknownCodeError,
        UnknownRegionError,
        UncoveredRegionError,
        UnknownAgendaError,
        RuleViolationError,
        BulkValidationError,
    ]
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes)
    assert UnknownRegionError.code == "unknown-region"


def test_message_says_what_where_and_what_is_allowed() -> None:
    error = CitationError("a section number must follow '§'", position=7, expected="e.g. '93'")
    assert str(error) == "a section number must follow '§' at position 7; expected e.g. '93'"
    assert (error.problem, error.where, error.expected) == (
        "a section number must follow '§'",
        "position 7",
        "e.g. '93'",
    )


def test_unknown_code_lists_the_allowed_codes() -> None:
    error = UnknownCodeError("competence", "both", allowed=("self_governing", "delegated"))
    assert str(error) == "unknown competence 'both'; expected one of: self_governing, delegated"
    assert error.allowed == ("self_governing", "delegated")


@pytest.mark.parametrize(
    "error",
    [
        CitationError("bad", position=2, expected="x"),
        UnknownRegionError("region", "XX", allowed=("LK",)),
        UncoveredRegionError("municipality data", "Plzeňský kraj", covered=("LK", "KVK")),
        BulkValidationError([Problem(1, "f", "m")]),
        InvalidPeriodError("'x' is not a period", where="text", expected="'15 dnů'"),
        DateOutOfRangeError("1999-12-31", first="2000-01-01", last="2100-12-31"),
    ],
)
def test_errors_survive_pickling_with_their_parts(error: KrajsocError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__ == error.__dict__


def test_bulk_validation_lists_every_problem() -> None:
    error = BulkValidationError([Problem(1, "id", "missing"), Problem(3, "region", "unknown")])
    assert len(error.problems) == 2
    assert str(error).splitlines() == [
        "2 problems; nothing was loaded:",
        "  row 1, id: missing",
        "  row 3, region: unknown",
    ]
