"""``krajsoc deadlines FILE --column C``: a computed deadline column added to every row of a CSV.

The file is read by :func:`krajsoc.loaders.read_csv` (``;`` or ``,``, UTF-8 or cp1250); the
column is computed by the batch functions of :mod:`krajsoc.deadlines` with ``errors="report"``,
so one bad row never stops the rest: its computed cell is left empty and it is named on standard
error with its row as the spreadsheet counts it (the header is row 1). The CSV goes to standard
output or ``--output`` with the input's delimiter (a file also in its encoding). Exit 0 when
every row was computed, 1 when some row was bad, 2 when the file or the options cannot be used.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import attrs

from krajsoc._quote import quote
from krajsoc._text import fold
from krajsoc.calendar import czech_date, parse_date
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._output import write_json
from krajsoc.deadlines import (
    Channel,
    Period,
    appeal_deadlines,
    deadlines_after,
    deadlines_before,
    delivery_dates,
)
from krajsoc.errors import InvalidInputError, KrajsocError
from krajsoc.findings import Finding, Report, Where
from krajsoc.loaders import CsvTable, read_csv
from krajsoc.rules import rule

__all__ = ["CHUNK_ROWS", "SUFFIXES", "register"]

SUFFIXES = {
    "after": "_konec",
    "before": "_konec",
    "delivery": "_doručeno",
    "appeal": "_odvolání_do",
}
"""The name of the added column: the input column's name with this suffix, by ``--kind``."""

CHUNK_ROWS = 50_000
"""Rows computed at a time; the progress on a terminal moves after each chunk."""

