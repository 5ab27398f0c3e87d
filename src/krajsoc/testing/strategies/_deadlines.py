"""Strategies for periods, their texts, deadlines and the steps of their reasoning."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from krajsoc.calendar import CzechCalendar
from krajsoc.deadlines import (
    Deadline,
    DeadlineRecord,
    Period,
    Step,
    StepRecord,
    appeal_deadline,
    deadline_after,
    deadline_before,
    delivery_date,
)
from krajsoc.errors import KrajsocError
from krajsoc.testing.strategies._calendar import calendar_dates, calendars

__all__ = ["deadline_records", "deadlines", "period_texts", "periods", "step_records", "steps"]

# Generous but bounded counts: every period fits between 2011 and 2089 and the calendar's range.
_MAX_COUNTS = {"days": 400, "weeks": 60, "months": 120, "years": 10, "working_days": 250}
_SAFE_FIRST, _SAFE_LAST = date(2011, 1, 1), date(2089, 12, 31)


def periods(*, units: tuple[str, ...] = tuple(_MAX_COUNTS)) -> st.SearchStrategy[Period]:
    """A period of one unit from ``units`` (all five by default), with a small positive count."""
    return st.one_of(
        *(
            st.builds(_period, st.just(unit), st.integers(min_value=1, max_value=_MAX_COUNTS[unit]))
            for unit in units
        )
    )


def _period(unit: str, count: int) -> Period:
    return Period(**{unit: count})


def period_texts(*, valid: bool = True) -> st.SearchStrategy[str]:
    """A period written as people write it: Czech (any case, with or without accents) or ISO.

    With ``valid=False``, text :meth:`~krajsoc.deadlines.Period.parse` must
    refuse: a zero or negative count, an unknown unit, two units, a count beyond the calendar's
    span, or no number at all.
    """
    if not valid:
        return _refused_period_texts()
    czech = periods().map(lambda period: period.czech)
    variants = st.sampled_from([str, str.upper, _strip_accents, lambda text: f"  {text} "])
    return st.one_of(
        st.builds(lambda text, change: change(text), czech, variants),
        periods(units=("days", "weeks", "months", "years")).map(lambda period: period.iso),
    )


def _refused_period_texts() -> st.SearchStrategy[str]:
    units = st.sampled_from(["dnů", "týdny", "měsíce", "let", "pracovních dnů", "D", "M"])
    count = st.integers(min_value=1, max_value=99)
    spoiled = st.one_of(
        st.builds(lambda unit: f"0 {unit}", units),
        st.builds(lambda n, unit: f"-{n} {unit}", count, units),
        st.builds(lambda n: f"{n} hodin", count),
        st.builds(lambda n: f"P{n}H", count),
        st.builds(lambda n, m: f"P{n}M{m}D", count, count),
        st.builds(lambda n: f"{n} dnů a 1 měsíc", count),
        st.builds(lambda n: f"{n * 100_000} dnů", count),
        st.sampled_from(["", "dnů", "patnáct dnů", "P", "PD", "lhůta"]),
    )
    return spoiled.filter(_refused_period)


def _refused_period(text: str) -> bool:
    try:
        Period.parse(text)
    except KrajsocError:
        return True
    return False


def _strip_accents(text: str) -> str:
    return text.translate(str.maketrans("ěščřžýáíéůúňťď", "escrzyaieuuntd"))


@st.composite
def deadlines(
    draw: st.DrawFn, calendar: st.SearchStrategy[CzechCalendar] | None = None
) -> Deadline:
    """A deadline after an event, before an anchor (default or strict), a delivery or an appeal."""
    chosen = draw(calendars() if calendar is None else calendar)
    day = draw(calendar_dates(min_value=_SAFE_FIRST, max_value=_SAFE_LAST))
    period = draw(periods())
    kind = draw(st.sampled_from(["after", "before", "strict", "delivery", "appeal"]))
    if kind == "after":
        return deadline_after(day, period, chosen)
    if kind in ("before", "strict"):
        return deadline_before(day, period, chosen, strict=kind == "strict")
    delivered = delivery_date(
        day, channel=draw(st.sampled_from(["post", "data_box"])), calendar=chosen
    )
    return delivered if kind == "delivery" else appeal_deadline(delivered, chosen)


def steps() -> st.SearchStrategy[Step]:
    """One step of the reasoning of a drawn deadline."""
    return deadlines().flatmap(lambda deadline: st.sampled_from(deadline.steps))


def deadline_records() -> st.SearchStrategy[DeadlineRecord]:
    """A drawn deadline in its JSON form (:meth:`~krajsoc.deadlines.Deadline.to_record`)."""
    return deadlines().map(Deadline.to_record)


def step_records() -> st.SearchStrategy[StepRecord]:
    """One step of a drawn deadline's JSON form."""
    return deadline_records().flatmap(lambda record: st.sampled_from(record.steps or ()))
