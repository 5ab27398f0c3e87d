"""The parser type every command module builds on, and what it hands to argparse."""

from __future__ import annotations

import argparse
from typing import NoReturn, TypeAlias

__all__ = ["CliParser", "Commands", "UsageError"]


class UsageError(Exception):
    """Raised instead of argparse's print-usage-and-exit, so every error is one line."""


class CliParser(argparse.ArgumentParser):
    """An argument parser whose errors are exceptions, reported by ``main`` on one line."""

    def error(self, message: str) -> NoReturn:
        """Raise :class:`UsageError` naming the command, the problem and where help is."""
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


# The object ``add_subparsers()`` returns; command modules call ``.add_parser`` on it.
Commands: TypeAlias = "argparse._SubParsersAction[CliParser]"
