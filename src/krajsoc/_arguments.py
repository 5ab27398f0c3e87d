"""Checking the Python types of public arguments: one helper, one message, ``TypeError``.

Every public function that takes text, a number or a date checks its argument's *type* through
:func:`checked` before reading it, so a wrong type fails the same way everywhere — a
``TypeError`` naming the parameter, the type expected and the type given — never an
``AttributeError`` from deep inside, and never silently accepted (``resolve_act(1.5, 2000)``).
A ``bool`` is not taken for a whole number, though Python makes it one. Wrong *values* of the
right type are a different matter: they raise a :class:`~krajsoc.errors.KrajsocError`.

Examples:
    >>> checked("§ 93", str, "text")
    '§ 93'
    >>> checked(None, str, "extract_citations(text)")
    Traceback (most recent call last):
    ...
    TypeError: extract_citations(text) must be str, not NoneType
    >>> checked(True, int, "number")
    Traceback (most recent call last):
    ...
    TypeError: number must be int, not bool
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["checked"]

_T = TypeVar("_T")


def checked(value: object, expected: type[_T], parameter: str) -> _T:
    """``value`` if it is an instance of ``expected`` (a ``bool`` is no ``int`` here).

    Args:
        value: The argument as the caller passed it.
        expected: The type the parameter takes, e.g. ``str``, ``int`` or ``date``.
        parameter: How the message names the parameter, e.g. ``'parse_citation(text)'``.

    Raises:
        TypeError: ``value`` is not an ``expected``.

    Examples:
        >>> checked(5, int, "year")
        5
    """
    if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
        return value
    raise TypeError(f"{parameter} must be {expected.__name__}, not {type(value).__name__}")
