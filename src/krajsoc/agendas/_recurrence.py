"""Recurring duties: "2x ročně", "pololetní", "nejméně 3x ročně", "cca 2x za rok", "dle potřeby".

A :class:`Recurrence` says how many times a duty falls in each period (year, half-year, quarter,
month) and whether the number is a minimum (*nejméně*), an approximation (*cca*) or only a
recommendation (*doporučuje se*); a duty done *dle potřeby* (as needed) may have no number at all.
The occurrences are spread evenly: "2x ročně" is due once in each half of the year.
:meth:`Recurrence.check` judges each kind as it is meant:

- a strict number ("2x ročně", "pololetní"): each window with no date in it is a finding of
  ``recurrence-missed``;
- a minimum ("nejméně 3x ročně"): the dates are counted over each period (the year here); the
  windows are only guidance, so three dates in January satisfy it, and each occurrence short of
  the number is a finding of ``recurrence-too-few`` whose window is the whole period;
- an approximation ("cca 2x za rok"): counted the same way, and its findings are warnings
  (``Severity.WARNING``), as are those of a mere recommendation ("doporučuje se").

Examples:
    >>> r = Recurrence.parse("nejméně však 3x ročně")
    >>> r
    Recurrence('nejméně 3x ročně')
    >>> [(w.start.isoformat(), w.end.isoformat()) for w in r.due_windows(2026)]
    [('2026-01-01', '2026-04-30'), ('2026-05-01', '2026-08-31'), ('2026-09-01', '2026-12-31')]
    >>> Recurrence.parse("pololetní").times, Recurrence.parse("pololetní").cadence
    (1, <Cadence.HALF_YEARLY: 'half_yearly'>)
    >>> Recurrence.parse("jednou za čas")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: recurrence 'jednou za čas' is not understood; expected ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

import attrs

from krajsoc._boundary import text_value
from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.agendas import _recurrence_rules as rules
from krajsoc.agendas._windows import DueWindow, split_block
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Finding, Report, Severity, Where

__all__ = ["Cadence", "Recurrence"]


class Cadence(StrEnum):
    """The period a recurrence counts in: a year, a half-year, a quarter or a month."""

    YEARLY = "yearly"
    HALF_YEARLY = "half_yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"

    @property
    def adverb(self) -> str:
        """The Czech adverb: ``'ročně'``, ``'pololetně'``, ``'čtvrtletně'``, ``'měsíčně'``."""
        return _ADVERBS[self]

    @property
    def months(self) -> int:
        """How many months one period lasts."""
        return _MONTHS[self]


_ADVERBS = {
    Cadence.YEARLY: "ročně",
    Cadence.HALF_YEARLY: "pololetně",
    Cadence.QUARTERLY: "čtvrtletně",
    Cadence.MONTHLY: "měsíčně",
}
_MONTHS = {Cadence.YEARLY: 12, Cadence.HALF_YEARLY: 6, Cadence.QUARTERLY: 3, Cadence.MONTHLY: 1}

# The phrase grammar, on folded text (no case, no diacritics, punctuation as spaces).
_UNITS = {
    "rocne": Cadence.YEARLY, "rocni": Cadence.YEARLY, "za rok": Cadence.YEARLY,
    "kazdorocne": Cadence.YEARLY, "kazdorocni": Cadence.YEARLY,
    "pololetne": Cadence.HALF_YEARLY, "pololetni": Cadence.HALF_YEARLY,
    "za pololeti": Cadence.HALF_YEARLY,
    "ctvrtletne": Cadence.QUARTERLY, "ctvrtletni": Cadence.QUARTERLY,
    "za ctvrtleti": Cadence.QUARTERLY,
    "mesicne": Cadence.MONTHLY, "mesicni": Cadence.MONTHLY, "za mesic": Cadence.MONTHLY,
}  # fmt: skip
_RECOMMENDED = r"(?P<recommended>doporucuje se |doporucene )?"
_AS_NEEDED = r"(?:vzdy )?(?P<as_needed>(?:dle|podle) (?:aktualni )?potreby ?)?"
_QUALIFIER = (
    r"(?:(?P<minimum>nejmene(?: vsak)?|alespon|minimalne) |(?P<approximate>cca|priblizne|zhruba) )?"
)
_TIMES = r"(?:(?P<times>\d{1,3}) ?(?:x|krat) )?"
_UNIT = "(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")?"
_PHRASE = re.compile("^" + _RECOMMENDED + _AS_NEEDED + _QUALIFIER + _TIMES + _UNIT + "$")
_EXPECTED = (
    "a phrase such as '2x ročně', 'pololetní', 'nejméně 3x ročně', 'cca 2x za rok', 'dle potřeby'"
)


_FIRST_YEAR, _LAST_YEAR = 1, 9998  # the windows of the last year end the day before 1 January


def _require_text(value: object, where: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{where} takes a str (a Czech phrase); got {type(value).__name__}")


def _check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"the year of a recurrence takes an int; got {type(year).__name__}")
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise InvalidInputError(
            f"year {year} is out of range",
            where="Recurrence.due_windows",
            expected=f"a year from {_FIRST_YEAR} to {_LAST_YEAR}",
        )
    return year


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[(),.;:]", " ", fold(text)).split())


def _check_times(
    instance: Recurrence, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and not 1 <= value <= 366:
        raise InvalidInputError(f"a recurrence of {quote(value)} times", expected="1 to 366 times")


@text_value(
    parse=lambda text: Recurrence.parse(text),
    dump=str,
    title="Recurrence",
    description="How often a duty recurs, as a Czech phrase.",
    examples=["2x ročně", "pololetně", "nejméně 3x ročně", "cca 2x ročně", "dle potřeby"],
)
@attrs.frozen
class Recurrence:
    """How often a duty recurs, read from the Czech phrases of the seeds.

    Attributes:
        times: Occurrences in each period; ``None`` for "dle potřeby" with no number.
        cadence: The period counted in.
        minimum: "nejméně": the number is a floor.
        approximate: "cca": the number is approximate.
        recommended: "doporučuje se": recommended, not required.
        as_needed: "dle potřeby": (also) as the need arises.

    Examples:
        >>> str(Recurrence.parse("cca 2x za rok")), str(Recurrence.parse("1x měsíčně"))
        ('cca 2x ročně', 'měsíčně')
    """

    times: int | None = attrs.field(validator=_check_times)
    cadence: Cadence = Cadence.YEARLY
    minimum: bool = attrs.field(default=False, kw_only=True)
    approximate: bool = attrs.field(default=False, kw_only=True)
    recommended: bool = attrs.field(default=False, kw_only=True)
    as_needed: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.times is None and not self.as_needed:
            raise InvalidInputError(
                "a recurrence needs a number of times", expected="'dle potřeby'"
            )
        if self.times is None and self.cadence is not Cadence.YEARLY:
            raise InvalidInputError(
                "'dle potřeby' with no number has no period", expected="the default cadence"
            )
        if self.times is None and (self.minimum or self.approximate):
            raise InvalidInputError("'nejméně' or 'cca' needs a number of times")
        if self.minimum and self.approximate:
            raise InvalidInputError("a recurrence is a minimum or approximate, not both")

    @classmethod
    def parse(cls, text: str) -> Recurrence:
        """Read a recurrence from a Czech phrase, ignoring case, diacritics and punctuation.

        Raises:
            InvalidInputError: The phrase is not one this grammar reads.
            TypeError: ``text`` is not a str.
        """
        _require_text(text, "Recurrence.parse(text)")
        match = _PHRASE.fullmatch(_normalise(text))
        if match is None or not (match["unit"] or match["as_needed"]):
            raise InvalidInputError(
                f"recurrence {quote(text.strip())} is not understood", expected=_EXPECTED
            )
        if match["times"] and not match["unit"]:
            raise InvalidInputError(
                f"recurrence {quote(text.strip())} has no period", expected=_EXPECTED
            )
        times = int(match["times"]) if match["times"] else (1 if match["unit"] else None)
        return cls(
            times,
            _UNITS[match["unit"]] if match["unit"] else Cadence.YEARLY,
            minimum=bool(match["minimum"]),
            approximate=bool(match["approximate"]),
            recommended=bool(match["recommended"]),
            as_needed=bool(match["as_needed"]),
        )

    def __str__(self) -> str:
        parts = []
        if self.recommended:
            parts.append("doporučuje se")
        if self.as_needed:
            parts.append("dle potřeby" + ("," if self.times is not None else ""))
        if self.times is not None:
            if self.minimum:
                parts.append("nejméně")
            if self.approximate:
                parts.append("cca")
            if self.times != 1 or self.minimum or self.approximate:
                parts.append(f"{self.times}x")
            parts.append(self.cadence.adverb)
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"Recurrence({str(self)!r})"

    def due_windows(self, year: int) -> tuple[DueWindow, ...]:
        """The windows of ``year`` in which each occurrence is due, evenly spread, in order.

        A duty done only "dle potřeby" has no windows.

        Raises:
            InvalidInputError: ``year`` is outside 1–9998.
            TypeError: ``year`` is not an int.

        Examples:
            >>> [str(w) for w in Recurrence.parse("2x ročně").due_windows(2026)]
            ['1. 1. 2026 – 30. 6. 2026', '1. 7. 2026 – 31. 12. 2026']
        """
        _check_year(year)
        if self.times is None:
            return ()
        windows: list[DueWindow] = []
        for first_month in range(1, 13, self.cadence.months):
            windows += split_block(year, first_month, self.cadence.months, self.times, len(windows))
        return tuple(windows)

    def check(self, dates: Iterable[date], year: int, *, subject: str | None = None) -> Report:
        """Each occurrence of ``year`` that the dates do not account for, as a finding.

        A strict recurrence needs a date in each window (``recurrence-missed``); a minimum or an
        approximation needs ``times`` dates in each period, wherever they fall
        (``recurrence-too-few``). Findings of an approximate or recommended recurrence are
        warnings, the others violations.

        Args:
            dates: The days the duty was done on.
            year: The year to check.
            subject: What the findings are about, e.g. an agenda's id; the recurrence itself
                when not given.

        Raises:
            InvalidInputError: ``year`` is outside 1–9998.
            TypeError: ``year`` is not an int.

        Examples:
            >>> from datetime import date
            >>> r = Recurrence.parse("2x ročně")
            >>> [f.text() for f in r.check([date(2026, 3, 5)], 2026)]
            ['Chybí výskyt č. 2 (2x ročně) v období 1. 7. 2026 – 31. 12. 2026.']
            >>> january = [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
            >>> Recurrence.parse("nejméně 3x ročně").check(january, 2026).ok
            True
            >>> later = Recurrence.parse("cca 2x za rok").check([date(2026, 3, 1)], 2026)
            >>> [(f.code, f.severity.value, f.fields["found"]) for f in later]
            [('recurrence-too-few', 'warning', '1')]
        """
        _check_year(year)
        days = tuple(dates)
        where = Where(subject=str(self) if subject is None else subject)
        severity = Severity.WARNING if self.approximate or self.recommended else Severity.VIOLATION
        if self.times is not None and (self.minimum or self.approximate):
            return Report(self._count_per_period(days, year, self.times, where, severity))
        return Report(
            Finding(rules.MISSED, where=where, fields=self._fields(window), severity=severity)
            for window in self.due_windows(year)
            if not any(day in window for day in days)
        )

    def _fields(self, window: DueWindow) -> dict[str, str]:
        occurrence = str(window.occurrence)
        return {"occurrence": occurrence, "recurrence": str(self), "window": str(window)}

    def _count_per_period(
        self, days: tuple[date, ...], year: int, times: int, where: Where, severity: Severity
    ) -> list[Finding]:
        findings: list[Finding] = []
        for index, first_month in enumerate(range(1, 13, self.cadence.months)):
            (period,) = split_block(year, first_month, self.cadence.months, 1, 0)
            found = sum(day in period for day in days)
            for missing in range(found, times):
                window = DueWindow(index * times + missing + 1, period.start, period.end)
                fields = {**self._fields(window), "found": str(found)}
                findings.append(
                    Finding(rules.TOO_FEW, where=where, fields=fields, severity=severity)
                )
        return findings
