from __future__ import annotations

import pickle

import pytest

import krajsoc
from krajsoc.errors import (
    BulkValidationError,
    CatalogueFileError,
    CitationError,
    DateOutOfRangeError,
    DuplicateIdError,
    InvalidAddressError,
    InvalidBirthNumberError,
    InvalidDateError,
    InvalidIcoError,
    InvalidInputError,
    InvalidPeriodError,
    InvalidPersonalDataError,
    InvalidPersonNameError,
    KrajsocError,
    RuleViolationError,
    UncoveredRegionError,
    UnknownAgendaError,
    UnknownCodeError,
    UnknownRegionError,
)
from krajsoc.findings import Finding, Report, Where
from krajsoc.rows import ROW_RULES

MISSING = ROW_RULES[1]  # row-missing-field


def bad_rows(*where: tuple[int, str]) -> Report:
    return Report(Finding(MISSING, where=Where(row=row, field=field)) for row, field in where)


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
        (BulkValidationError(bad_rows((1, "f"))), ValueError),
        (RuleViolationError("x"), KrajsocError),
        (DuplicateIdError("agenda id", "a"), ValueError),
        (UnknownAgendaError("CZ051/x/pp/1", catalogue="LK"), LookupError),
        (InvalidBirthNumberError("has a bad checksum"), ValueError),
        (InvalidIcoError("has a bad check digit"), ValueError),
        (InvalidPersonNameError("holds digits"), ValueError),
        (InvalidAddressError("has no postcode"), ValueError),
        (InvalidDateError("'zítra' is not a date"), ValueError),
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
        DuplicateIdError,
        InvalidPersonalDataError,
        InvalidBirthNumberError,
        InvalidIcoError,
        InvalidPersonNameError,
        InvalidAddressError,
        InvalidDateError,
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
        BulkValidationError(bad_rows((1, "f"))),
        InvalidPeriodError("'x' is not a period", where="text", expected="'15 dnů'"),
        DateOutOfRangeError("1999-12-31", first="2000-01-01", last="2100-12-31"),
        InvalidDateError("'zítra' is not a date", where="DAY", expected="'15. 3. 2026'"),
    ],
)
def test_errors_survive_pickling_with_their_parts(error: KrajsocError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__ == error.__dict__


def test_bulk_validation_lists_every_finding_of_its_report_in_english() -> None:
    report = bad_rows((1, "id"), (3, "region"))
    error = BulkValidationError(report)
    assert error.report is report
    assert str(error).splitlines() == [
        "2 problems; nothing was loaded:",
        "  row 1, field id: A required field is missing.",
        "  row 3, field region: A required field is missing.",
    ]


def test_bulk_validation_of_a_long_report_lists_the_first_findings_and_counts_the_rest() -> None:
    report = bad_rows(*[(row, "id") for row in range(1, 121)])
    lines = str(BulkValidationError(report)).splitlines()
    assert len(lines) == 1 + BulkValidationError.SHOWN + 1
    assert lines[0] == "120 problems; nothing was loaded:"
    assert lines[-1] == "  … and 70 more (see .report)"
    assert len(BulkValidationError(report).report) == 120


@pytest.mark.parametrize("value", [[], None, "row 1: missing"])
def test_bulk_validation_takes_a_report_only(value: object) -> None:
    with pytest.raises(TypeError, match="takes a Report"):
        BulkValidationError(value)  # type: ignore[arg-type]
