"""``parse_date`` reads every form Czech documents write a date in, and refuses the rest."""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc.calendar import parse_date
from krajsoc.errors import InvalidDateError, InvalidInputError, KrajsocError

MARCH_15 = date(2026, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "15. 3. 2026",
        "15.3.2026",
        "15. 03. 2026",
        "15.03.2026",
        "15.  3.  2026",
        "15. března 2026",
        "15. brezna 2026",
        "15. BŘEZNA 2026",
        "15. BREZNA 2026",
        "15. Března 2026",
        "15.března 2026",
        "15. br\u030cezna 2026",  # ř typed as r and a combining caron
        "2026-03-15",
        "  15. 3. 2026\t",
        "\u00a015.\u00a03.\u00a02026\u00a0",  # no-break spaces, as a word processor puts them
        "15.\u202f3.\u202f2026",  # narrow no-break spaces
        "\n2026-03-15\n",
    ],
)
def test_every_form_of_the_fifteenth_of_march_is_read(text: str) -> None:
    assert parse_date(text) == MARCH_15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. ledna 2026", date(2026, 1, 1)),
        ("28. února 2026", date(2026, 2, 28)),
        ("28. unora 2026", date(2026, 2, 28)),
        ("15. března 2026", date(2026, 3, 15)),
        ("30. dubna 2026", date(2026, 4, 30)),
        ("8. května 2026", date(2026, 5, 8)),
        ("8. kvetna 2026", date(2026, 5, 8)),
        ("1. června 2026", date(2026, 6, 1)),
        ("1. cervna 2026", date(2026, 6, 1)),
        ("6. července 2026", date(2026, 7, 6)),
        ("6. cervence 2026", date(2026, 7, 6)),
        ("31. srpna 2026", date(2026, 8, 31)),
        ("28. září 2026", date(2026, 9, 28)),
        ("28. zari 2026", date(2026, 9, 28)),
        ("28. října 2026", date(2026, 10, 28)),
        ("28. rijna 2026", date(2026, 10, 28)),
        ("17. listopadu 2026", date(2026, 11, 17)),
        ("24. prosince 2026", date(2026, 12, 24)),
        ("29. 2. 2024", date(2024, 2, 29)),
        ("4. 1. 2027", date(2027, 1, 4)),
        ("2100-12-31", date(2100, 12, 31)),
        ("1. 1. 1000", date(1000, 1, 1)),
    ],
)
def test_each_month_is_read_by_its_genitive_name_with_or_without_diacritics(
    text: str, expected: date
) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("31. 2. 2026", "month 2 of 2026 has 28 days; expected a day from 1 to 28"),
        ("29. 2. 2026", "month 2 of 2026 has 28 days"),
        ("31. dubna 2026", "month 4 of 2026 has 30 days"),
        ("2026-02-30", "month 2 of 2026 has 28 days"),
        ("0. 3. 2026", "a day from 1 to 31"),
        ("15. 13. 2026", "has no month 13; expected a month from 1 to 12"),
        ("15. 0. 2026", "has no month 0"),
        ("2026-13-01", "has no month 13"),
        ("15. 3. 0026", "has the year 26; expected a year from 1000 to 9999"),
        ("zítra", "'zítra' is not a date; expected a date as '15. 3. 2026'"),
        ("", "'' is not a date"),
        ("   ", "'' is not a date"),
        ("2026-3-15", "is not a date"),
        ("15. 3. 26", "is not a date"),
        ("15 3 2026", "is not a date"),
        ("15/3/2026", "is not a date"),
        ("3/15/2026", "is not a date"),
        ("15. březen 2026", "is not a date"),  # the nominative: no date is written so
        ("15. března2026", "is not a date"),
        ("15. 3. 2026.", "is not a date"),
        ("15. 3. 2026 10:00", "is not a date"),
        ("2026-03-15T00:00:00", "is not a date"),
        ("20260315", "'********' is not a date"),  # a long digit run is masked, never echoed
        ("１５. ３. ２０２６", "is not a date"),  # full-width digits
        ("x" * 101, "text of 101 characters is too long to be a date; expected at most 100"),
        (" " * 5000, "text of 5000 characters is too long"),
    ],
)
def test_what_is_no_date_is_refused_with_what_was_wrong_and_the_forms_read(
    text: str, says: str
) -> None:
    with pytest.raises(InvalidDateError) as raised:
        parse_date(text)
    assert says in str(raised.value)
    assert raised.value.code == "invalid-date"


def test_the_error_is_a_krajsoc_error_and_a_value_error() -> None:
    with pytest.raises(InvalidDateError) as raised:
        parse_date("zítra")
    assert isinstance(raised.value, KrajsocError)
    assert isinstance(raised.value, InvalidInputError)
    assert isinstance(raised.value, ValueError)
    assert "'15. března 2026' or '2026-03-15'" in str(raised.value)


@pytest.mark.parametrize("value", [None, 20260315, date(2026, 3, 15), b"2026-03-15"])
def test_what_is_not_text_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="parse_date\\(\\) takes text"):
        parse_date(value)  # type: ignore[arg-type]
