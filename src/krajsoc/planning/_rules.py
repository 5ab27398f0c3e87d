"""The rules planning checks apply: meetings, membership, frequency, quorum, the medium-term plan.

No statute or rules of procedure govern K10, K21 or KOOS (Sources § 8): a group's own rules are
the rules, and each finding names the group's rule it applied (``{basis}``, e.g. "seed 002, line
28"), so one rule here serves every region's groups. Seeds: 002 = ``002_a2dc5fce7c1ba4f7.txt``
(LK, the coordination structure), 003 = ``003_413385bf0319aba2.txt`` (LK, § 95 and K21), 004 =
``004_568da37a0bb8a2b6.txt`` (KVK, child protection).
"""

from __future__ import annotations

from krajsoc.findings import Certainty, Rule, Severity
from krajsoc.law import LegalReference, act

__all__ = [
    "ACTION_PLAN_LATE",
    "ACTION_PLAN_MISSING",
    "CHAIR_ABSENT",
    "CONVENED_BY_WRONG_ROLE",
    "EVALUATION_MISSING",
    "GROUP_UNKNOWN",
    "GUEST_MEMBER",
    "MATERIALS_LATE",
    "MATERIALS_SHORT_EXTRAORDINARY",
    "MEETINGS_FEWER_THAN_USUAL",
    "MEETINGS_TOO_FEW",
    "MEMBER_DUPLICATE_MUNICIPALITY",
    "MEMBER_NOT_NOTIFIED",
    "MEMBER_OUT_OF_TERM",
    "MEMBER_UNKNOWN_ROLE",
    "MEMBER_WRONG_FUNCTION",
    "MEMBER_WRONG_MUNICIPALITY",
    "MINISTRY_REPORT_MISSING",
    "MUNICIPALITY_NOT_REPRESENTED",
    "NOTICE_LATE",
    "NOTICE_SHORT_EXTRAORDINARY",
    "PLANNING_RULES",
    "PLAN_NOT_CONSULTED",
    "QUORUM_NOT_MET",
    "RECOMMENDED_ROLE_MISSING",
    "REQUIRED_ROLE_MISSING",
]

_GROUP_RULES = "pravidla skupiny / the group's own rules (K10: seed 002, lines 23–31)"
_ZSS = act("108/2006")

