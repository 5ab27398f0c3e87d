"""The rules deadlines apply, as :class:`~krajsoc.findings.Rule` values a lawyer can read.

Each rule has a stable code (``deadline-moved``), a Czech and an English sentence template, the
provision it rests on (or ``None`` where no statute decides) and the court decision or
commentary it follows (``source``) — named in the sentence too, for a reader — and how sure the
library is of it (Sources § 4). A deadline records the rules it applied
(:attr:`~krajsoc.deadlines.Deadline.rules`); its steps render their templates with the
deadline's dates when they are read. The rules are listed on the docs' Rules page.

Template fields: ``{event}``, ``{nominal}``, ``{end}`` and ``{latest}`` are the deadline's dates
written the Czech way (``28. 2. 2026``); ``{period}`` and ``{count}`` its period (in the
template's language); ``{nominal_reason}`` and ``{end_reason}`` say why that day is not a working
day.

Examples:
    >>> MOVED.code, MOVED.reference.short
    ('deadline-moved', '§ 40 odst. 1 písm. c) správního řádu')
    >>> BEFORE_NOT_MOVED.source, BEFORE_NOT_MOVED.certainty.value
    ('L. Brim, Právník 2/2024', 'believed')

References:
    § 40 odst. 1 písm. a) až c) zákona č. 500/2004 Sb., správní řád; § 24 odst. 1 a § 83
    odst. 1 téhož zákona; § 17 odst. 3 a 4 zákona č. 300/2008 Sb.; NS 29 Odo 783/2003;
    NSS 9 As 55/2009; NSS 4 Afs 264/2018-85; L. Brim, Právník 2/2024.
"""

from __future__ import annotations

from krajsoc.deadlines._period import Period
from krajsoc.findings import Certainty, Rule, Severity
from krajsoc.law import LegalReference, act

__all__ = [
    "APPEAL",
    "APPEAL_PERIOD",
    "BEFORE",
    "BEFORE_LAST_OF_MONTH",
    "BEFORE_NOT_MOVED",
    "BEFORE_STRICT",
    "COLLECTED_DATA_BOX",
    "COLLECTED_POST",
    "COUNT_DAYS",
    "DEADLINE_RULES",
    "FICTION_DATA_BOX",
    "FICTION_MOVED_DATA_BOX",
    "FICTION_MOVED_POST",
    "FICTION_PERIOD",
    "FICTION_POST",
    "LAST_OF_MONTH",
    "MOVED",
    "SAME_DAY",
    "START",
    "WORKING_DAYS",
]

_SR = act("500/2004")
_EGOV = act("300/2008")
_NS_BACKWARD = "NS 29 Odo 783/2003"
_BRIM = "L. Brim, Právník 2/2024"
_VERIFIED, _BELIEVED, _DOUBTFUL = Certainty.VERIFIED, Certainty.BELIEVED, Certainty.DOUBTFUL


def _section_40(letter: str) -> LegalReference:
    return LegalReference(_SR, section="40", subsection=1, letter=letter)


# --- § 40 odst. 1 správního řádu: counting forward from an event ---------------------------------

START = Rule(
    "deadline-start",
    czech="Lhůta {period} začíná běžet dnem následujícím po dni události {event}.",
    english="The period of {period} starts on the day after the event on {event}.",
    reference=_section_40("a"),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""§ 40 odst. 1 písm. a): the day of the event is not counted."""

COUNT_DAYS = Rule(
    "deadline-count-days",
    czech="Posledním dnem lhůty {period} je {nominal}.",
    english="The last day of the period of {period} is {nominal}.",
    reference=_section_40("a"),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""§ 40 odst. 1 písm. a): days are counted one by one, so n days end n days after the event."""

