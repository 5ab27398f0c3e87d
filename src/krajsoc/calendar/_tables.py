"""Precomputed day tables: every day from 2000 to 2100 as an index, with its working-day facts.

Public holidays come from the ``holidays`` package (country ``CZ``), which follows zákon
č. 245/2000 Sb. as it stood in each year — Good Friday only from 2016 — and matches the law
exactly from 2000 on (checked against the package's source, see Sources § 5). The
list is never re-typed here.

A day is found by its index ``date.toordinal() - FIRST_DATE.toordinal()``; every question a
calendar answers is then one or two list look-ups:

* ``working[i]``: whether day ``i`` is a working day;
* ``on_or_after[i]`` / ``on_or_before[i]``: the nearest working day (as a date) on or after, on or
  before day ``i`` (``None`` past the ends of the range);
* ``rank[i]``: how many working days come before day ``i`` — so counting working days between two
  dates is a subtraction, and ``working_days[rank]`` finds the n-th working day after a date;
* ``slot[i]`` and ``on_or_after_slot``: for counting months without building dates (the batch
  :func:`~krajsoc.deadlines.deadlines_after`). Months are laid out as a grid of 31 slots each,
  ``slot[i] = 31 * m + day - 1`` (``m`` counted from January 2000), so ``slot[i] + 31 * k`` is
  the same-numbered day ``k`` months later; ``on_or_after_slot[s]`` is the working day on or
  after that day, or after the month's last day where the month has no such day (slots 29–31
  of a short month) — § 40 odst. 1 písm. b) and c) správního řádu in one look-up.

Examples:
    >>> tables = day_tables(frozenset())
    >>> tables.working[index(date(2026, 12, 24))]
    False
    >>> tables.on_or_after[index(date(2026, 12, 24))]
    datetime.date(2026, 12, 28)
    >>> a_month_on = tables.slot[index(date(2026, 1, 31))] + SLOT_DAYS  # 31. 2.: 28. 2., Saturday
    >>> tables.on_or_after_slot[a_month_on]
    datetime.date(2026, 3, 2)
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache, lru_cache
from typing import ClassVar

import attrs

__all__ = [
    "DAYS",
    "FIRST_DATE",
    "FIRST_MONTH",
    "FIRST_ORDINAL",
    "LAST_DATE",
    "MONTHS",
    "MONTH_STARTS",
    "SLOT_DAYS",
    "DayTables",
    "HolidayNames",
    "day_tables",
    "holiday_names",
    "index",
]

FIRST_DATE = date(2000, 1, 1)
"""The first day the calendar answers for: the law on holidays in its 2000 form applies."""

LAST_DATE = date(2100, 12, 31)
"""The last day: the ``holidays`` package computes Czech holidays up to 2100."""

FIRST_ORDINAL = FIRST_DATE.toordinal()
DAYS = LAST_DATE.toordinal() - FIRST_ORDINAL + 1

FIRST_MONTH = FIRST_DATE.year * 12 + FIRST_DATE.month - 1
"""The number of January 2000 when months are counted ``year * 12 + month - 1``."""

MONTHS = (LAST_DATE.year - FIRST_DATE.year + 1) * 12
"""How many months the calendar covers, January 2000 to December 2100."""

MONTH_STARTS: tuple[int, ...] = (
    *(
        date(FIRST_DATE.year + m // 12, m % 12 + 1, 1).toordinal() - FIRST_ORDINAL
        for m in range(MONTHS)
    ),
    DAYS,
)
"""The index of the first day of each month (``MONTH_STARTS[m]``, ``m = year * 12 + month - 1 -
FIRST_MONTH``) and, last, ``DAYS``: month ``m`` has ``MONTH_STARTS[m + 1] - MONTH_STARTS[m]``
days, so the same-numbered day or the month's last day is found without building a date."""


def index(day: date) -> int:
    """The table index of ``day`` (may fall outside ``range(DAYS)``; callers check)."""
    return day.toordinal() - FIRST_ORDINAL


@attrs.frozen
class HolidayNames:
    """The names of each public holiday, in Czech and in English, keyed by date."""

    czech: dict[date, str]
    english: dict[date, str]


@cache
def holiday_names() -> HolidayNames:
    """Every Czech public holiday from 2000 to 2100, computed once by the ``holidays`` package."""
    import holidays  # imported on first use: it takes longer to load than the rest of krajsoc

    years = range(FIRST_DATE.year, LAST_DATE.year + 1)
    czech = holidays.country_holidays("CZ", years=years, language="cs")
    english = holidays.country_holidays("CZ", years=years, language="en_US")
    return HolidayNames(
        czech={day: str(name) for day, name in czech.items()},
        english={day: str(name) for day, name in english.items()},
    )


