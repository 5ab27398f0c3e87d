"""A deadline's JSON form: what ``krajsoc deadline --json`` prints and a Deadline field dumps.

:class:`DeadlineRecord` holds the event, the period, the nominal end, the end, the latest working
day, the rules applied by code, the steps with their sentences and references, the deadline it
follows and the office's closed days of its calendar; :func:`record_of` writes it from a
deadline. Reading it back, which counts the deadline again, is
:mod:`krajsoc.deadlines._deadline_record`.

Examples:
    >>> from datetime import date
    >>> from krajsoc.deadlines import Period, deadline_after
    >>> record = record_of(deadline_after(date(2026, 12, 9), Period(days=15)))
    >>> record.end, record.rules
    (datetime.date(2026, 12, 28), ('deadline-start', 'deadline-count-days', 'deadline-moved'))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from krajsoc.calendar import CzechDate
from krajsoc.deadlines._period import Period

if TYPE_CHECKING:  # a deadline writes its record; the record module never builds one
    from krajsoc.deadlines._deadline import Deadline

__all__ = ["DeadlineRecord", "StepRecord", "record_of"]

_MODEL = ConfigDict(
    frozen=True,
    extra="forbid",
    use_attribute_docstrings=True,
    json_schema_serialization_defaults_required=True,
)


class StepRecord(BaseModel):
    """One step of a deadline's reasoning in its JSON form."""

    model_config = _MODEL

    rule: str = Field(min_length=1, max_length=80)
    """The rule's code; its anchor on the docs' Rules page."""
    cs: str = Field(max_length=1000)
    """The step in Czech."""
    en: str = Field(max_length=1000)
    """The step in English."""
    reference: str | None = Field(default=None, max_length=300)
    """The provision the rule applies, cited in full; null where no statute governs."""
    source: str | None = Field(default=None, max_length=300)
    """The court decision or commentary the rule follows, if any."""


class DeadlineRecord(BaseModel):
    """A deadline's JSON form: ``krajsoc deadline --json`` prints it, a Deadline field dumps it.

    Read back, the deadline is counted again from ``event`` and ``period`` under the rules
    named; ``nominal_end``, ``latest_working_day`` and ``steps`` may be left out (they are
    derived), and where given they must agree, as ``end`` and ``rules`` must.
    """

    model_config = _MODEL

    event: CzechDate
    """The day of the event the period runs from (for a period counted back: the anchor)."""
    period: Period
    """The period: an ISO 8601 duration ('P15D'), or Czech text for working days."""
    nominal_end: CzechDate | None = None
    """The day the period reaches by counting alone, before any move off a day off."""
    end: CzechDate
    """The last day of the period."""
    latest_working_day: CzechDate | None = None
    """The end if it is a working day, otherwise the working day before it."""
    rules: tuple[str, ...] = Field(min_length=1, max_length=10)
    """The codes of the rules applied, in order; the first says how the deadline was counted."""
    steps: tuple[StepRecord, ...] | None = Field(default=None, max_length=30)
    """The reasoning, one step per rule, those of the deadline it follows first."""
    follows: DeadlineRecord | None = None
    """The deadline whose end is this one's event (the delivery an appeal runs from), if any."""
    closures: tuple[CzechDate, ...] = Field(default=(), max_length=1000)
    """The days the office was closed in the calendar counted with; empty for the default."""


def record_of(deadline: Deadline) -> DeadlineRecord:
    """The JSON form of ``deadline`` (what ``krajsoc deadline --json`` prints)."""
    return DeadlineRecord(
        event=deadline.event,
        period=deadline.period,
        nominal_end=deadline.nominal_end,
        end=deadline.end,
        latest_working_day=deadline.latest_working_day,
        rules=tuple(rule.code for rule in deadline.rules),
        steps=tuple(
            StepRecord(
                rule=step.rule.code,
                cs=step.czech,
                en=step.english,
                reference=str(step.reference) if step.reference else None,
                source=step.source,
            )
            for step in deadline.steps
        ),
        follows=None if deadline.follows is None else record_of(deadline.follows),
        closures=tuple(sorted(deadline.calendar.closures)),
    )
