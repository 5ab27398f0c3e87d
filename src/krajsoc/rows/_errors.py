"""A pydantic validation error read as findings, safely.

pydantic keeps the input in ``errors()`` and ``json()`` even with ``hide_input_in_errors``; here
the error is read with ``include_input=False, include_url=False``, field names are made printable
(a lone surrogate in a key cannot crash the report), and each error type becomes one of the bulk
rules with fields that never carry the value that arrived.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from krajsoc._length_errors import real_length_errors
from krajsoc._personal import is_personal
from krajsoc._quote import QUOTE_LIMIT, safe_text
from krajsoc.errors import InvalidDateError, KrajsocError
from krajsoc.findings import Finding, Where
from krajsoc.rows import _rules as rules

__all__ = ["field_name", "findings_of"]

_EXPECTED = {
    "string_type": "string",
    "int_type": "integer",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "int_parsing_size": "integer",
    "float_type": "number",
    "float_parsing": "number",
    "decimal_type": "number",
    "decimal_parsing": "number",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "list_type": "array",
    "tuple_type": "array",
    "set_type": "array",
    "frozen_set_type": "array",
    "dict_type": "object",
    "model_type": "object",
    "model_attributes_type": "object",
    "dataclass_type": "object",
}
_DATE_TYPES = frozenset(
    {
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
        "date_from_datetime_inexact",
        "datetime_type",
        "datetime_parsing",
        "datetime_from_date_parsing",
    }
)
_BOUNDS = {
    "greater_than": ("gt", "> {}"),
    "greater_than_equal": ("ge", "≥ {}"),
    "less_than": ("lt", "< {}"),
    "less_than_equal": ("le", "≤ {}"),
    "multiple_of": ("multiple_of", "× {}"),
}
_LENGTHS = {
    "too_short": (rules.TOO_SHORT, "min_length"),
    "string_too_short": (rules.TOO_SHORT, "min_length"),
    "too_long": (rules.TOO_LONG, "max_length"),
    "string_too_long": (rules.TOO_LONG, "max_length"),
}
_REASON_LIMIT = 300
_SEE_SCHEMA = "see the model's JSON Schema for what is allowed"


def field_name(loc: tuple[Any, ...]) -> str | None:
    """A location as a dotted field name that is safe to print, or ``None`` for the whole row.

    Examples:
        >>> field_name(("persons", 0, "name")), field_name(()), field_name(("x" * 50,))
        ('persons.0.name', None, 'a field name of 50 characters')
    """
    parts = []
    for part in loc:
        text = str(part)
        short = len(text) <= QUOTE_LIMIT
        parts.append(safe_text(text) if short else f"a field name of {len(text)} characters")
    return ".".join(parts) or None


def _short(value: object) -> str:
    return safe_text(str(value))[:QUOTE_LIMIT]


def _finding(detail: Mapping[str, Any], model: type[BaseModel], row: int | str | None) -> Finding:
    loc = tuple(detail.get("loc", ()))
    kind = str(detail.get("type", "invalid"))
    context = detail.get("ctx") or {}
    where = Where(row=row, field=field_name(loc))
    names = tuple(str(part) for part in loc if not isinstance(part, int))
    if is_personal(model, names) and kind not in {"missing", "extra_forbidden"}:
        return Finding(rules.INVALID_PERSONAL_DATA, where=where, fields={"code": _short(kind)})
    if kind == "missing":
        return Finding(rules.MISSING_FIELD, where=where)
    if kind == "extra_forbidden":
        return Finding(rules.UNKNOWN_FIELD, where=where)
    if not loc and kind in {"model_type", "dict_type", "model_attributes_type"}:
        return Finding(rules.NOT_A_RECORD, where=where, fields={"got": "not a mapping"})
    if kind == "string_unicode":  # pydantic reads a lone surrogate, in a value or a key, so
        reason = "a text or a field name is not valid Unicode (it holds a lone surrogate)"
        return Finding(rules.INVALID_VALUE, where=where, fields={"code": kind, "reason": reason})
    if kind in _DATE_TYPES:
        return Finding(rules.NOT_A_DATE, where=where, fields={"example": "2026-03-15"})
    if kind == InvalidDateError.code:  # a krajsoc.calendar.CzechDate field: no text echoed
        return Finding(rules.NOT_A_DATE, where=where, fields={"example": "15. 3. 2026, 2026-03-15"})
    if kind in _EXPECTED:
        return Finding(rules.WRONG_TYPE, where=where, fields={"expected": _EXPECTED[kind]})
    if kind in {"enum", "literal_error"} and "expected" in context:
        allowed = safe_text(str(context["expected"]))[:_REASON_LIMIT]
        return Finding(rules.NOT_ALLOWED, where=where, fields={"allowed": allowed})
    if kind in _LENGTHS:
        rule, key = _LENGTHS[kind]
        return Finding(rule, where=where, fields={"limit": _short(context.get(key, "?"))})
    if kind in _BOUNDS:
        key, form = _BOUNDS[kind]
        bound = form.format(_short(context.get(key, "?")))
        return Finding(rules.OUT_OF_RANGE, where=where, fields={"bound": bound})
    code, reason = _reason(kind, context)
    message = detail.get("msg")
    if reason == _SEE_SCHEMA and "-" in kind and isinstance(message, str) and message:
        # A check of krajsoc's own (a kebab-case code, never a pydantic type) words its message
        # from made text, without the input; birth-number-like digits are masked all the same.
        reason = safe_text(message)[:_REASON_LIMIT]
    return Finding(rules.INVALID_VALUE, where=where, fields={"code": code, "reason": reason})


def _reason(kind: str, context: Mapping[str, Any]) -> tuple[str, str]:
    error = context.get("error")
    if isinstance(error, KrajsocError):
        # The library's own errors quote input only through krajsoc._quote.quote.
        return error.code, safe_text(str(error))[:_REASON_LIMIT]
    if "reason" in context:  # a KrajsocError turned into a pydantic error by krajsoc._boundary
        return _short(kind), safe_text(str(context["reason"]))[:_REASON_LIMIT]
    if kind in {"value_error", "assertion_error"}:
        return _short(kind), "a check of the model refused the value"
    return _short(kind), _SEE_SCHEMA


def findings_of(
    error: ValidationError, model: type[BaseModel], row: int | str | None
) -> list[Finding]:
    """One finding per error of ``error``, at ``row``, none quoting the input."""
    details: list[Mapping[str, Any]]
    try:
        details = real_length_errors(error.errors(include_input=False, include_url=False))
    except Exception:  # an error that cannot be read is still a bad row, never a crash
        details = [{"type": "unreadable", "loc": ()}]
    return [_finding(detail, model, row) for detail in details]
