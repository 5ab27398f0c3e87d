"""A tuple field whose only item fails reports the item's problem, not also a length."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from krajsoc.registers import ApplicantEntry
from krajsoc.rows import from_rows

GOOD = [
    {"name": "Novák, Petr", "birth_number": number}
    for number in ("770304/0026", "785612/0019", "826123/0032")
]
ROW: dict[str, Any] = {
    "id": "Z-1",
    "care": "osvojeni",
    "orp": "Cheb",
    "applied_on": "2026-01-05",
    "applicants": [{"name": "Nováková, Jana", "birth_number": "805101/0001"}],
}


def test_one_applicant_with_a_bad_birth_number_is_one_finding_for_that_birth_number() -> None:
    _, report = from_rows([ROW], ApplicantEntry)
    assert [(finding.rule.code, finding.where.field) for finding in report] == [
        ("row-invalid-personal-data", "applicants.0.birth_number")
    ]


def test_the_models_own_error_has_no_length_error_after_its_item_failed() -> None:
    with pytest.raises(ValidationError) as caught:
        ApplicantEntry.model_validate(ROW)
    assert [error["type"] for error in caught.value.errors()] == ["invalid-birth-number"]


@pytest.mark.parametrize(
    ("applicants", "expected"),
    [
        ([], [("row-too-short", "applicants")]),
        (GOOD, [("row-too-long", "applicants")]),
    ],
)
def test_a_real_length_problem_is_still_reported(
    applicants: list[Any], expected: list[tuple[str, str]]
) -> None:
    _, report = from_rows([ROW | {"applicants": applicants}], ApplicantEntry)
    assert [(finding.rule.code, finding.where.field) for finding in report] == expected


def test_two_applicants_one_bad_keep_only_the_bad_ones_finding() -> None:
    _, report = from_rows([ROW | {"applicants": [GOOD[0], ROW["applicants"][0]]}], ApplicantEntry)
    assert [finding.where.field for finding in report] == ["applicants.1.birth_number"]
