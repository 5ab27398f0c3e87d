"""Each reproducer of issue 15 (a hostile or careless user's input) as a regression test."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from krajsoc.agendas import Catalogue
from krajsoc.calendar import czech_date, weekday_name
from krajsoc.errors import CitationError, KrajsocError
from krajsoc.law import LegalReference, act, extract_citations, parse_citation, resolve_act


def test_an_act_number_of_4301_digits_is_a_citation_error_saying_the_limit() -> None:
    with pytest.raises(CitationError, match=r"has 4301 digits.*at most 4 digits"):
        parse_citation("1" * 4301 + "/2006 Sb.")


def test_an_act_number_of_five_digits_is_refused_and_of_four_accepted() -> None:
    with pytest.raises(CitationError, match="at most 4 digits"):
        parse_citation("§ 1 zákona č. 12345/2006 Sb.")
    assert parse_citation("§ 1 zákona č. 1234/2006 Sb.")[0].act == resolve_act(1234, 2006)


def test_extraction_reads_no_act_from_a_digit_run_of_any_length() -> None:
    assert list(extract_citations("1" * 4301 + "/2006 Sb.")) == []
    assert list(extract_citations("č. j. " + "1" * 60 + "08/2006 Sb.")) == []
    assert list(extract_citations("č. j. 11108/2006 Sb.")) == []


def test_a_devanagari_digit_is_no_digit_and_does_not_leave_act_8_2006() -> None:
    found = list(extract_citations("§ 93 zákona č. 1०8/2006 Sb."))
    assert [ref.act for match in found for ref in match.references] == [None]
    with pytest.raises(CitationError):
        parse_citation("§ 93 zákona č. 1०8/2006 Sb.")
    with pytest.raises(CitationError):
        parse_citation("§ 93 zákona č. 108/2006५ Sb.")
    with pytest.raises(KrajsocError):
        act("1०8/2006")


@pytest.mark.parametrize(
    "data",
    [
        {"act": "1" * 5000 + "/2006"},
        {"act": "108/2006", "section": "1", "subsection": "1" * 5000},
        {"\ud800": 1},
        {"act": "\ud800"},
    ],
)
def test_a_reference_mapping_with_a_huge_number_or_a_surrogate_is_a_readable_error(
    data: dict[str, Any],
) -> None:
    with pytest.raises(ValidationError) as raised:
        TypeAdapter(LegalReference).validate_python(data)
    errors = raised.value.errors(include_input=False, include_url=False)
    assert errors
    json.dumps(errors).encode("utf-8")  # no lone surrogate left to fail an encoder
    str(raised.value).encode("utf-8")


def test_a_catalogue_row_whose_legal_basis_has_a_surrogate_key_is_a_reported_problem() -> None:
    row = {
        "id": "CZ051/x/y/1",
        "region": "CZ051",
        "authorities": ["regional"],
        "department": "Odbor sociálních věcí",
        "competence": "self_governing",
        "text": "x",
        "topics": ["social_work"],
        "legal_bases": [{"\ud800": 1}],
    }
    with pytest.raises(KrajsocError) as raised:
        Catalogue.from_rows([row])
    str(raised.value).encode("utf-8")


@pytest.mark.parametrize(
    ("call", "arguments"),
    [
        (extract_citations, (None,)),
        (extract_citations, (5,)),
        (act, (5,)),
        (act, ((1, 2, 3),)),
        (act, ((1.5, 2000),)),
        (parse_citation, ({},)),
        (parse_citation, (b"x",)),
        (resolve_act, (1.5, 2000)),
        (resolve_act, (108, "2006")),
        (resolve_act, (True, 2006)),
        (czech_date, (5,)),
        (weekday_name, (None,)),
    ],
)
def test_a_wrong_python_type_is_a_type_error(call: Any, arguments: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError, match=r"must be|takes"):
        call(*arguments)


def test_the_type_error_names_the_parameter_and_the_expected_type() -> None:
    with pytest.raises(TypeError, match=r"extract_citations\(text\) must be str, not NoneType"):
        extract_citations(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"resolve_act\(number\) must be int, not float"):
        resolve_act(1.5, 2000)  # type: ignore[arg-type]
