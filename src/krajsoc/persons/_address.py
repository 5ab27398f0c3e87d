"""A postal address (adresa trvalého pobytu, bydliště), masked wherever it is shown.

The text form is the one Czech post uses on one line: ``"Husova 357/5, 460 01 Liberec"`` — the
street (or the part of a municipality) with its number, a comma, the five-digit postcode (PSČ,
written ``'460 01'``), the municipality. A second comma may name the part of the municipality:
``"Dolní 12, Vratislavice nad Nisou, 463 11 Liberec"``.

Examples:
    >>> address = Address.parse("Husova 357/5,460 01  Liberec")
    >>> address, address.postcode, address.municipality
    (Address('*****'), '460 01', 'Liberec')
    >>> address.reveal()
    'Husova 357/5, 460 01 Liberec'
    >>> Address.parse("Husova 5 Liberec")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidAddressError: address is not 'street number, postcode municipality'; ...
"""

from __future__ import annotations

import re

import attrs

from krajsoc.errors import InvalidAddressError
from krajsoc.persons._field import personal_field

__all__ = ["Address"]

_FORM = re.compile(
    r"\s*(?P<street>[^,]+?)\s*,(?:\s*(?P<part>[^,0-9]+?)\s*,)?"
    r"\s*(?P<postcode>[0-9]{3}\s?[0-9]{2})\s+(?P<municipality>[^,0-9][^,]*?)\s*",
    re.ASCII,
)
_MASK = "*****"
_LIMIT = 300
_EXPECTED = "e.g. 'Husova 357/5, 460 01 Liberec'"


def _clean(text: str) -> str:
    return " ".join(text.split())


def _spaced(postcode: str) -> str:
    compact = "".join(postcode.split()) if isinstance(postcode, str) else ""
    return f"{compact[:3]} {compact[3:]}"


@personal_field(
    parse=lambda text: Address.parse(text),
    dump=lambda value: value.reveal(),
    title="Address",
    description=(
        "A postal address on one line: 'street number[, part of municipality], postcode "
        "municipality'. Personal data."
    ),
    pattern=r"^[^,]+,([^,0-9]+,)?\s*[0-9]{3}\s?[0-9]{2}\s+[^,0-9][^,]*$",
    examples=["Husova 357/5, 460 01 Liberec"],
)
@attrs.frozen(repr=False)
class Address:
    """A postal address, shown only as ``'*****'``.

    Attributes:
        street: The street or part of a municipality with the house number.
        postcode: The PSČ, as ``'460 01'``.
        municipality: The municipality (obec) of the post office's district.
        part: The part of the municipality (část obce), where it is written.

    Examples:
        >>> Address("Husova 5", "46001", "Liberec").postcode
        '460 01'
    """

    street: str = attrs.field(converter=_clean)
    postcode: str = attrs.field(converter=_spaced)
    municipality: str = attrs.field(converter=_clean)
    part: str | None = attrs.field(default=None)

    @postcode.validator
    def _check_postcode(self, attribute: attrs.Attribute[str], value: str) -> None:
        if re.fullmatch(r"[0-9]{3} [0-9]{2}", value, re.ASCII) is None:
            raise InvalidAddressError("has no valid postcode", expected="five digits, '460 01'")

    @classmethod
    def parse(cls, text: str) -> Address:
        """Read ``'street number[, part], postcode municipality'``.

        Raises:
            InvalidAddressError: The text is not of that form (the message never shows it).
            TypeError: ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise TypeError(f"an address is text (str), not {type(text).__name__}")
        if len(text) > _LIMIT:
            raise InvalidAddressError("is too long", expected=f"at most {_LIMIT} characters")
        found = _FORM.fullmatch(text)
        if found is None:
            raise InvalidAddressError(
                "is not 'street number, postcode municipality'", expected=_EXPECTED
            )
        part = found["part"]
        return cls(
            found["street"],
            found["postcode"].replace(" ", ""),
            found["municipality"],
            None if part is None else _clean(part),
        )

    @property
    def masked(self) -> str:
        """``'*****'``: nothing of the address."""
        return _MASK

    def reveal(self) -> str:
        """The address itself, in its text form: the one explicit way to read it whole."""
        part = "" if self.part is None else f"{self.part}, "
        return f"{self.street}, {part}{self.postcode} {self.municipality}"

    def __repr__(self) -> str:
        return f"Address({_MASK!r})"

    def __str__(self) -> str:
        return _MASK

    def __format__(self, spec: str) -> str:
        return _MASK.__format__(spec)