_DELIMITERS = {";": ";", ",": ",", "tab": "\t"}
_NOT_A_DATE = rule("row-invalid-value")


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the ``deadlines`` command."""
    command = commands.add_parser(
        "deadlines",
        parents=[json_option],
        help="add a computed deadline column to every row of a CSV file",
        description=(
            "Compute a deadline for every row of a CSV file (';' or ',' separated, UTF-8 or "
            "cp1250) from one of its date columns, and write the file with the computed column "
            "added: COLUMN_konec for --kind after and before (the end of the period), "
            "COLUMN_doručeno for --kind delivery (the day of delivery), COLUMN_odvolání_do for "
            "--kind appeal (the last day to appeal). A bad row keeps an empty computed cell and "
            "is named on standard error with its spreadsheet row (header = row 1). Exit 0 when "
            "every row was computed, 1 when a row was bad, 2 when the file cannot be used."
        ),
    )
    command.add_argument("file", help="a .csv file with a header line")
    command.add_argument(
        "--column",
        required=True,
        help="the date column, e.g. doručeno (diacritics optional); its dates as 4. 1. 2027, "
        "4.1.2027, 4. ledna 2027 or 2027-01-04",
    )
    command.add_argument(
        "--kind",
        choices=sorted(SUFFIXES),
        default="after",
        help="after: a period after the date (default); before: a period back from it (a "
        "notice); delivery: the day of delivery of a document ready on the date; appeal: the "
        "last day to appeal a decision delivered on the date (15 days, § 83 SŘ)",
    )
    command.add_argument(
        "--period", help="for --kind after and before: e.g. '15 dnů', '1 měsíc', '5 pracovních dnů'"
    )
    command.add_argument(
        "--collected", metavar="COLUMN", help="for --kind delivery: the column of collection days"
    )
    channels = command.add_mutually_exclusive_group()
    channels.add_argument(
        "--channel",
        choices=[channel.value for channel in Channel],
        help="for --kind delivery: how the documents were sent (default: post)",
    )
    channels.add_argument(
        "--channel-column",
        metavar="COLUMN",
        help="for --kind delivery: the column of each row's channel, post or data_box, or in "
        "Czech pošta or datová schránka (a row with another is bad)",
    )
    command.add_argument("--output", "-o", metavar="OUT", help="write the CSV here, not to stdout")
    command.add_argument(
        "--delimiter",
        choices=sorted(_DELIMITERS),
        help="the input's delimiter (default: found from its header line)",
    )
    command.add_argument(
        "--encoding", default="utf-8", help="the input's encoding: utf-8 (default) or cp1250"
    )
    command.add_argument(
        "--czech-dates",
        action="store_true",
        help="write the computed days as 4. 1. 2027 instead of 2027-01-04",
    )
    command.set_defaults(handler=_deadlines)


def _deadlines(arguments: argparse.Namespace, out: TextIO) -> int:
    err: TextIO = arguments.stderr
    compute = _computation(arguments)
    delimiter = _DELIMITERS[arguments.delimiter] if arguments.delimiter else None
    table = read_csv(arguments.file, delimiter=delimiter, encoding=arguments.encoding)
    source = _column(table, arguments.column)
    collected = None if arguments.collected is None else _column(table, arguments.collected)
    by_row = None if arguments.channel_column is None else _column(table, arguments.channel_column)
    added = table.header[source] + SUFFIXES[arguments.kind]
    write_day = czech_date if arguments.czech_dates else date.isoformat
    cells: list[str] = []
    report = Report()
    progress = _Progress(err, len(table.rows))
    for start in range(0, len(table.rows), CHUNK_ROWS):
        chunk = table.rows[start : start + CHUNK_ROWS]
        first = table.FIRST_ROW + start
        days, parsed = _days(chunk, source, table.header[source], first)
        given = None
        if collected is not None:
            given, parsed_collected = _days(chunk, collected, table.header[collected], first)
            parsed += parsed_collected
        sent = None if by_row is None else [_cell(row, by_row).strip() for row in chunk]
        ends, found = compute(days, given, sent)
        columns = {"collected": collected, "channel": by_row}
        report += parsed + _renumbered(found, first, table, source, columns, parsed)
        cells += ["" if end is None else write_day(end) for end in ends]
        progress.show(start + len(chunk))
    progress.done()
    header, rows = _with_column(table, added, cells)
    if arguments.json:
        data = {
            "file": table.name,
            "read_as": {"delimiter": table.delimiter, "encoding": table.encoding},
            "column": added,
            "rows": [dict(zip(header, row, strict=True)) for row in rows],
            "report": report.to_record().model_dump(mode="json"),
        }
        write_json(out, data, command=arguments.command)
    elif arguments.output is None:
        writer = csv.writer(out, delimiter=table.delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    else:
        _write_file(Path(arguments.output), table, header, rows)
    for finding in report:
        err.write(f"krajsoc deadlines: {finding}\n")
    if not report.ok:
        bad = len({finding.where.row for finding in report})
        err.write(
            f"krajsoc deadlines: {bad} of {len(table.rows)} rows bad; their {added} is empty\n"
        )
        return 1
    return 0


Compute = Callable[
    [list[object], list[object] | None, list[str] | None], tuple[list[date | None], Report]
]


def _computation(arguments: argparse.Namespace) -> Compute:
    """The batch function ``--kind`` asks for, checked against the options given with it."""
    kind = arguments.kind
    if kind in {"after", "before"}:
        if arguments.period is None:
            raise InvalidInputError(f"--kind {kind} needs a period", expected="--period '15 dnů'")
        period = Period.parse(arguments.period)
        count = deadlines_after if kind == "after" else deadlines_before
        _only_for_delivery(arguments)
        return lambda days, _, __: count(days, period, errors="report")
    if arguments.period is not None:
        raise InvalidInputError(
            f"--period does not apply to --kind {kind}", expected="--kind after or before"
        )
    if kind == "appeal":
        _only_for_delivery(arguments)
        return lambda days, _, __: appeal_deadlines(days, errors="report")
    channel = arguments.channel or Channel.POST.value
    return lambda days, given, sent: delivery_dates(
        days, given, channel=channel if sent is None else sent, errors="report"
    )


def _only_for_delivery(arguments: argparse.Namespace) -> None:
    """The channel options are refused with any other ``--kind``."""
    for given, option in (
        (arguments.channel, "--channel"),
        (arguments.channel_column, "--channel-column"),
    ):
        if given is not None:
            raise InvalidInputError(
                f"{option} does not apply to --kind {arguments.kind}", expected="--kind delivery"
            )


def _column(table: CsvTable, name: str) -> int:
    """The index of the column ``name``, found with or without diacritics and case."""
    for wanted in (lambda column: column == name, lambda column: fold(column) == fold(name)):
        for index, column in enumerate(table.header):
            if wanted(column.strip()):
                return index
    raise InvalidInputError(
        f"no column {quote(name)}",
        where=f"{quote(table.name)} row 1 (read as {table.read_as})",
        expected=f"one of {', '.join(quote(column) for column in table.header)}"[:300],
    )


def _days(
    rows: Sequence[tuple[str, ...]], index: int, column: str, first: int
) -> tuple[list[object], Report]:
    """The dates of column ``index``: ``None`` for an empty cell, a finding for unreadable text.

    A column of dates repeats its days (a year has 366 at most), so each distinct text is parsed
    once: ``read`` keeps the day, or the error, of every text seen.
    """
    days: list[object] = []
    findings = []
    read: dict[str, date | KrajsocError | None] = {"": None}
    for number, row in enumerate(rows, start=first):
        text = _cell(row, index)
        day = read.get(text, _UNREAD)
        if day is _UNREAD:
            day = read[text] = _parsed(text)
        if isinstance(day, KrajsocError):
            days.append(text)  # the batch sees a bad row; the reason given is the parser's
            fields = {"code": day.code, "reason": str(day)}
            findings.append(
                Finding(_NOT_A_DATE, where=Where(row=number, field=column), fields=fields)
            )
        else:
            days.append(day)
    return days, Report(findings)


_UNREAD = object()


def _cell(row: tuple[str, ...], index: int) -> str:
    """The cell of column ``index``; a short row's missing cells are empty."""
    return row[index] if index < len(row) else ""


