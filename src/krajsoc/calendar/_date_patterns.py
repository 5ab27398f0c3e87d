r"""The written forms of a date krajsoc reads, as regular expressions built from named parts.

Czech documents write ``15. 3. 2026``, ``15.3.2026``, ``15. 03. 2026`` or ``15. března 2026``
(the month's name in the genitive); machines write ISO 8601, ``2026-03-15``. Every part is
spelt with explicit character classes (``[0-9]``, never ``\d``, which in Python also matches
Arabic-Indic or full-width digits), so the same pattern text means the same in Python's
:mod:`re` and in the ECMA-262 dialect of JSON Schema's ``pattern``: :data:`DATE_PATTERN` is
both what :func:`~krajsoc.calendar.parse_date` matches and what the JSON Schema of
:data:`~krajsoc.calendar.CzechDate` publishes.

A month's name is read in any case and with or without diacritics, letter by letter
(``března``, ``brezna``, ``BŘEZNA``): each letter is a class of its Czech form and the form
without the diacritic, both cases.

Examples:
    >>> import re
    >>> bool(re.fullmatch(DATE_PATTERN, "15. BREZNA 2026")), bool(re.fullmatch(DATE_PATTERN, "zítra"))
    (True, False)
    >>> MONTH_NUMBERS["brezna"], MONTH_NUMBERS["března"]
    (3, 3)
"""  # noqa: E501

from __future__ import annotations

import re

from krajsoc._text import fold

__all__ = [
    "CZECH_FORMS",
    "DATE_PATTERN",
    "GENITIVE_MONTHS",
    "ISO",
    "ISO_FORM",
    "MAX_DATE_TEXT",
    "MONTH_NUMBERS",
    "NAMED",
    "NAMED_FORM",
    "NUMERIC",
    "NUMERIC_FORM",
]

MAX_DATE_TEXT = 100
"""The longest text read as a date, white space around it included; longer text is refused
unread (the longest date, ``' 30. listopadu 2026 '``, has about 20 characters)."""

GENITIVE_MONTHS = (
    "ledna", "února", "března", "dubna", "května", "června",
    "července", "srpna", "září", "října", "listopadu", "prosince",
)  # fmt: skip
"""The months' names as a date writes them (the genitive: ``15. března``), January first."""

MONTH_NUMBERS: dict[str, int] = {
    **{name: number for number, name in enumerate(GENITIVE_MONTHS, start=1)},
    **{fold(name): number for number, name in enumerate(GENITIVE_MONTHS, start=1)},
}
"""Each genitive month name, with and without diacritics (lower case), and its number."""

# White space a document or a spreadsheet puts between the parts: spaces, tabs and line breaks,
# the no-break space (U+00A0) word processors insert after "15.", the figure space (U+2007)
# and the narrow no-break space (U+202F).
_WHITE = "[\\t\\n\\v\\f\\r \\u00a0\\u2007\\u202f]"
_GAP = _WHITE + "*"

_DAY = "[0-9]{1,2}"
_MONTH = "[0-9]{1,2}"
_YEAR = "[0-9]{4}"  # four digits: '15. 3. 26' could be 1926 or 2026, so it is refused


def _letter(czech: str) -> str:
    """A class of one letter of a month's name: its Czech form, without diacritics, both cases."""
    forms = {czech, czech.upper(), fold(czech), fold(czech).upper()}
    return "[" + "".join(sorted(forms)) + "]" if len(forms) > 1 else czech


_NAMES = "(?:" + "|".join(
    "".join(_letter(letter) for letter in name)
    for name in sorted(GENITIVE_MONTHS, key=len, reverse=True)
) + ")"  # fmt: skip

NUMERIC_FORM = _DAY + "\\." + _GAP + _MONTH + "\\." + _GAP + _YEAR
"""``15. 3. 2026``, ``15.3.2026``, ``15. 03. 2026``: day, dot, month, dot, year."""
NAMED_FORM = _DAY + "\\." + _GAP + _NAMES + _WHITE + "+" + _YEAR
"""``15. března 2026``: day, dot, the month's genitive name, white space, year."""
ISO_FORM = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
"""``2026-03-15``: ISO 8601, month and day of two digits each."""

CZECH_FORMS = "(?:" + NUMERIC_FORM + "|" + NAMED_FORM + "|" + ISO_FORM + ")"
DATE_PATTERN = "^" + _GAP + CZECH_FORMS + _GAP + "$"
"""Every form, with white space around it: the JSON Schema ``pattern`` of a Czech date."""

# The same parts with their numbers captured, for parsing; the text is matched whole.
_NAMED_MONTHS = _NAMES.replace("(?:", "(?P<name>", 1)
NUMERIC = re.compile(
    _GAP + f"(?P<day>{_DAY})\\." + _GAP + f"(?P<month>{_MONTH})\\." + _GAP
    + f"(?P<year>{_YEAR})" + _GAP
)  # fmt: skip
NAMED = re.compile(
    _GAP + f"(?P<day>{_DAY})\\." + _GAP + _NAMED_MONTHS + _WHITE + "+" + f"(?P<year>{_YEAR})"
    + _GAP
)  # fmt: skip
ISO = re.compile(_GAP + "(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})" + _GAP)
