"""``krajsoc registers validate``: check a CSV or JSON file of register entries, print the report.

The file is read by :func:`krajsoc.loaders.read_entry_rows` and validated through
:func:`krajsoc.rows.from_rows` against the entry model of ``--kind``: every problem of every
row, never a value of a personal-data field. Exit 0 when the report holds no violation, 1 when
it does, 2 when the file cannot be used (``main`` reports the error on one line).
"""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Mapping
from typing import TextIO

from pydantic import BaseModel

import krajsoc.registers
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._output import write_json
from krajsoc.errors import UnknownCodeError
from krajsoc.loaders import read_entry_rows
from krajsoc.registers import LIFECYCLES
from krajsoc.rows import from_rows

__all__ = ["ReportHasViolations", "entry_models", "register"]


class ReportHasViolations(Exception):  # noqa: N818 - a signal to main, not an error
    """Raised after the report is printed, so ``main`` exits with 1."""


def entry_models() -> Mapping[str, type[BaseModel]]:
    """The entry model of each register kind that ``krajsoc.registers`` exports."""
    found: dict[str, type[BaseModel]] = {}
    for name in krajsoc.registers.__all__:
        value = getattr(krajsoc.registers, name)
        if inspect.isclass(value) and issubclass(value, BaseModel):
            kind = getattr(value, "KIND", None)
            if isinstance(kind, str) and kind in LIFECYCLES:
                found[kind] = value
    return found


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the ``registers`` command with its ``validate`` sub-command."""
    registers = commands.add_parser(
        "registers", help="work with register files: validate entries of a register kind"
    )
    actions = registers.add_subparsers(dest="action", metavar="ACTION", parser_class=CliParser)
    actions.required = True
    validate = actions.add_parser(
        "validate",
        parents=[json_option],
        help="validate a CSV or JSON file of entries and print every problem",
        description=(
            "Validate a CSV or JSON file of register entries against the entry model of a "
            "register kind. Exit 0 when it is valid, 1 when it has violations, 2 when it cannot "
            "be read."
        ),
    )
    validate.add_argument("file", help="a .csv (header of field names) or .json file")
    validate.add_argument(
        "--encoding",
        default="utf-8",
        help="the file's encoding: utf-8 (default, a byte order mark skipped) or cp1250 (a CSV "
        "from Czech Excel); a CSV's delimiter, ';' or ',', is found from its header",
    )
    validate.add_argument(
        "--kind", required=True, choices=sorted(LIFECYCLES), help="the register kind"
    )
    validate.set_defaults(handler=_validate)


def _validate(arguments: argparse.Namespace, out: TextIO) -> None:
    models = entry_models()
    model = models.get(arguments.kind)
    if model is None:
        raise UnknownCodeError(
            "register kind with an entry model",
            arguments.kind,
            allowed=sorted(models),
            hint="a kind whose entry model this build of krajsoc has: "
            + (", ".join(sorted(models)) or "none"),
        )
    rows, start = read_entry_rows(arguments.file, encoding=arguments.encoding)
    records, report = from_rows(rows, model, start=start)
    if arguments.json:
        write_json(out, report.to_record().model_dump(mode="json"), command="registers validate")
    else:
        out.write(
            f"{arguments.file}: {len(rows)} řádků, {len(records)} záznamů přijato, "
            f"{len(report.violations)} chyb, {len(report.warnings)} upozornění\n"
        )
        if len(report):
            out.write(report.text("cs") + "\n")
    if not report.ok:
        raise ReportHasViolations
