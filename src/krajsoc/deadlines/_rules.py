"""The rules deadlines apply, as a table: what each says in Czech and English, and its source.

Each rule is one row: a key, a Czech and an English sentence template, the legal reference
(or ``None`` where no statute governs), and the court decision or commentary the rule follows
(or ``None`` where the statute alone decides) — also named in the sentence, for a reader. A
deadline records the keys of the rules it applied (its ``rules``); the sentences are rendered
from this table and the deadline's dates when its steps are read.

Template fields: ``{event}``, ``{nominal}``, ``{end}`` and ``{latest}`` are the deadline's dates
written the Czech way (``28. 2. 2026``); ``{period}``, ``{period_en}`` and ``{count}`` its period;
``{nominal_reason}`` and ``{end_reason}`` (``_en`` for English) say why that day is not a
working day.

References:
    § 40 odst. 1 písm. a) až c) zákona č. 500/2004 Sb., správní řád; § 24 odst. 1 a § 83
    odst. 1 téhož zákona; § 17 odst. 3 a 4 zákona č. 300/2008 Sb.; NS 29 Odo 783/2003;
    NSS 9 As 55/2009; NSS 4 Afs 264/2018-85; L. Brim, Právník 2/2024.
"""

from __future__ import annotations

from krajsoc.law import LegalReference, act

__all__ = ["RULES", "Rule"]

_SR = act("500/2004")
_EGOV = act("300/2008")

Rule = tuple[str, str, LegalReference | None, str | None]
"""A rule's Czech template, English template, legal reference and case law or commentary."""

_NS_BACKWARD = "NS 29 Odo 783/2003"
_BRIM = "L. Brim, Právník 2/2024"

