"""``krajsoc deadline`` and ``krajsoc workday``: periods, deadlines and working days."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TextIO

from krajsoc.calendar import CZECH_CALENDAR, Language, czech_date, weekday_name
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._dates import DATE_HELP, command_date
from krajsoc.cli._output import write_json
from krajsoc.deadlines import Deadline, Period, deadline_after, deadline_before
from krajsoc.errors import DateOutOfRangeError, InvalidInputError

__all__ = ["deadline_row", "register"]


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the deadline commands."""
    deadline = commands.add_parser(
        "deadline",
        parents=[json_option],
        help="the last day of a period, with the reasoning (§ 40 správního řádu)",
        description=(
            "Count a period from an event under § 40 odst. 1 správního řádu, or back from an "
            "anchor (a meeting) with --before, and show each step with its legal source."
        ),
    )
    deadline.add_argument("day", help=f"the event (or with --before the anchor), {DATE_HELP}")
    deadline.add_argument(
        "period", help="e.g. '15 dnů', '1 měsíc', '2 týdny', '5 pracovních dnů' or 'P15D'"
    )
    deadline.add_argument(
        "--before", action="store_true", help="count back from the day (a notice period)"
    )
    deadline.add_argument(
        "--strict",
        action="store_true",
        help="with --before: Brim's stricter reading, one day earlier",
    )
    deadline.add_argument("--english", action="store_true", help="give the reasoning in English")
    deadline.set_defaults(handler=_deadline)

    workday = commands.add_parser(
        "workday",
        parents=[json_option],
        help="whether a day is a Czech working day, and the working days around it",
    )
    workday.add_argument("day", help="a date from 2000-01-01 to 2100-12-31, e.g. '24. 12. 2026'")
    workday.set_defaults(handler=_workday)


def deadline_row(deadline: Deadline) -> dict[str, object]:
    """A deadline as the JSON output gives it: its JSON form, :meth:`Deadline.to_record`.

    The one form a :class:`~krajsoc.deadlines.Deadline` pydantic field dumps and reads back, so
    the command line and the library cannot drift apart.
    """
    row: dict[str, object] = deadline.to_record().model_dump(mode="json")
    return row


def _deadline(arguments: argparse.Namespace, out: TextIO) -> None:
    day = command_date(arguments.day, "DAY")
    period = Period.parse(arguments.period)
    if arguments.strict and not arguments.before:
        raise InvalidInputError("--strict applies to a period counted back", expected="--before")
    if arguments.before:
        found = deadline_before(day, period, strict=arguments.strict)
    else:
        found = deadline_after(day, period)
    if arguments.json:
        write_json(out, deadline_row(found), command=arguments.command)
        return
    language: Language = "en" if arguments.english else "cs"
    label = "End of the period" if language == "en" else "Konec lhůty"
    out.write(f"{label}: {_day(found.end, language)}\n")
    if found.latest_working_day != found.end:
        label = "Latest working day" if language == "en" else "Poslední pracovní den"
        out.write(f"{label}: {_day(found.latest_working_day, language)}\n")
    for step in found.steps:
        out.write(f"  {step.text(language)}\n")


def _day(day: date | None, language: Language = "cs") -> str:
    if day is None:
        return "neznámý (mimo kalendář)" if language == "cs" else "unknown (outside the calendar)"
    return f"{czech_date(day)} ({weekday_name(day, language)})"


def _known(find: Callable[[], date]) -> date | None:
    try:
        return find()
    except DateOutOfRangeError:
        return None


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _workday(arguments: argparse.Namespace, out: TextIO) -> None:
    day = command_date(arguments.day, "DAY")
    working = CZECH_CALENDAR.is_working_day(day)
    # Strictly before and after the day (the day itself not counted), and — for a day off — the
    # working day a period ending on it moves to (§ 40 odst. 1 písm. c), next_working_day()).
    # Outside the calendar a neighbouring working day is unknown (None), not an error: the day
    # itself is answered for every date the calendar covers, 2000-01-03 and 2100-12-31 too.
    before = _known(lambda: CZECH_CALENDAR.add_working_days(day, -1))
    after = _known(lambda: CZECH_CALENDAR.add_working_days(day, 1))
    on_or_after = _known(lambda: CZECH_CALENDAR.next_working_day(day))
    on_or_before = _known(lambda: CZECH_CALENDAR.previous_working_day(day))
    if arguments.json:
        write_json(
            out,
            {
                "date": day.isoformat(),
                "working_day": working,
                "holiday": CZECH_CALENDAR.holiday_name(day),
                "reason": CZECH_CALENDAR.day_off_reason(day),
                "working_day_before": _iso(before),
                "working_day_after": _iso(after),
                "working_day_on_or_after": _iso(on_or_after),
                "working_day_on_or_before": _iso(on_or_before),
            },
            command=arguments.command,
        )
        return
    if working:
        out.write(f"{_day(day)} je pracovní den.\n")
    else:
        out.write(f"{_day(day)} není pracovní den: {CZECH_CALENDAR.day_off_reason(day)}.\n")
        out.write(
            f"Nejbližší pracovní den od tohoto dne (sem se posouvá konec lhůty, § 40 odst. 1 "
            f"písm. c) správního řádu): {_day(on_or_after)}\n"
        )
    out.write(f"Poslední pracovní den před tímto dnem: {_day(before)}\n")
    out.write(f"Další pracovní den po tomto dni: {_day(after)}\n")
