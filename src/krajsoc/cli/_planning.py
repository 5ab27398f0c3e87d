"""``krajsoc plan-meeting`` and ``krajsoc check-meetings``: planning meetings and deadlines."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from krajsoc.calendar import czech_date, weekday_name
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._dates import command_date
from krajsoc.cli._deadlines import deadline_row
from krajsoc.cli._output import write_json
from krajsoc.deadlines import Deadline
from krajsoc.errors import InvalidInputError
from krajsoc.findings import Finding, Report, Where
from krajsoc.loaders import load_meetings
from krajsoc.planning import Group, Meeting, group, groups
from krajsoc.rules import rule
from krajsoc.territory import Region, region

__all__ = ["register", "write_deadlines"]

EXIT_VIOLATIONS = 1
EXIT_UNUSABLE = 2


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the planning commands."""
    plan = commands.add_parser(
        "plan-meeting",
        parents=[json_option],
        help="a planning group's notice and materials deadlines for a meeting, with reasoning",
        description=(
            "Count back a group's notice and materials periods from a meeting day (e.g. K10: "
            "1 month, seed 002 lines 28 and 30): the meeting day is not counted, the end is not "
            "moved off a weekend or holiday, and the latest working day is the send-by day."
        ),
    )
    plan.add_argument("region", help="the region: LK, CZ051, 'Liberecký kraj', …")
    plan.add_argument("group", help="the group's code, e.g. K10")
    plan.add_argument("day", help="the meeting day, e.g. 2027-03-15 or '15. 3. 2027'")
    plan.add_argument("--ics", metavar="FILE", help="also write the meeting and deadlines as .ics")
    plan.add_argument(
        "--dtstamp",
        metavar="TIME",
        help="the .ics DTSTAMP (ISO time, e.g. 2026-12-01T08:00:00+00:00); now by default",
    )
    plan.set_defaults(handler=_plan_meeting)

    check = commands.add_parser(
        "check-meetings",
        parents=[json_option],
        help="check a year of planning meetings from a CSV or JSON file against the groups' rules",
        description=(
            "Validate meetings (columns or keys: group, date, region, notice_sent_on, "
            "materials_received_on, extraordinary, convened_by, agenda, notified) and check each "
            "against its group's rules and each group's year against its frequency. Exit status: "
            "0 no violation, 1 violations, 2 unusable input."
        ),
    )
    check.add_argument("file", help="a .csv (header line first) or .json file of meetings")
    check.add_argument("--region", help="the region of rows that name none, e.g. LK")
    check.add_argument("--year", type=int, help="check every group of the region(s) for this year")
    check.add_argument(
        "--encoding",
        default="utf-8",
        help="the file's encoding: utf-8 (default, a byte order mark skipped) or cp1250 (a CSV "
        "from Czech Excel); a CSV's delimiter, ';' or ',', is found from its header",
    )
    check.set_defaults(handler=_check_meetings)


def _deadlines(found: Group, day: date) -> list[tuple[str, str, Deadline]]:
    rules = found.meetings
    items = []
    if rules.notice is not None:
        basis = rules.notice_source or found.source
        title = f"Oznámení termínu členům, {rules.notice.czech} předem ({basis})"
        items.append(("notice", title, found.notice_deadline(day)))
    if rules.materials is not None:
        to = f", komu: {rules.materials_to}" if rules.materials_to else ""
        basis = rules.materials_source or found.source
        title = f"Předání podkladů{to}, {rules.materials.czech} předem ({basis})"
        items.append(("materials", title, found.materials_deadline(day)))
    return items


def _day(day: date) -> str:
    return f"{czech_date(day)} ({weekday_name(day)})"


def write_deadlines(out: TextIO, found: Group, day: date, *, indent: str = "") -> None:
    """The group's deadlines for a meeting on ``day``, each with its reasoning, for a person."""
    items = _deadlines(found, day)
    if not items:
        out.write(
            f"{indent}Pravidla skupiny {found.code} nestanoví lhůtu pro oznámení ani podklady.\n"
        )
    for _, title, deadline in items:
        out.write(f"{indent}{title}: nejpozději {_day(deadline.end)}\n")
        if deadline.latest_working_day != deadline.end:
            out.write(f"{indent}  poslední pracovní den: {_day(deadline.latest_working_day)}\n")
        for step in deadline.steps:
            out.write(f"{indent}  {step.text()}\n")


