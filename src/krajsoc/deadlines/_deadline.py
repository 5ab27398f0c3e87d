"""A computed deadline (konec lhůty) and the reasoning that led to it, step by step.

A :class:`Deadline` records the rules (:class:`~krajsoc.findings.Rule`) it applied when it is
computed; its :attr:`~Deadline.steps` spell them out as short Czech and English sentences from
the rules' templates, each with the legal reference it rests on.

Examples:
    >>> from datetime import date
    >>> from krajsoc.deadlines import Period, deadline_after
    >>> deadline = deadline_after(date(2026, 2, 13), Period(days=15))
    >>> deadline.nominal_end, deadline.end
    (datetime.date(2026, 2, 28), datetime.date(2026, 3, 2))
    >>> print(deadline.steps[-1])
    28. 2. 2026 je sobota, lhůta končí nejbližší následující pracovní den 2. 3. 2026 — § 40 odst. 1 písm. c) správního řádu
"""  # noqa: E501

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar, Language, checked_date
from krajsoc.deadlines._deadline_form import DeadlineRecord, record_of
from krajsoc.deadlines._period import Period
from krajsoc.deadlines._rules import (
    APPEAL,
    APPEAL_PERIOD,
    BEFORE,
    BEFORE_STRICT,
    COLLECTED_DATA_BOX,
    COLLECTED_POST,
    DEADLINE_RULES,
    FICTION_DATA_BOX,
    FICTION_PERIOD,
    FICTION_POST,
)
from krajsoc.deadlines._step import Step, StepFields
from krajsoc.findings import Rule

__all__ = [
    "Deadline",
    "Step",
    "new_deadline",
    "set_end",
    "set_event",
    "set_follows",
    "set_rules",
]

_ONE_DAY = timedelta(days=1)


