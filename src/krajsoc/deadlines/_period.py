"""A period (lhůta) as a value: a positive number of days, weeks, months, years or working days.

Calendar arithmetic reads like the law: ``date + Period(months=1)`` is the day with the same
number in the next month, or that month's last day where it has no such day (§ 40 odst. 1
písm. b) správního řádu). Working days need a calendar, so ``date + Period(working_days=5)`` is
refused: use :func:`~krajsoc.deadlines.deadline_after`, which names its calendar.

Examples:
    >>> from datetime import date
    >>> Period.parse("1 měsíc")
    Period(months=1)
    >>> date(2026, 1, 31) + Period(months=1), date(2026, 3, 31) - Period(months=1)
    (datetime.date(2026, 2, 28), datetime.date(2026, 2, 28))
    >>> Period(days=15, months=1)
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidPeriodError: a period has exactly one unit, got days and months at Period; expected e.g. Period(days=15)

References:
    § 40 odst. 1 písm. a) a b) zákona č. 500/2004 Sb., správní řád.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

import attrs

from krajsoc._boundary import text_value
from krajsoc._quote import quote
from krajsoc.deadlines._period_text import (
    MAX_COUNTS,
    UNITS,
    Unit,
    czech_text,
    english_text,
    iso_text,
    parse_period_text,
    too_long,
)
from krajsoc.errors import DateOutOfRangeError, InvalidPeriodError

__all__ = [
    "CACHED_TEXT",
    "CACHED_TEXTS",
    "KNOWN_PERIODS",
    "Period",
    "add_months",
    "as_period",
    "period_of_text",
    "shift",
]

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_months(day: date, months: int) -> date:
    """The day with the same number ``months`` later (earlier if negative), or the month's last.

    Examples:
        >>> add_months(date(2024, 1, 31), 1), add_months(date(2024, 2, 29), 12)
        (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28))
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month0 + 1
    return date(year, month, min(day.day, _days_in_month(year, month)))


