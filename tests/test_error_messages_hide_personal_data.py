"""Errors of law, agendas, territory and loaders show input only through krajsoc._quote.quote.

A shifted CSV column puts a person's name and birth number where a code belongs; whatever entry
point refuses it, the error's ``str``, ``repr`` and ``args`` (and an unknown code's ``value``)
hold neither. Short input is still quoted, so "unknown region 'XX'" stays readable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from krajsoc.agendas import Agenda, Recurrence, Topic, catalogue
from krajsoc.errors import KrajsocError, UnknownRegionError
from krajsoc.law import Act, LegalReference, act, check_reference, parse_citation
from krajsoc.loaders import load_catalogue, read_rows
from krajsoc.rows import from_rows
from krajsoc.territory import AuthorityType, Competence, Region, region

PERSON = "Jan Novák, r. č. 850101/1234, Husova 5, Liberec"
NAME, DIGITS = "Jan Novák", ("850101", "8501011234", "850101/1234")
LK = catalogue("LK")
SPOD = act("359/1999")


def shown(error: BaseException) -> str:
    """Everything an error says about itself: str, repr, args and an unknown code's value."""
    parts = [str(error), repr(error), *(str(arg) for arg in error.args)]
    parts.append(str(getattr(error, "value", "")))
    return "\n".join(parts)


def entry_points(text: str) -> list[Callable[[], object]]:
    """Every entry point that refuses ``text`` with an error."""
    return [
        lambda: parse_citation(text),
        lambda: check_reference(text, on=date(2026, 1, 1)),
        lambda: act(text),
        lambda: LegalReference(SPOD, section=text),
        lambda: LegalReference(SPOD, section="22", letter=text),
        lambda: TypeAdapter(LegalReference).validate_python(
            {"act": "359/1999", "section": "22", "subsection": text}
        ),
        lambda: Competence.parse(text),
        lambda: AuthorityType.parse(text),
        lambda: Topic.parse(text),
        lambda: Recurrence.parse(text),
        lambda: LK.get(text),
        lambda: LK.filter(section=text),
        lambda: LK.filter(topic=text),
        lambda: LK.filter(competence=text),
        lambda: LK.citing(text),
        lambda: region(text),
    ]


def error_of(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except (KrajsocError, ValidationError) as error:
        return error
    raise AssertionError("the entry point accepted personal data")


def assert_hidden(text: str, name: str, digits: tuple[str, ...]) -> None:
    assert name not in text, text
    for run in digits:
        assert run not in text, text


@pytest.mark.parametrize("index", range(len(entry_points(PERSON))))
def test_no_entry_point_repeats_a_name_or_birth_number_in_its_error(index: int) -> None:
    error = error_of(entry_points(PERSON)[index])
    if isinstance(error, ValidationError):
        text = json.dumps(error.errors(include_input=False, include_url=False), default=str)
    else:
        text = shown(error)
    assert_hidden(text, NAME, DIGITS)
    assert "text of 47 characters" in text or "position" in text or "not a" in text


def test_the_search_of_a_name_is_described_in_the_catalogue_it_returns() -> None:
    found = LK.search(PERSON)
    assert len(found) == 0
    assert_hidden(repr(found) + found.name, NAME, DIGITS)


def test_an_act_with_a_birth_number_for_its_year_or_number_masks_it() -> None:
    for build in (lambda: Act(1, 8501011234), lambda: Act(-8501011234, 2000)):
        assert_hidden(shown(error_of(build)), NAME, DIGITS)


def test_a_region_given_a_mapping_names_its_keys_only() -> None:
    person = {"jméno": NAME, "rodné číslo": "850101/1234"}
    with pytest.raises(TypeError) as caught:
        region(person)  # type: ignore[arg-type]
    assert_hidden(shown(caught.value), NAME, DIGITS)
    records, report = from_rows(
        [
            {
                "region": person,
                "competence": "delegated",
                "text": "x",
                "source": {"seed": "s", "items": ["1"]},
            }
        ],
        Agenda,
    )
    assert records == () and "a mapping with keys jméno, rodné číslo" in report.text("en")
    assert_hidden(report.to_json() + str(report), NAME, DIGITS)
    with pytest.raises(ValidationError) as invalid:
        TypeAdapter(Region).validate_python(person)
    details = json.dumps(invalid.value.errors(include_input=False, include_url=False))
    assert_hidden(details, NAME, DIGITS)


def test_a_catalogue_file_named_after_a_person_is_not_named_in_the_error(tmp_path: Path) -> None:
    for call in (
        lambda: load_catalogue(tmp_path / f"{PERSON}.json"),
        lambda: read_rows(tmp_path / f"{PERSON}.xlsx"),
    ):
        assert_hidden(shown(error_of(call)), NAME, DIGITS)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"competence,{PERSON.replace(',', ' ')}\ndelegated,x\n", "utf-8")
    assert_hidden(shown(error_of(lambda: load_catalogue(sheet))), NAME, DIGITS)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: region("XX"), "unknown region 'XX'"),
        (lambda: Competence.parse("both"), "unknown competence 'both'"),
        (lambda: Topic.parse("astrologie"), "unknown topic 'astrologie'"),
        (lambda: Recurrence.parse("jednou za čas"), "recurrence 'jednou za čas' is not"),
        (lambda: LK.get("CZ051/x/pp/1"), "unknown agenda id 'CZ051/x/pp/1' in Liberecký kraj"),
        (lambda: LK.filter(section="Oddělení X"), "unknown section 'Oddělení X'"),
        (lambda: LegalReference(SPOD, section="x1"), "section 'x1' is not a section number"),
        (lambda: act("zákon o všem"), "unknown act 'zákon o všem'"),
    ],
)
def test_short_input_is_still_quoted(call: Callable[[], object], message: str) -> None:
    error = error_of(call)
    assert message in str(error)


def test_an_unknown_code_keeps_a_short_value_as_it_came() -> None:
    error = error_of(lambda: region("XX"))
    assert isinstance(error, UnknownRegionError) and error.value == "XX"
    long = error_of(lambda: region(PERSON))
    assert isinstance(long, UnknownRegionError) and long.value == "text of 47 characters"


czech_names = st.text(
    st.characters(categories=["Lu", "Ll"], max_codepoint=0x17F), min_size=4, max_size=14
)
birth_numbers = st.from_regex(r"[0-9]{2}[0156][0-9][0-3][0-9]/?[0-9]{3,4}", fullmatch=True)
streets = st.sampled_from(["Husova 5", "Masarykova 1021/12", "nám. Dr. E. Beneše 26", ""])


@settings(max_examples=40, deadline=None)
@given(czech_names, czech_names, birth_numbers, streets)
def test_no_entry_point_repeats_a_generated_person_in_its_error(
    first: str, last: str, number: str, street: str
) -> None:
    text = f"{first} {last}, r. č. {number}, {street}, Liberec"
    if len(text) <= 40:
        text += ", trvalý pobyt"
    digits = (number.replace("/", ""), number[:6], number)
    for call in entry_points(text):
        error = error_of(call)
        said: Any = (
            json.dumps(error.errors(include_input=False, include_url=False), default=str)
            if isinstance(error, ValidationError)
            else shown(error)
        )
        assert_hidden(said, f"{first} {last}", digits)