SAME_DAY = Rule(
    "deadline-same-day",
    czech="Lhůta {period} končí dnem, který se označením shoduje se dnem události: {nominal}.",
    english="A period of {period} ends on the day with the same name or number as the event "
    "day: {nominal}.",
    reference=_section_40("b"),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""§ 40 odst. 1 písm. b): weeks, months and years end on the same-named or numbered day."""

LAST_OF_MONTH = Rule(
    "deadline-last-of-month",
    czech="Takový den v měsíci není, lhůta {period} končí posledním dnem měsíce {nominal}.",
    english="The month has no such day, so the period of {period} ends on its last day, {nominal}.",
    reference=_section_40("b"),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""§ 40 odst. 1 písm. b): where the month has no such day, its last day."""

MOVED = Rule(
    "deadline-moved",
    czech="{nominal} je {nominal_reason}, lhůta končí nejbližší následující pracovní den {end}.",
    english="{nominal} is {nominal_reason}, so the period ends on the next working day, {end}.",
    reference=_section_40("c"),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""§ 40 odst. 1 písm. c): an end on a Saturday, Sunday or holiday moves to the next working day."""

WORKING_DAYS = Rule(
    "deadline-working-days",
    czech="Lhůta {period} končí {count}. pracovním dnem po dni události: {end}.",
    english="The period of {period} ends on working day number {count} after the event day: {end}.",
    source="the act that sets the period in working days (§ 40 SŘ has no such unit); counted "
    "on the calendar, the event day not included",
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""Working days are not a unit of § 40; the calendar counts them, the event day not included."""

# --- Counting back from an anchor (a notice period): no statute --------------------------------

