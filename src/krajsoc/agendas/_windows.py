"""The windows in which occurrences of a recurring duty are due.

Examples:
    >>> from datetime import date
    >>> [str(w) for w in split_block(2026, 1, 12, 2, 0)]
    ['1. 1. 2026 – 30. 6. 2026', '1. 7. 2026 – 31. 12. 2026']
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs

__all__ = ["DueWindow", "split_block"]


@attrs.frozen
class DueWindow:
    """The days in which one occurrence of a recurring duty is due, both ends included.

    Examples:
        >>> from datetime import date
        >>> window = DueWindow(1, date(2026, 1, 1), date(2026, 6, 30))
        >>> date(2026, 3, 1) in window, str(window)
        (True, '1. 1. 2026 – 30. 6. 2026')
    """

    occurrence: int
    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{_czech_date(self.start)} – {_czech_date(self.end)}"


def _czech_date(day: date) -> str:
    return f"{day.day}. {day.month}. {day.year}"


def _first_of_month(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def split_block(
    year: int, first_month: int, months: int, times: int, before: int
) -> list[DueWindow]:
    """Split the block of ``months`` from ``first_month`` into ``times`` windows."""
    start = _first_of_month(year, first_month)
    end = _first_of_month(year, first_month + months) - timedelta(days=1)
    if months % times == 0:
        step = months // times
        return [
            DueWindow(
                before + k + 1,
                _first_of_month(year, first_month + k * step),
                _first_of_month(year, first_month + (k + 1) * step) - timedelta(days=1),
            )
            for k in range(times)
        ]
    days = (end - start).days + 1
    edges = [start + timedelta(days=k * days // times) for k in range(times + 1)]
    edges[-1] = end + timedelta(days=1)
    return [
        DueWindow(before + k + 1, edges[k], edges[k + 1] - timedelta(days=1))
        for k in range(times)
        if edges[k] < edges[k + 1]
    ]
