"""Birth numbers: stdnum's checks, what krajsoc adds, masking, and the pydantic field."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from krajsoc.errors import InvalidBirthNumberError, KrajsocError
from krajsoc.persons import BirthNumber, Sex, birth_number
from krajsoc.testing import strategies as ks

ADAPTER = TypeAdapter(BirthNumber)


def runs_of_six(digits: str) -> list[str]:
    return [digits[index : index + 6] for index in range(len(digits) - 5)]


def leaks(text: str, number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return any(run in re.sub(r"\D", "", text) for run in runs_of_six(digits)) or any(
        run in text for run in runs_of_six(digits)
    )


@pytest.mark.parametrize("text", ["736028/5163", "7360285163", " 736028 / 5163 "])
def test_the_example_number_is_a_woman_born_on_28_october_1973(text: str) -> None:
    # 73 → 1973; month 60 = 10 + 50 (a woman); day 28; 736028516 % 11 = 3, the check digit.
    number = BirthNumber.parse(text)
    assert number.birth_date == date(1973, 10, 28)
    assert number.sex is Sex.FEMALE
    assert number.reveal() == "736028/5163"


def test_a_nine_digit_number_is_a_birth_before_1954() -> None:
    number = BirthNumber.parse("530101/123")
    assert number.birth_date == date(1953, 1, 1) and number.sex is Sex.MALE
    assert number.masked == "******/***"


def test_the_plus_twenty_offset_is_accepted_from_2004() -> None:
    # 04 → 2004, month 31 = 11 + 20, a man born on 1. 11. 2004; 043101123 % 11 % 10 = 0.
    number = BirthNumber.parse("043101/1230")
    assert number.birth_date == date(2004, 11, 1) and number.sex is Sex.MALE


def test_the_plus_twenty_offset_is_refused_before_2004() -> None:
    # 73 → 1973, month 30 = 10 + 20: valid for stdnum, impossible in law; check digit 736028516→3
    # recomputed for the changed month: 733028516 % 11 % 10 = 0.
    assert birth_number.is_valid("7330285160") is False
    with pytest.raises(InvalidBirthNumberError, match="only for births from 2004"):
        BirthNumber.parse("7330285160")


def test_a_month_that_stdnum_reads_modulo_twenty_is_refused() -> None:
    # month 41: stdnum takes 41 % 50 % 20 = 1 (January); no offset makes 41.
    with pytest.raises(InvalidBirthNumberError, match="no valid month"):
        BirthNumber.parse("734128/5163")


def test_a_birth_after_the_given_date_is_refused() -> None:
    with pytest.raises(InvalidBirthNumberError, match="after the date given"):
        BirthNumber.parse("736028/5163", on=date(1973, 10, 27))
    assert BirthNumber.parse("736028/5163", on=date(1973, 10, 28)).birth_date.day == 28


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("736028/5164", "bad checksum"),
        ("736032/5169", "does not exist"),
        ("736028/516", "nine digits"),
        ("73602851630", "form"),
        ("736O28/5163", "form"),
        ("٧٣٦٠٢٨/٥١٦٣", "form"),
        ("", "form"),
    ],
)
def test_each_bad_number_is_refused_with_its_reason_and_none_of_its_digits(
    text: str, reason: str
) -> None:
    with pytest.raises(InvalidBirthNumberError, match=reason) as caught:
        BirthNumber.parse(text)
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, KrajsocError)
    assert error.code == "invalid-birth-number"
    for shown in (str(error), repr(error), repr(error.args)):
        assert not re.search(
            r"[0-9]",
            shown.replace("1954", "").replace("2004", "").replace("50", "").replace("20", ""),
        )


def test_a_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="text"):
        BirthNumber.parse(7360285163)  # type: ignore[arg-type]


def test_the_number_is_masked_in_repr_str_and_f_strings() -> None:
    number = BirthNumber.parse("7360285163")
    assert repr(number) == "BirthNumber('******/****')"
    assert str(number) == f"{number}" == f"{number:>12}".strip() == "******/****"


def test_the_field_schema_has_a_pattern_and_the_personal_data_mark() -> None:
    schema = ADAPTER.json_schema()
    assert schema["x-personal-data"] is True and schema["type"] == "string"
    assert re.fullmatch(schema["pattern"], "736028/5163")


@given(ks.birth_number_texts())
def test_any_valid_number_round_trips_through_text_and_json(text: str) -> None:
    number = BirthNumber.parse(text)
    assert BirthNumber.parse(number.reveal()) == number
    dumped = ADAPTER.dump_json(number)
    assert ADAPTER.validate_json(dumped) == number
    assert json.loads(dumped) == number.reveal()
    assert birth_number.validate(text) == re.sub(r"\D", "", text)


@given(ks.birth_number_texts())
def test_no_valid_number_shows_in_its_repr_str_or_format(text: str) -> None:
    number = BirthNumber.parse(text)
    for shown in (repr(number), str(number), f"{number}", number.masked):
        assert not leaks(shown, text)


@given(ks.invalid_birth_number_texts(on=date(2026, 1, 1)))
def test_every_invalid_number_is_refused_without_echoing_it(text: str) -> None:
    with pytest.raises(InvalidBirthNumberError) as caught:
        BirthNumber.parse(text, on=date(2026, 1, 1))
    for shown in (str(caught.value), repr(caught.value), repr(caught.value.args)):
        assert not leaks(shown, text)
    assert not birth_number.is_valid(text, on=date(2026, 1, 1))


@given(ks.invalid_birth_number_texts(on=date(2026, 1, 1)) | ks.birth_number_texts())
def test_a_field_error_never_carries_the_number(text: str) -> None:
    try:
        ADAPTER.validate_python(text)
    except ValidationError as error:
        shown = [str(error), repr(error), error.json(), repr(error.errors())]
        shown.append(repr(error.errors(include_input=True)))
        assert not any(leaks(item, text) for item in shown)


@given(st.data(), st.dates(min_value=date(1900, 1, 1), max_value=date(2053, 12, 31)))
def test_the_birth_date_is_read_back_from_a_generated_number(
    data: st.DataObject, born: date
) -> None:
    text = data.draw(ks.birth_number_texts(born=st.just(born)))
    assert BirthNumber.parse(text).birth_date == born
