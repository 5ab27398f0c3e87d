"""A member of a planning group: the role, whom the member represents, the function, the term.

A :class:`Member` names no person: it says which seat is filled — the role in the group, the
municipality (or office, organisation) represented, the function held there — so a member list
can be checked and shared without personal data. ``id`` is the caller's own key (e.g. the row of
the KKS manager's member list).

Examples:
    >>> from datetime import date
    >>> member = Member(id="k21-doksy", role="zástupce obce II. nebo III. typu",
    ...                 municipality="Doksy", function="mistostarosta", start="2026-11-01")
    >>> member.function, member.covers(date(2026, 12, 1)), member.covers(date(2026, 10, 1))
    (<Function.DEPUTY_MAYOR: 'místostarosta'>, True, False)
    >>> Member(id="x", role="host", function="radní")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Member
    ...
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from krajsoc._boundary import described
from krajsoc._text import fold
from krajsoc.calendar import CzechDate

__all__ = ["Function", "Member"]


class Function(StrEnum):
    """The function a municipality's representative holds there (K21 needs a mayor or deputy).

    Examples:
        >>> Function.parse("Mistostarosta") is Function.DEPUTY_MAYOR
        True
    """

    MAYOR = "starosta"
    """Starosta (in a statutory city primátor), the head of the municipality."""
    DEPUTY_MAYOR = "místostarosta"
    """Místostarosta: seed 003 admits the deputy mayor responsible for the field."""
    OTHER = "jiná funkce"
    """Any other function: a councillor, an official, a community-planning coordinator."""

    @classmethod
    def parse(cls, text: str) -> Function:
        """The function named by ``text``, case and diacritics ignored.

        Raises:
            ValueError: ``text`` names none of the functions.
        """
        found = _BY_FOLDED.get(fold(text))
        if found is None:
            allowed = ", ".join(item.value for item in cls)
            raise ValueError(f"unknown function; expected one of: {allowed}")
        return found


_BY_FOLDED = {fold(item.value): item for item in Function} | {
    "primator": Function.MAYOR,
    "namestek primatora": Function.DEPUTY_MAYOR,
}


@described
class Member(BaseModel):
    """One seat of a planning group on a day: role, whom it represents, function, term, vote.

    Attributes:
        id: The caller's key for the member (unique in a member list), never a person's name.
        role: The role in the group, as the group's composition names it
            (``'zástupce obce III. typu'``); case and diacritics do not matter.
        municipality: The municipality represented, by its name (``'Česká Lípa'``).
        organisation: The office or organisation represented, where not a municipality.
        function: What the member holds in the municipality: mayor, deputy mayor, other.
        start: The first day of the membership; ``None`` if not known (not checked).
        end: The last day of the membership; ``None`` while it lasts.
        guest: An invited guest without a vote (seed 002, line 17: přizvaní účastníci).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=80)
    role: str = Field(min_length=1, max_length=120)
    municipality: str | None = Field(default=None, max_length=80)
    organisation: str | None = Field(default=None, max_length=200)
    function: Function | None = None
    start: CzechDate | None = None
    end: CzechDate | None = None
    guest: bool = False

    @field_validator("function", mode="before")
    @classmethod
    def _function(cls, value: Any) -> Any:
        return Function.parse(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _term_in_order(self) -> Member:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("the membership ends before it starts (end < start)")
        return self

    def covers(self, day: dt.date) -> bool:
        """Whether the membership includes ``day`` (an unknown start or end is no limit)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def represents(self) -> str | None:
        """The municipality or, failing that, the organisation the member represents."""
        return self.municipality or self.organisation
