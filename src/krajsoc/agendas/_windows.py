"""The windows in which occurrences of a recurring duty are due, and the finding of a missed one.

Examples:
    >>> from datetime import date
    >>> [str(w) for w in split_block(2026, 1, 12, 2, 0)]
    ['1. 1. 2026 – 30. 6. 2026', '1. 7. 2026 – 31. 12. 2026']
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from krajsoc.agendas._recurrence import Recurrence

__all__ = ["DueWindow", "MissingOccurrence", "split_block"]


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


@attrs.frozen
class MissingOccurrence:
    """A finding: no date fell in the window where an occurrence of a duty was due.

    For a strict recurrence the window is the occurrence's own; for a minimum (*nejméně*) or an
    approximation (*cca*), judged by count, it is the whole period and ``found`` says how many
    dates fell in it. ``advisory`` is true when the recurrence is only approximate or
    recommended, so the missing occurrence is a hint rather than a breach; ``severity`` says the
    same as ``'warning'`` or ``'error'``.
    """

    recurrence: Recurrence
    window: DueWindow
    found: int | None = attrs.field(default=None, kw_only=True)

    @property
    def advisory(self) -> bool:
        """Whether the recurrence binds only loosely (``cca``, ``doporučuje se``)."""
        return self.recurrence.approximate or self.recommended

    @property
    def severity(self) -> Literal["error", "warning"]:
        """``'warning'`` for an advisory finding (``cca``, ``doporučuje se``), else ``'error'``."""
        return "warning" if self.advisory else "error"

    @property
    def recommended(self) -> bool:
        """Whether the recurrence is only recommended."""
        return self.recurrence.recommended

    @property
    def message(self) -> str:
        """One Czech sentence for people, e.g. for a report."""
        counted = f" (nalezeno {self.found})" if self.found is not None else ""
        return (
            f"chybí výskyt č. {self.window.occurrence} ({self.recurrence}) v období {self.window}"
            + counted
        )


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
