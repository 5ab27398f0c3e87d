"""One act as a record from outside: a row of a region's own acts, read from JSON or TOML.

:class:`ActRecord` is the boundary model :func:`krajsoc.loaders.load_acts` validates each row
with; :meth:`ActRecord.to_act` gives the :class:`~krajsoc.law.Act` a registry holds. Names are
``[nominative, genitive]`` pairs, or one text where both cases are written alike ("nařízení kraje
č. 3/2019"). Each name needs a word of at least four letters: a shorter one would be read in
ordinary words.

Examples:
    >>> record = ActRecord(kind="regional_regulation", number=3, year=2019,
    ...                    issuer="Libereckého kraje", names=["nařízení kraje č. 3/2019"])
    >>> record.to_act().citation
    'nařízení Libereckého kraje č. 3/2019'
    >>> ActRecord(kind="regional_ordinance", number=1, year=2020)
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for ActRecord
    ...
"""

from __future__ import annotations

import re
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from krajsoc.calendar import CzechDate
from krajsoc.errors import InvalidInputError
from krajsoc.law._act import FIRST_YEAR, LAST_YEAR, Act, ActKind, CitationName

__all__ = ["ActRecord"]

_Text = Annotated[str, Field(min_length=1, max_length=300)]
_Name = Annotated[str, Field(min_length=4, max_length=200)]
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


class ActRecord(BaseModel):
    """An act a region registers: its kind, number, year, issuer, names and dates."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ActKind = Field(description="The kind, e.g. 'regional_regulation'.")
    number: int = Field(ge=1, le=9999, description="The number in its series, e.g. 3.")
    year: int = Field(ge=FIRST_YEAR, le=LAST_YEAR, description="The year, e.g. 2019.")
    issuer: _Text | None = Field(
        default=None, description="Who issued it, in the genitive: 'Libereckého kraje'."
    )
    title: _Text | None = Field(default=None, description="The official title after the number.")
    names: tuple[_Name | tuple[_Name, _Name], ...] = Field(
        default=(),
        max_length=20,
        description="Short names: [nominative, genitive] pairs, or one text for both cases.",
    )
    abbreviations: tuple[Annotated[str, Field(min_length=2, max_length=20)], ...] = Field(
        default=(), max_length=20, description="Abbreviations, read after a provision only."
    )
    in_force_from: CzechDate | None = Field(default=None, description="The day it came into force.")
    repealed_on: CzechDate | None = Field(default=None, description="The day it was repealed.")
    replaced_by: _Text | None = Field(
        default=None, description="The id of the act that replaced it."
    )
    verified: bool = Field(default=False, description="Whether the facts were checked.")
    note: Annotated[str, Field(max_length=1000)] = Field(
        default="", description="What is only believed, or what to watch for."
    )
    link: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = Field(
        default=None, description="Its official page, e.g. in the region's collection."
    )

    @model_validator(mode="after")
    def _makes_an_act(self) -> Self:
        for name in self._names():
            for form in (name.nominative, name.genitive):
                if not _LONG_WORD.search(form):
                    raise ValueError("a name needs a word of at least 4 letters")
        try:
            self.to_act()
        except InvalidInputError as error:
            raise ValueError(error.problem) from None
        return self

    def _names(self) -> tuple[CitationName, ...]:
        return tuple(
            CitationName(name, name) if isinstance(name, str) else CitationName(*name)
            for name in self.names
        )

    def to_act(self) -> Act:
        """The act this record describes.

        Raises:
            InvalidInputError: The record cannot be an act (a region's act without its issuer).
        """
        return Act(
            self.number,
            self.year,
            kind=self.kind,
            issuer=self.issuer,
            title=self.title,
            names=self._names(),
            abbreviations=self.abbreviations,
            in_force_from=self.in_force_from,
            repealed_on=self.repealed_on,
            replaced_by=self.replaced_by,
            verified=self.verified,
            note=self.note,
            link=self.link,
        )