@attrs.frozen
class DayTables:
    """The look-up tables of one calendar (public holidays plus its extra closed days).

    Day ``i`` of a table is ``FIRST_DATE + i days``: :meth:`index` gives ``i`` for a date,
    ``date.toordinal() - FIRST_ORDINAL``. Each table holds one entry per day of 2000–2100
    (``rank`` one more). Read by :class:`~krajsoc.calendar.CzechCalendar` and, for batches,
    by :func:`~krajsoc.deadlines.deadlines_after`.

    Attributes:
        dates: The day itself.
        working: Whether it is a working day.
        on_or_after: The nearest working day on or after it (``None`` past the last one).
        on_or_before: The nearest working day on or before it (``None`` before the first one).
        rank: ``rank[i]``: how many working days come before day ``i``.
        working_days: Every working day, in order: ``working_days[rank[i]]`` is the first
            working day on or after day ``i``.
        slot: Day ``i``'s slot in the month grid, ``SLOT_DAYS * month + day - 1``.
        on_or_after_slot: For each slot, the working day on or after that day of that month, or
            after the month's last day where the month is shorter.

    Examples:
        >>> tables = day_tables(frozenset())
        >>> tables.working[tables.index(date(2026, 12, 24))], DayTables.SLOT_DAYS
        (False, 31)
    """

    FIRST_ORDINAL: ClassVar[int] = FIRST_ORDINAL
    """``FIRST_DATE.toordinal()``: day ``i`` of the tables has ordinal ``FIRST_ORDINAL + i``."""
    SLOT_DAYS: ClassVar[int] = 31
    """Slots per month in the month grid of :attr:`slot`: the longest month's days."""

    dates: tuple[date, ...]
    working: tuple[bool, ...]
    on_or_after: tuple[date | None, ...]
    on_or_before: tuple[date | None, ...]
    rank: tuple[int, ...]
    working_days: tuple[date, ...]
    slot: tuple[int, ...]
    on_or_after_slot: tuple[date | None, ...]

    @staticmethod
    def index(day: date) -> int:
        """The table index of ``day``; outside ``range(len(dates))`` for a day out of range."""
        return day.toordinal() - FIRST_ORDINAL


SLOT_DAYS = DayTables.SLOT_DAYS
"""Slots per month in the month grid of :attr:`DayTables.slot`: the longest month's days."""


@cache
def _slots() -> tuple[int, ...]:
    """``slot[i]`` for every day: the same for every calendar, so built and kept once."""
    return tuple(
        SLOT_DAYS * month + day
        for month, length in enumerate(_month_lengths())
        for day in range(length)
    )


def _on_or_after_slots(on_or_after: list[date | None]) -> tuple[date | None, ...]:
    """The working day on or after each slot's day, or its month's last day if shorter."""
    return tuple(
        on_or_after[first + min(day, length) - 1]
        for first, length in zip(MONTH_STARTS[:-1], _month_lengths(), strict=True)
        for day in range(1, SLOT_DAYS + 1)
    )


def _month_lengths() -> list[int]:
    return [MONTH_STARTS[month + 1] - MONTH_STARTS[month] for month in range(MONTHS)]


@lru_cache(maxsize=32)
def day_tables(closures: frozenset[date]) -> DayTables:
    """Build (once per set of closed days) the tables of a calendar.

    Args:
        closures: Extra non-working days, e.g. days an office is closed; within the range.
    """
    names = holiday_names().czech
    dates = tuple(FIRST_DATE + timedelta(days=offset) for offset in range(DAYS))
    working = tuple(day.weekday() < 5 and day not in names and day not in closures for day in dates)
    rank = [0] * (DAYS + 1)
    for i, is_working in enumerate(working):
        rank[i + 1] = rank[i] + is_working
    on_or_after: list[date | None] = [None] * DAYS
    following: date | None = None
    for i in range(DAYS - 1, -1, -1):
        if working[i]:
            following = dates[i]
        on_or_after[i] = following
    on_or_before: list[date | None] = [None] * DAYS
    preceding: date | None = None
    for i in range(DAYS):
        if working[i]:
            preceding = dates[i]
        on_or_before[i] = preceding
    return DayTables(
        dates=dates,
        working=working,
        on_or_after=tuple(on_or_after),
        on_or_before=tuple(on_or_before),
        rank=tuple(rank),
        working_days=tuple(
            day for day, is_working in zip(dates, working, strict=True) if is_working
        ),
        slot=_slots(),
        on_or_after_slot=_on_or_after_slots(on_or_after),
    )
