"""Finding a register entry's personal data in text: what no output may contain."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from krajsoc.persons import BirthNumber, PersonName
from krajsoc.registers import RegisterEntry


def _values(value: object) -> Iterator[object]:
    """Every value inside an entry, nested models and tuples included."""
    yield value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _values(getattr(value, name))
    elif isinstance(value, tuple | list | frozenset):
        for item in value:
            yield from _values(item)


def birth_number_digits(entry: RegisterEntry) -> list[str]:
    """The digits of every birth number in ``entry``."""
    return [v.reveal().replace("/", "") for v in _values(entry) if isinstance(v, BirthNumber)]


def person_names(entry: RegisterEntry) -> list[str]:
    """Every name in ``entry``: in full and the surname alone."""
    found = [value for value in _values(entry) if isinstance(value, PersonName)]
    return [text for name in found for text in (name.reveal(), name.surname)]


def assert_shows_no_person(text: str, entries: list[RegisterEntry]) -> None:
    """No six consecutive digits of a birth number and no name of ``entries`` is in ``text``."""
    for entry in entries:
        for digits in birth_number_digits(entry):
            for start in range(len(digits) - 5):
                assert digits[start : start + 6] not in text
        for name in person_names(entry):
            assert name not in text
