"""The municipal office with extended powers (ORP) a register entry names, as a pydantic field.

:data:`OrpOffice` is a :class:`~krajsoc.territory.Municipality` that is an ORP. It accepts the
municipality's name (case and diacritics ignored) or its ČSÚ ORP code, and serialises to the
name. Only the regions whose municipalities krajsoc holds are known (Liberecký and Karlovarský
kraj); another region's ORP is refused as unknown.

Examples:
    >>> from pydantic import TypeAdapter
    >>> adapter = TypeAdapter(OrpOffice)
    >>> adapter.validate_python("ceska lipa").orp_code, adapter.validate_python("5105").name
    ('5101', 'Liberec')
    >>> adapter.dump_python(adapter.validate_python("5105"), mode="json")
    'Liberec'
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from krajsoc._quote import describe
from krajsoc._text import fold
from krajsoc.territory import MUNICIPALITIES, Municipality

__all__ = ["ORP_OFFICES", "OrpOffice", "orp_office"]

ORP_OFFICES: tuple[Municipality, ...] = tuple(item for item in MUNICIPALITIES if item.is_orp)
"""Every ORP krajsoc knows, in district order."""

_BY_KEY = {key: item for item in ORP_OFFICES for key in (fold(item.name), item.orp_code) if key}


class _Arrived:
    """What arrived for an ORP field, kept out of the error's ``input`` (it may be a name)."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "text for an ORP (hidden)"

    __str__ = __repr__


def orp_office(value: object) -> Municipality:
    """The ORP named by ``value``: its name or ORP code, or a :class:`Municipality` that is one.

    Raises:
        pydantic_core.PydanticCustomError: ``value`` names no known ORP (``'unknown-orp'``).
    """
    if isinstance(value, _Arrived):
        value = value.value
    if isinstance(value, Municipality) and value.is_orp:
        return value
    found = _BY_KEY.get(fold(value)) if isinstance(value, str) else None
    if found is None:
        # The text is not quoted: in a shifted row it may be a person's name.
        raise PydanticCustomError(
            "unknown-orp",
            "unknown ORP ({got}); expected the name or ORP code of an ORP of a covered region",
            {"got": describe(value)},
        )
    return found


OrpOffice = Annotated[
    Municipality,
    PlainValidator(orp_office),
    BeforeValidator(_Arrived),
    PlainSerializer(lambda item: item.name, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "title": "ORP",
            "description": (
                "A municipal office with extended powers (obec s rozšířenou působností): its "
                "name or ČSÚ ORP code; serialised as the name."
            ),
            "examples": ["Liberec", "5105"],
        }
    ),
]
"""An ORP as a pydantic field: name or ORP code in, name out."""