@attrs.frozen(repr=False, eq=False)
class Deadline:
    """The end of a period counted from an event (or back from an anchor), with its reasoning.

    Attributes:
        event: The day of the event the period runs from (for a period counted back: the
            anchor, e.g. the meeting); that day is never counted.
        period: The period.
        nominal_end: The day the period reaches by counting alone (derived from ``event``,
            ``period`` and ``end``, not stored).
        end: The last day of the period: after an event, ``nominal_end`` moved off a weekend or
            holiday (§ 40 odst. 1 písm. c) správního řádu); before an anchor, not moved.
        latest_working_day: ``end`` if it is a working day, otherwise the working day before it;
            for a period after an event (and for delivery), the same as ``end`` (derived from
            ``end`` and ``calendar``, not stored).
        rules: The rules applied (:class:`~krajsoc.findings.Rule`), in order, e.g.
            ``deadline-start``, ``deadline-count-days``, ``deadline-moved``; :attr:`steps`
            spells them out.
        follows: The deadline whose end is this one's event, e.g. the delivery an appeal period
            runs from; its steps come first.
        calendar: The calendar the deadline was counted with.

    Two deadlines are equal when their event, period, dates, rules and the deadline they follow
    are; the calendar only through the dates it gave.

    A deadline the library builds stores only what it needs: ``follows`` and ``calendar`` only
    where they are not the defaults; :func:`~krajsoc.deadlines.delivery_date` and
    :func:`~krajsoc.deadlines.appeal_deadline` also leave out the period (the one their first
    rule counts) and, after a delivery, the event (the delivery's end). Such a field is derived
    when first read and then kept; every field reads, compares, hashes, pickles and prints as
    if it had been passed to ``Deadline(...)``.

    Examples:
        >>> from krajsoc.deadlines import deadline_before
        >>> notice = deadline_before(date(2026, 3, 31), Period(months=1))
        >>> notice.end, notice.latest_working_day
        (datetime.date(2026, 2, 28), datetime.date(2026, 2, 27))
        >>> [rule.code for rule in notice.rules]
        ['deadline-before', 'deadline-before-last-of-month', 'deadline-before-not-moved']
    """

    event: date
    period: Period
    end: date
    rules: tuple[Rule, ...]
    follows: Deadline | None = None
    calendar: CzechCalendar = CZECH_CALENDAR

    @property
    def nominal_end(self) -> date:
        """The day the period reaches by counting alone, before any move off a day off.

        Not stored: counted back, it is ``end`` (or the day after it under the strict reading);
        counted forward, ``event + period`` — for working days, which are counted on working
        days only, ``end`` itself.
        """
        if self._counted_back:
            return self.end + _ONE_DAY if BEFORE_STRICT in self.rules else self.end
        if self.period.unit == "working_days":
            return self.end
        return self.event + self.period

    @property
    def latest_working_day(self) -> date:
        """``end`` if it is a working day, otherwise the working day before it.

        Not stored: only a period counted back can end on a day off; after an event (and for
        delivery) it is ``end`` itself.
        """
        if self._counted_back:
            return self.calendar.previous_working_day(self.end)
        return self.end

    @property
    def _counted_back(self) -> bool:
        # deadline_before() records BEFORE as the first rule; every other deadline runs forward.
        return self.rules[0] is BEFORE

    def _compared(self) -> tuple[object, ...]:
        return (
            self.event,
            self.period,
            self.end,
            self.latest_working_day,
            self.rules,
            self.follows,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Deadline) or type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        return (
            f"Deadline(event={self.event!r}, period={self.period!r}, "
            f"nominal_end={self.nominal_end!r}, end={self.end!r}, "
            f"latest_working_day={self.latest_working_day!r})"
        )

    @property
    def steps(self) -> tuple[Step, ...]:
        """The reasoning, one :class:`Step` per rule applied, in the order they were applied."""
        earlier = self.follows.steps if self.follows is not None else ()
        czech = StepFields(self, "cs")
        english = czech.in_english()
        return earlier + tuple(
            Step(rule, rule.czech.format_map(czech), rule.english.format_map(english))
            for rule in self.rules
        )

    def met_by(self, day: date) -> bool:
        """Whether an act done on ``day`` keeps the period: ``day`` is on or before :attr:`end`.

        § 40 odst. 1 písm. d) správního řádu: the period is kept when the act is done at the
        authority, or the filing is handed to the postal service (addressed to the authority),
        on the last day at the latest — the day of handing over counts, not the day of
        arrival. Which day that was is the caller's fact. For a period counted back (a notice),
        the act done on :attr:`end` still keeps it; :attr:`latest_working_day` is the last
        working day to do it.

        Raises:
            TypeError: ``day`` is a ``datetime`` or not a date: the law counts whole days.

        Examples:
            >>> from krajsoc.deadlines import appeal_deadline
            >>> appeal = appeal_deadline(date(2026, 11, 23))
            >>> appeal.end, appeal.met_by(date(2026, 12, 8)), appeal.met_by(date(2026, 12, 9))
            (datetime.date(2026, 12, 8), True, False)

        References:
            § 40 odst. 1 písm. d) zákona č. 500/2004 Sb., správní řád.
        """
        if type(day) is not date:
            day = checked_date(day, "day")
        return day <= self.end

    def to_record(self) -> DeadlineRecord:
        """The deadline's JSON form: the shape ``krajsoc deadline --json`` prints.

        A :class:`Deadline` pydantic field dumps this form and reads it back by counting the
        deadline again (see :class:`~krajsoc.deadlines.DeadlineRecord`).

        Examples:
            >>> from krajsoc.deadlines import deadline_after
            >>> record = deadline_after(date(2026, 12, 9), Period(days=15)).to_record()
            >>> record.model_dump(mode="json", include={"event", "period", "end", "rules"})
            {'event': '2026-12-09', 'period': 'P15D', 'end': '2026-12-28', 'rules': ['deadline-start', 'deadline-count-days', 'deadline-moved']}
        """  # noqa: E501
        return record_of(self)

    def explain(self, language: Language = "cs") -> str:
        """The steps as text, one per line, each with its source.

        Examples:
            >>> from krajsoc.deadlines import deadline_after
            >>> print(deadline_after(date(2026, 11, 23), Period(days=15)).explain("en"))
            The period of 15 days starts on the day after the event on 23. 11. 2026 — § 40 odst. 1 písm. a) správního řádu
            The last day of the period of 15 days is 8. 12. 2026 — § 40 odst. 1 písm. a) správního řádu
        """  # noqa: E501
        return "\n".join(step.text(language) for step in self.steps)

    if not TYPE_CHECKING:  # for the type checker every field is stored; see _derived_field

        def __getattr__(self, name: str) -> object:
            # Python calls this only when the normal look-up fails: a slot left unset.
            return _derived_field(self, name)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled small (a few hundred bytes): built-in rules by code, the calendar by name.

        A Dask or multiprocessing task that ships a deadline pays for its dates and period, not
        for the calendar's tables (1.4 MB) or the rules' templates.
        """
        rules: tuple[Rule | str, ...] = tuple(
            rule.code if _RULES_BY_CODE.get(rule.code) is rule else rule for rule in self.rules
        )
        return (
            _unpickled,
            (self.event, self.period, self.end, rules, self.follows, self.calendar),
        )


_RULES_BY_CODE = {rule.code: rule for rule in DEADLINE_RULES}


def _unpickled(
    event: date,
    period: Period,
    end: date,
    rules: tuple[Rule | str, ...],
    follows: Deadline | None,
    calendar: CzechCalendar,
) -> Deadline:
    """A pickled deadline, its rules given by code where they are built in."""
    found = tuple(_RULES_BY_CODE[rule] if isinstance(rule, str) else rule for rule in rules)
    return Deadline(event, period, end, found, follows, calendar)


_new = object.__new__
# The slot of each field (a member descriptor); setting it directly skips the name look-up
# that attrs' frozen __init__ pays on every field through object.__setattr__.
_SLOTS = {name: Deadline.__dict__[name].__set__ for name in attrs.fields_dict(Deadline)}
set_event, set_period, set_end, set_rules, set_follows, set_calendar = (
    _SLOTS[name] for name in ("event", "period", "end", "rules", "follows", "calendar")
)

# The period a deadline counts, known from its first rule where only delivery_date() and
# appeal_deadline() build it: they leave the period to be derived.
_DELIVERY_RULES = (COLLECTED_POST, COLLECTED_DATA_BOX, FICTION_POST, FICTION_DATA_BOX)
_PERIOD_OF_FIRST_RULE = {rule.code: FICTION_PERIOD for rule in _DELIVERY_RULES} | {
    APPEAL.code: APPEAL_PERIOD
}


def _derived_field(deadline: Deadline, name: str) -> object:
    """The field ``name`` a fast constructor left unset, derived and stored in its slot.

    A constructor may leave unset ``follows`` (no deadline followed), ``calendar`` (the
    default), ``period`` (the one the first rule counts) and, for a deadline that follows
    another, ``event`` (the end of the one followed). For a name the class defines (a property
    whose code raised ``AttributeError``), the look-up runs again so that its own error rises
    (the property's code runs twice); any other name is not there, in Python's own words.
    """
    value: object
    if name == "follows":
        value = None
    elif name == "calendar":
        value = CZECH_CALENDAR
    elif name == "period":
        value = _PERIOD_OF_FIRST_RULE[deadline.rules[0].code]
    elif name == "event":
        value = deadline.follows.end  # type: ignore[union-attr]  # set whenever event is not
    elif any(name in klass.__dict__ for klass in type(deadline).__mro__):
        return object.__getattribute__(deadline, name)
    else:
        kind = type(deadline).__name__
        raise AttributeError(f"'{kind}' object has no attribute '{name}'", name=name, obj=deadline)
    _SLOTS[name](deadline, value)
    return value


def new_deadline(
    event: date,
    period: Period,
    end: date,
    rules: tuple[Rule, ...],
    calendar: CzechCalendar,
    follows: Deadline | None = None,
) -> Deadline:
    """``Deadline(event, period, end, rules, follows, calendar)``, built faster.

    The same value, built in under half the time: :class:`Deadline` has no validators or
    converters, so its attrs ``__init__`` only sets the slots, one
    ``object.__setattr__(self, name, value)`` each; this sets them through their slot
    descriptors, and leaves ``follows`` and ``calendar`` to be derived where they are the
    defaults. Building the deadline is most of :func:`~krajsoc.deadlines.deadline_after`'s
    time. A test checks that it builds a value equal, field by field, to ``Deadline(...)``.
    """
    deadline = _new(Deadline)
    set_event(deadline, event)
    set_period(deadline, period)
    set_end(deadline, end)
    set_rules(deadline, rules)
    if follows is not None:
        set_follows(deadline, follows)
    if calendar is not CZECH_CALENDAR:
        set_calendar(deadline, calendar)
    return deadline
