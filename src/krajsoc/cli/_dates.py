"""Dates on the command line: every form :func:`~krajsoc.calendar.parse_date` reads.

``krajsoc deadline "4. 1. 2027" "15 dnů"`` and ``krajsoc deadline 2027-01-04 P15D`` ask the
same; a text that is no date ends the command with one line naming the forms read (exit 2).

Examples:
    >>> command_date("4. ledna 2027", "DAY")
    datetime.date(2027, 1, 4)
    >>> command_date("zítra", "DAY")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidDateError: 'zítra' is not a date at DAY; expected a date as '15. 3. 2026', '15.3.2026', '15. března 2026' or '2026-03-15'
"""  # noqa: E501

from __future__ import annotations

import argparse
from datetime import date

from krajsoc.calendar import parse_date
from krajsoc.errors import InvalidDateError

__all__ = ["DATE_HELP", "command_date", "date_option"]

DATE_HELP = "e.g. 2026-11-23, '23. 11. 2026' or '23. listopadu 2026'"
"""How a command's help names the forms of a date it reads."""


def command_date(text: str, where: str) -> date:
    """``text`` read as a date; an error names ``where`` (the argument) and the forms read."""
    try:
        return parse_date(text)
    except InvalidDateError as error:
        raise InvalidDateError(error.problem, where=where, expected=error.expected) from None


def date_option(text: str) -> date:
    """An argparse ``type=`` for a date option; argparse names the option in its one line."""
    try:
        return parse_date(text)
    except InvalidDateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
