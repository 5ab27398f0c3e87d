"""The lifecycle of the register of applicants for substitute family care (žadatelé o NRP).

The applicant applies at the ORP (old § 21, new § 23a zákona o SPOD), which completes the file
and forwards it to the regional authority within 30 days (verified in a secondary source; old
§ 21, new § 23b–23c). The regional authority assesses the applicant and decides on inclusion
(old § 22, new § 23d–23g) within the time of § 71 odst. 3 SŘ, counted from the day the file is
forwarded (taken as the day it reaches the authority, § 44 odst. 1 SŘ); the proceedings may be
interrupted (§ 64 SŘ). The inclusion decision
imposes the duty to report relevant changes within 15 days (old § 22, verified; new § 23k). An
included applicant may be selected for a child (old § 24 zprostředkování, new § 24 výběr); the
selected applicant has 30 days from the notice to meet the child and apply for care, which the
regional authority may extend by at most 30 days. The selection may be interrupted (přerušení
zprostředkování, new § 24a; the old paragraph was not found). The applicant is removed
(vyřazení) on placement or by decision (old § 24c, new § 23j; believed).

The old or the new paragraph is chosen by the event's date (:class:`~krajsoc.registers.Basis`).
Time limits inside new § 23d–23k and a periodic re-assessment were not found; add them with
:meth:`~krajsoc.registers.Lifecycle.with_duty`.

Examples:
    >>> APPLICANTS.allowed("included")
    ('change_occurred', 'change_reported', 'removed', 'selected', 'selection_interrupted')
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

__all__ = ["APPLICANTS", "FORWARD_FILE", "REPORT_CHANGE", "SELECTED_ANSWER"]

_SPOD = act("359/1999")


def _spod(section: str, end: str | None = None) -> LegalReference:
    return LegalReference(_SPOD, section=section, section_end=end)


FORWARD_FILE = Duty(
    "forward-file",
    czech="postoupení spisové dokumentace žadatele krajskému úřadu (ORP)",
    english="the ORP forwarding the applicant's file to the regional authority",
    basis="§ 21 (dříve), § 23b–23c (nyní) zákona o SPOD",
    period=Period(days=30),
    certainty=Certainty.BELIEVED,
    ended_by={"file_forwarded"},
    dropped_by={"removed"},
)
"""The ORP's 30 days to forward the file, counted from the application (secondary source)."""

REPORT_CHANGE = Duty(
    "report-change",
    czech="oznámení změny rozhodných skutečností žadatelem",
    english="the applicant reporting a relevant change",
    basis="§ 22 (dříve), § 23k (nyní) zákona o SPOD; uloženo rozhodnutím o zařazení",
    period=Period(days=15),
    ended_by={"change_reported"},
)
"""The applicant's 15 days to report a relevant change (old § 22, verified; new § 23k)."""

SELECTED_ANSWER = Duty(
    "selected-answer",
    czech="seznámení s dítětem a podání návrhu na svěření dítěte vybraným žadatelem",
    english="the selected applicant meeting the child and applying for care",
    basis="§ 24 zákona o SPOD (30 dnů od oznámení, prodloužení nejvýše o 30 dnů)",
    period=Period(days=30),
    extension=Period(days=30),
    extended_by={"answer_time_extended"},
    ended_by={"placed", "selection_declined"},
    dropped_by={"removed"},
)
"""The selected applicant's 30 days from the notice, extendable once by at most 30 days."""

