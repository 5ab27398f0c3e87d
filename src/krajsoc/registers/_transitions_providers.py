"""The lifecycle of the register of social-service providers (§ 78–85 zákona o sociálních službách).

The region registers providers (§ 78 odst. 2) on an application with the data of § 79 odst. 5,
deciding within the time of § 71 odst. 3 SŘ. A registered provider reports changes of the
registered data by the 15th day of the following month (§ 82 odst. 1 in today's wording; an
older wording said "within 15 days" and the date of the change is not known, so which applied
when is doubtful); changing data in the decision needs an application and a decision (§ 82
odst. 2). The registration is cancelled ex officio (§ 82 odst. 3: conditions lost, a sanction
for a grave breach, quality standards failed) or on request, made at least 3 months before the
end. Annual statistics are due by 30 June: a yearly duty, not one an event starts, so it is not
encoded here.

Examples:
    >>> PROVIDERS.allowed("registered")
    ('cancelled', 'change_occurred', 'change_reported')
"""

from __future__ import annotations

from krajsoc.findings import Certainty
from krajsoc.law import LegalReference, act
from krajsoc.registers._due import Duty
from krajsoc.registers._lifecycle import Basis, Lifecycle, Transition
from krajsoc.registers._transitions_procedure import (
    DECIDE,
    DECISION_TIME_EXTENDED,
    PROCEDURE_EVENTS,
    PROCEEDINGS_INTERRUPTED,
    PROCEEDINGS_RESUMED,
)

__all__ = ["PROVIDERS", "PROVIDER_REPORT_CHANGE"]

_ZSS = act("108/2006")


def _zss(section: str, subsection: int | None = None) -> LegalReference:
    return LegalReference(_ZSS, section=section, subsection=subsection)


PROVIDER_REPORT_CHANGE = Duty(
    "provider-report-change",
    czech="oznámení změny registrovaných údajů poskytovatelem",
    english="the provider reporting a change of the registered data",
    basis="§ 82 odst. 1 zákona o sociálních službách (dnešní znění)",
    day_of_month=15,
    certainty=Certainty.BELIEVED,
    ended_by={"change_reported"},
    dropped_by={"cancelled"},
)
"""Changes are reported by the 15th day of the following month (§ 82 odst. 1)."""

APPLIED = Basis.single(
    "providers-applied",
    czech="Žádost o registraci sociální služby podána (údaje podle § 79 odst. 5).",
    english="The application to register a social service was filed (data of § 79 odst. 5).",
    reference=_zss("79", 5),
    source="secondary source (Sources § 7)",
)
REGISTERED = Basis.single(
    "providers-registered",
    czech="Krajský úřad poskytovatele zaregistroval.",
    english="The regional authority registered the provider.",
    reference=_zss("78", 2),
)
REFUSED = Basis.single(
    "providers-refused",
    czech="Krajský úřad registraci zamítl (podmínky § 79 nesplněny).",
    english="The regional authority refused the registration (conditions of § 79 not met).",
    reference=_zss("79"),
    certainty=Certainty.BELIEVED,
)
CHANGE = Basis.single(
    "providers-change",
    czech="Změna registrovaných údajů nastala nebo byla oznámena (do 15. dne následujícího "
    "měsíce).",
    english="A change of the registered data occurred or was reported (by the 15th day of "
    "the following month).",
    reference=_zss("82", 1),
    source="today's wording; an older wording said 'within 15 days' (Sources § 7)",
    certainty=Certainty.BELIEVED,
)
CANCELLED = Basis.single(
    "providers-cancelled",
    czech="Registrace byla zrušena (z moci úřední podle § 82 odst. 3 nebo na žádost podanou "
    "nejméně 3 měsíce předem).",
    english="The registration was cancelled (ex officio under § 82 odst. 3, or on a request "
    "made at least 3 months before).",
    reference=_zss("82", 3),
    source="secondary source (Sources § 7)",
)

PROVIDERS = Lifecycle(
    "providers",
    "registr poskytovatelů sociálních služeb",
    states={
        "applied": "žádost o registraci podána",
        "proceedings_interrupted": "řízení přerušeno",
        "registered": "zaregistrován",
        "refused": "registrace zamítnuta",
        "cancelled": "registrace zrušena",
    },
    events={
        "applied": "podání žádosti o registraci",
        **PROCEDURE_EVENTS,
        "registered": "rozhodnutí o registraci",
        "refused": "zamítnutí registrace",
        "change_occurred": "změna registrovaných údajů",
        "change_reported": "oznámení změny",
        "cancelled": "zrušení registrace",
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
        Transition("applied", "registered", "registered", REGISTERED),
        Transition("applied", "refused", "refused", REFUSED),
        Transition(
            "registered", "change_occurred", "registered", CHANGE, (PROVIDER_REPORT_CHANGE,)
        ),
        Transition("registered", "change_reported", "registered", CHANGE),
        Transition("registered", "cancelled", "cancelled", CANCELLED),
    ),
)
"""Providers: application → registration decision → changes → cancellation."""
