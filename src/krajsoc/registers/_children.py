"""An entry of the register of children suitable for substitute family care (evidence dětí).

The ORP keeps the child's file and sends it to the regional authority when the child is
suitable for adoption or foster care; the authority keeps the register of such children. What
the entry records is the child, what the child is suitable for, the ORP that sent the file and
when it arrived; placement and removal are events.

Paragraphs: old § 21, 22, 24c of zákon č. 359/1999 Sb.; new § 21 (the file), § 22 (the register),
§ 23 (removal) (Sources § 3).

Examples:
    >>> from datetime import date
    >>> entry = ChildEntry(
    ...     id="D-2026-004", child={"name": "Novák, Petr", "birth_number": "2402291232"},
    ...     suitable_for="osvojeni", orp="Semily", file_received_on=date(2026, 2, 9))
    >>> entry.child.birth_date, entry.identity_keys() == (entry.child.identity_key,)
    (datetime.date(2024, 2, 29), True)
"""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import model_validator

from krajsoc.calendar import CzechDate
from krajsoc.registers._applicants import born_by
from krajsoc.registers._care import SubstituteCare
from krajsoc.registers._entry import RegisterEntry
from krajsoc.registers._offices import OrpOffice
from krajsoc.registers._people import Person

__all__ = ["ChildEntry"]


class ChildEntry(RegisterEntry):
    """A child suitable for adoption or foster care, as the regional authority registers it.

    Examples:
        >>> ChildEntry.KIND
        'children'
    """

    KIND: ClassVar[str] = "children"

    child: Person
    """The child: name, birth number, place of birth, citizenship (old § 22 odst. 1; new § 22
    zákona č. 359/1999 Sb.)."""
    suitable_for: SubstituteCare
    """Whether the child is suitable for adoption, foster care or both (old § 22 odst. 1;
    new § 22 zákona č. 359/1999 Sb.)."""
    orp: OrpOffice
    """The ORP that keeps the child's file and sent it (old § 21; new § 21 zákona č. 359/1999
    Sb.)."""
    file_received_on: CzechDate
    """The day the regional authority received the child's file (old § 22 odst. 1; new § 22)."""

    @model_validator(mode="after")
    def _check_child(self) -> Self:
        born_by((self.child,), self.file_received_on, "children")
        return self

    def identity_keys(self) -> tuple[str, ...]:
        """The child's birth number."""
        return (self.child.identity_key,)
