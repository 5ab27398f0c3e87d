"""Synthetic entry models, one per register kind, for examples, the demo and tests.

They follow the contract every entry model keeps — a frozen pydantic model with ``id``, a
``KIND`` and ``identity_keys()`` — with a single stand-in for a person: ``person``, a synthetic
key treated as personal data (masked in ``repr``, marked in the JSON Schema). They hold no real
data and are not the register's real entry models (``ApplicantEntry`` and the others).

Examples:
    >>> entry = SyntheticApplicant(id="Z-1", person="900101/0008", label="žadatelé A")
    >>> entry
    SyntheticApplicant(id='Z-1', label='žadatelé A')
    >>> entry.identity_keys()
    ('900101/0008',)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from krajsoc._personal import PERSONAL_DATA_KEY

__all__ = [
    "SYNTHETIC_MODELS",
    "SyntheticApplicant",
    "SyntheticAuthorisation",
    "SyntheticChild",
    "SyntheticEntry",
    "SyntheticFosterCarer",
    "SyntheticProvider",
]


class SyntheticEntry(BaseModel):
    """An entry with an id, a synthetic person key and a label; subclasses set ``KIND``."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    KIND: ClassVar[str] = ""

    id: str = Field(min_length=1, max_length=40)
    """The entry's id, unique in its register."""
    person: str = Field(default="", json_schema_extra={PERSONAL_DATA_KEY: True})
    """A synthetic stand-in for the person's birth number or IČO (personal data)."""
    label: str = ""
    """A synthetic description, e.g. ``'žadatelé A'``."""

    def identity_keys(self) -> tuple[str, ...]:
        """The person's key, if any: a register keeps one entry per person."""
        return (self.person,) if self.person else ()

    def __repr_args__(self) -> Any:
        return [(name, value) for name, value in super().__repr_args__() if name != "person"]


class SyntheticApplicant(SyntheticEntry):
    """A synthetic applicant for substitute family care."""

    KIND: ClassVar[str] = "applicants"


class SyntheticChild(SyntheticEntry):
    """A synthetic child suitable for substitute family care."""

    KIND: ClassVar[str] = "children"


class SyntheticFosterCarer(SyntheticEntry):
    """A synthetic person able to provide temporary foster care."""

    KIND: ClassVar[str] = "temporary-foster-carers"


class SyntheticAuthorisation(SyntheticEntry):
    """A synthetic authorised person (pověření)."""

    KIND: ClassVar[str] = "authorisations"


class SyntheticProvider(SyntheticEntry):
    """A synthetic social-service provider."""

    KIND: ClassVar[str] = "providers"


SYNTHETIC_MODELS: Mapping[str, type[SyntheticEntry]] = MappingProxyType(
    {
        model.KIND: model
        for model in (
            SyntheticApplicant,
            SyntheticChild,
            SyntheticFosterCarer,
            SyntheticAuthorisation,
            SyntheticProvider,
        )
    }
)
"""The synthetic model of each register kind."""
