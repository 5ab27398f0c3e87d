"""Time limits a register's events start, and what is due on a day.

A :class:`Duty` is a time limit the law sets — a count of days (§ 40 odst. 1 správního řádu,
through :func:`~krajsoc.deadlines.deadline_after`) or a day of the following month
(:func:`~krajsoc.deadlines.day_of_following_month`) — with the events that meet it, pause it
(the time to decide does not run while proceedings are interrupted), resume and extend it. An
entry keeps its open limits as :class:`OpenDuty` values; one met after its end is kept as
:class:`LateDuty`. :func:`due_report` turns them into findings on a day.

Examples:
    >>> from datetime import date
    >>> from krajsoc.deadlines import Period
    >>> forward = Duty("forward-file", czech="předání spisu", english="forwarding the file",
    ...                basis="§ 23c zákona o SPOD", period=Period(days=30),
    ...                ended_by=frozenset({"file_forwarded"}))
    >>> OpenDuty.start(forward, date(2026, 1, 5)).end()
    datetime.date(2026, 2, 4)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar, czech_date
from krajsoc.deadlines import Period, day_of_following_month, deadline_after
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Certainty, Finding, Severity, Where
from krajsoc.registers._rules import DUTY_DUE_SOON, DUTY_LATE, DUTY_OVERDUE

__all__ = ["Duty", "LateDuty", "OpenDuty", "due_findings"]

_NO_EVENTS: frozenset[str] = frozenset()


def _events(names: Iterable[str]) -> frozenset[str]:
    return frozenset(names)


@attrs.frozen
class Duty:
    """A time limit an event starts: how long, on what basis, and which events affect it.

    Exactly one of ``period`` and ``day_of_month`` is set.

    Attributes:
        code: A stable code, e.g. ``'forward-file'``.
        czech: What must be done, in Czech (``'předání spisové dokumentace krajskému úřadu'``).
        english: The same in English.
        basis: The provision that sets it, as the finding shows it.
        period: A period counted from the event under § 40 odst. 1 správního řádu.
        day_of_month: The day of the following month it ends on ("do 15. dne").
        extension: How much the limit may be extended at most, once.
        certainty: How sure the library is of the limit.
        ended_by: The events that meet it (after its end: met late).
        dropped_by: The events after which it is no longer owed (a withdrawal, a removal).
        paused_by: The events that stop its time running (periods in days only).
        resumed_by: The events that start it running again.
        extended_by: The events that extend it by ``extension``.
    """

    code: str
    czech: str = attrs.field(kw_only=True)
    english: str = attrs.field(kw_only=True)
    basis: str = attrs.field(kw_only=True)
    period: Period | None = attrs.field(default=None, kw_only=True)
    day_of_month: int | None = attrs.field(default=None, kw_only=True)
    extension: Period | None = attrs.field(default=None, kw_only=True)
    certainty: Certainty = attrs.field(default=Certainty.VERIFIED, kw_only=True)
    ended_by: frozenset[str] = attrs.field(default=_NO_EVENTS, kw_only=True, converter=_events)
    dropped_by: frozenset[str] = attrs.field(default=_NO_EVENTS, kw_only=True, converter=_events)
    paused_by: frozenset[str] = attrs.field(default=_NO_EVENTS, kw_only=True, converter=_events)
    resumed_by: frozenset[str] = attrs.field(default=_NO_EVENTS, kw_only=True, converter=_events)
    extended_by: frozenset[str] = attrs.field(default=_NO_EVENTS, kw_only=True, converter=_events)

    def __attrs_post_init__(self) -> None:
        if (self.period is None) == (self.day_of_month is None):
            raise InvalidInputError(
                f"duty {self.code!r} needs exactly one of period and day_of_month",
                where="Duty",
                expected="period=Period(days=30) or day_of_month=15",
            )
        counts_days = self.period is not None and self.period.unit == "days"
        extends_days = self.extension is None or self.extension.unit == "days"
        if (self.paused_by or self.extension is not None) and not (counts_days and extends_days):
            raise InvalidInputError(
                f"duty {self.code!r} can be paused or extended only as a period in days",
                where="Duty",
                expected="period=Period(days=...) and extension=Period(days=...)",
            )

    @property
    def limit(self) -> str:
        """The limit in Czech: ``'30 dnů'`` or ``'do 15. dne následujícího měsíce'``."""
        if self.period is not None:
            return self.period.czech
        return f"do {self.day_of_month}. dne následujícího měsíce"


@attrs.frozen
class OpenDuty:
    """A time limit running for one entry.

    Attributes:
        duty: The limit.
        started: The day of the event that started it.
        anchor: The day its time (re)started running: ``started``, or the day it resumed.
        days_left: For a period in days, the days left from ``anchor``.
        paused: Whether its time is stopped.
        extended: Whether it was extended.
    """

    duty: Duty
    started: date
    anchor: date
    days_left: int | None
    paused: bool = False
    extended: bool = False

    @classmethod
    def start(cls, duty: Duty, day: date) -> OpenDuty:
        """The limit started on ``day``."""
        days = duty.period.count if duty.period is not None and duty.period.unit == "days" else None
        return cls(duty, day, day, days)

    def end(self, calendar: CzechCalendar = CZECH_CALENDAR, *, moved: bool = True) -> date:
        """The last day to meet it (as if it were running, when paused)."""
        duty = self.duty
        if duty.day_of_month is not None:
            return day_of_following_month(
                self.started, duty.day_of_month, moved=moved, calendar=calendar
            ).end
        if self.days_left is None:
            assert duty.period is not None
            return deadline_after(self.started, duty.period, calendar).end
        if self.days_left < 1:
            return self.anchor + timedelta(days=self.days_left)
        return deadline_after(self.anchor, Period(days=self.days_left), calendar).end

    def after(self, event: str, day: date) -> OpenDuty:
        """The limit after ``event`` on ``day`` paused, resumed or extended it."""
        duty = self.duty
        if event in duty.paused_by and not self.paused and self.days_left is not None:
            used = (day - self.anchor).days
            return attrs.evolve(self, days_left=self.days_left - used, paused=True)
        if event in duty.resumed_by and self.paused:
            return attrs.evolve(self, anchor=day, paused=False)
        if event in duty.extended_by and not self.extended and duty.extension is not None:
            assert self.days_left is not None
            return attrs.evolve(
                self, days_left=self.days_left + duty.extension.count, extended=True
            )
        return self


@attrs.frozen
class LateDuty:
    """A time limit met after its end.

    Attributes:
        duty: The limit.
        end: Its last day.
        done: The day it was met.
    """

    duty: Duty
    end: date
    done: date


def _fields(duty: Duty, end: date) -> dict[str, str]:
    basis = (
        duty.basis if duty.certainty is Certainty.VERIFIED else f"{duty.basis}; {duty.certainty}"
    )
    return {"duty": duty.czech, "basis": basis, "end": czech_date(end)}


def due_findings(
    entry_id: str,
    open_duties: Iterable[OpenDuty],
    late: Iterable[LateDuty],
    *,
    on: date,
    until: date,
    calendar: CzechCalendar,
    moved: bool,
) -> list[Finding]:
    """The findings of one entry on day ``on``: overdue and late (violations), due by ``until``.

    A paused limit is not reported. The finding names the entry id and the limit's code.
    """
    found: list[Finding] = []
    for item in late:
        if item.done <= on:
            fields = _fields(item.duty, item.end) | {"done": czech_date(item.done)}
            where = Where(entry=entry_id, field=item.duty.code)
            found.append(Finding(DUTY_LATE, where=where, fields=fields))
    for running in open_duties:
        if running.paused:
            continue
        end = running.end(calendar, moved=moved)
        where = Where(entry=entry_id, field=running.duty.code)
        if end < on:
            found.append(Finding(DUTY_OVERDUE, where=where, fields=_fields(running.duty, end)))
        elif end <= until:
            found.append(
                Finding(
                    DUTY_DUE_SOON,
                    where=where,
                    fields=_fields(running.duty, end),
                    severity=Severity.WARNING,
                )
            )
    return found