NOTICE_LATE = Rule(
    "planning-notice-late",
    czech="Termín jednání byl členům oznámen {sent}; pravidla skupiny {group} ({period} předem, "
    "{basis}) vyžadují nejpozději {latest} (poslední pracovní den {working}).",
    english="Members were notified of the meeting on {sent}; the rules of {group} ({period} "
    "before, {basis}) require {latest} at the latest (last working day {working}).",
    source=_GROUP_RULES,
)
NOTICE_SHORT_EXTRAORDINARY = Rule(
    "planning-notice-short-extraordinary",
    czech="Mimořádné jednání bylo oznámeno {sent}, s kratším předstihem než {period} "
    "(řádně nejpozději {latest}); pravidla skupiny {group} to u mimořádného jednání připouštějí "
    "({basis}).",
    english="The extraordinary meeting was announced on {sent}, with less than {period} notice "
    "(regularly by {latest}); the rules of {group} allow this for an extraordinary meeting "
    "({basis}).",
    source=_GROUP_RULES,
    severity=Severity.INFO,
)
MATERIALS_LATE = Rule(
    "planning-materials-late",
    czech="Podklady pro jednání byly předány {sent}; pravidla skupiny {group} ({period} před "
    "jednáním, {basis}) vyžadují nejpozději {latest} (poslední pracovní den {working}).",
    english="The materials for the meeting were handed in on {sent}; the rules of {group} "
    "({period} before the meeting, {basis}) require {latest} at the latest (last working day "
    "{working}).",
    source=_GROUP_RULES,
)
MATERIALS_SHORT_EXTRAORDINARY = Rule(
    "planning-materials-short-extraordinary",
    czech="Podklady pro mimořádné jednání byly předány {sent}, později než {latest}; pravidla "
    "skupiny {group} to u mimořádného jednání připouštějí ({basis}).",
    english="The materials for the extraordinary meeting were handed in on {sent}, after "
    "{latest}; the rules of {group} allow this for an extraordinary meeting ({basis}).",
    source=_GROUP_RULES,
    severity=Severity.INFO,
)
CONVENED_BY_WRONG_ROLE = Rule(
    "planning-convened-by-wrong-role",
    czech="Jednání svolal(a) {convened_by}; skupinu {group} svolává {convenes} ({basis}).",
    english="The meeting was convened by {convened_by}; {group} is convened by {convenes} "
    "({basis}).",
    source="seed 002, line 25 (K10: za svolání je zodpovědný člen rady kraje)",
)
MEMBER_NOT_NOTIFIED = Rule(
    "planning-member-not-notified",
    czech="Člen {member} nebyl o termínu jednání skupiny {group} vyrozuměn ({basis}).",
    english="Member {member} was not notified of the meeting of {group} ({basis}).",
    source="seed 002, line 28 (K10: termín je oznámen členům)",
)
MEETINGS_TOO_FEW = Rule(
    "planning-meetings-too-few",
    czech="Skupina {group} se v roce {year} sešla {found}x; její pravidla ({frequency}, {basis}) "
    "vyžadují nejméně {times}x.",
    english="{group} met {found} times in {year}; its rules ({frequency}, {basis}) require at "
    "least {times}.",
    source="seed 004, line 107 (KVK: nejméně však 3x ročně)",
)
MEETINGS_FEWER_THAN_USUAL = Rule(
    "planning-meetings-fewer-than-usual",
    czech="Skupina {group} se v roce {year} sešla {found}x; obvykle se schází {frequency} "
    "({basis}).",
    english="{group} met {found} times in {year}; it usually meets {frequency} ({basis}).",
    source="seed 002, line 35; seed 003, line 39 (KOOS: cca 2x za rok)",
    severity=Severity.WARNING,
)
REQUIRED_ROLE_MISSING = Rule(
    "planning-required-role-missing",
    czech="Ve skupině {group} chybí člen v roli {role} ({basis}).",
    english="{group} has no member in the role {role} ({basis}).",
    source=_GROUP_RULES,
)
RECOMMENDED_ROLE_MISSING = Rule(
    "planning-recommended-role-missing",
    czech="Ve skupině {group} chybí doporučený člen v roli {role} ({basis}).",
    english="{group} has no member in the recommended role {role} ({basis}).",
    source="seed 002, lines 11–17 (K10: doporučené složení skupiny)",
    severity=Severity.WARNING,
)
MUNICIPALITY_NOT_REPRESENTED = Rule(
    "planning-municipality-not-represented",
    czech="Obec {municipality} nemá ve skupině {group} zástupce v roli {role} ({basis}).",
    english="{municipality} has no representative in {group} in the role {role} ({basis}).",
    source="Sources § 6: LK has 10 ORP (K10) and 21 POU (K21); seed 002, line 9; seed 003, line 37",
)
MEMBER_WRONG_MUNICIPALITY = Rule(
    "planning-member-wrong-municipality",
    czech="Člen {member} zastupuje obec {municipality}, která není {kind} v kraji {region}; "
    "roli {role} mají jen obce {kind} tohoto kraje ({basis}).",
    english="Member {member} represents {municipality}, which is not an {kind} in {region}; "
    "only the region's {kind} municipalities hold the role {role} ({basis}).",
    source="zákon č. 314/2002 Sb.; Sources § 6",
)
MEMBER_WRONG_FUNCTION = Rule(
    "planning-member-wrong-function",
    czech="Člen {member} zastává funkci {function}; v roli {role} smí být jen {allowed} ({basis}).",
    english="Member {member} holds the function {function}; the role {role} is only for "
    "{allowed} ({basis}).",
    source="seed 003, line 37 (K21: členy jsou starostové či věcně příslušní místostarostové)",
)
MEMBER_DUPLICATE_MUNICIPALITY = Rule(
    "planning-member-duplicate-municipality",
    czech="Obec {municipality} zastupuje v roli {role} více členů ({members}).",
    english="{municipality} is represented in the role {role} by more than one member ({members}).",
    source="Sources § 6: one seat per municipality (K10, K21)",
)
MEMBER_OUT_OF_TERM = Rule(
    "planning-member-out-of-term",
    czech="Členství {member} ({term}) nezahrnuje den {day}.",
    english="The membership of {member} ({term}) does not cover {day}.",
    source="krajsoc: a member counts only within the term of membership",
)
MEMBER_UNKNOWN_ROLE = Rule(
    "planning-member-unknown-role",
    czech="Člen {member} má roli {role}, kterou složení skupiny {group} neuvádí.",
    english="Member {member} has the role {role}, which the composition of {group} does not list.",
    source=_GROUP_RULES,
    severity=Severity.WARNING,
)
GUEST_MEMBER = Rule(
    "planning-guest",
    czech="{member} je přizvaný host bez hlasovacího práva ({basis}).",
    english="{member} is an invited guest without a vote ({basis}).",
    source="seed 002, line 17 (přizvaní účastníci); Sources § 8 (hosté bez hlasu)",
    severity=Severity.INFO,
)
QUORUM_NOT_MET = Rule(
    "planning-quorum-not-met",
    czech="Skupina {group} není usnášeníschopná: přítomno {present} členů s hlasem, "
    "pravidla vyžadují {required} ({basis}).",
    english="{group} has no quorum: {present} voting members present, its rules require "
    "{required} ({basis}).",
    reference=LegalReference(act("359/1999"), section="38", subsection=4),
    source="model: the ORP's child-protection commission; a group's own rules decide",
)
CHAIR_ABSENT = Rule(
    "planning-chair-absent",
    czech="Na jednání skupiny {group} chybí předsedající (žádná z rolí {chair}) ({basis}).",
    english="No chair of {group} (none of the roles {chair}) is present ({basis}).",
    reference=LegalReference(act("359/1999"), section="38", subsection=4),
    source="model: the ORP's child-protection commission; a group's own rules decide",
)
PLAN_NOT_CONSULTED = Rule(
    "planning-plan-not-consulted",
    czech="Dokument {document} schválily orgány kraje {approved}, aniž by jej předtím "
    "projednala skupina {group} ({basis}).",
    english="The region's bodies approved {document} on {approved} without {group} having "
    "discussed it before ({basis}).",
    source="seed 002, lines 9 and 24 (K10 vždy před projednáním v orgánech kraje)",
)
ACTION_PLAN_LATE = Rule(
    "planning-action-plan-late",
    czech="Akční plán na rok {year} byl schválen {approved}, po {due}.",
    english="The action plan for {year} was approved on {approved}, after {due}.",
    reference=LegalReference(_ZSS, section="95", letter="h"),
    source="regional practice: the assembly approves the action plan and the network in June "
    "for the next year (Sources § 8)",
    certainty=Certainty.BELIEVED,
    severity=Severity.WARNING,
)
ACTION_PLAN_MISSING = Rule(
    "planning-action-plan-missing",
    czech="Akční plán na rok {year} nebyl schválen (obvykle do {due}).",
    english="No action plan for {year} was approved (usually by {due}).",
    reference=LegalReference(_ZSS, section="95", letter="h"),
    source="regional practice (Sources § 8)",
    certainty=Certainty.BELIEVED,
    severity=Severity.WARNING,
)
EVALUATION_MISSING = Rule(
    "planning-evaluation-missing",
    czech="Za rok {year} chybí vyhodnocení plnění střednědobého plánu.",
    english="No evaluation of the medium-term plan is recorded for {year}.",
    reference=LegalReference(_ZSS, section="95", letter="e"),
    source="yearly evaluation is regional practice, the statute sets no interval",
    certainty=Certainty.BELIEVED,
    severity=Severity.WARNING,
)
MINISTRY_REPORT_MISSING = Rule(
    "planning-ministry-report-missing",
    czech="Za rok {year} chybí informace ministerstvu o plnění plánu rozvoje sociálních služeb.",
    english="No report to the ministry on the plan's fulfilment is recorded for {year}.",
    reference=LegalReference(_ZSS, section="95", letter="f"),
    source="yearly report is regional practice, the statute sets no interval",
    certainty=Certainty.BELIEVED,
    severity=Severity.WARNING,
)

