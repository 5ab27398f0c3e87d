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
    """The kind of a legal act, which its citation names ("zákon", "vyhláška", ...).

    Acts of the Collection of Laws (Sbírka zákonů) are numbered ``number/year`` in one series
    per year, whatever their kind. Acts of the European Union are numbered ``year/number``
    ("nařízení (EU) 2016/679"). A region's own acts — its regulations (nařízení kraje), ordinances
    (obecně závazná vyhláška kraje) and its bodies' resolutions — are numbered ``number/year`` in
    a series of their own per region and kind; only a registry the caller extends holds them.
    """

    ACT = "act"
    CONSTITUTIONAL_ACT = "constitutional_act"
    GOVERNMENT_REGULATION = "government_regulation"
    DECREE = "decree"
    PRESIDIUM_RESOLUTION = "presidium_resolution"
    """Usnesení předsednictva České národní rady: how the Charter was promulgated (2/1993 Sb.)."""
    COMMUNICATION = "communication"
    """Sdělení: how an international treaty is published in the Collection (104/1991 Sb.)."""
    EU_REGULATION = "eu_regulation"
    EU_DIRECTIVE = "eu_directive"
    REGIONAL_REGULATION = "regional_regulation"
    """Nařízení kraje (§ 7 zákona č. 129/2000 Sb., believed)."""
    REGIONAL_ORDINANCE = "regional_ordinance"
    """Obecně závazná vyhláška kraje (§ 6 zákona č. 129/2000 Sb., believed)."""
    ASSEMBLY_RESOLUTION = "assembly_resolution"
    """Usnesení zastupitelstva kraje."""
    COUNCIL_RESOLUTION = "council_resolution"
    """Usnesení rady kraje."""

    @property
    def label(self) -> str:
        """The Czech name in the nominative, e.g. ``'vyhláška'``."""
        return _KIND_FORMS[self][0]

    @property
    def genitive(self) -> str:
        """The Czech name in the genitive, as in "§ 5 *vyhlášky* č. 505/2006 Sb."."""
        return _KIND_FORMS[self][1]

    @property
    def series(self) -> str:
        """Where acts of this kind are numbered: ``'Sb.'``, ``'EU'`` or ``'region'``.

        Examples:
            >>> ActKind.EU_DIRECTIVE.series, ActKind.REGIONAL_ORDINANCE.series
            ('EU', 'region')
        """
        if self in _EU_KINDS:
            return "EU"
        if self in _REGIONAL_KINDS:
            return "region"
        return "Sb."


