"""``krajsoc deadline`` and ``krajsoc workday``: periods, deadlines and working days."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TextIO

from krajsoc.calendar import CZECH_CALENDAR, Language, czech_date, weekday_name
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._output import write_json
from krajsoc.deadlines import Deadline, Period, deadline_after, deadline_before
from krajsoc.errors import InvalidInputError

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
    deadline.add_argument("day", help="the event (or with --before the anchor), e.g. 2026-11-23")
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
    workday.add_argument("day", help="a date from 2000-01-01 to 2100-12-31, e.g. 2026-12-24")
    workday.set_defaults(handler=_workday)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(
            f"{text.strip()[:20]!r} is not a date", where="DAY", expected="YYYY-MM-DD"
        ) from None


def deadline_row(deadline: Deadline) -> dict[str, object]:
    """A deadline as a plain dict, as the JSON output gives it."""
    return {
        "event": deadline.event.isoformat(),
        "period": deadline.period.iso,
        "nominal_end": deadline.nominal_end.isoformat(),
        "end": deadline.end.isoformat(),
        "latest_working_day": deadline.latest_working_day.isoformat(),
        "rules": [rule.code for rule in deadline.rules],
        "steps": [
            {
                "rule": step.rule.code,
                "cs": step.czech,
                "en": step.english,
                "reference": str(step.reference) if step.reference else None,
                "source": step.source,
            }
            for step in deadline.steps
        ],
    }


def _deadline(arguments: argparse.Namespace, out: TextIO) -> None:
    day = _iso_date(arguments.day)
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


def _day(day: date, language: Language = "cs") -> str:
    return f"{czech_date(day)} ({weekday_name(day, language)})"


def _workday(arguments: argparse.Namespace, out: TextIO) -> None:
    day = _iso_date(arguments.day)
    working = CZECH_CALENDAR.is_working_day(day)
    # Strictly before and after the day (the day itself not counted), and — for a day off — the
    # working day a period ending on it moves to (§ 40 odst. 1 písm. c), next_working_day()).
    before = CZECH_CALENDAR.add_working_days(day, -1)
    after = CZECH_CALENDAR.add_working_days(day, 1)
    on_or_after = CZECH_CALENDAR.next_working_day(day)
    if arguments.json:
        write_json(
            out,
            {
                "date": day.isoformat(),
                "working_day": working,
                "holiday": CZECH_CALENDAR.holiday_name(day),
                "reason": CZECH_CALENDAR.day_off_reason(day),
                "working_day_before": before.isoformat(),
                "working_day_after": after.isoformat(),
                "working_day_on_or_after": on_or_after.isoformat(),
                "working_day_on_or_before": CZECH_CALENDAR.previous_working_day(day).isoformat(),
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
