"""Where the seeds' legal bases disagree with the law: one correction per affected agenda.

Source: Sources § 2 (rows C1–C9) and § 1 (the row of zákon č. 110/2019 Sb.), checked
2026-11-23. The seed's text stays verbatim in the agenda; the correction says which references it
supersedes (as read from the text), which apply instead, how sure that is, and why. A correction
with nothing to replace only flags the citation (C1 for paragraphs right in the old numbering, C6
unverified, C9 confirmed).

Corrections stay in the numbering the seed uses (zákon č. 359/1999 Sb. before zákon č. 242/2024
Sb.): a citation that was right when written is kept, a wrong one is corrected to the right *old*
paragraph (C2: § 22 for inclusion, § 24c for exclusion). The renumbering is not a correction of
the seed: :func:`krajsoc.law.check_reference` reports the new numbers for any reference.

Keys are agenda ids (stable, see :func:`krajsoc.agendas.agenda_id`).
"""

from __future__ import annotations

from krajsoc.agendas._agenda import Correction
from krajsoc.findings import Certainty
from krajsoc.law import LegalReference, act

__all__ = ["CORRECTIONS"]

_SPOD = act("359/1999")
_ZSS = act("108/2006")
_LK = "CZ051/oddeleni-socialni-prace/pp/"
_MUNICIPAL = "CZ/municipal-type-ii/pp/"

CORRECTIONS: dict[str, Correction] = {
    _LK + "3": Correction(
        domain_row="C3",
        cited="§ 67 zákona o obcích",
        replaces=(LegalReference(act("128/2000"), section="67"),),
        corrected=(LegalReference(act("129/2000"), section="67"),),
        note=(
            "§ 67 of zákon o obcích (128/2000 Sb.) is about the council's composition; the "
            "regional authority's delegated powers are § 67 of zákon o krajích (129/2000 Sb.)."
        ),
        certainty=Certainty.DOUBTFUL,
    ),
    _LK + "6": Correction(
        domain_row="C8",
        cited="§ 37 zákona č. 108/2006 Sb.",
        replaces=(LegalReference(_ZSS, section="37"),),
        corrected=(LegalReference(_ZSS, section="37", subsection=2),),
        note="Right; basic social counselling (základní sociální poradenství) is § 37 odst. 2.",
        certainty=Certainty.VERIFIED,
    ),
    _LK + "8": Correction(
        domain_row="C4",
        cited="§ 93 odst. 1 zákona č. 108/2006 Sb.",
        replaces=(LegalReference(_ZSS, section="93", subsection=1),),
        corrected=(LegalReference(_ZSS, section="93"),),
        note="§ 93 is divided into letters, not subsections: cite § 93 písm. x).",
        certainty=Certainty.BELIEVED,
    ),
    _LK + "23": Correction(
        domain_row="C9",
        cited="§ 67 odst. 1 písm. f) zákona č. 129/2000 Sb.",
        note="Right as cited: the coordinator for Roma affairs.",
        certainty=Certainty.VERIFIED,
    ),
    _LK + "41": Correction(
        domain_row="C2",
        cited="(§ 24c)",
        replaces=(LegalReference(_SPOD, section="24c"),),
        corrected=(LegalReference(_SPOD, section="22"), LegalReference(_SPOD, section="24c")),
        note=(
            "The seed cites § 24c (of zákon č. 359/1999 Sb., from the block's context) for both "
            "inclusion and exclusion; in the numbering the seed uses, § 24c covered exclusion "
            "only and inclusion was § 22. The renumbering by zákon č. 242/2024 Sb. (C1) is left "
            "to krajsoc.law.check_reference, which reports the new numbers."
        ),
        certainty=Certainty.VERIFIED,
    ),
    _LK + "44": Correction(
        domain_row="C1",
        cited="§ 24, § 24a, § 24b, § 24d, § 25",
        note=(
            "Numbering of zákon č. 359/1999 Sb. before zákon č. 242/2024 Sb.; the new numbers of "
            "these sections are not confirmed, so the seed's are kept."
        ),
        certainty=Certainty.VERIFIED,
    ),
    _LK + "47": Correction(
        domain_row="C1",
        cited="(§ 11 odst. 2)",
        note=(
            "Right in the numbering of zákon č. 359/1999 Sb. (the block's act) before zákon č. "
            "242/2024 Sb., so the seed's reference is kept; preparation of applicants is § 44 "
            "since the renumbering, which krajsoc.law.check_reference reports."
        ),
        certainty=Certainty.VERIFIED,
    ),
    _LK + "48": Correction(
        domain_row="C7",
        cited="§ 45 zákona o rodině č. 94/1963 Sb.",
        replaces=(LegalReference(act("94/1963"), section="45"),),
        corrected=(LegalReference(act("89/2012"), section="953"),),
        note=(
            "Zákon o rodině was repealed on 1. 1. 2014; entrusting a child to another person's "
            "care is § 953 ff. of občanský zákoník (89/2012 Sb.)."
        ),
        certainty=Certainty.BELIEVED,
    ),
    _LK + "52": Correction(
        domain_row="C6",
        cited="§ 38a zákona č. 359/1999 Sb.",
        note=(
            "Kept as the seed has it; the advisory board may be § 38 (old numbering). Not "
            "confirmed either way."
        ),
        certainty=Certainty.DOUBTFUL,
    ),
    _LK + "57": Correction(
        domain_row="C5",
        cited="§ 28 zákona č. 334/2002 Sb.",
        replaces=(LegalReference(act("334/2002"), section="28"),),
        corrected=(LegalReference(_SPOD, section="59"), LegalReference(act("250/2016"))),
        note=(
            "No link found between § 28 of 334/2002 Sb. and child protection; offences are "
            "§ 59 ff. of zákon č. 359/1999 Sb. (přestupky since 1. 7. 2017), their procedure "
            "under zákon č. 250/2016 Sb."
        ),
        certainty=Certainty.DOUBTFUL,
    ),
    _MUNICIPAL + "20": Correction(
        domain_row="§ 1: 110/2019 Sb.",
        cited="zákona o ochraně osobních údajů",
        replaces=(LegalReference(act("101/2000")),),
        corrected=(LegalReference(act("110/2019")),),
        note=(
            "Zákon č. 101/2000 Sb., o ochraně osobních údajů, was replaced on 24. 4. 2019 by "
            "zákon č. 110/2019 Sb., o zpracování osobních údajů (with the GDPR)."
        ),
        certainty=Certainty.BELIEVED,
    ),
}