def _parsed(text: str) -> date | KrajsocError | None:
    if not text.strip():
        return None
    try:
        return parse_date(text.strip())
    except KrajsocError as error:
        return error


def _renumbered(
    report: Report,
    first: int,
    table: CsvTable,
    source: int,
    columns: dict[str, int | None],
    parsed: Report,
) -> Report:
    """The batch's findings at the spreadsheet's rows and columns, less those already given.

    ``columns`` gives the column of each other parameter (``collected``, ``channel``) if any.
    """
    names = {name: table.header[at] for name, at in columns.items() if at is not None}
    told = {(finding.where.row, finding.where.field) for finding in parsed}
    kept = []
    for finding in report:
        position = finding.where.row
        row = first + position if isinstance(position, int) else position
        field = names.get(str(finding.where.field), table.header[source])
        if (row, field) not in told:
            kept.append(attrs.evolve(finding, where=Where(row=row, field=field)))
    return Report(kept)


def _with_column(
    table: CsvTable, name: str, cells: list[str]
) -> tuple[list[str], Iterator[tuple[str, ...]]]:
    """The header and rows with column ``name`` set to ``cells`` (replaced if it is there)."""
    header = list(table.header)
    width = len(header)
    padded = (row if len(row) == width else row + ("",) * (width - len(row)) for row in table.rows)
    if name not in header:
        return [*header, name], ((*row, cell) for row, cell in zip(padded, cells, strict=True))
    at = header.index(name)
    return header, (
        (*row[:at], cell, *row[at + 1 :]) for row, cell in zip(padded, cells, strict=True)
    )


def _write_file(
    path: Path, table: CsvTable, header: list[str], rows: Iterator[tuple[str, ...]]
) -> None:
    """Write ``rows`` in the input's delimiter and encoding, its byte order mark kept."""
    encoding = "utf-8-sig" if table.bom else table.encoding
    try:
        with path.open("w", encoding=encoding, errors="strict", newline="") as handle:
            writer = csv.writer(handle, delimiter=table.delimiter)
            writer.writerow(header)
            writer.writerows(rows)
    except UnicodeEncodeError as error:
        raise InvalidInputError(
            f"the output holds a character {table.encoding} cannot write",
            where=f"{quote(path.name)} character {error.start}",
            expected="text the input's encoding holds",
        ) from None
    except OSError as error:
        raise InvalidInputError(
            f"cannot write {quote(path.name)}: {error.strerror or type(error).__name__}"
        ) from None


class _Progress:
    """``done/total rows`` on standard error, rewritten in place: large files on a terminal."""

    def __init__(self, err: TextIO, total: int) -> None:
        self._err = err
        self._total = total
        isatty: Any = getattr(err, "isatty", None)
        self._on = total > CHUNK_ROWS and callable(isatty) and bool(isatty())

    def show(self, done: int) -> None:
        if self._on:
            self._err.write(f"\rkrajsoc deadlines: {done:,}/{self._total:,} rows")
            self._err.flush()

    def done(self) -> None:
        if self._on:
            self._err.write("\r\033[K")  # the line cleared for what follows
            self._err.flush()
