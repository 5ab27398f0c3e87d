"""What every register entry has: an id, its register's kind, and the people it names.

An entry holds what the law says a register records about someone; it does not hold the entry's
state in the register's lifecycle, which is the fold of the entry's events.

Examples:
    >>> from krajsoc.registers import ChildEntry
    >>> issubclass(ChildEntry, RegisterEntry), ChildEntry.KIND
    (True, 'children')
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from krajsoc.persons import PersonalRecord

__all__ = ["ENTRY_KINDS", "RegisterEntry"]

ENTRY_KINDS = ("applicants", "children", "temporary-foster-carers", "authorisations", "providers")
"""The kind of each register, as :attr:`RegisterEntry.KIND` names it."""


class RegisterEntry(PersonalRecord):
    """The base of every register entry: frozen, ``extra="forbid"``, input never echoed.

    Subclasses set :attr:`KIND` and define :meth:`identity_keys`.
    """

    KIND: ClassVar[str]
    """Which register the entry belongs to: one of :data:`ENTRY_KINDS`."""

    id: str = Field(min_length=1, max_length=100, pattern=r"^\S(.*\S)?$")
    """The entry's identifier, unique in its register (the authority's own numbering)."""

    def identity_keys(self) -> tuple[str, ...]:
        """The birth numbers (or IČO) of the people the entry names, in canonical text.

        A register refuses a second entry with any of the same keys.
        """
        raise NotImplementedError(f"{type(self).__name__} must define identity_keys()")