RULES: dict[str, Rule] = {
    # § 40 odst. 1 písm. a): the event day is not counted.
    "start": (
        "Lhůta {period} začíná běžet dnem následujícím po dni události {event}.",
        "The period of {period_en} starts on the day after the event on {event}.",
        LegalReference(_SR, section="40", subsection=1, letter="a"),
        None,
    ),
    # § 40 odst. 1 písm. a): days are counted one by one, so n days end n days later.
    "count_days": (
        "Posledním dnem lhůty {period} je {nominal}.",
        "The last day of the period of {period_en} is {nominal}.",
        LegalReference(_SR, section="40", subsection=1, letter="a"),
        None,
    ),
    # § 40 odst. 1 písm. b): weeks, months and years end on the same-named or numbered day.
    "same_day": (
        "Lhůta {period} končí dnem, který se označením shoduje se dnem události: {nominal}.",
        "A period of {period_en} ends on the day with the same name or number as the event "
        "day: {nominal}.",
        LegalReference(_SR, section="40", subsection=1, letter="b"),
        None,
    ),
    "last_of_month": (
        "Takový den v měsíci není, lhůta {period} končí posledním dnem měsíce {nominal}.",
        "The month has no such day, so the period of {period_en} ends on its last day, {nominal}.",
        LegalReference(_SR, section="40", subsection=1, letter="b"),
        None,
    ),
    # § 40 odst. 1 písm. c): an end on a weekend or holiday moves to the next working day.
    "moved": (
        "{nominal} je {nominal_reason}, lhůta končí nejbližší následující pracovní den {end}.",
        "{nominal} is {nominal_reason_en}, so the period ends on the next working day, {end}.",
        LegalReference(_SR, section="40", subsection=1, letter="c"),
        None,
    ),
    # Working days are not a unit of § 40; the calendar counts them, the event day not included.
    "working_days": (
        "Lhůta {period} končí {count}. pracovním dnem po dni události: {end}.",
        "The period of {period_en} ends on working day number {count} after the event day: {end}.",
        None,
        None,
    ),
    # Backward periods: no statute; NS 29 Odo 783/2003 and L. Brim (Právník 2/2024).
    "before": (
        "Lhůta {period} se počítá zpět od {event}, ten den se nezapočítává "
        "(NS 29 Odo 783/2003); končí {nominal}.",
        "The period of {period_en} is counted back from {event}, which is not counted "
        "(NS 29 Odo 783/2003); it ends on {nominal}.",
        None,
        _NS_BACKWARD,
    ),
    "before_last_of_month": (
        "Takový den v měsíci není, lhůta počítaná zpět končí posledním dnem měsíce {nominal}.",
        "The month has no such day, so the backward period ends on its last day, {nominal}.",
        None,
        _NS_BACKWARD,
    ),
    "before_not_moved": (
        "{end} je {end_reason}; konec lhůty počítané zpět se neposouvá (L. Brim, Právník 2/2024), "
        "posledním pracovním dnem je {latest}.",
        "{end} is {end_reason_en}; the end of a backward period is not moved (L. Brim, Právník "
        "2/2024); the last working day is {latest}.",
        None,
        _BRIM,
    ),
    "before_strict": (
        "Přísnější výklad (L. Brim, Právník 2/2024): úkon musí předcházet prvnímu dni lhůty, "
        "tedy nejpozději {end}.",
        "Stricter reading (L. Brim, Právník 2/2024): the act must precede the period's first "
        "day, so {end} at the latest.",
        None,
        _BRIM,
    ),
    # Delivery: collected, or the fiction on the 10th day.
    "collected_post": (
        "Písemnost byla vyzvednuta {end}, tím dnem je doručena.",
        "The document was collected on {end} and is delivered that day.",
        LegalReference(_SR, section="24", subsection=1),
        None,
    ),
    "collected_data_box": (
        "Do datové schránky se oprávněná osoba přihlásila {end}, tím dnem je dokument doručen.",
        "An authorised person logged into the data box on {end}; the document is delivered "
        "that day.",
        LegalReference(_EGOV, section="17", subsection=3),
        None,
    ),
    "fiction_post": (
        "Písemnost připravená k vyzvednutí {event} a nevyzvednutá se považuje za doručenou "
        "desátým dnem, {nominal}.",
        "A document ready for collection on {event} and not collected counts as delivered on "
        "the 10th day, {nominal}.",
        LegalReference(_SR, section="24", subsection=1),
        None,
    ),
    "fiction_data_box": (
        "Dokument dodaný do datové schránky {event}, do níž se nikdo nepřihlásil, se považuje "
        "za doručený desátým dnem, {nominal}.",
        "A document delivered to the data box on {event}, unopened, counts as delivered on the "
        "10th day, {nominal}.",
        LegalReference(_EGOV, section="17", subsection=4),
        None,
    ),
    "fiction_moved_post": (
        "{nominal} je {nominal_reason}, doručení se posouvá na nejbližší pracovní den {end} "
        "(NSS 9 As 55/2009).",
        "{nominal} is {nominal_reason_en}, so delivery moves to the next working day, {end} "
        "(NSS 9 As 55/2009).",
        LegalReference(_SR, section="40", subsection=1, letter="c"),
        "NSS 9 As 55/2009",
    ),
    "fiction_moved_data_box": (
        "{nominal} je {nominal_reason}, doručení se posouvá na nejbližší pracovní den {end} "
        "(NSS 4 Afs 264/2018-85).",
        "{nominal} is {nominal_reason_en}, so delivery moves to the next working day, {end} "
        "(NSS 4 Afs 264/2018-85).",
        LegalReference(_SR, section="40", subsection=1, letter="c"),
        "NSS 4 Afs 264/2018-85",
    ),
    # Appeal: 15 days from delivery.
    "appeal": (
        "Odvolání lze podat do 15 dnů ode dne doručení rozhodnutí {event}.",
        "An appeal may be filed within 15 days of the decision's delivery on {event}.",
        LegalReference(_SR, section="83", subsection=1),
        None,
    ),
}
