"""Legal acts (právní předpisy) as values: number, year, kind, title and the names texts cite.

An act in the Czech Collection of Laws (Sbírka zákonů, "Sb.") is identified by its number and
year: ``108/2006 Sb.``. Czech texts cite it by that number in the genitive ("zákona č. 108/2006
Sb.") or by a short name in the case the sentence needs ("správní řád" / "správního řádu"); the
"o ..." part of a title never declines.

Examples:
    >>> zss = Act(108, 2006, title="o sociálních službách",
    ...           names=(CitationName("zákon o sociálních službách",
    ...                               "zákona o sociálních službách"),))
    >>> zss.citation, zss.citation_genitive
    ('zákon č. 108/2006 Sb.', 'zákona č. 108/2006 Sb.')
    >>> zss.url
    'https://www.e-sbirka.cz/sb/2006/108'
    >>> Act(108, 1899)
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: year 1899 of an act is out of range; expected a year from ...
"""

from __future__ import annotations

import functools
from datetime import date
from enum import StrEnum
from typing import Any

import attrs

from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Certainty

__all__ = ["FIRST_YEAR", "LAST_YEAR", "Act", "ActKind", "CitationName"]

FIRST_YEAR = 1918
"""The first year of the Czechoslovak (and so Czech) Collection of Laws."""
LAST_YEAR = 2099
"""The last year of the current century; later years are rejected as impossible."""


class ActKind(StrEnum):
    """The kind of a legal act, which its citation names ("zákon", "vyhláška", ...)."""

    ACT = "act"
    CONSTITUTIONAL_ACT = "constitutional_act"
    GOVERNMENT_REGULATION = "government_regulation"
    DECREE = "decree"

    @property
    def label(self) -> str:
        """The Czech name in the nominative, e.g. ``'vyhláška'``."""
        return _KIND_FORMS[self][0]

    @property
    def genitive(self) -> str:
        """The Czech name in the genitive, as in "§ 5 *vyhlášky* č. 505/2006 Sb."."""
        return _KIND_FORMS[self][1]


_KIND_FORMS = {
    ActKind.ACT: ("zákon", "zákona"),
    ActKind.CONSTITUTIONAL_ACT: ("ústavní zákon", "ústavního zákona"),
    ActKind.GOVERNMENT_REGULATION: ("nařízení vlády", "nařízení vlády"),
    ActKind.DECREE: ("vyhláška", "vyhlášky"),
}


@attrs.frozen
class CitationName:
    """A short name by which texts cite an act, in the nominative and the genitive.

    Examples:
        >>> CitationName("správní řád", "správního řádu").genitive
        'správního řádu'
    """

    nominative: str
    genitive: str


def _check_year(instance: Any, attribute: attrs.Attribute[int], year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInputError(
            f"year {quote(year)} of an act is out of range",
            expected=f"a year from {FIRST_YEAR} to {LAST_YEAR}",
        )


def _check_number(instance: Any, attribute: attrs.Attribute[int], number: int) -> None:
    if number < 1:
        raise InvalidInputError(
            f"number {quote(number)} of an act is not positive", expected="a number from 1"
        )


@functools.total_ordering
@attrs.frozen
class Act:
    """A legal act of the Collection of Laws, identified by number and year.

    Two acts are equal when number and year are (the Collection numbers acts of every kind in
    one series per year); acts order by year, then number.

    Attributes:
        number: Number in the Collection, e.g. ``108``.
        year: Year of the Collection, e.g. ``2006``.
        kind: Act, constitutional act, government regulation or decree.
        title: The official title after the number, e.g. ``'o sociálních službách'``;
            ``None`` for an act cited by number only and not in the built-in registry.
        names: Short names texts cite it by, the preferred one first.
        abbreviations: Abbreviations in use, e.g. ``('SŘ',)``.
        in_force_from: The day it came into force, where known.
        repealed_on: The day it stopped being in force, where repealed.
        replaced_by: ``'number/year'`` of the act that replaced it, where one did.
        verified: Whether these facts were checked against a source (otherwise believed).
        note: Why a fact is only believed or doubtful, or what to watch for.
    """

    number: int = attrs.field(validator=_check_number)
    year: int = attrs.field(validator=_check_year)
    kind: ActKind = attrs.field(default=ActKind.ACT, eq=False, kw_only=True)
    title: str | None = attrs.field(default=None, eq=False, kw_only=True)
    names: tuple[CitationName, ...] = attrs.field(default=(), eq=False, kw_only=True)
    abbreviations: tuple[str, ...] = attrs.field(default=(), eq=False, kw_only=True)
    in_force_from: date | None = attrs.field(default=None, eq=False, kw_only=True)
    repealed_on: date | None = attrs.field(default=None, eq=False, kw_only=True)
    replaced_by: str | None = attrs.field(default=None, eq=False, kw_only=True)
    verified: bool = attrs.field(default=False, eq=False, kw_only=True)
    note: str = attrs.field(default="", eq=False, kw_only=True)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Act):
            return NotImplemented
        return (self.year, self.number) < (other.year, other.number)

    @property
    def certainty(self) -> Certainty:
        """How sure the registry's facts of the act are: verified, or else believed.

        Examples:
            >>> Act(108, 2006, verified=True).certainty.value, Act(108, 2006).certainty.value
            ('verified', 'believed')
        """
        return Certainty.VERIFIED if self.verified else Certainty.BELIEVED

    @property
    def id(self) -> str:
        """``'number/year'``, e.g. ``'108/2006'``."""
        return f"{self.number}/{self.year}"

    @property
    def is_known(self) -> bool:
        """Whether the act's title is known (it is in the built-in registry)."""
        return self.title is not None

    @property
    def citation(self) -> str:
        """The citation in the nominative, e.g. ``'zákon č. 108/2006 Sb.'``."""
        return f"{self.kind.label} č. {self.id} Sb."

    @property
    def citation_genitive(self) -> str:
        """The citation in the genitive, as a section cites it: ``'zákona č. 108/2006 Sb.'``."""
        return f"{self.kind.genitive} č. {self.id} Sb."

    @property
    def full_citation(self) -> str:
        """The citation with the title: ``'zákon č. 108/2006 Sb., o sociálních službách'``."""
        return f"{self.citation}, {self.title}" if self.title else self.citation

    @property
    def short_name(self) -> str:
        """The preferred short name in the nominative, or the citation where there is none."""
        return self.names[0].nominative if self.names else self.citation

    @property
    def short_name_genitive(self) -> str:
        """The preferred short name in the genitive, or the genitive citation."""
        return self.names[0].genitive if self.names else self.citation_genitive

    @property
    def url(self) -> str:
        """The act's page in the official e-Sbírka."""
        return f"https://www.e-sbirka.cz/sb/{self.year}/{self.number}"

    @property
    def eli(self) -> str:
        """The act's European Legislation Identifier in e-Sbírka."""
        return f"https://www.e-sbirka.cz/eli/cz/sb/{self.year}/{self.number}"

    def in_force_on(self, day: date) -> bool | None:
        """Whether the act was in force on ``day``; ``None`` where its dates are not known.

        Examples:
            >>> from datetime import date
            >>> Act(94, 1963, in_force_from=date(1964, 4, 1),
            ...     repealed_on=date(2014, 1, 1)).in_force_on(date(2026, 1, 1))
            False
        """
        if self.in_force_from is None:
            return None
        if day < self.in_force_from:
            return False
        return self.repealed_on is None or day < self.repealed_on

    def __repr__(self) -> str:
        return f"Act({self.number}, {self.year})"

    def __str__(self) -> str:
        return self.citation
