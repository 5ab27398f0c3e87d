"""Whether a reference holds on a given day: repealed acts, renumbered sections, doubtful bases.

:func:`check_reference` never edits the text and never raises for what it finds: a repealed act, a
section renumbered since the text was written, an act the registry does not know are *findings*,
each with how sure the library is of it. A row the library has not verified says so.

Examples:
    >>> from datetime import date
    >>> from krajsoc.law import parse_citation
    >>> (ref,) = parse_citation("§ 45 zákona o rodině č. 94/1963 Sb.")
    >>> [finding.kind.value for finding in check_reference(ref, on=date(2026, 1, 1))]
    ['repealed']
    >>> check_reference(ref, on=date(2010, 1, 1))
    ()
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import attrs

from krajsoc.law import _concordance as data
from krajsoc.law._act import Act
from krajsoc.law._parse import parse_citation
from krajsoc.law._reference import LegalReference
from krajsoc.law._registry import resolve_act

__all__ = ["Certainty", "FindingKind", "ReferenceFinding", "check_reference"]


class Certainty(StrEnum):
    """How sure the library is of a fact: seen in a source, standard knowledge, or risky."""

    VERIFIED = "verified"
    BELIEVED = "believed"
    DOUBTFUL = "doubtful"

    @property
    def is_verified(self) -> bool:
        """Whether the fact was checked against a source."""
        return self is Certainty.VERIFIED


class FindingKind(StrEnum):
    """What :func:`check_reference` found."""

    UNRESOLVED = "unresolved"
    """The text names no act for the provision; nothing can be checked."""
    UNKNOWN_ACT = "unknown-act"
    """The act is not in the built-in registry; its dates are not known."""
    DATES_UNKNOWN = "dates-unknown"
    """The act is built in, but the day it came into force is not recorded."""
    NOT_YET_IN_FORCE = "not-yet-in-force"
    """The act came into force after the day asked about."""
    REPEALED = "repealed"
    """The act was repealed before the day asked about; ``replaced_by`` names its successor."""
    RENUMBERED = "renumbered"
    """The section was renumbered by an amendment; ``current`` gives the numbers in force."""
    DOUBTFUL_BASIS = "doubtful-basis"
    """The provision is known to be a questionable basis for what texts cite it for."""


@attrs.frozen
class ReferenceFinding:
    """One thing found about a reference on a day.

    Attributes:
        kind: What was found.
        reference: The reference checked, as the text cites it.
        message: One sentence for people, in English with the Czech citation.
        certainty: How sure the finding is; anything but ``VERIFIED`` is reported as unverified.
        replaced_by: The act in force instead, for ``REPEALED``.
        current: The provisions in force instead, for ``RENUMBERED`` (empty where not known).
    """

    kind: FindingKind
    reference: LegalReference
    message: str
    certainty: Certainty = Certainty.BELIEVED
    replaced_by: Act | None = None
    current: tuple[LegalReference, ...] = ()

    @property
    def verified(self) -> bool:
        """Whether the finding rests on verified facts only."""
        return self.certainty.is_verified

    def __str__(self) -> str:
        mark = "" if self.verified else f" [{self.certainty.value}, unverified]"
        return f"{self.reference}: {self.message}{mark}"


def _act_findings(ref: LegalReference, item: Act, on: date) -> list[ReferenceFinding]:
    certainty = Certainty.VERIFIED if item.verified else Certainty.BELIEVED
    if not item.is_known:
        note = (
            f"the title and dates of {item.citation} are not known, so its validity is not checked"
        )
        return [ReferenceFinding(FindingKind.UNKNOWN_ACT, ref, note, Certainty.DOUBTFUL)]
    in_force = item.in_force_on(on)
    if in_force is None:
        note = f"the day {item.citation} came into force is not recorded"
        return [ReferenceFinding(FindingKind.DATES_UNKNOWN, ref, note, Certainty.DOUBTFUL)]
    if in_force:
        return []
    if item.repealed_on is not None and on >= item.repealed_on:
        successor = _successor(item)
        see = f"; see {successor.full_citation}" if successor else ""
        note = f"{item.citation} was repealed on {item.repealed_on.isoformat()}{see}"
        if item.note:
            note += f" ({item.note})"
        return [ReferenceFinding(FindingKind.REPEALED, ref, note, certainty, successor)]
    start = item.in_force_from.isoformat() if item.in_force_from else "?"
    note = f"{item.citation} came into force only on {start}"
    return [ReferenceFinding(FindingKind.NOT_YET_IN_FORCE, ref, note, certainty)]


def _successor(item: Act) -> Act | None:
    if item.replaced_by is None:
        return None
    number, year = item.replaced_by.split("/")
    return resolve_act(int(number), int(year))


def _new_reference(item: Act, section: str) -> LegalReference:
    first, _, last = section.partition("-")
    return LegalReference(item, section=first, section_end=last or None)


def _renumbering(ref: LegalReference, item: Act, on: date) -> list[ReferenceFinding]:
    if item.id != data.RENUMBERED_ACT or on < data.RENUMBERING_FROM or ref.section is None:
        return []
    found = []
    for old, subsection, new, subject, sure in data.RENUMBERING_ROWS:
        if old != ref.section or (subsection is not None and subsection != ref.subsection):
            continue
        current = tuple(_new_reference(item, section) for section in new)
        where = ", ".join(r.provision for r in current) if current else "a number not established"
        cited = f"§ {old}" + (f" odst. {subsection}" if subsection is not None else "")
        note = (
            f"zákon č. {data.RENUMBERING_ACT} Sb. renumbered this part from "
            f"{data.RENUMBERING_FROM.isoformat()} (the day itself is doubtful); old {cited} "
            f"({subject}) is now {where}"
        )
        found.append(
            ReferenceFinding(FindingKind.RENUMBERED, ref, note, Certainty(sure), current=current)
        )
    return found


def _doubts(ref: LegalReference, item: Act) -> list[ReferenceFinding]:
    return [
        ReferenceFinding(FindingKind.DOUBTFUL_BASIS, ref, note, Certainty(sure))
        for act_id, section, needs_subsection, note, sure in data.DOUBT_ROWS
        if act_id == item.id
        and section == ref.section
        and (not needs_subsection or ref.subsection is not None)
    ]


def check_reference(ref: LegalReference | str, *, on: date) -> tuple[ReferenceFinding, ...]:
    """What to know about ``ref`` as of ``on``: an empty tuple when nothing needs saying.

    Args:
        ref: The reference as a text cites it, or the citation text itself; text naming several
            references (``'§ 10 a § 118 zákona č. 582/1991 Sb.'``) gets the findings of each, in
            order, each finding naming its reference.
        on: The day the text speaks of (a decision's date, today for a current agenda).

    Returns:
        Findings: the act unresolved or unknown, not yet or no longer in force (with its
        successor), the section renumbered (with the numbers in force), a doubtful basis.

    Raises:
        CitationError: ``ref`` is text that is not a citation.
        TypeError: ``ref`` is neither a :class:`LegalReference` nor text.

    Examples:
        >>> from datetime import date
        >>> from krajsoc.law import parse_citation
        >>> (old,) = parse_citation("§ 24c zákona č. 359/1999 Sb.")
        >>> (finding,) = check_reference(old, on=date(2026, 3, 1))
        >>> [str(ref) for ref in finding.current], finding.verified
        (['§ 23 zákona č. 359/1999 Sb.', '§ 23j zákona č. 359/1999 Sb.'], False)
        >>> [f.kind.value for f in check_reference("§ 45 zákona o rodině", on=date(2026, 1, 1))]
        ['repealed']
        >>> check_reference(93, on=date(2026, 1, 1))
        Traceback (most recent call last):
        ...
        TypeError: check_reference() takes a LegalReference or citation text, not int

    References:
        zákon č. 242/2024 Sb. (renumbering of zákon č. 359/1999 Sb.); DOMAIN.md § 2–3.
    """
    if isinstance(ref, str):
        return tuple(
            finding for each in parse_citation(ref) for finding in check_reference(each, on=on)
        )
    if not isinstance(ref, LegalReference):
        raise TypeError(
            f"check_reference() takes a LegalReference or citation text, not {type(ref).__name__}"
        )
    if ref.act is None:
        note = "no act is named for this provision, so its validity cannot be checked"
        return (ReferenceFinding(FindingKind.UNRESOLVED, ref, note, Certainty.VERIFIED),)
    item = ref.act
    return tuple(_act_findings(ref, item, on) + _renumbering(ref, item, on) + _doubts(ref, item))
