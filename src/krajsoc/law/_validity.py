"""Whether a reference holds on a given day: repealed acts, renumbered sections, doubtful bases.

:func:`check_reference` never edits the text and never raises for what it finds: a repealed act, a
section renumbered since the text was written, an act the registry does not know are findings
(:class:`~krajsoc.findings.Finding`) of the rules in :mod:`krajsoc.law._reference_rules`, each
naming the reference it is about and the rule's certainty.

Examples:
    >>> from datetime import date
    >>> from krajsoc.law import parse_citation
    >>> (ref,) = parse_citation("§ 45 zákona o rodině č. 94/1963 Sb.")
    >>> report = check_reference(ref, on=date(2026, 1, 1))
    >>> sorted(report.codes), report.findings[0].where.subject
    (['reference-repealed'], '§ 45 zákona č. 94/1963 Sb.')
    >>> print(report.findings[0].text("en"))
    zákon č. 94/1963 Sb. was repealed on 1. 1. 2014; zákon č. 89/2012 Sb., občanský zákoník replaced it.
    >>> len(check_reference(ref, on=date(2010, 1, 1)))
    0
"""  # noqa: E501

from __future__ import annotations

from datetime import date

from krajsoc.findings import Finding, Report, Where
from krajsoc.law import _concordance as data
from krajsoc.law import _reference_rules as rules
from krajsoc.law._act import Act
from krajsoc.law._act_registry import ActRegistry, registry
from krajsoc.law._parse import parse_citation
from krajsoc.law._reference import LegalReference

__all__ = ["check_reference"]


def _czech_date(day: date) -> str:
    return f"{day.day}. {day.month}. {day.year}"


def _act_findings(where: Where, item: Act, on: date, acts: ActRegistry) -> list[Finding]:
    fields = {"act": item.citation}
    if not item.is_known:
        return [Finding(rules.UNKNOWN_ACT, where=where, fields=fields)]
    in_force = item.in_force_on(on)
    if in_force is None:
        return [Finding(rules.DATES_UNKNOWN, where=where, fields=fields)]
    if in_force:
        return []
    if item.repealed_on is not None and on >= item.repealed_on:
        fields["repealed"] = _czech_date(item.repealed_on)
        successor = _successor(item, acts)
        if successor is None:
            return [Finding(rules.REPEALED_UNREPLACED, where=where, fields=fields)]
        fields["successor"] = successor.full_citation
        return [Finding(rules.REPEALED, where=where, fields=fields)]
    start = _czech_date(item.in_force_from) if item.in_force_from else "?"
    return [Finding(rules.NOT_YET_IN_FORCE, where=where, fields={**fields, "start": start})]


def _successor(item: Act, acts: ActRegistry) -> Act | None:
    if item.replaced_by is None:
        return None
    found = acts.get(item.replaced_by)
    if found is not None:
        return found
    number, year = item.replaced_by.split("/")  # a successor in the Collection not registered
    return acts.resolve(int(number), int(year))


def _provision(section: str) -> str:
    first, _, last = section.partition("-")
    return f"§ {first} až {last}" if last else f"§ {first}"


def _renumbering(ref: LegalReference, where: Where, item: Act, on: date) -> list[Finding]:
    if item.id != data.RENUMBERED_ACT or on < data.RENUMBERING_FROM or ref.section is None:
        return []
    found = []
    for old, subsection, new, subject, _ in data.RENUMBERING_ROWS:
        if old != ref.section or (subsection is not None and subsection != ref.subsection):
            continue
        cited = f"§ {old}" + (f" odst. {subsection}" if subsection is not None else "")
        fields = {"old": cited, "subject": subject}
        if not new:
            found.append(Finding(rules.RENUMBERED_UNKNOWN, where=where, fields=fields))
            continue
        fields["current"] = ", ".join(_provision(section) for section in new)
        found.append(Finding(rules.RENUMBERED, where=where, fields=fields))
    return found


def _doubts(ref: LegalReference, where: Where, item: Act) -> list[Finding]:
    return [
        Finding(rules.DOUBTFUL_BASES[domain_row], where=where)
        for domain_row, act_id, section, needs_subsection, *_ in data.DOUBT_ROWS
        if act_id == item.id
        and section == ref.section
        and (not needs_subsection or ref.subsection is not None)
    ]


def _check(ref: LegalReference, on: date, acts: ActRegistry) -> list[Finding]:
    where = Where(subject=str(ref))
    if ref.act is None:
        return [Finding(rules.UNRESOLVED, where=where)]
    item = ref.act
    return (
        _act_findings(where, item, on, acts)
        + _renumbering(ref, where, item, on)
        + _doubts(ref, where, item)
    )


def check_reference(
    ref: LegalReference | str, *, on: date, acts: ActRegistry | None = None
) -> Report:
    """What to know about ``ref`` as of ``on``: an empty report when nothing needs saying.

    Args:
        ref: The reference as a text cites it, or the citation text itself; text naming several
            references (``'§ 10 a § 118 zákona č. 582/1991 Sb.'``) gets the findings of each, in
            order.
        on: The day the text speaks of (a decision's date, today for a current agenda).
        acts: The registry citation text is read with and successors are looked up in (a
            region's own acts, say); :data:`~krajsoc.law.BUILT_IN_ACTS` by default.

    Returns:
        A report whose findings each name their reference as ``where.subject``: the act
        unresolved or unknown, not yet or no longer in force (with its successor), the section
        renumbered (``fields["current"]``: the numbers in force), a doubtful basis. The rules
        are listed on the docs' Rules page.

    Raises:
        CitationError: ``ref`` is text that is not a citation.
        TypeError: ``ref`` is neither a :class:`LegalReference` nor text.

    Examples:
        >>> from datetime import date
        >>> (finding,) = check_reference("§ 24c zákona č. 359/1999 Sb.", on=date(2026, 6, 1))
        >>> finding.code, finding.fields["current"], finding.rule.certainty.value
        ('reference-renumbered', '§ 23, § 23j', 'believed')
        >>> print(finding.text("cs"))  # doctest: +NORMALIZE_WHITESPACE
        Zákon č. 242/2024 Sb. s účinností od 1. 1. 2025 přečíslil tuto část: dřívější § 24c
        (vyřazení z evidence dětí; vyřazení z evidence žadatelů) je nyní § 23, § 23j. Den
        účinnosti této části je sporný.
        >>> check_reference(93, on=date(2026, 1, 1))
        Traceback (most recent call last):
        ...
        TypeError: check_reference() takes a LegalReference or citation text, not int

    References:
        zákon č. 242/2024 Sb. (renumbering of zákon č. 359/1999 Sb.); Sources § 2–3.
    """
    known = registry(acts)
    if isinstance(ref, str):
        return Report(
            finding
            for each in parse_citation(ref, acts=known)
            for finding in _check(each, on, known)
        )
    if not isinstance(ref, LegalReference):
        raise TypeError(
            f"check_reference() takes a LegalReference or citation text, not {type(ref).__name__}"
        )
    return Report(_check(ref, on, known))
