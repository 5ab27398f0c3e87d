"""The lifecycle of authorisations to perform child protection (pověření, § 48–50 zákona o SPOD).

A legal or natural person applies (§ 49: conditions a)–g) and the ORP's opinion); the regional
authority decides within 30 days, 60 where the case is complex (§ 71 odst. 3 SŘ; verified in a
secondary source). The authorised person reports changes and a suspension of its activity by
the 15th day of the following month (§ 48a odst. 1 písm. a)). The authorisation is withdrawn
(§ 50 odst. 1: a) on request, b) a grave breach, c) activity not performed and not reported,
d) not restarted within 1 year of a suspension, e) a conviction) or lapses. After b)–d) a new
application may be filed only 2 years later (§ 50 odst. 2).

Examples:
    >>> AUTHORISATIONS.allowed("suspended")
    ('activity_resumed', 'change_occurred', 'change_reported', 'lapsed', 'withdrawn')
"""

from __future__ import annotations

from krajsoc.deadlines import Period
from krajsoc.findings import Certainty
from krajsoc.law import LegalReference, act
from krajsoc.registers._due import Duty
from krajsoc.registers._lifecycle import Basis, Lifecycle, Transition, rows_from
from krajsoc.registers._transitions_procedure import (
    DECIDE,
    DECISION_TIME_EXTENDED,
    PROCEDURE_EVENTS,
    PROCEEDINGS_INTERRUPTED,
    PROCEEDINGS_RESUMED,
)

__all__ = ["AUTHORISATIONS", "REPORT_CHANGE_BY_15TH", "RESUME_WITHIN_YEAR"]

_SPOD = act("359/1999")


def _spod(section: str, subsection: int | None = None, letter: str | None = None) -> LegalReference:
    return LegalReference(_SPOD, section=section, subsection=subsection, letter=letter)


REPORT_CHANGE_BY_15TH = Duty(
    "authorisation-report-change",
    czech="oznámení změny nebo pozastavení činnosti pověřenou osobou",
    english="the authorised person reporting a change or a suspension",
    basis="§ 48a odst. 1 písm. a) zákona o SPOD",
    day_of_month=15,
    ended_by={"change_reported"},
)
"""Changes and a suspension are reported by the 15th day of the following month."""

RESUME_WITHIN_YEAR = Duty(
    "authorisation-resume",
    czech="obnovení pozastavené činnosti (jinak odnětí pověření)",
    english="restarting the suspended activity (or the authorisation is withdrawn)",
    basis="§ 50 odst. 1 písm. d) zákona o SPOD",
    period=Period(years=1),
    ended_by={"activity_resumed"},
    dropped_by={"withdrawn", "lapsed"},
)
"""A suspended activity not restarted within 1 year is a ground for withdrawal."""

APPLIED = Basis.single(
    "authorisations-applied",
    czech="Žádost o pověření k výkonu sociálně-právní ochrany podána (se stanoviskem ORP).",
    english="The application for an authorisation was filed (with the ORP's opinion).",
    reference=_spod("49"),
)
GRANTED = Basis.single(
    "authorisations-granted",
    czech="Krajský úřad vydal rozhodnutí o pověření v rozsahu § 48 odst. 2.",
    english="The regional authority granted the authorisation in the scope of § 48 odst. 2.",
    reference=_spod("49"),
)
REFUSED = Basis.single(
    "authorisations-refused",
    czech="Krajský úřad žádost o pověření zamítl (podmínky § 49 nesplněny).",
    english="The regional authority refused the authorisation (conditions of § 49 not met).",
    reference=_spod("49"),
)
CHANGE = Basis.single(
    "authorisations-change",
    czech="Změna údajů nebo pozastavení činnosti nastaly nebo byly oznámeny (do 15. dne "
    "následujícího měsíce).",
    english="A change or a suspension occurred or was reported (by the 15th day of the "
    "following month).",
    reference=_spod("48a", 1, "a"),
)
SUSPENDED = Basis.single(
    "authorisations-suspended",
    czech="Pověřená osoba činnost pozastavila; oznámí to do 15. dne následujícího měsíce.",
    english="The authorised person suspended its activity; it reports this by the 15th day of "
    "the following month.",
    reference=_spod("48a", 1, "a"),
)
RESUMED = Basis.single(
    "authorisations-resumed",
    czech="Pověřená osoba pozastavenou činnost obnovila.",
    english="The authorised person restarted its suspended activity.",
    reference=_spod("50", 1, "d"),
)
WITHDRAWN = Basis.single(
    "authorisations-withdrawn",
    czech="Krajský úřad pověření odňal (§ 50 odst. 1 písm. a) až e)); po písm. b) až d) lze "
    "novou žádost podat nejdříve za 2 roky.",
    english="The regional authority withdrew the authorisation (§ 50 odst. 1 a)–e)); after "
    "b)–d) a new application may be filed only 2 years later.",
    reference=_spod("50"),
    source="wording before 2017 seen (Sources § 7)",
)
LAPSED = Basis.single(
    "authorisations-lapsed",
    czech="Pověření zaniklo (zánik právnické osoby, smrt fyzické osoby).",
    english="The authorisation lapsed (the legal person ceased, the natural person died).",
    source="Sources § 7 lifecycle 'withdrawal or lapse'; the paragraph was not found",
    certainty=Certainty.DOUBTFUL,
)

_ACTIVE = ("authorised", "suspended")

AUTHORISATIONS = Lifecycle(
    "authorisations",
    "pověření k výkonu sociálně-právní ochrany dětí",
    states={
        "applied": "žádost podána",
        "proceedings_interrupted": "řízení přerušeno",
        "authorised": "pověřena",
        "suspended": "činnost pozastavena",
        "refused": "žádost zamítnuta",
        "withdrawn": "pověření odňato",
        "lapsed": "pověření zaniklo",
    },
    events={
        "applied": "podání žádosti",
        **PROCEDURE_EVENTS,
        "granted": "rozhodnutí o pověření",
        "refused": "zamítnutí žádosti",
        "change_occurred": "změna údajů",
        "change_reported": "oznámení změny nebo pozastavení",
        "activity_suspended": "pozastavení činnosti",
        "activity_resumed": "obnovení činnosti",
        "withdrawn": "odnětí pověření",
        "lapsed": "zánik pověření",
    },
    transitions=(
        Transition(None, "applied", "applied", APPLIED, (DECIDE,)),
        Transition(
            "applied", "proceedings_interrupted", "proceedings_interrupted", PROCEEDINGS_INTERRUPTED
        ),
        Transition(
            "proceedings_interrupted", "proceedings_resumed", "applied", PROCEEDINGS_RESUMED
        ),
        Transition("applied", "decision_time_extended", "applied", DECISION_TIME_EXTENDED),
        Transition("applied", "granted", "authorised", GRANTED),
        Transition("applied", "refused", "refused", REFUSED),
        *rows_from(_ACTIVE, "change_occurred", None, CHANGE, (REPORT_CHANGE_BY_15TH,)),
        *rows_from(_ACTIVE, "change_reported", None, CHANGE),
        Transition(
            "authorised",
            "activity_suspended",
            "suspended",
            SUSPENDED,
            (REPORT_CHANGE_BY_15TH, RESUME_WITHIN_YEAR),
        ),
        Transition("suspended", "activity_resumed", "authorised", RESUMED),
        *rows_from(_ACTIVE, "withdrawn", "withdrawn", WITHDRAWN),
        *rows_from(_ACTIVE, "lapsed", "lapsed", LAPSED),
    ),
)
"""Authorisations: application → decision → reported changes → withdrawal or lapse."""
