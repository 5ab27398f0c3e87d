"""A year of meetings as .ics: parsed back, deadlines on the latest working day with alarms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from krajsoc.ics import meetings_calendar, meetings_ics
from krajsoc.planning import Meeting, group

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
K10 = group("LK", "K10")
YEAR = [
    Meeting(group="K10", date=date(2027, 1, 26), agenda=("Akční plán 2028",)),
    Meeting(group="K10", date=date(2027, 4, 29), extraordinary=True),
]


def test_a_year_of_meetings_parses_back_with_every_deadline_and_alarm() -> None:
    calendar = icalendar.Calendar.from_ical(meetings_ics(K10, YEAR, now=NOW))
    events = calendar.walk("VEVENT")
    assert [e.decoded("DTSTART") for e in events] == [
        date(2027, 1, 26),
        date(2026, 12, 23),  # notice: ends on Saturday 26. 12., Christmas before it
        date(2026, 12, 23),  # materials
        date(2027, 4, 29),
        date(2027, 3, 25),  # ends on Easter Monday 29. 3. 2027; Good Friday before it
        date(2027, 3, 25),
    ]
    assert str(events[0]["SUMMARY"]) == "K10: jednání" and "Akční plán 2028" in str(
        events[0]["DESCRIPTION"]
    )
    assert str(events[3]["SUMMARY"]) == "K10: mimořádné jednání"
    assert "26. 12. 2026" in str(events[1]["DESCRIPTION"])
    alarms = calendar.walk("VALARM")
    assert len(alarms) == 4
    assert all(alarm.decoded("TRIGGER") == timedelta(days=-7) for alarm in alarms)
    assert len({str(e["UID"]) for e in events}) == 6
    assert all(e.decoded("DTSTAMP") == NOW for e in events)


def test_the_file_is_the_same_for_the_same_input() -> None:
    assert meetings_ics(K10, YEAR, now=NOW) == meetings_ics(K10, list(YEAR), now=NOW)


def test_a_group_without_periods_gets_only_its_meetings() -> None:
    koos = group("LK", "KOOS")
    calendar = meetings_calendar(koos, [Meeting(group="koos", date=date(2027, 5, 12))], now=NOW)
    assert len(calendar.walk("VEVENT")) == 1 and not calendar.walk("VALARM")


def test_a_naive_timestamp_or_another_groups_meeting_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        meetings_ics(K10, YEAR, now=datetime(2026, 12, 1, 8, 0))
    with pytest.raises(ValueError, match="not one of K10"):
        meetings_ics(K10, [Meeting(group="KOOS", date=date(2027, 5, 12))], now=NOW)
