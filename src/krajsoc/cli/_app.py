"""Argument parsing, dispatch and the error policy of the ``krajsoc`` command."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from krajsoc import __version__
from krajsoc.cli import (
    _agendas,
    _deadline_columns,
    _deadlines,
    _demo,
    _law,
    _planning,
    _registers,
    _schema,
    _territory,
)
from krajsoc.cli._commands import CliParser, Commands, UsageError
from krajsoc.cli._examples import add_examples
from krajsoc.errors import KrajsocError

__all__ = ["main"]


# Each command module adds its sub-commands; the order here is the order in --help.
_COMMAND_MODULES: tuple[Callable[[Commands, CliParser], None], ...] = (
    _demo.register,
    _territory.register,
    _law.register,
    _agendas.register,
    _deadlines.register,
    _deadline_columns.register,
    _planning.register,
    _registers.register,
    _schema.register,
)


def build_parser() -> CliParser:
    """The full ``krajsoc`` parser with every sub-command."""
    parser = CliParser(
        prog="krajsoc",
        description="The social-affairs domain of a Czech region (kraj): built-in data and rules.",
    )
    parser.add_argument("--version", action="version", version=f"krajsoc {__version__}")
    json_option = CliParser(add_help=False)
    json_option.add_argument(
        "--json", action="store_true", help="print JSON for machines instead of a table"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    commands.required = True
    for register in _COMMAND_MODULES:
        register(commands, json_option)
    add_examples(commands.choices)
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    r"""Run the command line and return its exit status (0 ok, 2 bad input; a check: 1 violations).

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> main(["municipalities", "LK", "--type", "orp", "--json"], stdout=out)
        0
        >>> err = io.StringIO()
        >>> main(["municipalities", "XX"], stderr=err)
        2
        >>> err.getvalue().count("\n"), err.getvalue().startswith("krajsoc: unknown region 'XX'")
        (1, True)
    """
    out: TextIO | None = stdout if stdout is not None else sys.stdout
    err: TextIO = stderr if stderr is not None else (sys.stderr or io.StringIO())
    _tolerate_narrow_encodings(out, err)
    if out is None:  # `krajsoc regions >&-`: standard output is closed
        err.write("krajsoc: standard output is closed; nothing was written\n")
        return _EXIT_OUTPUT_FAILED
    try:
        arguments = build_parser().parse_args(_arguments(argv))
        handler: Callable[[argparse.Namespace, TextIO], int | None] = arguments.handler
        arguments.stderr = err  # for commands that report rows on standard error
        status = handler(arguments, out)
    except _registers.ReportHasViolations:  # the report is printed; it has violations
        return 1
    except UsageError as error:
        err.write(f"{error}\n")
        return 2
    except KrajsocError as error:
        first_line = str(error).splitlines()[0]
        err.write(f"krajsoc: {first_line}\n")
        return 2
    except SystemExit as stop:  # --help and --version end through argparse's exit
        return stop.code if isinstance(stop.code, int) else 0
    except BrokenPipeError:
        # The reader went away (`krajsoc demo | head`): stop quietly, as Unix tools do.
        _silence(out)
        return _EXIT_BROKEN_PIPE
    except OSError as error:  # `krajsoc demo >/dev/full`: the output cannot be written
        _silence(out)
        err.write(f"krajsoc: cannot write the output: {error.strerror or error}\n")
        return _EXIT_OUTPUT_FAILED
    flushed = _flushed(out, err)
    return flushed or status or 0


_EXIT_OUTPUT_FAILED = 1


def _arguments(argv: Sequence[str] | None) -> list[str]:
    """The arguments, UTF-8 read as UTF-8 even where the locale is ASCII (``LC_ALL=C``).

    Python decodes the command line by the locale; under ``LC_ALL=C`` it keeps the bytes of
    "§" and "dnů" as surrogates, which no parser reads. Bytes that are UTF-8 are decoded as such.
    """
    given = list(sys.argv[1:] if argv is None else argv)
    repaired = []
    for argument in given:
        try:
            repaired.append(os.fsencode(argument).decode("utf-8"))
        except UnicodeError:  # not UTF-8 bytes either: the parser reports what it cannot read
            repaired.append(argument)
    return repaired


def _flushed(out: TextIO, err: TextIO) -> int:
    """0 once the output is flushed; a full disk often shows only at the flush."""
    try:
        out.flush()
    except BrokenPipeError:
        _silence(out)
        return _EXIT_BROKEN_PIPE
    except OSError as error:
        _silence(out)
        err.write(f"krajsoc: cannot write the output: {error.strerror or error}\n")
        return _EXIT_OUTPUT_FAILED
    return 0


def _tolerate_narrow_encodings(*streams: TextIO | None) -> None:
    """Let the standard streams replace what their encoding cannot hold, never crash on it.

    Output redirected on a Czech Windows machine is cp1250 or cp852, which hold the Czech letters
    but not "─" or "—"; ``PYTHONIOENCODING=ascii`` or ``LC_ALL=C`` hold neither. A character the
    encoding cannot hold is written as ``?``, the rest of the output stays as it was.
    """
    for stream in streams:
        if stream is not None and stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="replace")


_EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE


def _silence(out: TextIO) -> None:
    """Point a closed standard output at the null device, so the final flush cannot fail."""
    if out is sys.stdout:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
