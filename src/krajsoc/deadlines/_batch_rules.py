"""Why a row of a batch of dates cannot be counted, as rules a report names.

The batch functions (:func:`~krajsoc.deadlines.deadlines_after` and the rest) report each bad
row as a :class:`~krajsoc.findings.Finding` of one of these rules, at
``Where(row=..., field=...)``: the row's 0-based position (a ``pandas.Series``'s index label)
and the parameter it came in. None of them shows what arrived except through
:func:`krajsoc._quote.quote`: text is described by its length, other values by their type, a
date out of range by its quoted ISO form.

Examples:
    >>> BATCH_DATETIME.english
    'The value is a datetime, but a period counts whole days: pass a date (use .date()).'
    >>> [rule.code for rule in BATCH_RULES][:2]
    ['batch-missing-date', 'batch-datetime']
"""

from __future__ import annotations

from krajsoc.findings import Rule
from krajsoc.law import LegalReference, act

__all__ = [
    "BATCH_COLLECTED_BEFORE_READY",
    "BATCH_DATETIME",
    "BATCH_END_OUTSIDE",
    "BATCH_MISSING",
    "BATCH_NOT_A_DATE",
    "BATCH_OUTSIDE",
    "BATCH_RULES",
    "BATCH_TEXT",
    "BATCH_TIME_OF_DAY",
    "BATCH_UNKNOWN_CHANNEL",
]

_SR = act("500/2004")
_WHOLE_DAYS = LegalReference(_SR, section="40", subsection=1, letter="a")
_INPUT = "krajsoc: vstup dávkových funkcí lhůt / input of the deadline batches"
_RANGE = "krajsoc: kalendář svátků 1. 1. 2000 – 31. 12. 2100 (Sources § 5)"

BATCH_MISSING = Rule(
    "batch-missing-date",
    czech="Datum chybí (None, NaT nebo NaN).",
    english="The date is missing (None, NaT or NaN).",
    source=_INPUT,
)
"""A row holds no date: ``None``, pandas' ``NaT`` or numpy's, or a float ``NaN``."""

BATCH_DATETIME = Rule(
    "batch-datetime",
    czech="Hodnota je datum s časem, lhůta se ale počítá na celé dny: předejte datum (.date()).",
    english="The value is a datetime, but a period counts whole days: pass a date (use .date()).",
    reference=_WHOLE_DAYS,
)
"""A ``datetime`` (or a pandas ``Timestamp``) instead of a date: § 40 counts whole days."""

BATCH_TIME_OF_DAY = Rule(
    "batch-time-of-day",
    czech="Hodnota datetime64 má i denní čas, lhůta se ale počítá na celé dny: předejte půlnoci "
    "nebo datetime64[D].",
    english="The datetime64 value has a time of day, but a period counts whole days: pass "
    "midnights or datetime64[D].",
    reference=_WHOLE_DAYS,
)
"""A ``datetime64`` row that is not at midnight: cutting it to its day is left to the caller."""

BATCH_TEXT = Rule(
    "batch-text",
    czech="Hodnota je text ({got}), ne datum: převeďte text na data předem.",
    english="The value is text ({got}), not a date: convert text to dates first.",
    source=_INPUT,
)
"""Text among dates, e.g. a CSV column not yet read as dates; described, never shown."""

BATCH_NOT_A_DATE = Rule(
    "batch-not-a-date",
    czech="Hodnota není datum (přišlo: {got}).",
    english="The value is not a date (got: {got}).",
    source=_INPUT,
)
"""Any other value: a number, a list, an object; named by its type."""

BATCH_OUTSIDE = Rule(
    "batch-date-outside-calendar",
    czech="Datum {day} je mimo kalendář, který sahá od 1. 1. 2000 do 31. 12. 2100.",
    english="The date {day} is outside the calendar, which runs from 1. 1. 2000 to 31. 12. 2100.",
    source=_RANGE,
)
"""A date before 2000 or after 2100: the calendar knows no holidays there."""

BATCH_END_OUTSIDE = Rule(
    "batch-end-outside-calendar",
    czech="Konec lhůty od {day} by padl mimo kalendář (1. 1. 2000 – 31. 12. 2100).",
    english="The end of the period from {day} would fall outside the calendar "
    "(1. 1. 2000 to 31. 12. 2100).",
    source=_RANGE,
)
"""A date inside the calendar whose end (or day of delivery) falls outside it."""

BATCH_COLLECTED_BEFORE_READY = Rule(
    "batch-collected-before-ready",
    czech="Písemnost je vyzvednuta {collected}, dříve než byla připravena k vyzvednutí {ready}.",
    english="The document was collected on {collected}, before it was ready on {ready}.",
    reference=LegalReference(_SR, section="24", subsection=1),
)
"""A day of collection before the day the document was ready (``delivery_date`` refuses it)."""

BATCH_UNKNOWN_CHANNEL = Rule(
    "batch-unknown-channel",
    czech="Způsob doručení {got} neznáme: uveďte pošta (post) nebo datová schránka (data_box).",
    english="The delivery channel {got} is not known: give post (pošta) or data_box (datová "
    "schránka).",
    reference=LegalReference(_SR, section="24", subsection=1),
    source="krajsoc: Channel, doručení poštou nebo do datové schránky (§ 17 odst. 4 zákona "
    "č. 300/2008 Sb.)",
)
"""A row's channel in a column of channels names neither channel (``"post"``, ``"pošta"``, …)."""

BATCH_RULES: tuple[Rule, ...] = (
    BATCH_MISSING,
    BATCH_DATETIME,
    BATCH_TIME_OF_DAY,
    BATCH_TEXT,
    BATCH_NOT_A_DATE,
    BATCH_OUTSIDE,
    BATCH_END_OUTSIDE,
    BATCH_COLLECTED_BEFORE_READY,
    BATCH_UNKNOWN_CHANNEL,
)
"""Every reason a batch gives for a bad row, in the order of the Rules page."""
