"""The rules :meth:`~krajsoc.agendas.Recurrence.check` applies to the dates a duty was done on.

How often a duty recurs is the agenda's source's word ("2x ročně", "nejméně 3x ročně"), read from
the seed or a region's own catalogue; where a statute sets the frequency, the agenda's legal bases
name it. A strict number needs a date in each occurrence's window (``recurrence-missed``); a
minimum or an approximation is counted over each period (``recurrence-too-few``). A finding of an
approximate (*cca*) or merely recommended (*doporučuje se*) recurrence is a warning, not a
violation.

Examples:
    >>> MISSED.fields
    ('occurrence', 'recurrence', 'window')
    >>> TOO_FEW.severity.value
    'violation'
"""

from __future__ import annotations

from krajsoc.findings import Rule

__all__ = ["MISSED", "RECURRENCE_RULES", "TOO_FEW"]

_SOURCE = (
    "zdroj agendy (seed nebo katalog kraje), který četnost uvádí; právní základ agendy / "
    "the agenda's source that states how often, and its legal basis"
)

MISSED = Rule(
    "recurrence-missed",
    czech="Chybí výskyt č. {occurrence} ({recurrence}) v období {window}.",
    english="Occurrence no. {occurrence} ({recurrence}) is missing in {window}.",
    source=_SOURCE,
)
TOO_FEW = Rule(
    "recurrence-too-few",
    czech="Chybí výskyt č. {occurrence} ({recurrence}) v období {window}: nalezeno {found}.",
    english="Occurrence no. {occurrence} ({recurrence}) is missing in {window}: {found} found.",
    source=_SOURCE,
)

RECURRENCE_RULES: tuple[Rule, ...] = (MISSED, TOO_FEW)
"""Every rule of :meth:`~krajsoc.agendas.Recurrence.check`."""