def _plan_meeting(arguments: argparse.Namespace, out: TextIO) -> None:
    found = group(arguments.region, arguments.group)
    day = command_date(arguments.day, "DAY")
    deadlines = _deadlines(found, day)  # counted first: a day out of range writes nothing
    if arguments.ics:
        _write_ics(found, day, Path(arguments.ics), arguments.dtstamp)
    if arguments.json:
        write_json(
            out,
            command="plan-meeting",
            data={
                "region": found.region.nuts_code,
                "group": found.code,
                "date": day.isoformat(),
                "deadlines": {kind: deadline_row(item) for kind, _, item in deadlines},
            },
        )
        return
    out.write(f"{found.code} — {found.name} ({found.region.name}), jednání {_day(day)}\n")
    write_deadlines(out, found, day)


def _write_ics(found: Group, day: date, path: Path, dtstamp: str | None) -> None:
    try:
        from krajsoc.ics import meetings_ics
    except ImportError:
        raise InvalidInputError(
            "--ics needs the icalendar package", expected="pip install 'krajsoc[ics]'"
        ) from None
    now = datetime.now(UTC) if dtstamp is None else _timestamp(dtstamp)
    data = meetings_ics(found, [Meeting(group=found.code, date=day)], now=now)
    try:
        path.write_bytes(data)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InvalidInputError(f"cannot write {path.name!r}: {reason}", where="--ics") from None


def _timestamp(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise InvalidInputError(
            f"{text[:30]!r} is not a time with a timezone",
            where="--dtstamp",
            expected="e.g. 2026-12-01T08:00:00+00:00",
        )
    return value


def _check_meetings(arguments: argparse.Namespace, out: TextIO) -> int:
    meetings, loaded = load_meetings(arguments.file, encoding=arguments.encoding)
    default = region(arguments.region) if arguments.region else None
    resolved: list[tuple[Meeting, Group]] = []
    if loaded.ok:  # the rows read; now every meeting needs a region and a group of that region
        resolved, loaded = _groups_of(meetings, default, _first_row(arguments.file))
    if not loaded.ok:
        _write_report(out, loaded, arguments.json)
        return EXIT_UNUSABLE
    report = Report()
    checked: dict[tuple[Region, str], Group] = {}
    for meeting, found in resolved:
        checked[(found.region, found.code)] = found
        report += found.check(meeting)
    if arguments.year is not None:
        regions = {key[0] for key in checked} | ({default} if default else set())
        for item in regions:
            checked |= {(item, each.code): each for each in groups(item)}
    years = [arguments.year] if arguments.year else sorted({m.date.year for m in meetings})
    for (where, _), found in checked.items():
        own = [m for m in meetings if (m.region or default) == where and found.is_code(m.group)]
        for year in years:
            report += found.check_year(own, year)
    _write_report(out, report, arguments.json, checked=len(meetings))
    return 0 if report.ok else EXIT_VIOLATIONS


def _first_row(path: str) -> int:
    """How the loader counts the first meeting: a CSV by its line (the header is 1), JSON from 1."""
    return 2 if Path(path).suffix.lower() == ".csv" else 1


def _groups_of(
    meetings: tuple[Meeting, ...], default: Region | None, first: int
) -> tuple[list[tuple[Meeting, Group]], Report]:
    """Each meeting with its group, and a report of every meeting with none, by its row.

    A meeting has none where neither its row nor ``--region`` names a region
    (``row-missing-field``), or where its region has no group of its code
    (``planning-group-unknown``). Every such row is reported at once.
    """
    resolved, findings = [], []
    for row, meeting in enumerate(meetings, start=first):
        where = meeting.region or default
        if where is None:
            findings.append(
                Finding(rule("row-missing-field"), where=Where(row=row, field="region"))
            )
            continue
        own = groups(where)
        found = next((each for each in own if each.is_code(meeting.group)), None)
        if found is None:
            allowed = ", ".join(each.code for each in own) or "žádné / none"
            findings.append(
                Finding(
                    rule("planning-group-unknown"),
                    where=Where(row=row, field="group"),
                    fields={"region": where.name, "allowed": allowed},
                )
            )
        else:
            resolved.append((meeting, found))
    return resolved, Report(findings)


def _write_report(out: TextIO, report: Report, as_json: bool, checked: int | None = None) -> None:
    if as_json:
        write_json(out, report.to_record().model_dump(mode="json"), command="check-meetings")
        return
    if report.findings:
        out.write(report.text() + "\n")
    counts = (
        f"{len(report.violations)} porušení, {len(report.warnings)} upozornění, "
        f"{len(report.infos)} informací"
    )
    prefix = (
        f"Zkontrolováno jednání: {checked}; " if checked is not None else "Vstup nelze použít: "
    )
    out.write(f"{prefix}{counts}.\n")
