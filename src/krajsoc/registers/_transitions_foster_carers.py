"""The lifecycle of the register of persons able to provide temporary foster care (§ 27a).

A person applies at the ORP, which adds its opinion; the regional authority assesses the
person and includes them in the register (§ 27a zákona o SPOD, text of 2017 seen; whether the
section kept its number after zákon č. 242/2024 Sb. was not checked, so the basis after 1. 1.
2025 is doubtful). The list is copied to the ministry and the ORPs without delay ("bez
zbytečného odkladu"), not within a count of days: no time limit is encoded.

Examples:
    >>> TEMPORARY_FOSTER_CARERS.initial.next_state
    'applied'
"""

from __future__ import annotations

from krajsoc.findings import Certainty
from krajsoc.law import LegalReference, act
from krajsoc.registers._lifecycle import NEW_NUMBERING, Basis, Lifecycle, Transition
from krajsoc.registers._transitions_procedure import (
    DECISION_TIME_EXTENDED,
    PROCEDURE_EVENTS,
    PROCEEDINGS_INTERRUPTED,
    PROCEEDINGS_RESUMED,
)

__all__ = ["TEMPORARY_FOSTER_CARERS"]

_27A = LegalReference(act("359/1999"), section="27a")
_AFTER_2025 = "whether § 27a kept its number after zákon č. 242/2024 Sb. was not checked"


def _basis(code: str, czech: str, english: str) -> Basis:
    before = Basis.single(code + "-before-2025", czech=czech, english=english, reference=_27A)
    after = Basis.single(
        code,
        czech=czech,
        english=english,
        reference=_27A,
        source=_AFTER_2025,
        certainty=Certainty.DOUBTFUL,
    )
    return Basis((before.rules[0], (NEW_NUMBERING, after.rules[0][1])))


APPLIED = _basis(
    "foster-carers-applied",
    "Žádost o zařazení do evidence osob vhodných pro pěstounskou péči na přechodnou dobu "
    "podána u ORP, se stanoviskem ORP.",
    "The application to the temporary foster carers' register was filed at the ORP, with its "
    "opinion.",
)
FILE_FORWARDED = _basis(
    "foster-carers-file-forwarded",
    "ORP postoupil žádost se svým stanoviskem krajskému úřadu k odbornému posouzení.",
    "The ORP forwarded the application with its opinion to the regional authority for assessment.",
)
INCLUDED = _basis(
    "foster-carers-included",
    "Krajský úřad zařadil osobu do evidence; seznam předá ministerstvu a ORP bez zbytečného "
    "odkladu.",
    "The regional authority included the person; it sends the list to the ministry and the "
    "ORPs without delay.",
)
REJECTED = _basis(
    "foster-carers-rejected",
    "Krajský úřad osobu do evidence nezařadil.",
    "The regional authority did not include the person.",
)
CHANGE_REPORTED = _basis(
    "foster-carers-change-reported",
    "Údaje evidence (počet a profil dětí, které osoba může přijmout, doklady) byly změněny.",
    "The register's data (number and profile of children the person can take, documents) changed.",
)
REMOVED = _basis(
    "foster-carers-removed",
    "Osoba byla z evidence vyřazena.",
    "The person was removed from the register.",
)

TEMPORARY_FOSTER_CARERS = Lifecycle(
    "temporary-foster-carers",
    "evidence osob, které mohou vykonávat pěstounskou péči na přechodnou dobu",
    states={
        "applied": "žádost podána u ORP",
        "assessment": "odborné posouzení krajským úřadem",
        "proceedings_interrupted": "řízení přerušeno",
        "included": "zařazena do evidence",
        "rejected": "nezařazena",
        "removed": "vyřazena z evidence",
    },
    events={
        "applied": "podání žádosti",
        "file_forwarded": "postoupení žádosti se stanoviskem ORP",
        **PROCEDURE_EVENTS,
        "included": "zařazení do evidence",
        "rejected": "nezařazení",
        "change_reported": "změna údajů evidence",
        "removed": "vyřazení z evidence",
    },
    transitions=(
        Transition(None, "applied", "applied", APPLIED),
        Transition("applied", "file_forwarded", "assessment", FILE_FORWARDED),
        Transition(
            "assessment",
            "proceedings_interrupted",
            "proceedings_interrupted",
            PROCEEDINGS_INTERRUPTED,
        ),
        Transition(
            "proceedings_interrupted", "proceedings_resumed", "assessment", PROCEEDINGS_RESUMED
        ),
        Transition("assessment", "decision_time_extended", "assessment", DECISION_TIME_EXTENDED),
        Transition("assessment", "included", "included", INCLUDED),
        Transition("assessment", "rejected", "rejected", REJECTED),
        Transition("included", "change_reported", "included", CHANGE_REPORTED),
        Transition("applied", "removed", "removed", REMOVED),
        Transition("included", "removed", "removed", REMOVED),
    ),
)
"""The temporary foster carers' register: application with the ORP's opinion → inclusion."""
