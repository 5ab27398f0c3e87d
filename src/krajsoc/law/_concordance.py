"""Data: how zákon č. 242/2024 Sb. renumbered zákon č. 359/1999 Sb., and doubtful seed citations.

Source: ``shared/DOMAIN.md`` § 2–3 (checked 2026-11-23). The amendment took effect on 1. 1. 2025
with exceptions (verified); whether the part on substitute family care moved on that day is
doubtful. The text in force on 1. 10. 2025 uses the new numbers (verified headings). The pairs
below are inferred from headings, so each row is *believed* unless marked otherwise; rows for
sections whose new number is not established are *doubtful* and name no new number.

Columns of ``RENUMBERING_ROWS``: old section, old subsection (``None`` for any), new sections
(``'23d-23g'`` is a range), subject, certainty.

Columns of ``DOUBT_ROWS``: act id, section, ``True`` if the doubt applies only when a subsection is
cited, what is doubtful (with the DOMAIN.md row), certainty of the remark.
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

RENUMBERING_ROWS: tuple[RenumberingRow, ...] = (
    (
        "21",
        None,
        ("21", "23a-23c"),
        "child's file; application to the applicants' register",
        "believed",
    ),
    (
        "22",
        None,
        ("22", "23d-23g", "23i"),
        ("register of children; inclusion of applicants; keeping the applicants' register"),
        "believed",
    ),
    (
        "24c",
        None,
        ("23", "23j"),
        ("removal from the register of children; removal from the applicants' register"),
        "believed",
    ),
    ("11", 2, ("44",), "preparation of applicants", "believed"),
    ("27", None, ("45",), "psychological assessment", "believed"),
    (
        "24",
        None,
        (),
        ("substitute family care (DOMAIN.md C1): new number not established"),
        "doubtful",
    ),
    (
        "24a",
        None,
        (),
        ("substitute family care (DOMAIN.md C1): new number not established"),
        "doubtful",
    ),
    (
        "24b",
        None,
        (),
        ("substitute family care (DOMAIN.md C1): new number not established"),
        "doubtful",
    ),
    (
        "24d",
        None,
        (),
        ("substitute family care (DOMAIN.md C1): new number not established"),
        "doubtful",
    ),
    (
        "25",
        None,
        (),
        ("substitute family care (DOMAIN.md C1): new number not established"),
        "doubtful",
    ),
    (
        "27a",
        None,
        (),
        ("temporary foster care register (DOMAIN.md C1): new number not established"),
        "doubtful",
    ),
)

DoubtRow = tuple[str, str, bool, str, str]

DOUBT_ROWS: tuple[DoubtRow, ...] = (
    (
        "108/2006",
        "93",
        True,
        ("§ 93 is divided into letters, not subsections: cite '§ 93 písm. x)' (C4)"),
        "believed",
    ),
    (
        "128/2000",
        "67",
        False,
        (
            "§ 67 of 128/2000 is about the council's composition; the regional "
            "authority's delegated powers are § 67 of 129/2000, zákon o krajích "
            "(C3)"
        ),
        "doubtful",
    ),
    (
        "334/2002",
        "28",
        False,
        (
            "no link of this act to offences in child protection found; those are §"
            " 59 ff. of 359/1999 Sb., procedure under 250/2016 Sb. (C5)"
        ),
        "doubtful",
    ),
    (
        "359/1999",
        "38a",
        False,
        (
            "the advisory board (poradní sbor) may be § 38 in the old numbering; "
            "not confirmed either way (C6)"
        ),
        "doubtful",
    ),
)
