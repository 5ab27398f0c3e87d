"""Periods and deadlines: § 40 správního řádu, notice periods, delivery and appeals.

A :class:`Period` is a value (``Period(days=15)``, ``Period.parse("1 měsíc")``);
:func:`deadline_after` counts it forward from an event under § 40 odst. 1 správního řádu,
:func:`deadline_before` back from an anchor for notice periods, :func:`delivery_date` and
:func:`appeal_deadline` apply the rules on delivery and appeal. Each returns a
:class:`Deadline` whose :attr:`~Deadline.steps` give the reasoning, each step naming the
:class:`~krajsoc.findings.Rule` it applied (:data:`DEADLINE_RULES` lists them all; the working-day
calendar is :data:`krajsoc.calendar.CZECH_CALENDAR`). For whole columns, :func:`deadlines_after`,
:func:`deadlines_before`, :func:`delivery_dates` and :func:`appeal_deadlines` give only the ends,
for a list, a numpy ``datetime64`` array or a pandas ``Series``; bad rows raise, come back
missing or are reported (:data:`BATCH_RULES`).

Examples:
    >>> from datetime import date
    >>> from krajsoc.deadlines import Period, deadline_after
    >>> deadline_after(date(2026, 11, 23), Period.parse("15 dnů")).end
    datetime.date(2026, 12, 8)
"""

from krajsoc.deadlines._batch_counting import deadlines_after, deadlines_before
from krajsoc.deadlines._batch_delivery import appeal_deadlines, delivery_dates
from krajsoc.deadlines._batch_rules import BATCH_RULES
from krajsoc.deadlines._counting import deadline_after, deadline_before
from krajsoc.deadlines._day_of_month import (
    DAY_OF_MONTH_RULES,
    DayOfMonthDeadline,
    day_of_following_month,
)
from krajsoc.deadlines._deadline import Deadline, Step
from krajsoc.deadlines._deadline_form import DeadlineRecord, StepRecord
from krajsoc.deadlines._deadline_record import deadline_from_record
from krajsoc.deadlines._delivery import (
    APPEAL_PERIOD,
    CHANNEL_NAMES,
    FICTION_PERIOD,
    Channel,
    appeal_deadline,
    delivery_date,
)
from krajsoc.deadlines._period import Period
from krajsoc.deadlines._rules import DEADLINE_RULES

__all__ = [
    "APPEAL_PERIOD",
    "BATCH_RULES",
    "CHANNEL_NAMES",
    "DAY_OF_MONTH_RULES",
    "DEADLINE_RULES",
    "FICTION_PERIOD",
    "Channel",
    "DayOfMonthDeadline",
    "Deadline",
    "DeadlineRecord",
    "Period",
    "Step",
    "StepRecord",
    "appeal_deadline",
    "appeal_deadlines",
    "day_of_following_month",
    "deadline_after",
    "deadline_before",
    "deadline_from_record",
    "deadlines_after",
    "deadlines_before",
    "delivery_date",
    "delivery_dates",
]