_KIND_FORMS = {
    ActKind.ACT: ("zákon", "zákona"),
    ActKind.CONSTITUTIONAL_ACT: ("ústavní zákon", "ústavního zákona"),
    ActKind.GOVERNMENT_REGULATION: ("nařízení vlády", "nařízení vlády"),
    ActKind.DECREE: ("vyhláška", "vyhlášky"),
    ActKind.PRESIDIUM_RESOLUTION: (
        "usnesení předsednictva České národní rady",
        "usnesení předsednictva České národní rady",
    ),
    ActKind.COMMUNICATION: ("sdělení", "sdělení"),
    ActKind.EU_REGULATION: ("nařízení", "nařízení"),
    ActKind.EU_DIRECTIVE: ("směrnice", "směrnice"),
    ActKind.REGIONAL_REGULATION: ("nařízení", "nařízení"),
    ActKind.REGIONAL_ORDINANCE: ("obecně závazná vyhláška", "obecně závazné vyhlášky"),
    ActKind.ASSEMBLY_RESOLUTION: ("usnesení zastupitelstva", "usnesení zastupitelstva"),
    ActKind.COUNCIL_RESOLUTION: ("usnesení rady", "usnesení rady"),
}
_EU_KINDS = frozenset({ActKind.EU_REGULATION, ActKind.EU_DIRECTIVE})
_REGIONAL_KINDS = frozenset(
    {
        ActKind.REGIONAL_REGULATION,
        ActKind.REGIONAL_ORDINANCE,
        ActKind.ASSEMBLY_RESOLUTION,
        ActKind.COUNCIL_RESOLUTION,
    }
)
_SERIES_RANK = {"Sb.": 0, "EU": 1, "region": 2}
_ELI_TYPES = {ActKind.EU_REGULATION: "reg", ActKind.EU_DIRECTIVE: "dir"}


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
@attrs.frozen(eq=False)
class Act:
    """A legal act, identified by its series, number and year.

    Two acts are equal when their series (:attr:`ActKind.series`), number and year are: the
    Collection of Laws numbers acts of every kind in one series per year, and so (since 2015) does
    the European Union; a region numbers each kind of its own acts per region (:attr:`issuer`).
    Acts order by series (Collection, EU, regions), then year, then number.

    Attributes:
        number: Number in its series, e.g. ``108``; ``679`` for "(EU) 2016/679".
        year: Year of its series, e.g. ``2006``.
        kind: Act, constitutional act, government regulation, decree, EU regulation, ...
        title: The official title after the number, e.g. ``'o sociálních službách'``;
            ``None`` for an act cited by number only and not in the registry.
        names: Short names texts cite it by, the preferred one first.
        abbreviations: Abbreviations in use, e.g. ``('SŘ',)``; read after a provision only.
        in_force_from: The day it came into force (nabytí účinnosti), where known.
        repealed_on: The day it stopped being in force, where repealed.
        replaced_by: ``'number/year'`` of the act that replaced it, where one did.
        verified: Whether these facts were checked against a source (otherwise believed).
        note: Why a fact is only believed or doubtful, or what to watch for.
        issuer: Who issued it, in the genitive as its citation names it: ``'Evropského
            parlamentu a Rady'``, ``'Libereckého kraje'``; ``None`` where the kind says it all.
        cited_by_name: Whether its canonical citation is its first name rather than its number
            ("Listina základních práv a svobod", not "usnesení … č. 2/1993 Sb.").
        article_names: Short forms read only right after an article: ``('Listiny',)`` in
            "čl. 36 Listiny" (alone, "listiny" is any document).
        link: Its official page where the series has no rule for one (a region's own acts).
    """

    number: int = attrs.field(validator=_check_number)
    year: int = attrs.field(validator=_check_year)
    kind: ActKind = attrs.field(default=ActKind.ACT, kw_only=True)
    title: str | None = attrs.field(default=None, kw_only=True)
    names: tuple[CitationName, ...] = attrs.field(default=(), kw_only=True)
    abbreviations: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    in_force_from: date | None = attrs.field(default=None, kw_only=True)
    repealed_on: date | None = attrs.field(default=None, kw_only=True)
    replaced_by: str | None = attrs.field(default=None, kw_only=True)
    verified: bool = attrs.field(default=False, kw_only=True)
    note: str = attrs.field(default="", kw_only=True)
    issuer: str | None = attrs.field(default=None, kw_only=True)
    cited_by_name: bool = attrs.field(default=False, kw_only=True)
    article_names: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    link: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.kind.series == "region" and not self.issuer:
            raise InvalidInputError(
                f"a region's {self.kind.label} needs its issuer",
                expected="issuer='Libereckého kraje' (the region in the genitive)",
            )
        if self.cited_by_name and not self.names:
            raise InvalidInputError(
                "an act cited by name needs a name", expected="names=(CitationName(...),)"
            )

    @property
    def key(self) -> tuple[int, str, int, int]:
        """What identifies the act: its series, the region's series of a kind, year, number."""
        series = self.kind.series
        region = f"{self.issuer}|{self.kind.value}" if series == "region" else ""
        return (_SERIES_RANK[series], region, self.year, self.number)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Act):
            return NotImplemented
        return self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Act):
            return NotImplemented
        return self.key < other.key

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
        """The act's id: ``'108/2006'``, ``'(EU) 2016/679'``, a region's act by its citation."""
        series = self.kind.series
        if series == "EU":
            return f"(EU) {self.year}/{self.number}"
        if series == "region":
            return self.numbered_citation
        return f"{self.number}/{self.year}"

    @property
    def is_known(self) -> bool:
        """Whether the act's title is known (it is in the registry)."""
        return self.title is not None

    def _numbered(self, label: str) -> str:
        issuer = f" {self.issuer}" if self.issuer else ""
        series = self.kind.series
        if series == "EU":
            return f"{label}{issuer} (EU) {self.year}/{self.number}"
        if series == "region":
            return f"{label}{issuer} č. {self.number}/{self.year}"
        return f"{label}{issuer} č. {self.id} Sb."

    @property
    def numbered_citation(self) -> str:
        """The citation by number in the nominative, e.g. ``'zákon č. 108/2006 Sb.'``.

        Examples:
            >>> Act(2, 1993, kind=ActKind.PRESIDIUM_RESOLUTION).numbered_citation
            'usnesení předsednictva České národní rady č. 2/1993 Sb.'
            >>> Act(679, 2016, kind=ActKind.EU_REGULATION,
            ...     issuer="Evropského parlamentu a Rady").numbered_citation
            'nařízení Evropského parlamentu a Rady (EU) 2016/679'
        """
        return self._numbered(self.kind.label)

    @property
    def citation(self) -> str:
        """The canonical citation in the nominative, e.g. ``'zákon č. 108/2006 Sb.'``.

        An act :attr:`cited_by_name` is cited by its first name: ``'Listina základních práv a
        svobod'``.
        """
        if self.cited_by_name:
            return self.names[0].nominative
        return self.numbered_citation

    @property
    def citation_genitive(self) -> str:
        """The citation in the genitive, as a section cites it: ``'zákona č. 108/2006 Sb.'``."""
        if self.cited_by_name:
            return self.names[0].genitive
        return self._numbered(self.kind.genitive)

    @property
    def full_citation(self) -> str:
        """The citation with the title: ``'zákon č. 108/2006 Sb., o sociálních službách'``.

        An act cited by name adds its number: ``'Ústava České republiky (ústavní zákon č. 1/1993
        Sb.)'``.
        """
        if self.cited_by_name:
            return f"{self.citation} ({self.numbered_citation})"
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
    def url(self) -> str | None:
        """The act's official page: e-Sbírka, the ELI of an EU act, or the :attr:`link` given.

        A region's own act has no page unless its :attr:`link` is given (``None``).

        Examples:
            >>> Act(679, 2016, kind=ActKind.EU_REGULATION).url
            'http://data.europa.eu/eli/reg/2016/679/oj'
        """
        if self.link is not None:
            return self.link
        series = self.kind.series
        if series == "EU":
            return self.eli
        if series == "region":
            return None
        return f"https://www.e-sbirka.cz/sb/{self.year}/{self.number}"

    @property
    def eli(self) -> str | None:
        """The act's European Legislation Identifier; ``None`` for a region's own act.

        In e-Sbírka for the Collection (``https://www.e-sbirka.cz/eli/cz/sb/2006/108``), in
        EUR-Lex for an EU act (``http://data.europa.eu/eli/dir/2016/680/oj``).
        """
        series = self.kind.series
        if series == "EU":
            return f"http://data.europa.eu/eli/{_ELI_TYPES[self.kind]}/{self.year}/{self.number}/oj"
        if series == "region":
            return None
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
        if self.kind.series == "Sb.":
            return f"Act({self.number}, {self.year})"
        return f"Act({self.number}, {self.year}, kind=ActKind.{self.kind.name})"

    def __str__(self) -> str:
        return self.citation
