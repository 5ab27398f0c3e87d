"""Strategies for the calendar: days it answers for (often near a holiday) and calendars."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar

__all__ = ["calendar_dates", "calendars"]

# A small pool of closed days keeps the number of distinct calendars (and their tables) small.
_CLOSURE_POOL = (
    date(2025, 12, 31),
    date(2026, 1, 2),
    date(2026, 5, 7),
    date(2026, 12, 23),
    date(2026, 12, 31),
    date(2027, 7, 7),
)


def calendar_dates(
    *, min_value: date = FIRST_DATE, max_value: date = LAST_DATE, valid: bool = True
) -> st.SearchStrategy[date]:
    """A day the calendar answers for; half the time within three days of a public holiday.

    With ``valid=False``, a day outside the calendar's span (before 2000 or after 2100), which
    every calendar question must refuse with a
    :class:`~krajsoc.errors.DateOutOfRangeError`.
    """
    if not valid:
        return st.one_of(
            st.dates(max_value=FIRST_DATE - timedelta(days=1)),
            st.dates(min_value=LAST_DATE + timedelta(days=1)),
        )
    holidays = CZECH_CALENDAR.holidays(min_value, max_value)
    anywhere = st.dates(min_value=min_value, max_value=max_value)
    if not holidays:
        return anywhere
    near = st.builds(
        lambda holiday, shift: min(max(holiday + timedelta(days=shift), min_value), max_value),
        st.sampled_from(holidays),
        st.integers(min_value=-3, max_value=3),
    )
    return st.one_of(anywhere, near)


def calendars() -> st.SearchStrategy[CzechCalendar]:
    """The default calendar, or one with a few extra closed days (an office's closures)."""
    with_closures = st.builds(
        CzechCalendar, st.frozensets(st.sampled_from(_CLOSURE_POOL), min_size=1, max_size=2)
    )
    return st.one_of(st.just(CZECH_CALENDAR), with_closures)
