"""Leave out the length error pydantic adds to a tuple whose items failed: it counts the output.

pydantic-core (2.50, checked) checks ``min_length`` of a variadic ``tuple[X, ...]`` on the items
that validated, not on the items that arrived: a tuple of one applicant whose birth number is
wrong gets the item's error *and* ``too_short`` for the tuple, though one item arrived and one
is allowed. (A ``list`` field does not do this.) The items that arrived are those that
validated (``actual_length``) plus those that failed (each failing index once), so a
``too_short`` error is kept only when even that count is below ``min_length``.

Examples:
    >>> errors = [
    ...     {"type": "invalid-birth-number", "loc": ("applicants", 0, "birth_number")},
    ...     {"type": "too_short", "loc": ("applicants",),
    ...      "ctx": {"field_type": "Tuple", "min_length": 1, "actual_length": 0}},
    ... ]
    >>> [error["type"] for error in real_length_errors(errors)]
    ['invalid-birth-number']
    >>> [error["type"] for error in real_length_errors(errors[1:])]
    ['too_short']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

__all__ = ["real_length_errors"]

_Error = TypeVar("_Error", bound=Mapping[str, Any])


def real_length_errors(errors: Sequence[_Error]) -> list[_Error]:
    """``errors`` without a ``too_short`` that only counts the items which failed as missing."""
    return [error for error in errors if not _partial_count(error, errors)]


def _partial_count(error: Mapping[str, Any], errors: Sequence[Mapping[str, Any]]) -> bool:
    if error.get("type") != "too_short":
        return False
    context = error.get("ctx") or {}
    minimum, actual = context.get("min_length"), context.get("actual_length")
    if not isinstance(minimum, int) or not isinstance(actual, int):
        return False
    where = tuple(error.get("loc", ()))
    failed = {
        tuple(other.get("loc", ()))[len(where)]
        for other in errors
        if len(tuple(other.get("loc", ()))) > len(where)
        and tuple(other.get("loc", ()))[: len(where)] == where
        and isinstance(tuple(other.get("loc", ()))[len(where)], int)
    }
    return bool(failed) and actual + len(failed) >= minimum
