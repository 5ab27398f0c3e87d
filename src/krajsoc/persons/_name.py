"""A person's name (jméno, příjmení, rodné příjmení), masked wherever it is shown.

The text form is the one registers sort by: ``"Příjmení, Jméno Další"``, and a birth surname
after a semicolon, ``"Nováková, Jana; rozená Dvořáková"`` (also ``"roz."``, ``"rozený"``). A
name holds letters, spaces, hyphens, apostrophes and dots — never a digit, so a birth number in
a shifted column is refused rather than stored as a name.

Examples:
    >>> name = PersonName.parse("Nováková ,  Jana Marie; roz. Dvořáková")
    >>> name, name.surname, name.given_names, name.birth_surname
    (PersonName('*****'), 'Nováková', 'Jana Marie', 'Dvořáková')
    >>> name.reveal()
    'Nováková, Jana Marie; rozená Dvořáková'
    >>> PersonName.parse("Jan Novák")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidPersonNameError: person's name is not a surname and given names ...
"""

from __future__ import annotations

import re

import attrs

from krajsoc.errors import InvalidPersonNameError
from krajsoc.persons._field import personal_field

__all__ = ["PersonName"]

_PART = r"[^\W\d_]+(?:[ '’.\-]+[^\W\d_]+)*\.?"
_PART_RE = re.compile(_PART)
_BIRTH = re.compile(r"\s*;\s*(?:rozená|rozený|roz\.)\s*(.*)", re.IGNORECASE | re.DOTALL)
_MASK = "*****"
_LIMIT = 200
_EXPECTED = "'Surname, Given names'"


def _part(text: str, what: str) -> str:
    cleaned = " ".join(text.split())
    if _PART_RE.fullmatch(cleaned) is not None:
        return cleaned
    if not cleaned:
        raise InvalidPersonNameError(f"has an empty {what}", expected=_EXPECTED)
    if any(ch.isdigit() for ch in cleaned):
        raise InvalidPersonNameError("holds digits", expected="letters only")
    raise InvalidPersonNameError(
        f"has a {what} of other characters than letters",
        expected="letters, spaces, hyphens, apostrophes and dots",
    )


def _surname(text: str) -> str:
    return _part(text, "surname")


def _given_names(text: str) -> str:
    return _part(text, "given name")


def _birth_surname(text: str | None) -> str | None:
    return None if text is None else _part(text, "birth surname")


@personal_field(
    parse=lambda text: PersonName.parse(text),
    dump=lambda value: value.reveal(),
    title="PersonName",
    description=(
        "A person's name as 'Surname, Given names', optionally '; rozená Birth surname'. "
        "Personal data."
    ),
    pattern=r"^[^,;0-9]+,[^,;0-9]+(;\s*(rozená|rozený|roz\.)[^,;0-9]+)?$",
    examples=["Nováková, Jana; rozená Dvořáková"],
)
@attrs.frozen(repr=False)
class PersonName:
    """A person's given names, surname and birth surname, shown only as ``'*****'``.

    Attributes:
        surname: Příjmení.
        given_names: Jméno, or several separated by spaces.
        birth_surname: Rodné příjmení, where it differs (a register of applicants records it,
            § 23a odst. 2 zákona č. 359/1999 Sb.).

    Examples:
        >>> f"{PersonName('Novák', 'Jan')}"
        '*****'
    """

    surname: str = attrs.field(converter=_surname)
    given_names: str = attrs.field(converter=_given_names)
    birth_surname: str | None = attrs.field(default=None, converter=_birth_surname)

    @classmethod
    def parse(cls, text: str) -> PersonName:
        """Read ``'Surname, Given names'`` with an optional ``'; rozená Birth surname'``.

        Raises:
            InvalidPersonNameError: The text is not of that form (the message never shows it).
            TypeError: ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise TypeError(f"a person's name is text (str), not {type(text).__name__}")
        if len(text) > _LIMIT:
            raise InvalidPersonNameError("is too long", expected=f"at most {_LIMIT} characters")
        birth: str | None = None
        found = _BIRTH.search(text)
        if found is not None:
            text, birth = text[: found.start()], found[1]
        if text.count(",") != 1 or ";" in text:
            raise InvalidPersonNameError(
                "is not a surname and given names separated by one comma", expected=_EXPECTED
            )
        surname, given = text.split(",")
        return cls(surname, given, birth)

    @property
    def masked(self) -> str:
        """``'*****'``: nothing of the name."""
        return _MASK

    def reveal(self) -> str:
        """The name itself, in its text form: the one explicit way to read it whole."""
        text = f"{self.surname}, {self.given_names}"
        return text if self.birth_surname is None else f"{text}; rozená {self.birth_surname}"

    def __repr__(self) -> str:
        return f"PersonName({_MASK!r})"

    def __str__(self) -> str:
        return _MASK

    def __format__(self, spec: str) -> str:
        return _MASK.__format__(spec)
