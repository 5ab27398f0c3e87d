"""A field of the legal bases of a record: references given as one citation phrase or as a list.

Named :data:`LegalBases`, not after the plural of :class:`~krajsoc.law.LegalReference`, so the
type of one reference and the type of a field of several cannot be mistaken for each other.

Examples:
    >>> from pydantic import BaseModel
    >>> class Agenda(BaseModel):
    ...     basis: LegalBases
    >>> agenda = Agenda(basis="§ 10 a § 118 zákona č. 582/1991 Sb.")
    >>> agenda.model_dump()
    {'basis': ('§ 10 zákona č. 582/1991 Sb.', '§ 118 zákona č. 582/1991 Sb.')}
    >>> Agenda(basis=["§ 37 ZSS", {"act": "500/2004", "section": "40"}]).basis[1].act.id
    '500/2004'
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator

from krajsoc._boundary import pydantic_error
from krajsoc.errors import KrajsocError
from krajsoc.law._parse import parse_citation
from krajsoc.law._reference import LegalReference

__all__ = ["LegalBases"]


def _split(value: object) -> object:
    """One citation phrase becomes its references; anything else goes on to pydantic."""
    if not isinstance(value, str):
        return value
    try:
        return parse_citation(value)
    except KrajsocError as error:
        raise pydantic_error(error) from None


LegalBases = Annotated[
    tuple[LegalReference, ...],
    BeforeValidator(_split, json_schema_input_type=str | tuple[LegalReference, ...]),
]
"""A tuple of references as a pydantic field: one phrase ("§ 10 a § 118 zákona č. 582/1991 Sb."),
or a list of citations and structured dicts; serialised as a list of canonical texts."""
