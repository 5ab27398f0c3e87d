"""Every entry point of persons and registers refuses a person's details without repeating them.

The text of a shifted column — a name, a birth number and an address in one cell — given to each
parser, field and converter: no ``str``, ``repr``, ``args`` or pydantic error (with its input)
of what is raised holds the name or any run of the number.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from krajsoc.errors import KrajsocError
from krajsoc.persons import Address, BirthNumber, Ico, PersonName, birth_number, ico
from krajsoc.registers import (
    ApplicantEntry,
    AuthorisationScope,
    OrpOffice,
    ServiceKind,
    SubstituteCare,
    from_rpss,
)

PERSON = "Jan Novák, r. č. 850101/1234, Husova 5, Liberec"


def entry_points(text: str) -> list[Callable[[], object]]:
    """Every entry point that refuses ``text`` with an error."""
    return [
        lambda: BirthNumber.parse(text),
        lambda: birth_number.validate(text),
        lambda: birth_number.format(text),
        lambda: PersonName.parse(text),
        lambda: Address.parse(text),
        lambda: Ico(text),
        lambda: ico.validate(text),
        lambda: SubstituteCare.parse(text),
        lambda: ServiceKind.parse(text),
        lambda: AuthorisationScope.parse(text),
        lambda: TypeAdapter(OrpOffice).validate_python(text),
        lambda: TypeAdapter(BirthNumber).validate_python(text),
        lambda: TypeAdapter(PersonName).validate_python(text + " 1"),
        lambda: ApplicantEntry.model_validate({"id": text, "care": text, "orp": text}),
        lambda: ApplicantEntry.model_validate({text: text}),
        lambda: from_rpss({"identifikator": text, "poskytovatel": {"ico": text, "nazev": text}}),
    ]


def said(error: BaseException) -> str:
    parts = [str(error), repr(error), *(str(arg) for arg in error.args)]
    if isinstance(error, ValidationError):
        parts += [error.json(), repr(error.errors(include_input=True))]
    return "\n".join(parts)


def error_of(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except (KrajsocError, ValidationError) as error:
        return error
    raise AssertionError("the entry point accepted personal data")


def assert_hidden(text: str, name: str, runs: tuple[str, ...]) -> None:
    assert name not in text, text
    assert not any(run in text for run in runs), text


@pytest.mark.parametrize("index", range(len(entry_points(PERSON))))
def test_no_entry_point_repeats_the_name_or_birth_number(index: int) -> None:
    error = error_of(entry_points(PERSON)[index])
    assert_hidden(said(error), "Novák", ("850101", "8501011234", "1234, H"))


names = st.text(
    st.characters(categories=["Lu", "Ll"], max_codepoint=0x17F), min_size=4, max_size=14
)
numbers = st.from_regex(r"[0-9]{2}[0156][0-9][0-3][0-9]/?[0-9]{3,4}", fullmatch=True)


@settings(max_examples=30, deadline=None)
@given(names, names, numbers)
def test_no_entry_point_repeats_a_generated_person(first: str, last: str, number: str) -> None:
    text = f"{first} {last}, r. č. {number}, Husova 5, Liberec"
    runs = (number.replace("/", "")[:6], number)
    for call in entry_points(text):
        assert_hidden(said(error_of(call)), f"{first} {last}", runs)


def test_a_short_code_is_still_quoted() -> None:
    assert "'rodina'" in str(error_of(lambda: SubstituteCare.parse("rodina")))
    assert "'osobni asistence X'" in str(error_of(lambda: ServiceKind.parse("osobni asistence X")))
