"""A catalogue of agendas and the questions a regional app asks it.

A :class:`Catalogue` is immutable, iterable and sized; every query returns a new catalogue, so
queries chain: ``catalogue("LK").filter(competence="delegated").search("pěstoun")``.

Examples:
    >>> from krajsoc.agendas import catalogue
    >>> lk = catalogue("LK")
    >>> len(lk.filter(competence="samostatná působnost", section="Oddělení sociální práce"))
    13
    >>> [item.source.items for item in lk.search("pestoun")][:3]
    [('37',), ('40',), ('42',)]
    >>> lk.get("CZ051/nope/pp/1")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownAgendaError: unknown agenda id 'CZ051/nope/pp/1' in Liberecký kraj; ...
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from krajsoc._quote import quote
from krajsoc._text import fold, words
from krajsoc.agendas._agenda import Agenda
from krajsoc.agendas._organisation import ORG_UNITS, OrgUnit
from krajsoc.agendas._topics import Topic
from krajsoc.errors import (
    BulkValidationError,
    DuplicateIdError,
    UnknownAgendaError,
    UnknownCodeError,
)
from krajsoc.law import Act, LegalReference, act, parse_citation
from krajsoc.rows import from_rows
from krajsoc.territory import Competence

__all__ = ["Catalogue"]


def _agenda_tuple(items: Iterable[Agenda]) -> tuple[Agenda, ...]:
    return tuple(items)


def _unique_ids(
    instance: Catalogue, attribute: attrs.Attribute[Any], value: tuple[Agenda, ...]
) -> None:
    seen: set[str] = set()
    for item in value:
        if item.id in seen:
            raise DuplicateIdError("agenda id", item.id, where="Catalogue.agendas")
        seen.add(item.id)


@attrs.frozen(eq=True)
class Catalogue:
    """An immutable, ordered collection of agendas with unique ids.

    Attributes:
        agendas: The agendas, in the order of their sources.
        name: What the catalogue covers, for messages, e.g. ``'Liberecký kraj'``.
    """

    agendas: tuple[Agenda, ...] = attrs.field(converter=_agenda_tuple, validator=_unique_ids)
    name: str = "catalogue"
    _by_id: dict[str, Agenda] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {item.id: item for item in self.agendas})

    def __iter__(self) -> Iterator[Agenda]:
        return iter(self.agendas)

    def __len__(self) -> int:
        return len(self.agendas)

    def __contains__(self, item: object) -> bool:
        return isinstance(item, Agenda) and self._by_id.get(item.id) == item

    def __repr__(self) -> str:
        return f"Catalogue({self.name!r}, {len(self)} agendas)"

    def _where(self, keep: Iterable[Agenda], what: str) -> Catalogue:
        return Catalogue(tuple(keep), name=f"{self.name} ({what})")

    def get(self, agenda_id: str) -> Agenda:
        """The agenda with this id.

        Raises:
            UnknownAgendaError: No agenda has ``agenda_id`` (also a :class:`LookupError`).
        """
        found = self._by_id.get(agenda_id)
        if found is None:
            example = self.agendas[0].id if self.agendas else None
            raise UnknownAgendaError(agenda_id, catalogue=self.name, example=example)
        return found

    def filter(
        self,
        *,
        competence: Competence | str | None = None,
        topic: Topic | str | None = None,
        section: OrgUnit | str | None = None,
    ) -> Catalogue:
        """The agendas of a competence, about a topic, of a section (each optional).

        Text is read the usual way: ``'delegated'`` or ``'přenesená působnost'``; ``'NRP'`` or
        ``'substitute_family_care'``; a section's or department's Czech name, case and diacritics
        ignored.

        Raises:
            UnknownCodeError: ``topic`` names no topic, or ``section`` names no section or
                department of this catalogue or of the built-in organisation (the message lists
                this catalogue's). A known topic or section with no agenda here gives an empty
                catalogue.
        """
        if isinstance(section, str):
            self._check_section(section)
        keep = list(self.agendas)
        parts = []
        if competence is not None:
            wanted_competence = Competence.parse(competence)
            keep = [item for item in keep if item.competence is wanted_competence]
            parts.append(wanted_competence.label)
        if topic is not None:
            wanted_topic = topic if isinstance(topic, Topic) else Topic.parse(topic)
            keep = [item for item in keep if wanted_topic in item.topics]
            parts.append(wanted_topic.label)
        if section is not None:
            keep = [item for item in keep if _in_section(item, section)]
            parts.append(section.name if isinstance(section, OrgUnit) else section)
        return self._where(keep, ", ".join(parts) or "all")

    def _check_section(self, name: str) -> None:
        mine = {unit for item in self.agendas for unit in (item.section, item.department) if unit}
        built_in = {unit.name for unit in ORG_UNITS} | {unit.department.name for unit in ORG_UNITS}
        if fold(name) not in {fold(unit) for unit in mine | built_in}:
            raise UnknownCodeError("section", name, allowed=sorted(mine) or sorted(built_in))

    def citing(self, reference: LegalReference | Act | str) -> Catalogue:
        """The agendas whose text, or a correction of it, cites ``reference``.

        An :class:`~krajsoc.law.Act` (or its number/year or name as text) matches every agenda
        citing any provision of it; a citation as text (``'§ 38a zákona o SPOD'``) is parsed. A
        reference matches agendas citing that provision or a part of it: ``§ 93`` matches
        ``§ 93 písm. c)``; ``§ 93 odst. 1`` does not match ``§ 93 odst. 2``.

        Raises:
            TypeError: ``reference`` is none of these.
        """
        if not isinstance(reference, LegalReference | Act | str):
            raise TypeError(
                "Catalogue.citing(reference) takes a LegalReference, an Act or a str; "
                f"got {type(reference).__name__}"
            )
        wanted = _wanted(reference)
        keep = [
            item
            for item in self.agendas
            if any(_matches(cited, one) for cited in _cited(item) for one in wanted)
        ]
        return self._where(keep, "citing " + ", ".join(str(one) for one in wanted))

    def search(self, text: str) -> Catalogue:
        """The agendas whose text has every word of ``text`` as the start of one of its words.

        Case and diacritics do not matter: ``'pestoun'`` finds "pěstoun" and "pěstounské".

        Raises:
            TypeError: ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise TypeError(f"Catalogue.search(text) takes a str; got {type(text).__name__}")
        query = words(text)
        keep = [item for item in self.agendas if _found(query, _index(item))]
        return self._where(keep, f"search {quote(text.strip())}")

    def count_by_competence(self) -> dict[Competence, int]:
        """How many agendas each competence has (competences with none left out)."""
        counts = Counter(item.competence for item in self.agendas)
        return {competence: counts[competence] for competence in Competence if counts[competence]}

    def count_by_topic(self) -> dict[Topic, int]:
        """How many agendas each topic has, most first; an agenda counts under each topic."""
        counts = Counter(topic for item in self.agendas for topic in item.topics)
        return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].value)))

    @classmethod
    def from_rows(cls, rows: Iterable[Any], *, name: str = "rows", start: int = 1) -> Catalogue:
        """Validate plain rows (e.g. parsed JSON) into a catalogue, all or nothing.

        The rows go through :func:`krajsoc.rows.from_rows`: every problem of every row is
        reported, with the row as the caller counts it (every input row counts, valid or not),
        and a repeated id is a problem of the row where it repeats.

        Args:
            rows: Mappings of :class:`Agenda` fields.
            name: What the catalogue covers, for messages.
            start: The number of the first row (``2`` for a CSV file under its header line).

        Raises:
            BulkValidationError: Anything is wrong; ``.report`` holds every finding and the
                message lists them.

        Examples:
            >>> Catalogue.from_rows([{"competence": "delegated"}, {"text": "x"}])
            Traceback (most recent call last):
            ...
            krajsoc.errors.BulkValidationError: 4 problems; nothing was loaded:
              row 1, field text: A required field is missing.
              row 1, field source: A required field is missing.
              row 2, field competence: A required field is missing.
              row 2, field source: A required field is missing.
        """
        records, report = from_rows(rows, Agenda, start=start, key="id")
        if not report.ok:
            raise BulkValidationError(report)
        return cls(records, name=name)

    def to_rows(self) -> list[dict[str, Any]]:
        """Every agenda as a plain JSON-ready dict, the inverse of :meth:`from_rows`."""
        return [item.model_dump(mode="json") for item in self.agendas]