BEFORE = Rule(
    "deadline-before",
    czech="Lhůta {period} se počítá zpět od {event}, ten den se nezapočítává "
    "(NS 29 Odo 783/2003); končí {nominal}.",
    english="The period of {period} is counted back from {event}, which is not counted "
    "(NS 29 Odo 783/2003); it ends on {nominal}.",
    source=_NS_BACKWARD,
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""The anchor day is not counted and the period runs back from it (NS 29 Odo 783/2003)."""

BEFORE_LAST_OF_MONTH = Rule(
    "deadline-before-last-of-month",
    czech="Takový den v měsíci není, lhůta počítaná zpět končí posledním dnem měsíce {nominal}.",
    english="The month has no such day, so the backward period ends on its last day, {nominal}.",
    source=_NS_BACKWARD,
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""Counted back in months, the same-numbered day or, where none, the month's last day."""

BEFORE_NOT_MOVED = Rule(
    "deadline-before-not-moved",
    czech="{end} je {end_reason}; konec lhůty počítané zpět se neposouvá "
    "(L. Brim, Právník 2/2024), posledním pracovním dnem je {latest}.",
    english="{end} is {end_reason}; the end of a backward period is not moved (L. Brim, "
    "Právník 2/2024); the last working day is {latest}.",
    source=_BRIM,
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""The end of a period counted back is not moved off a weekend or holiday (L. Brim, 2024)."""

BEFORE_STRICT = Rule(
    "deadline-before-strict",
    czech="Přísnější výklad (L. Brim, Právník 2/2024): úkon musí předcházet prvnímu dni lhůty, "
    "tedy nejpozději {end}.",
    english="Stricter reading (L. Brim, Právník 2/2024): the act must precede the period's "
    "first day, so {end} at the latest.",
    source=_BRIM,
    certainty=_DOUBTFUL,
    severity=Severity.INFO,
)
"""Brim's stricter reading, one day earlier: an option, not the common reading."""

# --- Delivery and appeal ---------------------------------------------------------------------

FICTION_PERIOD = Period(days=10)
"""After 10 days uncollected a document counts as delivered (§ 24 odst. 1 SŘ)."""

APPEAL_PERIOD = Period(days=15)
"""An appeal may be filed within 15 days of delivery (§ 83 odst. 1 SŘ)."""

COLLECTED_POST = Rule(
    "delivery-collected-post",
    czech="Písemnost byla vyzvednuta {end}, tím dnem je doručena.",
    english="The document was collected on {end} and is delivered that day.",
    reference=LegalReference(_SR, section="24", subsection=1),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""A document collected at the post office is delivered that day."""

COLLECTED_DATA_BOX = Rule(
    "delivery-collected-data-box",
    czech="Do datové schránky se oprávněná osoba přihlásila {end}, tím dnem je dokument doručen.",
    english="An authorised person logged into the data box on {end}; the document is "
    "delivered that day.",
    reference=LegalReference(_EGOV, section="17", subsection=3),
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""A data-box message is delivered when an authorised person logs in (§ 17 odst. 3)."""

FICTION_POST = Rule(
    "delivery-fiction-post",
    czech="Písemnost připravená k vyzvednutí {event} a nevyzvednutá se považuje za doručenou "
    "desátým dnem, {nominal}.",
    english="A document ready for collection on {event} and not collected counts as delivered "
    "on the 10th day, {nominal}.",
    reference=LegalReference(_SR, section="24", subsection=1),
    certainty=_VERIFIED,
    severity=Severity.INFO,
)
"""Not collected, a document counts as delivered on the 10th day (§ 24 odst. 1 SŘ)."""

FICTION_DATA_BOX = Rule(
    "delivery-fiction-data-box",
    czech="Dokument dodaný do datové schránky {event}, do níž se nikdo nepřihlásil, se "
    "považuje za doručený desátým dnem, {nominal}.",
    english="A document delivered to the data box on {event}, unopened, counts as delivered on "
    "the 10th day, {nominal}.",
    reference=LegalReference(_EGOV, section="17", subsection=4),
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""Unopened, a data-box message counts as delivered on the 10th day (§ 17 odst. 4)."""

FICTION_MOVED_POST = Rule(
    "delivery-fiction-moved-post",
    czech="{nominal} je {nominal_reason}, doručení se posouvá na nejbližší pracovní den {end} "
    "(NSS 9 As 55/2009).",
    english="{nominal} is {nominal_reason}, so delivery moves to the next working day, {end} "
    "(NSS 9 As 55/2009).",
    reference=_section_40("c"),
    source="NSS 9 As 55/2009",
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""A 10th day on a day off moves to the next working day (NSS 9 As 55/2009, the post)."""

FICTION_MOVED_DATA_BOX = Rule(
    "delivery-fiction-moved-data-box",
    czech="{nominal} je {nominal_reason}, doručení se posouvá na nejbližší pracovní den {end} "
    "(NSS 4 Afs 264/2018-85).",
    english="{nominal} is {nominal_reason}, so delivery moves to the next working day, {end} "
    "(NSS 4 Afs 264/2018-85).",
    reference=_section_40("c"),
    source="NSS 4 Afs 264/2018-85",
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""The same for data boxes (the extended chamber of the NSS, 4 Afs 264/2018-85)."""

APPEAL = Rule(
    "deadline-appeal",
    czech="Odvolání lze podat do 15 dnů ode dne doručení rozhodnutí {event}.",
    english="An appeal may be filed within 15 days of the decision's delivery on {event}.",
    reference=LegalReference(_SR, section="83", subsection=1),
    certainty=_BELIEVED,
    severity=Severity.INFO,
)
"""An appeal may be filed within 15 days of delivery (§ 83 odst. 1 SŘ)."""

DEADLINE_RULES: tuple[Rule, ...] = (
    START,
    COUNT_DAYS,
    SAME_DAY,
    LAST_OF_MONTH,
    MOVED,
    WORKING_DAYS,
    BEFORE,
    BEFORE_LAST_OF_MONTH,
    BEFORE_NOT_MOVED,
    BEFORE_STRICT,
    COLLECTED_POST,
    COLLECTED_DATA_BOX,
    FICTION_POST,
    FICTION_DATA_BOX,
    FICTION_MOVED_POST,
    FICTION_MOVED_DATA_BOX,
    APPEAL,
)
"""Every rule of :mod:`krajsoc.deadlines`, in the order of the Rules page."""
