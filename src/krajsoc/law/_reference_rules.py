"""The rules :func:`~krajsoc.law.check_reference` applies, one per thing it can find.

A rule's certainty is the *weakest* certainty of the facts its findings can rest on: an act's
dates are verified or believed row by row in the registry, so ``reference-repealed`` is
*believed*, even where a particular act's repeal is verified (the act's own
:attr:`~krajsoc.law.Act.certainty` says which). The renumbering of 359/1999 splits into two rules
because its rows do: numbers inferred from headings (*believed*) and numbers not established
(*doubtful*). Each doubtful seed citation of Sources § 2 is a rule of its own, with
its row's text and certainty. A test checks that no row is less sure than its rule.

Examples:
    >>> REPEALED.code, REPEALED.certainty.value, REPEALED.fields
    ('reference-repealed', 'believed', ('act', 'repealed', 'successor'))
    >>> RENUMBERED.basis
    'zákon č. 242/2024 Sb.; Sources § 3 (pairs inferred from headings)'
    >>> DOUBTFUL_BASES["C4"].code
    'reference-doubtful-basis-c4'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from krajsoc.findings import Certainty, Rule, Severity
from krajsoc.law import _concordance as data
from krajsoc.law._names import act
from krajsoc.law._reference import LegalReference

__all__ = [
    "DATES_UNKNOWN",
    "DOUBTFUL_BASES",
    "NOT_YET_IN_FORCE",
    "REFERENCE_RULES",
    "RENUMBERED",
    "RENUMBERED_UNKNOWN",
    "REPEALED",
    "REPEALED_UNREPLACED",
    "UNKNOWN_ACT",
    "UNRESOLVED",
]

_REGISTRY = "krajsoc: vestavěný seznam předpisů a jejich účinnosti (Sources § 1)"

UNRESOLVED = Rule(
    "reference-unresolved",
    czech="Citace neuvádí předpis, platnost ustanovení proto nelze ověřit.",
    english="No act is named for this provision, so its validity cannot be checked.",
    source="krajsoc: citace bez předpisu / a citation that names no act",
    severity=Severity.WARNING,
)
UNKNOWN_ACT = Rule(
    "reference-unknown-act",
    czech="Název a účinnost předpisu {act} nejsou známy, jeho platnost se proto neověřuje.",
    english="The title and dates of {act} are not known, so its validity is not checked.",
    source=_REGISTRY,
    certainty=Certainty.DOUBTFUL,
    severity=Severity.WARNING,
)
DATES_UNKNOWN = Rule(
    "reference-dates-unknown",
    czech="Den, kdy předpis {act} nabyl účinnosti, není zaznamenán.",
    english="The day {act} came into force is not recorded.",
    source=_REGISTRY,
    certainty=Certainty.DOUBTFUL,
    severity=Severity.WARNING,
)
NOT_YET_IN_FORCE = Rule(
    "reference-not-yet-in-force",
    czech="Předpis {act} nabyl účinnosti až {start}.",
    english="{act} came into force only on {start}.",
    source=_REGISTRY,
    certainty=Certainty.BELIEVED,
)
REPEALED = Rule(
    "reference-repealed",
    czech="Předpis {act} byl zrušen ke dni {repealed}; nahradil jej předpis {successor}.",
    english="{act} was repealed on {repealed}; {successor} replaced it.",
    source=_REGISTRY,
    certainty=Certainty.BELIEVED,
)
REPEALED_UNREPLACED = Rule(
    "reference-repealed-unreplaced",
    czech="Předpis {act} byl zrušen ke dni {repealed}; nástupnický předpis není zaznamenán.",
    english="{act} was repealed on {repealed}; no successor is recorded.",
    source=_REGISTRY,
    certainty=Certainty.BELIEVED,
)
_RENUMBERING = LegalReference(act(data.RENUMBERING_ACT))
RENUMBERED = Rule(
    "reference-renumbered",
    czech="Zákon č. 242/2024 Sb. s účinností od 1. 1. 2025 přečíslil tuto část: dřívější {old} "
    "({subject}) je nyní {current}. Den účinnosti této části je sporný.",
    english="Zákon č. 242/2024 Sb. renumbered this part from 1. 1. 2025: the former {old} "
    "({subject}) is now {current}. The day this part took effect is doubtful.",
    reference=_RENUMBERING,
    source="Sources § 3 (pairs inferred from headings)",
    certainty=Certainty.BELIEVED,
    severity=Severity.INFO,
)
RENUMBERED_UNKNOWN = Rule(
    "reference-renumbered-unknown",
    czech="Zákon č. 242/2024 Sb. s účinností od 1. 1. 2025 přečíslil tuto část; nové číslo "
    "dřívějšího {old} ({subject}) není zjištěno.",
    english="Zákon č. 242/2024 Sb. renumbered this part from 1. 1. 2025; the new number of the "
    "former {old} ({subject}) is not established.",
    reference=_RENUMBERING,
    source="Sources § 3 and C1",
    certainty=Certainty.DOUBTFUL,
    severity=Severity.WARNING,
)


def _doubt_rule(row: data.DoubtRow) -> Rule:
    domain_row, act_id, section, _, czech, english, certainty = row
    return Rule(
        f"reference-doubtful-basis-{domain_row.lower()}",
        czech=czech,
        english=english,
        reference=LegalReference(act(act_id), section=section),
        source=f"Sources § 2, {domain_row}",
        certainty=Certainty(certainty),
        severity=Severity.WARNING,
    )


DOUBTFUL_BASES: Mapping[str, Rule] = MappingProxyType(
    {row[0]: _doubt_rule(row) for row in data.DOUBT_ROWS}
)
"""The rule of each doubtful seed citation, by its row of Sources § 2."""

REFERENCE_RULES: tuple[Rule, ...] = (
    UNRESOLVED,
    UNKNOWN_ACT,
    DATES_UNKNOWN,
    NOT_YET_IN_FORCE,
    REPEALED,
    REPEALED_UNREPLACED,
    RENUMBERED,
    RENUMBERED_UNKNOWN,
    *DOUBTFUL_BASES.values(),
)
"""Every rule of :func:`~krajsoc.law.check_reference`, in the order it checks."""