def _in_section(item: Agenda, section: OrgUnit | str) -> bool:
    if isinstance(section, OrgUnit):
        return (
            item.region == section.region
            and item.department == section.department.name
            and item.section == section.name
        )
    return fold(section) in {fold(item.section or ""), fold(item.department or "")}


def _wanted(reference: LegalReference | Act | str) -> tuple[LegalReference | Act, ...]:
    """Text is an act (``'359/1999'``, ``'správní řád'``) or a citation (``'§ 38a ZSPOD'``)."""
    if not isinstance(reference, str):
        return (reference,)
    if "§" in reference:
        return parse_citation(reference)
    return (act(reference),)


def _cited(item: Agenda) -> tuple[LegalReference, ...]:
    corrected = (ref for correction in item.corrections for ref in correction.corrected)
    return (*item.legal_bases, *corrected)


def _matches(cited: LegalReference, wanted: LegalReference | Act) -> bool:
    if isinstance(wanted, Act):
        return cited.act is not None and cited.act.id == wanted.id
    if wanted.act is not None and (cited.act is None or cited.act.id != wanted.act.id):
        return False
    if wanted.section is None:
        return True
    return all(
        mine is None or mine == theirs
        for mine, theirs in (
            (wanted.section, cited.section),
            (wanted.subsection, cited.subsection),
            (wanted.letter, cited.letter),
            (wanted.point, cited.point),
        )
    )


def _index(item: Agenda) -> tuple[str, ...]:
    return words(item.text)


def _found(query: tuple[str, ...], index: tuple[str, ...]) -> bool:
    return all(any(word.startswith(part) for word in index) for part in query)
