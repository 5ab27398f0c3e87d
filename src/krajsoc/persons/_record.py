"""Records that hold personal data and never give back the input they were built from.

pydantic's ``hide_input_in_errors=True`` hides the input only in ``str(error)``: ``errors()``
and ``json()`` still carry it, and a missing field's error carries the whole row — names, birth
numbers, addresses (Sources § 7, checked with pydantic 2.14). A :class:`PersonalRecord`
validates as usual and, when that fails, raises a new :class:`~pydantic.ValidationError` with the
same errors — type, location, message and context — and every ``input`` replaced by
:data:`~krajsoc.persons._field.HIDDEN`. An unknown key that does not look like a field name (it
may be a value of a shifted row) is named by its length only.

Examples:
    >>> from pydantic import ValidationError
    >>> from krajsoc.persons import BirthNumber
    >>> class Holder(PersonalRecord):
    ...     number: BirthNumber
    ...     staff: int
    >>> try:
    ...     Holder.model_validate({"number": "736028/5164"})
    ... except ValidationError as error:
    ...     [(e["type"], e["loc"], e["input"]) for e in error.errors()]
    [('invalid-birth-number', ('number',), 'personal data (hidden)'),
     ('missing', ('staff',), 'personal data (hidden)')]
"""

from __future__ import annotations

import re
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError
from pydantic_core.core_schema import ErrorType, ValidatorFunctionWrapHandler

from krajsoc._length_errors import real_length_errors
from krajsoc.persons._field import HIDDEN

__all__ = ["PersonalRecord", "without_input"]

_PYDANTIC_TYPES = frozenset(typing.get_args(ErrorType))
# An unknown key is shown only when it looks like a field name, not like data that arrived.
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}", re.ASCII)


def _safe_loc(kind: str, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The location, with a key that is not a field name left out when it may be input."""
    if kind != "extra_forbidden" or not loc:
        return loc
    key = str(loc[-1])
    if _FIELD_NAME.fullmatch(key):
        return loc
    return (*loc[:-1], f"a field name of {len(key)} characters")


def _detail(error: dict[str, Any]) -> InitErrorDetails:
    kind = str(error["type"])
    loc = _safe_loc(kind, tuple(error["loc"]))
    ctx = error.get("ctx")
    detail: InitErrorDetails = {"type": kind, "loc": loc, "input": HIDDEN}
    if ctx is not None:
        detail["ctx"] = ctx
    if kind in _PYDANTIC_TYPES and _rebuilds(detail):
        return detail
    # A krajsoc code, or a context pydantic cannot take back: a custom error of the same type,
    # message and context (values that are not plain made text).
    context = None if ctx is None else {key: _plain(value) for key, value in ctx.items()}
    custom = PydanticCustomError(kind, str(error["msg"]), context)
    return {"type": custom, "loc": loc, "input": HIDDEN}


def _rebuilds(detail: InitErrorDetails) -> bool:
    try:
        ValidationError.from_exception_data("check", [detail])
    except (KeyError, TypeError, ValueError):
        return False
    return True


def _plain(value: object) -> object:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def without_input(error: ValidationError) -> ValidationError:
    """``error`` with every input replaced by ``'personal data (hidden)'``.

    Examples:
        >>> from pydantic import TypeAdapter
        >>> try:
        ...     TypeAdapter(int).validate_python("Jan Novák")
        ... except ValidationError as error:
        ...     without_input(error).errors()[0]["input"]
        'personal data (hidden)'
    """
    # The length pydantic counts on a tuple's valid items only is not a problem of the input.
    found = real_length_errors(error.errors(include_url=False))
    details = [_detail(dict(item)) for item in found]
    return ValidationError.from_exception_data(error.title, details, hide_input=True)


class PersonalRecord(BaseModel):
    """A frozen record, ``extra="forbid"``, whose validation errors never carry the input.

    Every register entry derives from it; derive your own records holding personal data from it
    too. ``str(error)``, ``repr(error)``, ``errors()``, ``errors(include_input=True)`` and
    ``json()`` of its :class:`~pydantic.ValidationError` show ``'personal data (hidden)'``
    wherever pydantic would show what arrived.
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", hide_input_in_errors=True, use_attribute_docstrings=True
    )

    @model_validator(mode="wrap")
    @classmethod
    def _hide_input(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(data)
        except ValidationError as error:
            raise without_input(error) from None
