"""A deadline fixed by a day of a month: "do 15. dne následujícího měsíce".

Some duties end on a named day of the month after the event rather than after a count of days:
a social-service provider reports changes "nejpozději do 15. dne následujícího měsíce" (§ 82
odst. 1 zákona o sociálních službách), an authorised person reports changes and a suspension of
its activity the same way (§ 48a odst. 1 písm. a) zákona o sociálně-právní ochraně dětí).

The rule this module applies, written down because no statute or decision states it:

1. The duty ends on day ``day`` of the calendar month after the month of the event (the
   statute's words; the event's own day of the month does not matter).
2. When that day is a Saturday, Sunday or public holiday, the common reading moves the end to
   the next working day by analogy with § 40 odst. 1 písm. c) správního řádu. This is
   *believed*, not verified: no court decision was found (Sources § 4). It is the default.
3. A caller who wants the strict reading — the day the statute names, whatever day it is —
   passes ``moved=False``; the result then also says which working day precedes it.

:func:`day_of_following_month` returns a :class:`DayOfMonthDeadline` whose :attr:`~DayOfMonthDeadline.steps`
are findings of the rules in :data:`DAY_OF_MONTH_RULES`, each with its basis and certainty.

Examples:
    >>> from datetime import date
    >>> deadline = day_of_following_month(date(2026, 1, 20))
    >>> deadline.nominal_end, deadline.end  # 15. 2. 2026 is a Sunday
    (datetime.date(2026, 2, 15), datetime.date(2026, 2, 16))
    >>> day_of_following_month(date(2026, 1, 20), moved=False).end
    datetime.date(2026, 2, 15)
    >>> day_of_following_month(date(2026, 1, 20), day=31)
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: day of the month 31 is out of range at day_of_following_month(day=); expected a day from 1 to 28, which every month has

References:
    § 82 odst. 1 zákona č. 108/2006 Sb.; § 48a odst. 1 písm. a) zákona č. 359/1999 Sb.;
    § 40 odst. 1 písm. c) zákona č. 500/2004 Sb. (by analogy; believed).
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime

import attrs

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar, czech_date
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Certainty, Finding, Rule, Severity
from krajsoc.law import LegalReference, act

__all__ = ["DAY_OF_MONTH_RULES", "DayOfMonthDeadline", "day_of_following_month"]

_DUTY_SOURCE = (
    "the provision that sets the duty, e.g. § 82 odst. 1 zákona o sociálních službách or "
    "§ 48a odst. 1 písm. a) zákona o sociálně-právní ochraně dětí"
)

DAY_OF_MONTH_END = Rule(
    "day-of-month-end",
    czech="Povinnost vznikla {event}; končí {day}. dnem následujícího měsíce, tj. {nominal}.",
    english="The duty arose on {event}; it ends on day {day} of the following month, {nominal}.",
    source=_DUTY_SOURCE,
    severity=Severity.INFO,
)
DAY_OF_MONTH_MOVED = Rule(
    "day-of-month-moved",
    czech="{nominal} je {reason}; podle obvyklého výkladu (obdobně § 40 odst. 1 písm. c) "
    "správního řádu) se konec posouvá na nejbližší pracovní den {end}.",
    english="{nominal} is {reason}; by the common reading (§ 40 odst. 1 písm. c) of the "
    "Administrative Procedure Code by analogy) the end moves to the next working day, {end}.",
    reference=LegalReference(act("500/2004"), section="40", subsection=1, letter="c"),
    source="by analogy; no court decision found (Sources § 4)",
    certainty=Certainty.BELIEVED,
    severity=Severity.INFO,
)
DAY_OF_MONTH_STRICT = Rule(
    "day-of-month-strict",
    czech="{nominal} je {reason}; přísný výklad konec neposouvá, posledním pracovním dnem "
    "před ním je {latest}.",
    english="{nominal} is {reason}; the strict reading does not move the end; the last "
    "working day before it is {latest}.",
    source="the strict reading of the statute's words, chosen by the caller (Sources § 4)",
    certainty=Certainty.BELIEVED,
    severity=Severity.INFO,
)
DAY_OF_MONTH_RULES: tuple[Rule, ...] = (DAY_OF_MONTH_END, DAY_OF_MONTH_MOVED, DAY_OF_MONTH_STRICT)
"""The rules of a deadline fixed by a day of a month, in the order they apply."""


@attrs.frozen(eq=False)
class DayOfMonthDeadline:
    """The end of a duty fixed by a day of the month after its event, with the reasoning.

    Attributes:
        event: The day the duty arose (the change, the suspension).
        day: The day of the following month the statute names (15 for "do 15. dne").
        moved: Whether an end on a day off moves to the next working day (the common reading).
        nominal_end: The day the statute names, in the month after ``event``.
        end: The last day to act: ``nominal_end``, moved off a day off unless ``moved`` is
            false.
        latest_working_day: ``end`` if it is a working day, otherwise the working day before.
        calendar: The calendar the deadline was computed with (compared only through dates).

    Examples:
        >>> deadline = day_of_following_month(date(2026, 11, 3))
        >>> deadline.end, deadline.rules
        (datetime.date(2026, 12, 15), ('day-of-month-end',))
    """

    event: date
    day: int
    moved: bool
    nominal_end: date
    end: date
    latest_working_day: date
    calendar: CzechCalendar = attrs.field(default=CZECH_CALENDAR, repr=False)

    @property
    def rules(self) -> tuple[str, ...]:
        """The codes of the rules applied, in order."""
        if self.calendar.is_working_day(self.nominal_end):
            return (DAY_OF_MONTH_END.code,)
        second = DAY_OF_MONTH_MOVED if self.moved else DAY_OF_MONTH_STRICT
        return (DAY_OF_MONTH_END.code, second.code)

    @property
    def steps(self) -> tuple[Finding, ...]:
        """The reasoning: one finding (information) per rule applied, with its basis."""
        fields = {
            "event": czech_date(self.event),
            "day": str(self.day),
            "nominal": czech_date(self.nominal_end),
            "end": czech_date(self.end),
            "latest": czech_date(self.latest_working_day),
            "reason": self.calendar.day_off_reason(self.nominal_end) or "",
        }
        by_code = {item.code: item for item in DAY_OF_MONTH_RULES}
        return tuple(
            Finding(rule, fields={name: fields[name] for name in rule.fields})
            for rule in (by_code[code] for code in self.rules)
        )

    def explain(self, language: str = "cs") -> str:
        """The steps as text, one per line, with their basis.

        Examples:
            >>> print(day_of_following_month(date(2026, 11, 3)).explain("en"))
            The duty arose on 3. 11. 2026; it ends on day 15 of the following month, 15. 12. 2026. (the provision ...)
        """  # noqa: E501
        return "\n".join(step.describe(language) for step in self.steps)

    def _compared(self) -> tuple[object, ...]:
        return (self.event, self.day, self.moved, self.nominal_end, self.end)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DayOfMonthDeadline):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())


def day_of_following_month(
    event: date, day: int = 15, *, moved: bool = True, calendar: CzechCalendar = CZECH_CALENDAR
) -> DayOfMonthDeadline:
    """The end of a duty due "by day ``day`` of the month after ``event``".

    Args:
        event: The day the duty arose (a ``date``, not a ``datetime``).
        day: The day of the following month, 1–28 (every month has it).
        moved: Move an end on a Saturday, Sunday or holiday to the next working day, the
            common reading (believed; by analogy with § 40 odst. 1 písm. c) správního řádu).
            ``False`` gives the strict reading: the named day itself.
        calendar: The working-day calendar.

    Raises:
        InvalidInputError: ``day`` is not a whole number from 1 to 28.
        DateOutOfRangeError: The event or the end falls outside the calendar (2000–2100).
        TypeError: ``event`` is not a date, or is a ``datetime``.

    Examples:
        >>> day_of_following_month(date(2026, 4, 30)).end  # 15. 5. 2026 is a Friday
        datetime.date(2026, 5, 15)
        >>> day_of_following_month(date(2026, 12, 1)).end  # into the next year
        datetime.date(2027, 1, 15)
    """
    if isinstance(event, datetime) or not isinstance(event, date):
        raise TypeError(
            f"event must be a date, not {type(event).__name__}: periods count whole days"
        )
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 28:
        raise InvalidInputError(
            f"day of the month {day!r} is out of range"[:80],
            where="day_of_following_month(day=)",
            expected="a day from 1 to 28, which every month has",
        )
    calendar.is_working_day(event)  # raises DateOutOfRangeError outside the calendar
    year, month = (event.year + 1, 1) if event.month == 12 else (event.year, event.month + 1)
    nominal = date(year, month, day)
    # Each calendar look-up below raises DateOutOfRangeError for an end beyond the calendar.
    end = calendar.next_working_day(nominal) if moved else nominal
    return DayOfMonthDeadline(
        event,
        day,
        moved,
        nominal,
        end,
        calendar.previous_working_day(end),
        calendar,
    )
