"""Meetings and their notice and materials deadlines as an iCalendar (.ics) file: an adapter.

Needs the ``ics`` extra (``pip install 'krajsoc[ics]'``, the ``icalendar`` package). Each meeting
becomes an all-day event, and each deadline its group's rules set — the notice to the members,
the materials to the organiser — an all-day event on the *latest working day* (the day an office
sends it by), with the deadline's end and reasoning in its description and an alarm before it,
so a KKS manager sees them in Outlook or Thunderbird. The output is deterministic: the UIDs come
from the region, group, day and kind, and ``DTSTAMP`` is the ``now`` the caller passes (this
module reads no clock and writes no file).

Examples:
    >>> from datetime import date, datetime, timezone
    >>> from krajsoc.planning import Meeting, group
    >>> k10 = group("LK", "K10")
    >>> data = meetings_ics(k10, [Meeting(group="K10", date=date(2027, 1, 5))],
    ...                     now=datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc))
    >>> import icalendar
    >>> events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    >>> [(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in events]
    [('K10: jednání', datetime.date(2027, 1, 5)),
     ('K10: oznámit termín jednání 5. 1. 2027 členům', datetime.date(2026, 12, 4)),
     ('K10: předat podklady pro jednání 5. 1. 2027 (manažer KKS)', datetime.date(2026, 12, 4))]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

import icalendar

from krajsoc.calendar import czech_date
from krajsoc.deadlines import Deadline
from krajsoc.planning import Group, Meeting

__all__ = ["meetings_calendar", "meetings_ics"]

_PRODID = "-//krajsoc//planning groups//CS"
_ONE_DAY = timedelta(days=1)


def _uid(group: Group, meeting: Meeting, kind: str) -> str:
    return f"{group.region.nuts_code}-{group.code}-{meeting.date.isoformat()}-{kind}@krajsoc"


def _event(uid: str, summary: str, day: date, description: str, now: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("dtstart", day)
    event.add("dtend", day + _ONE_DAY)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def _alarm(summary: str, before: timedelta) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -before)
    return alarm


def _deadline_event(
    group: Group,
    meeting: Meeting,
    kind: str,
    summary: str,
    deadline: Deadline,
    now: datetime,
    alarm_before: timedelta,
) -> icalendar.Event:
    description = (
        f"Nejpozději {czech_date(deadline.end)}; poslední pracovní den "
        f"{czech_date(deadline.latest_working_day)}.\n{deadline.explain()}"
    )
    event = _event(
        _uid(group, meeting, kind), summary, deadline.latest_working_day, description, now
    )
    event.add_component(_alarm(summary, alarm_before))
    return event


def meetings_calendar(
    group: Group,
    meetings: Iterable[Meeting],
    *,
    now: datetime,
    alarm_before: timedelta = timedelta(days=7),
) -> icalendar.Calendar:
    """The meetings of ``group`` and their deadlines as an :class:`icalendar.Calendar`.

    Args:
        group: The group whose rules set the deadlines.
        meetings: Its meetings (meetings of other groups are refused).
        now: The ``DTSTAMP`` of every event: a timezone-aware time the caller chooses.
        alarm_before: How long before each deadline's day its alarm rings.

    Raises:
        ValueError: ``now`` has no timezone, or a meeting is of another group.
    """
    if now.tzinfo is None:
        raise ValueError("meetings_calendar(now=...) needs a timezone-aware datetime")
    calendar = icalendar.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{group.code} — {group.name}")
    for meeting in meetings:
        if not group.is_code(meeting.group):
            raise ValueError(f"meeting of {meeting.group[:40]!r} is not one of {group.code}")
        day = czech_date(meeting.date)
        kind = "mimořádné jednání" if meeting.extraordinary else "jednání"
        agenda = "\n".join(meeting.agenda)
        calendar.add_component(
            _event(
                _uid(group, meeting, "meeting"), f"{group.code}: {kind}", meeting.date, agenda, now
            )
        )
        if group.meetings.notice is not None:
            summary = f"{group.code}: oznámit termín jednání {day} členům"
            deadline = group.notice_deadline(meeting.date)
            calendar.add_component(
                _deadline_event(group, meeting, "notice", summary, deadline, now, alarm_before)
            )
        if group.meetings.materials is not None:
            to = f" ({group.meetings.materials_to})" if group.meetings.materials_to else ""
            summary = f"{group.code}: předat podklady pro jednání {day}{to}"
            deadline = group.materials_deadline(meeting.date)
            calendar.add_component(
                _deadline_event(group, meeting, "materials", summary, deadline, now, alarm_before)
            )
    return calendar


def meetings_ics(
    group: Group,
    meetings: Iterable[Meeting],
    *,
    now: datetime,
    alarm_before: timedelta = timedelta(days=7),
) -> bytes:
    """The meetings of ``group`` and their deadlines as the bytes of an .ics file.

    The same arguments as :func:`meetings_calendar`; the bytes are the same for the same input.
    """
    data: bytes = meetings_calendar(group, meetings, now=now, alarm_before=alarm_before).to_ical()
    return data
