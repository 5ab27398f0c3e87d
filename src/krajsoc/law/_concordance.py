"""Data: how zákon č. 242/2024 Sb. renumbered zákon č. 359/1999 Sb., and doubtful seed citations.

Source: Sources § 2–3 (checked 2026-11-23). The amendment took effect on 1. 1. 2025
with exceptions (verified); whether the part on substitute family care moved on that day is
doubtful. The text in force on 1. 10. 2025 uses the new numbers (verified headings). The pairs
below are inferred from headings, so each row is *believed* unless marked otherwise; rows for
sections whose new number is not established are *doubtful* and name no new number.

Columns of ``RENUMBERING_ROWS``: old section, old subsection (``None`` for any), new sections
(``'23d-23g'`` is a range), subject (Czech, as the act's headings name it), certainty.

Columns of ``DOUBT_ROWS``: the Sources row, act id, section, ``True`` if the doubt applies only
when a subsection is cited, what is doubtful in Czech and in English, certainty of the remark.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "DOUBT_ROWS",
    "RENUMBERED_ACT",
    "RENUMBERING_ACT",
    "RENUMBERING_FROM",
    "RENUMBERING_ROWS",
]

RENUMBERED_ACT = "359/1999"
RENUMBERING_ACT = "242/2024"
RENUMBERING_FROM = date(2025, 1, 1)

RenumberingRow = tuple[str, int | None, tuple[str, ...], str, str]

_SUBSTITUTE_CARE = "náhradní rodinná péče (Sources C1): nové číslo není zjištěno"

RENUMBERING_ROWS: tuple[RenumberingRow, ...] = (
    (
        "21",
        None,
        ("21", "23a-23c"),
        "spisová dokumentace o dítěti; žádost o zařazení do evidence žadatelů",
        "believed",
    ),
    (
        "22",
        None,
        ("22", "23d-23g", "23i"),
        "evidence dětí; zařazení žadatelů do evidence; vedení evidence žadatelů",
        "believed",
    ),
    (
        "24c",
        None,
        ("23", "23j"),
        "vyřazení z evidence dětí; vyřazení z evidence žadatelů",
        "believed",
    ),
    ("11", 2, ("44",), "příprava žadatelů", "believed"),
    ("27", None, ("45",), "psychologické posouzení", "believed"),
    ("24", None, (), _SUBSTITUTE_CARE, "doubtful"),
    ("24a", None, (), _SUBSTITUTE_CARE, "doubtful"),
    ("24b", None, (), _SUBSTITUTE_CARE, "doubtful"),
    ("24d", None, (), _SUBSTITUTE_CARE, "doubtful"),
    ("25", None, (), _SUBSTITUTE_CARE, "doubtful"),
    (
        "27a",
        None,
        (),
        "evidence osob v pěstounské péči na přechodnou dobu (Sources C1): nové číslo není zjištěno",
        "doubtful",
    ),
)

DoubtRow = tuple[str, str, str, bool, str, str, str]

DOUBT_ROWS: tuple[DoubtRow, ...] = (
    (
        "C4",
        "108/2006",
        "93",
        True,
        "§ 93 zákona č. 108/2006 Sb. se člení na písmena, ne na odstavce: citujte „§ 93 písm. x)“.",
        "§ 93 of zákon č. 108/2006 Sb. is divided into letters, not subsections: cite "
        "'§ 93 písm. x)'.",
        "believed",
    ),
    (
        "C3",
        "128/2000",
        "67",
        False,
        "§ 67 zákona č. 128/2000 Sb. upravuje složení rady obce; přenesenou působnost krajského "
        "úřadu upravuje § 67 zákona č. 129/2000 Sb., o krajích.",
        "§ 67 of zákon č. 128/2000 Sb. is about the council's composition; the regional "
        "authority's delegated powers are § 67 of zákon č. 129/2000 Sb., zákon o krajích.",
        "doubtful",
    ),
    (
        "C5",
        "334/2002",
        "28",
        False,
        "Souvislost tohoto předpisu s přestupky na úseku sociálně-právní ochrany dětí nebyla "
        "nalezena; přestupky upravuje § 59 a násl. zákona č. 359/1999 Sb., řízení o nich "
        "zákon č. 250/2016 Sb.",
        "No link of this act to offences in child protection was found; those are § 59 ff. of "
        "zákon č. 359/1999 Sb., the procedure is under zákon č. 250/2016 Sb.",
        "doubtful",
    ),
    (
        "C6",
        "359/1999",
        "38a",
        False,
        "§ 38a jako základ poradního sboru kraje je předpokládaný, nikoli potvrzený; § 38 "
        "upravuje komisi pro sociálně-právní ochranu dětí obce s rozšířenou působností, "
        "alternativou tedy není.",
        "§ 38a as the basis of the region's advisory board is believed, not confirmed; § 38 is "
        "the ORP's commission for the social and legal protection of children, so it is not "
        "the alternative.",
        "believed",
    ),
)
