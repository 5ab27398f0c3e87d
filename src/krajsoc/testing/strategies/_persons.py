"""Strategies for personal identifiers: synthetic birth numbers, names, addresses, IČO.

Every value is generated, never taken from real people: a birth number is built from a drawn
birth date, sex and serial with its check digit computed, so it is valid by construction (and
its invalid variants are built by breaking one rule at a time).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st
from stdnum.cz import dic

from krajsoc.persons import Address, BirthNumber, Ico, PersonName, Sex
from krajsoc.persons.birth_number import OFFSET_FROM

__all__ = [
    "addresses",
    "birth_dates",
    "birth_number_texts",
    "birth_numbers",
    "icos",
    "invalid_birth_number_texts",
    "invalid_ico_texts",
    "person_names",
]

_FIRST = date(1900, 1, 1)
_LAST = date(2053, 12, 31)
_SURNAMES = [
    "Novák",
    "Svobodová",
    "Dvořák",
    "Černá",
    "Procházka",
    "Kučerová",
    "Veselý",
    "Horáková",
    "Němec",
    "Marková",
    "Pokorný",
    "Pospíšilová",
    "Hájek",
    "Jelínková",
]
_GIVEN = [
    "Jana",
    "Petr",
    "Marie",
    "Tomáš",
    "Lucie",
    "Jiří",
    "Kateřina",
    "Martin",
    "Eliška",
    "Vojtěch",
    "Zdeňka",
    "Ondřej",
    "Barbora",
    "Matěj",
]
_STREETS = ["Husova", "Nádražní", "Palackého", "Školní", "Lipová", "Komenského", "Zahradní"]
_TOWNS = ["Liberec", "Česká Lípa", "Turnov", "Cheb", "Sokolov", "Jablonec nad Nisou"]


def birth_dates(min_value: date = _FIRST, max_value: date = _LAST) -> st.SearchStrategy[date]:
    """Birth dates a birth number can hold (1900–2053), within the given bounds."""
    return st.dates(min_value=max(min_value, _FIRST), max_value=min(max_value, _LAST))


def _digits(born: date, sex: Sex, serial: int, offset: bool) -> str:
    month = born.month + (50 if sex is Sex.FEMALE else 0) + (20 if offset else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    if born.year < 1954:
        return f"{head}{serial % 1000:03d}"
    first_nine = f"{head}{serial % 1000:03d}"
    return first_nine + str(int(first_nine) % 11 % 10)


def _written(digits: str, slash: bool) -> str:
    return f"{digits[:6]}/{digits[6:]}" if slash else digits


@st.composite
def birth_number_texts(
    draw: st.DrawFn,
    born: st.SearchStrategy[date] | None = None,
    sex: st.SearchStrategy[Sex] | None = None,
) -> str:
    """A valid synthetic birth number as text, with or without the slash.

    Both sexes; nine digits before 1954; from 2004 with or without the +20 month offset.
    """
    birth = draw(born if born is not None else birth_dates())
    chosen = draw(sex if sex is not None else st.sampled_from(Sex))
    offset = birth.year >= OFFSET_FROM and draw(st.booleans())
    digits = _digits(birth, chosen, draw(st.integers(0, 999)), offset)
    return _written(digits, draw(st.booleans()))


def birth_numbers(born: st.SearchStrategy[date] | None = None) -> st.SearchStrategy[BirthNumber]:
    """A valid synthetic :class:`BirthNumber`."""
    return birth_number_texts(born).map(BirthNumber.parse)


@st.composite
def invalid_birth_number_texts(draw: st.DrawFn, on: date = date(2026, 1, 1)) -> str:
    """Text that :meth:`BirthNumber.parse` refuses on ``on``, breaking one rule at a time.

    A bad check digit, a day or month that does not exist, the +20 offset before 2004, nine
    digits after 1953, a birth after ``on``, or text not in the form of a birth number.
    """
    kind = draw(st.sampled_from(["checksum", "day", "month", "offset", "nine", "future", "form"]))
    slash = draw(st.booleans())
    serial = draw(st.integers(0, 999))
    if kind == "checksum":
        digits = _digits(draw(birth_dates(date(1954, 1, 1))), Sex.MALE, serial, False)
        digits = digits[:9] + str((int(digits[9]) + draw(st.integers(1, 9))) % 10)
    elif kind == "day":
        born = draw(birth_dates(date(1954, 1, 1), date(1999, 12, 31)))
        digits = _digits(born, Sex.FEMALE, serial, False)
        digits = digits[:4] + draw(st.sampled_from(["00", "32", "45", "99"])) + digits[6:]
    elif kind == "month":
        digits = _digits(draw(birth_dates(date(1954, 1, 1))), Sex.MALE, serial, False)
        month = draw(st.sampled_from([0, 13, 19, 33, 41, 49, 50, 63, 83, 99]))
        digits = digits[:2] + f"{month:02d}" + digits[4:]
    elif kind == "offset":
        born = draw(birth_dates(date(1954, 1, 1), date(OFFSET_FROM - 1, 12, 31)))
        digits = _digits(born, draw(st.sampled_from(Sex)), serial, True)
    elif kind == "nine":
        born = draw(birth_dates(date(1954, 1, 1), date(1979, 12, 31)))  # 80–99 read as 1880s
        digits = _digits(born, Sex.MALE, serial, False)[:9]
    elif kind == "future":
        born = draw(birth_dates(on + timedelta(days=1)))
        digits = _digits(born, Sex.MALE, serial, False)
    else:
        return draw(st.sampled_from(["", "12345", "73602851630", "736028-5163", "abc/defg"]))
    return _written(digits, slash)


def person_names() -> st.SearchStrategy[PersonName]:
    """A synthetic name: Czech given names and surname, sometimes a birth surname."""
    return st.builds(
        PersonName,
        surname=st.sampled_from(_SURNAMES),
        given_names=st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=2, unique=True).map(
            " ".join
        ),
        birth_surname=st.none() | st.sampled_from(_SURNAMES),
    )


def addresses() -> st.SearchStrategy[Address]:
    """A synthetic address: street and number, postcode, town."""
    number = st.integers(1, 2999).map(str) | st.tuples(
        st.integers(1, 2999), st.integers(1, 99)
    ).map(lambda pair: f"{pair[0]}/{pair[1]}")
    return st.builds(
        Address,
        street=st.tuples(st.sampled_from(_STREETS), number).map(" ".join),
        postcode=st.integers(10000, 79999).map(str),
        municipality=st.sampled_from(_TOWNS),
    )


def _ico(first_seven: int) -> str:
    head = f"{first_seven:07d}"
    return head + dic.calc_check_digit_legal(head)


def icos() -> st.SearchStrategy[Ico]:
    """A valid IČO, its check digit computed."""
    return st.integers(0, 9_999_999).map(_ico).map(Ico)


@st.composite
def invalid_ico_texts(draw: st.DrawFn) -> str:
    """Text :class:`Ico` refuses: a wrong check digit, a wrong length, letters, a "CZ" prefix."""
    valid = _ico(draw(st.integers(0, 9_999_999)))
    kind = draw(st.sampled_from(["check", "short", "long", "letters", "prefix"]))
    if kind == "check":
        return valid[:7] + str((int(valid[7]) + draw(st.integers(1, 9))) % 10)
    if kind == "short":
        return valid[: draw(st.integers(0, 7))]
    if kind == "long":
        return valid + draw(st.sampled_from("0123456789"))
    if kind == "letters":
        return valid[:4] + "ABCD"
    return "CZ" + valid