def _check_count(instance: Period, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidPeriodError(
            f"{attribute.name} must be a whole number, not {type(value).__name__}",
            where="Period",
            expected="e.g. Period(days=15)",
        )
    if value < 0:
        raise InvalidPeriodError(
            f"{attribute.name}={quote(value)} is negative",
            where="Period",
            expected="a positive number; count backwards with deadline_before()",
        )
    if value > MAX_COUNTS[attribute.name]:
        raise too_long(attribute.name, value, "Period")


@text_value(
    parse=lambda text: Period.parse(text),
    dump=lambda value: value.iso,
    from_mapping=lambda data: _period_from_mapping(data),
    object_schema={
        "type": "object",
        "description": "A period by its unit: exactly one of the keys positive, e.g. {'days': 15}.",
        "properties": {
            unit: {
                "type": "integer",
                "minimum": 0,
                "maximum": MAX_COUNTS[unit],
                "description": f"The count of {unit.replace('_', ' ')}.",
            }
            for unit in UNITS
        },
        "additionalProperties": False,
        "oneOf": [
            {"required": [unit], "properties": {unit: {"minimum": 1, "description": "The unit."}}}
            for unit in UNITS
        ],
    },
    title="Period",
    description=(
        "A period (lhůta) of one unit: Czech text ('15 dnů', '1 měsíc', "
        "'5 pracovních dnů') or an ISO 8601 duration ('P15D', 'P2W', 'P1M', 'P1Y'); "
        "serialised as an ISO 8601 duration ('P15D'), except working days: ISO 8601 "
        "has no working-day unit, so a working-day period is serialised as Czech text "
        "('5 pracovních dnů'), which this field reads back."
    ),
    examples=["P15D", "15 dnů", "1 měsíc", "P1M", "5 pracovních dnů"],
)
@attrs.frozen(repr=False)
class Period:
    """A period of exactly one unit, a positive whole number of it.

    As a pydantic field a period accepts Czech text or an ISO 8601 duration and serialises to
    the ISO form (``'P15D'``) — except working days: ISO 8601 has no working-day unit, so a
    working-day period serialises as Czech text (``'5 pracovních dnů'``), which the field reads
    back; the field's JSON Schema description says so.

    A count is at most the calendar's span (1. 1. 2000 to 31. 12. 2100): 36,889 days or
    working days, 5,269 weeks, 1,211 months or 100 years; a longer period cannot end inside it.

    Attributes:
        days: Calendar days (``'15 dnů'``, ``'P15D'``).
        weeks: Weeks (``'2 týdny'``, ``'P2W'``).
        months: Months (``'1 měsíc'``, ``'P1M'``).
        years: Years (``'1 rok'``, ``'P1Y'``).
        working_days: Working days (``'5 pracovních dnů'``), counted with a calendar.

    Examples:
        >>> Period(days=15).czech, Period(days=15).iso, Period(working_days=5).english
        ('15 dnů', 'P15D', '5 working days')
        >>> Period.parse("P2W") == Period(weeks=2)
        True
    """

    days: int = attrs.field(default=0, kw_only=True, validator=_check_count)
    weeks: int = attrs.field(default=0, kw_only=True, validator=_check_count)
    months: int = attrs.field(default=0, kw_only=True, validator=_check_count)
    years: int = attrs.field(default=0, kw_only=True, validator=_check_count)
    working_days: int = attrs.field(default=0, kw_only=True, validator=_check_count)
    unit: Unit = attrs.field(init=False, eq=False)
    count: int = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        given = [unit for unit in UNITS if getattr(self, unit)]
        if len(given) != 1:
            problem = (
                "a period needs one positive unit"
                if not given
                else f"a period has exactly one unit, got {' and '.join(given)}"
            )
            raise InvalidPeriodError(problem, where="Period", expected="e.g. Period(days=15)")
        object.__setattr__(self, "unit", given[0])
        object.__setattr__(self, "count", getattr(self, given[0]))

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period from Czech text or an ISO 8601 duration of one unit.

        Case, diacritics and spacing do not matter: ``'15 dnu'``, ``'15 DNŮ'``, ``'p15d'``.

        Raises:
            InvalidPeriodError: The text names no period, a zero one, or one longer than the
                calendar's span (e.g. more than 36,889 days); the message says which limit.

        Examples:
            >>> Period.parse("3 měsíce"), Period.parse("2 tydny"), Period.parse("5 pracovních dní")
            (Period(months=3), Period(weeks=2), Period(working_days=5))
            >>> Period.parse("15 hodin")
            Traceback (most recent call last):
            ...
            krajsoc.errors.InvalidPeriodError: '15 hodin' is not a period; expected e.g. '15 dnů', '2 týdny', '1 měsíc', '1 rok', '5 pracovních dnů' or 'P15D'
        """  # noqa: E501
        if not isinstance(text, str):
            raise TypeError(f"Period.parse() takes text, not {type(text).__name__}")
        if cls is Period:
            return period_of_text(text)
        unit, count = parse_period_text(text)
        return cls(**{unit: count})

    @property
    def czech(self) -> str:
        """The period in Czech, declined by the number: ``'1 den'``, ``'3 dny'``, ``'15 dnů'``."""
        return czech_text(self.unit, self.count)

    @property
    def english(self) -> str:
        """The period in English: ``'15 days'``."""
        return english_text(self.unit, self.count)

    @property
    def iso(self) -> str:
        """The ISO 8601 duration (``'P1M'``); Czech text for working days, which ISO lacks."""
        return iso_text(self.unit, self.count)

    def __str__(self) -> str:
        return self.czech

    def __repr__(self) -> str:
        return f"Period({self.unit}={self.count})"

    def __radd__(self, other: object) -> date:
        if type(other) is date:  # the common case first: one identity test
            return shift(other, self, 1)
        if not isinstance(other, date):
            return NotImplemented
        return shift(_whole_day(other), self, 1)

    def __rsub__(self, other: object) -> date:
        if not isinstance(other, date):
            return NotImplemented
        return shift(_whole_day(other), self, -1)


def _whole_day(day: date) -> date:
    if isinstance(day, datetime):
        raise TypeError(
            "a period is added to a date, not a datetime: pass a date, not a datetime "
            "(use .date()); periods count whole days"
        )
    return day


CACHED_TEXT = 64
"""The longest period text kept in :data:`KNOWN_PERIODS`; a longer one (a valid period padded
with white space) is read each time."""
CACHED_TEXTS = 1024
"""How many texts :data:`KNOWN_PERIODS` keeps; the oldest is dropped to make room."""

KNOWN_PERIODS: dict[str, Period] = {}
"""Each short text read as a period, and the period (a bounded cache of :func:`period_of_text`).

A plain dict rather than :func:`functools.lru_cache`: :func:`~krajsoc.deadlines.deadline_after`
looks a text up with one ``dict.get`` before it calls anything, which keeps a text period
within 1.2× the cost of a :class:`Period` per call (docs/performance.md)."""


def period_of_text(text: str) -> Period:
    """The period ``text`` names, read once per distinct short text (at most 1,024 kept).

    ``deadline_after(event, "15 dnů")`` in a loop over rows reads the same text each time; a
    :class:`Period` is frozen, so the one read first can be handed out again. Errors are not
    cached: a text that names no period is read, and refused, each time.

    Examples:
        >>> period_of_text("15 dnů") is period_of_text("15 dnů")
        True
    """
    found = KNOWN_PERIODS.get(text)
    if found is None:
        unit, count = parse_period_text(text)
        found = Period(**{unit: count})
        if len(text) <= CACHED_TEXT:
            if len(KNOWN_PERIODS) >= CACHED_TEXTS:  # drop the oldest (dicts keep their order)
                KNOWN_PERIODS.pop(next(iter(KNOWN_PERIODS), ""), None)
            KNOWN_PERIODS[text] = found
    return found


def as_period(value: Period | str, parameter: str = "period") -> Period:
    """``value`` as a :class:`Period`: itself, or its text read with :meth:`Period.parse`.

    Raises:
        InvalidPeriodError: The text names no period.
        TypeError: ``value`` is neither a period nor text; the message names ``parameter``.

    Examples:
        >>> as_period("15 dnů"), as_period(Period(months=1))
        (Period(days=15), Period(months=1))
        >>> as_period(15)
        Traceback (most recent call last):
        ...
        TypeError: period must be a Period or its text such as '15 dnů', not int
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return period_of_text(value)
    raise TypeError(
        f"{parameter} must be a Period or its text such as '15 dnů', not {type(value).__name__}"
    )


def _period_from_mapping(data: Mapping[str, Any]) -> Period:
    unknown = [key for key in data if key not in MAX_COUNTS]
    if unknown:
        raise InvalidPeriodError(
            f"{quote(unknown[0])} is not a unit of a period",
            where="Period",
            expected="one of the keys " + ", ".join(MAX_COUNTS) + ", e.g. {'days': 15}",
        )
    return Period(**data)


def shift(day: date, period: Period, sign: int) -> date:
    """``day`` moved by a calendar ``period`` forward (``sign=1``) or back (``sign=-1``).

    Raises:
        DateOutOfRangeError: The result falls outside the dates Python can represent (years
            1 to 9999).
        TypeError: The period counts working days, which need a calendar.
    """
    unit = period.unit
    try:
        if unit == "days":
            return day + timedelta(days=sign * period.count)
        if unit == "weeks":
            return day + timedelta(weeks=sign * period.count)
        if unit in ("months", "years"):
            return add_months(day, sign * period.count * (1 if unit == "months" else 12))
    except (OverflowError, ValueError):  # a year before 1 or after 9999
        direction = "after" if sign > 0 else "before"
        raise DateOutOfRangeError(
            f"{period.english} {direction} {day.isoformat()}",
            first=date.min.isoformat(),
            last=date.max.isoformat(),
            what="the day",
        ) from None
    raise TypeError("working days need a calendar: use deadline_after(day, period, calendar)")
