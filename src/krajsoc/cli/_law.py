"""``krajsoc cite``: parse one citation, or list the citations in a file or standard input."""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from krajsoc.cli._commands import CliParser, Commands, UsageError
from krajsoc.cli._output import write_json, write_rows, write_table
from krajsoc.law import LegalReference, check_reference, extract_citations, parse_citation

__all__ = ["register"]


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the ``cite`` command."""
    cite = commands.add_parser(
        "cite",
        parents=[json_option],
        help="parse a legal citation, or list the citations in a text",
        description=(
            "Parse a Czech legal citation ('§ 93 odst. 1 zákona č. 108/2006 Sb.') into its "
            "references, or with --extract list every citation in a file ('-' for standard "
            "input) with its line number."
        ),
    )
    cite.add_argument("citation", nargs="?", help="the citation to parse")
    cite.add_argument("--extract", metavar="FILE", help="list the citations in FILE ('-': stdin)")
    cite.add_argument(
        "--on", metavar="YYYY-MM-DD", type=_day, help="also check each reference as of this day"
    )
    cite.set_defaults(handler=_cite)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _reference_row(ref: LegalReference, on: date | None) -> dict[str, object]:
    row: dict[str, object] = {
        "citation": str(ref),
        "short": ref.short,
        "act": ref.act.id if ref.act else None,
        "act_title": ref.act.title if ref.act else None,
        "section": ref.section,
        "section_end": ref.section_end,
        "article": ref.article,
        "subsection": ref.subsection,
        "letter": ref.letter,
        "point": ref.point,
        "sentence": ref.sentence,
        "following": ref.following,
        "url": ref.act.url if ref.act else None,
    }
    if on is not None:
        # The reference is the row itself, so each finding keeps only its rule and texts.
        row["findings"] = [
            {key: finding[key] for key in _FINDING_KEYS}
            for finding in check_reference(ref, on=on).to_rows()
        ]
    return row


_FINDING_KEYS = ("rule", "severity", "certainty", "text_cs", "text_en", "basis")


def _read(name: str) -> str:
    try:
        if name == "-":  # bytes, decoded as a file is: non-UTF-8 input is refused, not lost
            buffer = getattr(sys.stdin, "buffer", None)  # None for a stream of text (tests)
            return sys.stdin.read() if buffer is None else buffer.read().decode("utf-8")
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise UsageError(f"krajsoc cite: cannot read {name!r}: {reason}") from None


def _cite(arguments: argparse.Namespace, out: TextIO) -> None:
    if (arguments.citation is None) == (arguments.extract is None):
        raise UsageError("krajsoc cite: give either a CITATION or --extract FILE (see --help)")
    if arguments.extract is not None:
        _extract(_read(arguments.extract), arguments, out)
        return
    rows = [_reference_row(ref, arguments.on) for ref in parse_citation(arguments.citation)]
    write_rows(
        out,
        rows,
        as_json=arguments.json,
        command=arguments.command,
        columns={
            "citace": "citation",
            "předpis": "act",
            "§": "section",
            "odst.": "subsection",
            "písm.": "letter",
            "bod": "point",
        },
    )
    if not arguments.json:
        _write_findings(out, rows)


def _extract(text: str, arguments: argparse.Namespace, out: TextIO) -> None:
    rows: list[dict[str, object]] = []
    references: list[dict[str, object]] = []
    table: list[tuple[object, ...]] = []
    # The offsets of the line breaks, found once: a match's line is a bisection, not a count from
    # the start of the text, so listing the citations of a long file stays linear in its length.
    breaks = [found.start() for found in re.finditer("\n", text)]
    for match in extract_citations(text):
        line = bisect.bisect_left(breaks, match.start) + 1
        column = match.start - (breaks[line - 2] + 1 if line > 1 else 0) + 1
        found = [_reference_row(ref, arguments.on) for ref in match.references]
        flat = " ".join(match.text.split())
        rows.append(
            {
                "line": line,
                "column": column,
                "span": list(match.span),
                "text": flat,
                "references": found,
            }
        )
        references += found
        table.append((line, flat, "; ".join(str(ref) for ref in match.references)))
    if arguments.json:
        write_json(out, rows, command=arguments.command)
        return
    write_table(out, ("řádek", "text", "odkazy"), table)
    _write_findings(out, references)


def _write_findings(out: TextIO, rows: list[dict[str, object]]) -> None:
    for row in rows:
        findings = row.get("findings", [])
        assert isinstance(findings, list)
        for finding in findings:
            out.write(f"! {row['citation']}: {finding['text_cs']} [{finding['certainty']}]\n")