GROUP_UNKNOWN = Rule(
    "planning-group-unknown",
    czech="Kraj {region} nemá plánovací skupinu s tímto kódem; jeho skupiny: {allowed}.",
    english="{region} has no planning group of this code; its groups: {allowed}.",
    source="plánovací skupiny kraje, vestavěné nebo načtené / the region's planning groups, "
    "built in or loaded (krajsoc.planning.groups)",
)

PLANNING_RULES: tuple[Rule, ...] = (
    GROUP_UNKNOWN,
    NOTICE_LATE,
    NOTICE_SHORT_EXTRAORDINARY,
    MATERIALS_LATE,
    MATERIALS_SHORT_EXTRAORDINARY,
    CONVENED_BY_WRONG_ROLE,
    MEMBER_NOT_NOTIFIED,
    MEETINGS_TOO_FEW,
    MEETINGS_FEWER_THAN_USUAL,
    REQUIRED_ROLE_MISSING,
    RECOMMENDED_ROLE_MISSING,
    MUNICIPALITY_NOT_REPRESENTED,
    MEMBER_WRONG_MUNICIPALITY,
    MEMBER_WRONG_FUNCTION,
    MEMBER_DUPLICATE_MUNICIPALITY,
    MEMBER_OUT_OF_TERM,
    MEMBER_UNKNOWN_ROLE,
    GUEST_MEMBER,
    QUORUM_NOT_MET,
    CHAIR_ABSENT,
    PLAN_NOT_CONSULTED,
    ACTION_PLAN_LATE,
    ACTION_PLAN_MISSING,
    EVALUATION_MISSING,
    MINISTRY_REPORT_MISSING,
)
"""Every rule of :mod:`krajsoc.planning`, in the order of the docs' Rules page."""
