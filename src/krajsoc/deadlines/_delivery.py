"""Delivery of a document (doručení) and the appeal period that runs from it.

A document handed over or collected is delivered that day. A document deposited at the post
office and not collected counts as delivered on the 10th day after it was ready for collection
(§ 24 odst. 1 správního řádu); a data-box message nobody opened, on the 10th day after it arrived
(§ 17 odst. 4 zákona č. 300/2008 Sb.). If that 10th day is a Saturday, Sunday or holiday,
delivery moves to the next working day: NSS 9 As 55/2009 for the post (the 10th day was
25. 12. 2008; the court applied § 40 odst. 1 písm. c) správního řádu) and the extended chamber of
the NSS in 4 Afs 264/2018-85 (26. 5. 2022) for data boxes. An appeal may be filed within 15 days
of delivery (§ 83 odst. 1 správního řádu).

Examples:
    >>> from datetime import date
    >>> delivered = delivery_date(date(2008, 12, 15))
    >>> delivered.nominal_end, delivered.end
    (datetime.date(2008, 12, 25), datetime.date(2008, 12, 29))
    >>> appeal_deadline(delivered).end
    datetime.date(2009, 1, 13)

References:
    § 24 odst. 1, § 40 odst. 1 písm. c) a § 83 odst. 1 zákona č. 500/2004 Sb., správní řád;
    § 17 odst. 3 a 4 zákona č. 300/2008 Sb.; NSS 9 As 55/2009; NSS 4 Afs 264/2018-85.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from krajsoc._text import fold
from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar, checked_date
from krajsoc.deadlines._deadline import (
    Deadline,
    new_deadline,
    set_end,
    set_event,
    set_follows,
    set_rules,
)
from krajsoc.deadlines._rules import (
    APPEAL,
    APPEAL_PERIOD,
    COLLECTED_DATA_BOX,
    COLLECTED_POST,
    COUNT_DAYS,
    FICTION_DATA_BOX,
    FICTION_MOVED_DATA_BOX,
    FICTION_MOVED_POST,
    FICTION_PERIOD,
    FICTION_POST,
    MOVED,
    START,
)
from krajsoc.errors import InvalidInputError, UnknownCodeError
from krajsoc.findings import Rule

__all__ = [
    "APPEAL_PERIOD",
    "CHANNEL_NAMES",
    "FICTION_PERIOD",
    "Channel",
    "appeal_deadline",
    "delivery_date",
]


class Channel(StrEnum):
    """How a document was sent: by post (deposited at the post office) or to a data box.

    Read from its value or from its Czech name as a spreadsheet writes it, with or without
    diacritics, in lower case or with a capital (:data:`CHANNEL_NAMES`).

    Examples:
        >>> Channel("data_box"), Channel("pošta"), Channel("Datova schranka")
        (<Channel.DATA_BOX: 'data_box'>, <Channel.POST: 'post'>, <Channel.DATA_BOX: 'data_box'>)
    """

    POST = "post"
    DATA_BOX = "data_box"

    @classmethod
    def _missing_(cls, value: object) -> Channel | None:
        return CHANNEL_NAMES.get(value) if isinstance(value, str) else None


# Each channel's Czech name, as it is written with its diacritics.
_CZECH = {Channel.POST: "pošta", Channel.DATA_BOX: "datová schránka"}

CHANNEL_NAMES: Mapping[str, Channel] = MappingProxyType(
    {
        name: channel
        for channel, czech in _CZECH.items()
        for plain in (czech, fold(czech))
        for name in (plain, plain[0].upper() + plain[1:])
    }
)
"""The Czech names :class:`Channel` reads besides its values: ``pošta``, ``datová schránka``,
without diacritics and with a capital (``Posta``, ``Datova schranka``). A fixed table, so that
a whole column at array speed reads exactly what one call reads."""


# The rules of each channel, as the deadline records them: collected, the 10th day, the 10th
# day moved off a day off (constant tuples: nothing is built per call).
_RULES = {
    Channel.POST: ((COLLECTED_POST,), (FICTION_POST,), (FICTION_POST, FICTION_MOVED_POST)),
    Channel.DATA_BOX: (
        (COLLECTED_DATA_BOX,),
        (FICTION_DATA_BOX,),
        (FICTION_DATA_BOX, FICTION_MOVED_DATA_BOX),
    ),
}
_POST, _POST_RULES, _DATA_BOX_RULES = Channel.POST, _RULES[Channel.POST], _RULES[Channel.DATA_BOX]
_APPEAL = (APPEAL, START, COUNT_DAYS)
_APPEAL_MOVED = (APPEAL, START, COUNT_DAYS, MOVED)

# The per-row fast path: the default calendar's days and the working day on or after each, read
# from its public tables on first use and indexed by ``toordinal() - _FIRST_ORDINAL``.
_FIRST_ORDINAL = FIRST_DATE.toordinal()
_DAYS = LAST_DATE.toordinal() - _FIRST_ORDINAL + 1
_FICTION_DAYS, _APPEAL_DAYS = FICTION_PERIOD.days, APPEAL_PERIOD.days
# ``day.toordinal() - _TENTH_DAY_BASE`` is the index of the 10th day after ``day``; the same for
# the 15th with _APPEAL_END_BASE.
_TENTH_DAY_BASE, _APPEAL_END_BASE = _FIRST_ORDINAL - _FICTION_DAYS, _FIRST_ORDINAL - _APPEAL_DAYS
_DEFAULT_DAYS: list[tuple[date | None, ...]] = []
_new = object.__new__


def _rules_of_channel(channel: Channel | str) -> tuple[tuple[Rule, ...], ...]:
    """The rules of ``channel`` (collected, the 10th day, the 10th day moved), or the error."""
    if type(channel) is not Channel:
        try:
            channel = Channel(channel)
        except ValueError:
            raise UnknownCodeError(
                "delivery channel",
                channel,
                allowed=[*(member.value for member in Channel), *_CZECH.values()],
            ) from None
    return _RULES[channel]


def _default_days() -> list[tuple[date | None, ...]]:
    tables = CZECH_CALENDAR.day_tables
    _DEFAULT_DAYS[:] = [tables.dates, tables.on_or_after]
    return _DEFAULT_DAYS


def delivery_date(
    ready_on: date,
    *,
    collected_on: date | None = None,
    channel: Channel | str = Channel.POST,
    calendar: CzechCalendar = CZECH_CALENDAR,
) -> Deadline:
    """The day a document counts as delivered, with the reasoning.

    Args:
        ready_on: The day the document was ready for collection at the post office, or the day
            it arrived in the data box.
        collected_on: The day it was collected (or the data box was logged into), if it was.
        channel: A :class:`Channel`, ``"post"`` or ``"data_box"``, or its Czech name
            (``"pošta"``, ``"datová schránka"``).
        calendar: The working-day calendar.

    Returns:
        A deadline whose ``event`` is ``ready_on``, ``nominal_end`` the 10th day after it, and
        ``end`` the day of delivery: the day of collection if that came first, otherwise the
        10th day moved to the next working day where it is a weekend or holiday.

    Raises:
        InvalidInputError: ``collected_on`` is before ``ready_on``.
        DateOutOfRangeError: A date falls outside 2000–2100.
        UnknownCodeError: ``channel`` names neither channel (``"post"``, ``"pošta"``,
            ``"data_box"``, ``"datová schránka"``, :data:`CHANNEL_NAMES`).
        TypeError: A day is a ``datetime`` or not a date.

    Examples:
        >>> from datetime import date
        >>> delivery_date(date(2026, 11, 23), collected_on=date(2026, 11, 25)).end
        datetime.date(2026, 11, 25)
        >>> delivery_date(date(2026, 12, 14), channel="data_box").end
        datetime.date(2026, 12, 28)
        >>> delivery_date(date(2026, 12, 10), channel="email")
        Traceback (most recent call last):
        ...
        krajsoc.errors.UnknownCodeError: unknown delivery channel 'email'; expected one of: post, data_box, pošta, datová schránka
    """  # noqa: E501
    collected_rule, fiction, fiction_moved = (
        _POST_RULES if channel is _POST else _rules_of_channel(channel)
    )
    if calendar is CZECH_CALENDAR and type(ready_on) is date:
        # The common case, the rules below read off the default calendar's tables. Anything
        # else — another calendar, a day near the ends of the range, a collection day to
        # refuse — takes the general path, which checks everything and raises the documented
        # errors. The deadline stores only its event, end and rules, through the slots as
        # new_deadline() does; the period, follows and calendar are derived when first read.
        dates, on_or_after = _DEFAULT_DAYS or _default_days()
        tenth = ready_on.toordinal() - _TENTH_DAY_BASE
        delivered = on_or_after[tenth] if _FICTION_DAYS <= tenth < _DAYS else None
        if delivered is not None:
            if collected_on is None:
                deadline = _new(Deadline)
                set_event(deadline, ready_on)
                set_end(deadline, delivered)
                set_rules(deadline, fiction if delivered == dates[tenth] else fiction_moved)
                return deadline
            if type(collected_on) is date and ready_on <= collected_on <= LAST_DATE:
                deadline = _new(Deadline)
                set_event(deadline, ready_on)
                if collected_on <= delivered:  # collected first: delivered that day
                    set_end(deadline, collected_on)
                    set_rules(deadline, collected_rule)
                else:
                    set_end(deadline, delivered)
                    set_rules(deadline, fiction if delivered == dates[tenth] else fiction_moved)
                return deadline
    if type(ready_on) is not date or not FIRST_DATE <= ready_on <= LAST_DATE:
        ready_on = calendar.checked_day(ready_on, "ready_on")
    # § 24 odst. 1 SŘ (§ 17 odst. 4 zákona č. 300/2008 Sb.): delivered on the 10th day after it
    # was ready, that day moved to the next working day where it is a day off (§ 40 odst. 1
    # písm. c) SŘ, as NSS 9 As 55/2009 and 4 Afs 264/2018-85 apply it).
    tenth_day, delivered = calendar.day_and_working_day_after(ready_on, _FICTION_DAYS)
    if collected_on is not None:
        if type(collected_on) is not date or not FIRST_DATE <= collected_on <= LAST_DATE:
            collected_on = calendar.checked_day(collected_on, "collected_on")
        if collected_on < ready_on:
            raise InvalidInputError(
                f"collected on {collected_on.isoformat()}, before it was ready on "
                f"{ready_on.isoformat()}",
                where="collected_on",
                expected="a day on or after ready_on",
            )
        if collected_on <= delivered:  # collected first: delivered that day
            return new_deadline(ready_on, FICTION_PERIOD, collected_on, collected_rule, calendar)
    rules = fiction_moved if delivered != tenth_day else fiction
    return new_deadline(ready_on, FICTION_PERIOD, delivered, rules, calendar)


def appeal_deadline(
    delivered_on: date | Deadline, calendar: CzechCalendar = CZECH_CALENDAR
) -> Deadline:
    """The last day to appeal a decision: 15 days from its delivery (§ 83 odst. 1 SŘ).

    Args:
        delivered_on: The day of delivery, or the :class:`Deadline` from :func:`delivery_date`
            (whose steps then come first).
        calendar: The working-day calendar.

    Raises:
        DateOutOfRangeError: The day of delivery or the end falls outside 2000–2100.
        TypeError: ``delivered_on`` is a ``datetime`` or neither a date nor a deadline.

    Examples:
        >>> from datetime import date
        >>> appeal_deadline(date(2026, 11, 23)).end
        datetime.date(2026, 12, 8)
        >>> print(appeal_deadline(date(2026, 11, 23)).steps[0])
        Odvolání lze podat do 15 dnů ode dne doručení rozhodnutí 23. 11. 2026 — § 83 odst. 1 správního řádu
    """  # noqa: E501
    if calendar is CZECH_CALENDAR:
        # The common case, read off the default calendar's tables: a date, or the deadline
        # delivery_date() returned (its end is read, not checked again: a day outside the
        # tables falls through). Anything else takes the general path, as above.
        day = delivered_on.end if type(delivered_on) is Deadline else delivered_on
        if type(day) is date:
            dates, on_or_after = _DEFAULT_DAYS or _default_days()
            last = day.toordinal() - _APPEAL_END_BASE
            end = on_or_after[last] if _APPEAL_DAYS <= last < _DAYS else None
            if end is not None:
                # Stored: the end, the rules and the event or, after a delivery, the deadline
                # followed (whose end is the event); the rest is derived when first read.
                deadline = _new(Deadline)
                if day is delivered_on:
                    set_event(deadline, day)
                else:
                    set_follows(deadline, delivered_on)
                set_end(deadline, end)
                set_rules(deadline, _APPEAL if end == dates[last] else _APPEAL_MOVED)
                return deadline
    if type(delivered_on) is Deadline or isinstance(delivered_on, Deadline):
        follows: Deadline | None = delivered_on
        day = delivered_on.end
    else:
        follows, day = None, checked_date(delivered_on, "delivered_on")
    if not FIRST_DATE <= day <= LAST_DATE:
        day = calendar.checked_day(day, "event")
    # § 83 odst. 1 SŘ: 15 days from delivery, counted under § 40 odst. 1 písm. a) and c) SŘ.
    nominal, end = calendar.day_and_working_day_after(day, _APPEAL_DAYS)
    rules = _APPEAL_MOVED if end != nominal else _APPEAL
    return new_deadline(day, APPEAL_PERIOD, end, rules, calendar, follows)
