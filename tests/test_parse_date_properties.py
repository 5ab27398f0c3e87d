"""``parse_date`` reads back every date it is given in each form, and is total over text."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from krajsoc._text import fold
from krajsoc.calendar import czech_date, parse_date
from krajsoc.calendar._date_patterns import DATE_PATTERN, GENITIVE_MONTHS
from krajsoc.errors import InvalidDateError

DATES = st.dates(min_value=date(1000, 1, 1))
SPACES = st.sampled_from(["", " ", "\u00a0", "  ", "\t", "\u202f"])


@given(DATES)
def test_a_czech_date_reads_back_as_the_same_date(day: date) -> None:
    assert parse_date(czech_date(day)) == day


@given(DATES)
def test_an_iso_date_reads_back_as_the_same_date(day: date) -> None:
    assert parse_date(day.isoformat()) == day


@given(DATES, st.booleans(), st.booleans())
def test_a_date_with_the_months_name_reads_back_in_any_case_and_spelling(
    day: date, folded: bool, upper: bool
) -> None:
    name = GENITIVE_MONTHS[day.month - 1]
    name = fold(name) if folded else name
    name = name.upper() if upper else name
    assert parse_date(f"{day.day}. {name} {day.year}") == day


@given(DATES, SPACES, SPACES, SPACES, st.booleans())
def test_white_space_around_and_between_the_parts_does_not_matter(
    day: date, before: str, between: str, after: str, padded: bool
) -> None:
    month = f"{day.month:02}" if padded else str(day.month)
    text = f"{before}{day.day}.{between}{month}.{between}{day.year}{after}"
    assert parse_date(text) == day


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_the_documented_error(text: str) -> None:
    outcome: date | InvalidDateError
    try:
        outcome = parse_date(text)
    except InvalidDateError as error:
        outcome = error
    if isinstance(outcome, InvalidDateError):
        assert outcome.code == "invalid-date"
        assert "expected" in str(outcome)
    else:
        assert isinstance(outcome, date)


@given(st.from_regex(re.compile(r"[0-9 .\-a-zA-Záčďéěíňóřšťúůýž\u00a0]{0,24}"), fullmatch=True))
def test_text_made_of_date_characters_is_a_date_or_the_documented_error(text: str) -> None:
    outcome: date | InvalidDateError
    try:
        outcome = parse_date(text)
    except InvalidDateError as error:
        outcome = error
    assert isinstance(outcome, date) or outcome.code == "invalid-date"


@given(st.text(max_size=40))
def test_what_parse_date_reads_matches_the_published_pattern(text: str) -> None:
    # The JSON Schema publishes DATE_PATTERN: every text read fits it (on composed Unicode).
    try:
        parse_date(text)
    except InvalidDateError:
        return
    assert re.fullmatch(DATE_PATTERN, unicodedata.normalize("NFC", text))
