"""Quoting input in messages without leaking personal data.

Every message that shows what arrived goes through :func:`quote`. It quotes a value only when it is
short enough to be a code or the name of something (at most :data:`QUOTE_LIMIT` characters) and
does not come from a field holding personal data; anything else is described by its kind and
length. What it quotes has control characters escaped and every run that looks like a birth number
(six digits, an optional slash, three or four digits) masked, so a shifted CSV column cannot put a
person's number into an error log.

Examples:
    >>> quote("XX")
    "'XX'"
    >>> quote("Jan Novák, r. č. 850101/1234, Husova 5, 460 01 Liberec")
    'text of 54 characters'
    >>> quote("rč 8501011234")
    "'rč **********'"
    >>> quote("x", personal=True)
    'personal data (hidden)'
    >>> quote({"jméno": "Jan"})
    'a mapping with keys jméno'
    >>> quote(None)
    'None'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["QUOTE_LIMIT", "describe", "mask_birth_numbers", "quote", "safe_text"]

QUOTE_LIMIT = 40
"""The longest text quoted in a message; longer text is described by its length."""
QUOTED_LIMIT = 60
"""The longest result of :func:`quote`: a short text whose escapes would make it longer, or a
mapping with many keys, is described instead."""

# Digits of any script (``\d`` is Unicode-aware): a birth number typed in full-width digits is
# still a birth number.
_BIRTH_NUMBER_RUN = re.compile(r"(?<!\d)\d{6}\s?/?\s?\d{3,4}(?!\d)")
_LONG_DIGITS = re.compile(r"\d{6,}")
_DIGIT = re.compile(r"\d")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def mask_birth_numbers(text: str) -> str:
    """``text`` with every birth-number-like run, and any run of six or more digits, masked.

    Examples:
        >>> mask_birth_numbers("736028/5163 a 7360285163")
        '******/**** a **********'
    """
    masked = _BIRTH_NUMBER_RUN.sub(lambda m: _DIGIT.sub("*", m[0]), text)
    return _LONG_DIGITS.sub(lambda m: "*" * len(m[0]), masked)


def safe_text(text: str) -> str:
    r"""``text`` with control characters and lone surrogates escaped, birth numbers masked.

    Safe to print in any encoding that holds the rest of the text, and never raises.

    Examples:
        >>> safe_text("a\nb\ud800")
        'a\\nb\\ud800'
    """
    escaped = _CONTROL.sub(_escape, text)
    return mask_birth_numbers(escaped)


def _escape(match: re.Match[str]) -> str:
    return match[0].encode("unicode_escape", "backslashreplace").decode("ascii")


def describe(value: object) -> str:
    """What kind of value arrived, without any of its content: ``'text of 47 characters'``.

    Examples:
        >>> describe("abc"), describe(12), describe([1, 2])
        ('text of 3 characters', 'int', 'list of 2 items')
    """
    if isinstance(value, str):
        return "text of 1 character" if len(value) == 1 else f"text of {len(value)} characters"
    if isinstance(value, Mapping):
        return f"a mapping of {len(value)} keys"
    if isinstance(value, list | tuple | set | frozenset):
        return f"{type(value).__name__} of {len(value)} items"
    return type(value).__name__


def quote(value: object, *, personal: bool = False) -> str:
    r"""``value`` as a message may show it: quoted when short and not personal, else described.

    Args:
        value: What arrived.
        personal: The value comes from a field holding personal data: never quoted.

    Numbers, booleans and ``None`` are shown as written (numbers of more than
    :data:`QUOTE_LIMIT` digits by their length); mappings by the names of their keys only. The
    result is never longer than :data:`QUOTED_LIMIT` characters, never holds six digits in a row
    of the value, and ``quote`` never raises.

    Examples:
        >>> quote("K99"), quote(12), quote("a" * 41), quote("\x00" * 20)
        ("'K99'", '12', 'text of 41 characters', 'text of 20 characters')
    """
    try:
        quoted = _quoted(value, personal=personal)
    except Exception:  # a value whose str() or len() fails is still only described
        return _kind(value)
    return quoted if len(quoted) <= QUOTED_LIMIT else _kind(value)


def _kind(value: object) -> str:
    try:
        text = describe(value)
    except Exception:
        text = type(value).__name__
    return text if len(text) <= QUOTED_LIMIT else "a value"


def _quoted(value: object, *, personal: bool) -> str:
    if personal:
        return "personal data (hidden)"
    if value is None or isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        text = _number_text(value)
        return text if len(text) <= QUOTE_LIMIT else f"a number of {len(text)} digits"
    if isinstance(value, str):
        if len(value) > QUOTE_LIMIT:
            return describe(value)
        return "'" + safe_text(value).replace("'", "\\'") + "'"
    if isinstance(value, Mapping):
        keys = [key for key in value if isinstance(key, str) and len(key) <= QUOTE_LIMIT]
        if not keys or len(keys) != len(value) or len(keys) > 10:
            return describe(value)
        return "a mapping with keys " + ", ".join(safe_text(key) for key in keys)
    return describe(value)


def _number_text(value: int | float) -> str:
    if isinstance(value, int) and value.bit_length() > 200:
        return "x" * (QUOTE_LIMIT + 1)  # too long to show; never converted to decimal digits
    return mask_birth_numbers(str(value))
