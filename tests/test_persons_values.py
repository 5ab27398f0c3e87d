"""IČO, names and addresses: hand-checked cases, masking, round trips, errors that do not echo."""

from __future__ import annotations

import pytest
from hypothesis import given
from pydantic import TypeAdapter, ValidationError

from krajsoc.errors import InvalidAddressError, InvalidIcoError, InvalidPersonNameError
from krajsoc.persons import Address, Ico, PersonName, ico
from krajsoc.testing import strategies as ks


def test_ico_25596641_is_valid_and_25596642_is_not() -> None:
    # weights 8..2 over 2559664: 16+35+30+45+24+18+8 = 176; 176 % 11 = 0 → 11 % 11 = 0 → 1.
    assert Ico("25596641").value == "25596641"
    assert ico.is_valid("25596642") is False
    with pytest.raises(InvalidIcoError, match="check digit") as caught:
        Ico("25596642")
    assert "2559664" not in str(caught.value)


@pytest.mark.parametrize(
    "text", ["CZ25596641", "2559664", "255966411", "7360285163", "", "２５５９６６４１"]
)
def test_ico_refuses_what_dic_validate_would_accept_and_other_forms(text: str) -> None:
    assert not ico.is_valid(text)


@given(ks.icos())
def test_any_valid_ico_round_trips_through_its_field(value: Ico) -> None:
    adapter = TypeAdapter(Ico)
    assert adapter.validate_json(adapter.dump_json(value)) == value
    assert "x-personal-data" not in adapter.json_schema()


@given(ks.invalid_ico_texts())
def test_every_invalid_ico_is_refused(text: str) -> None:
    with pytest.raises(InvalidIcoError):
        Ico(text)


@pytest.mark.parametrize(
    ("text", "surname", "given", "birth"),
    [
        ("Novák, Jan", "Novák", "Jan", None),
        ("Nováková ,Jana  Marie ;  roz. Dvořáková", "Nováková", "Jana Marie", "Dvořáková"),
        ("O'Brien-Svobodová, Anna; rozená Malá", "O'Brien-Svobodová", "Anna", "Malá"),
    ],
)
def test_names_are_read_as_surname_given_names_and_birth_surname(
    text: str, surname: str, given: str, birth: str | None
) -> None:
    name = PersonName.parse(text)
    assert (name.surname, name.given_names, name.birth_surname) == (surname, given, birth)
    assert PersonName.parse(name.reveal()) == name


@pytest.mark.parametrize("text", ["Jan Novák", "Novák, ", "Novák, Jan, Petr", "Novák 736028, Jan"])
def test_a_bad_name_is_refused_without_echoing_it(text: str) -> None:
    with pytest.raises(InvalidPersonNameError) as caught:
        PersonName.parse(text)
    assert "Novák" not in str(caught.value) and "736028" not in str(caught.value)


@given(ks.person_names())
def test_any_name_is_masked_and_round_trips_through_its_field(name: PersonName) -> None:
    adapter = TypeAdapter(PersonName)
    assert adapter.validate_json(adapter.dump_json(name)) == name
    for shown in (repr(name), str(name), f"{name}", name.masked):
        assert name.surname not in shown and name.given_names not in shown


@given(ks.addresses())
def test_any_address_is_masked_and_round_trips_through_its_field(address: Address) -> None:
    adapter = TypeAdapter(Address)
    assert adapter.validate_json(adapter.dump_json(address)) == address
    assert address.street not in repr(address) + str(address) + f"{address}"
    assert adapter.json_schema()["x-personal-data"] is True


def test_an_address_with_a_part_of_the_municipality_keeps_it() -> None:
    address = Address.parse("Dolní 12, Vratislavice nad Nisou, 463 11 Liberec")
    assert (address.part, address.postcode) == ("Vratislavice nad Nisou", "463 11")
    assert Address.parse(address.reveal()) == address


@pytest.mark.parametrize("text", ["Lipová 5 Turnov", "Lipová 5, 4600 Turnov", ", 460 01 Turnov"])
def test_a_bad_address_is_refused_without_echoing_it(text: str) -> None:
    with pytest.raises(InvalidAddressError) as caught:
        Address.parse(text)
    assert "Lipová" not in str(caught.value) and "Turnov" not in str(caught.value)


def test_a_bare_field_error_seals_the_input() -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(PersonName).validate_python("Jan Novák")
    assert "Novák" not in repr(caught.value.errors(include_input=True)) + caught.value.json()
