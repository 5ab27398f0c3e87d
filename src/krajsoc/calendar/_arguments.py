"""Checking the dates callers pass: a ``date``, never a ``datetime``, never anything else.

The law counts whole days (§ 40 odst. 1 správního řádu), so a time of day has no meaning here;
a ``datetime`` is refused rather than silently cut to its date or compared with dates. The
calendar and the deadline functions test ``type(day) is date`` on their fast path and call
:func:`checked_date` only when that test fails, so the common case pays one identity test.

Examples:
    >>> from datetime import datetime
    >>> checked_date(date(2026, 12, 24), "day")
    datetime.date(2026, 12, 24)
    >>> checked_date(datetime(2026, 12, 24, 12), "event")
    Traceback (most recent call last):
    ...
    TypeError: event must be a date, not a datetime: pass a date, not a datetime (use .date()); periods count whole days
    >>> checked_date("2026-12-24", "day")
    Traceback (most recent call last):
    ...
    TypeError: day must be a date, not str
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime

__all__ = ["checked_date"]


def checked_date(value: object, parameter: str) -> date:
    """``value`` if it is a ``date`` (or a subclass other than ``datetime``).

    Raises:
        TypeError: ``value`` is a ``datetime`` or not a date at all; the message names
            ``parameter``.
    """
    if isinstance(value, datetime):
        raise TypeError(
            f"{parameter} must be a date, not a datetime: pass a date, not a datetime "
            "(use .date()); periods count whole days"
        )
    if not isinstance(value, date):
        raise TypeError(f"{parameter} must be a date, not {type(value).__name__}")
    return value