APPLIED = Basis.renumbered(
    "applicants-applied",
    czech="Žádost o zařazení do evidence žadatelů podána u obecního úřadu ORP.",
    english="The application to the applicants' register was filed at the ORP.",
    old=_spod("21"),
    new=_spod("23a"),
)
FILE_FORWARDED = Basis.renumbered(
    "applicants-file-forwarded",
    czech="ORP postoupil úplnou spisovou dokumentaci žadatele krajskému úřadu.",
    english="The ORP forwarded the applicant's complete file to the regional authority.",
    old=_spod("21"),
    new=_spod("23b", "23c"),
)
INCLUDED = Basis.renumbered(
    "applicants-included",
    czech="Krajský úřad rozhodl o zařazení žadatele do evidence.",
    english="The regional authority decided to include the applicant in the register.",
    old=_spod("22"),
    new=_spod("23d", "23g"),
)
REJECTED = Basis.renumbered(
    "applicants-rejected",
    czech="Krajský úřad rozhodl žadatele do evidence nezařadit.",
    english="The regional authority decided not to include the applicant.",
    old=_spod("22"),
    new=_spod("23d", "23g"),
)
CHANGE = Basis.renumbered(
    "applicants-change",
    czech="Změna rozhodných skutečností nastala nebo byla oznámena (do 15 dnů).",
    english="A relevant change occurred or was reported (within 15 days).",
    old=_spod("22"),
    new=_spod("23k"),
)
SELECTED = Basis.single(
    "applicants-selected",
    czech="Krajský úřad vybral žadatele pro dítě a oznámil mu to.",
    english="The regional authority selected the applicant for a child and notified them.",
    reference=_spod("24"),
    source="old § 24 zprostředkování, new § 24 výběr (Sources § 3)",
)
ANSWER_TIME_EXTENDED = Basis.single(
    "applicants-answer-time-extended",
    czech="Krajský úřad prodloužil lhůtu vybraného žadatele nejvýše o 30 dnů.",
    english="The regional authority extended the selected applicant's time by at most 30 days.",
    reference=_spod("24"),
    source="regional authorities' pages (Sources § 7)",
    certainty=Certainty.BELIEVED,
)
SELECTION_DECLINED = Basis.single(
    "applicants-selection-declined",
    czech="Vybraný žadatel péči o dítě nepřijal; v evidenci zůstává.",
    english="The selected applicant did not take the child; they stay in the register.",
    reference=_spod("24"),
    certainty=Certainty.BELIEVED,
)
SELECTION_INTERRUPTED = Basis.renumbered(
    "applicants-selection-interrupted",
    czech="Zprostředkování (výběr žadatele pro dítě) je přerušeno.",
    english="The selection of the applicant for a child is interrupted.",
    old=None,
    old_source="the paragraph before 1. 1. 2025 was not found (Sources § 3)",
    old_certainty=Certainty.DOUBTFUL,
    new=_spod("24a"),
    new_certainty=Certainty.VERIFIED,
)
SELECTION_RESUMED = Basis.renumbered(
    "applicants-selection-resumed",
    czech="Přerušení zprostředkování skončilo; žadatel může být opět vybrán.",
    english="The interruption of the selection ended; the applicant may be selected again.",
    old=None,
    old_source="the paragraph before 1. 1. 2025 was not found (Sources § 3)",
    old_certainty=Certainty.DOUBTFUL,
    new=_spod("24a"),
)
PLACED = Basis.renumbered(
    "applicants-placed",
    czech="Dítě bylo žadateli svěřeno do péče; žadatel se k tomu dni vyřazuje z evidence.",
    english="The child was placed in the applicant's care; the applicant is removed as of "
    "that decision.",
    old=_spod("24c"),
    old_certainty=Certainty.BELIEVED,
    new=_spod("23j"),
)
REMOVED = Basis.renumbered(
    "applicants-removed",
    czech="Krajský úřad žadatele vyřadil z evidence (na žádost, ze závažných důvodů nebo "
    "pro porušení povinností).",
    english="The regional authority removed the applicant from the register (on request, for "
    "serious reasons or for a breach of duties).",
    old=_spod("24c"),
    old_certainty=Certainty.BELIEVED,
    new=_spod("23j"),
)

_IN_REGISTER = ("included", "selection_interrupted", "selected")

APPLICANTS = Lifecycle(
    "applicants",
    "evidence žadatelů o zprostředkování osvojení nebo pěstounské péče",
    states={
        "applied": "žádost podána u ORP",
        "assessment": "odborné posouzení krajským úřadem",
        "proceedings_interrupted": "řízení přerušeno",
        "included": "zařazen do evidence",
        "selection_interrupted": "zprostředkování přerušeno",
        "selected": "vybrán pro dítě",
        "rejected": "nezařazen",
        "removed": "vyřazen z evidence",
    },
    events={
        "applied": "podání žádosti",
        "file_forwarded": "postoupení spisu krajskému úřadu",
        **PROCEDURE_EVENTS,
        "included": "rozhodnutí o zařazení",
        "rejected": "rozhodnutí o nezařazení",
        "change_occurred": "změna rozhodných skutečností",
        "change_reported": "oznámení změny",
        "selected": "výběr žadatele pro dítě (oznámení)",
        "answer_time_extended": "prodloužení lhůty vybraného žadatele",
        "selection_declined": "odmítnutí svěření",
        "selection_interrupted": "přerušení zprostředkování (§ 24a)",
        "selection_resumed": "konec přerušení zprostředkování",
        "placed": "svěření dítěte do péče",
        "removed": "vyřazení z evidence",
    },
    transitions=(
        Transition(None, "applied", "applied", APPLIED, (FORWARD_FILE,)),
        Transition("applied", "file_forwarded", "assessment", FILE_FORWARDED, (DECIDE,)),
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
        *rows_from(_IN_REGISTER, "change_occurred", None, CHANGE, (REPORT_CHANGE,)),
        *rows_from(_IN_REGISTER, "change_reported", None, CHANGE),
        Transition("included", "selected", "selected", SELECTED, (SELECTED_ANSWER,)),
        Transition("selected", "answer_time_extended", "selected", ANSWER_TIME_EXTENDED),
        Transition("selected", "selection_declined", "included", SELECTION_DECLINED),
        Transition(
            "included", "selection_interrupted", "selection_interrupted", SELECTION_INTERRUPTED
        ),
        Transition("selection_interrupted", "selection_resumed", "included", SELECTION_RESUMED),
        Transition("selected", "placed", "removed", PLACED),
        *rows_from(("applied", *_IN_REGISTER), "removed", "removed", REMOVED),
    ),
)
"""The applicants' register: application → file forwarded → assessment → inclusion → selection."""
