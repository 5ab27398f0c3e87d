"""Which fields of a boundary model hold personal data (osobní údaje).

A type holding personal data — a birth number, a person's name, an address — sets the class
attribute ``__krajsoc_personal_data__ = True`` and puts ``"x-personal-data": true`` in its JSON
Schema; a plain field can be marked with ``Field(json_schema_extra={"x-personal-data": True})``.
The bulk path (:mod:`krajsoc.rows`) asks :func:`is_personal` before it says anything about a
field's value, and masks those fields when it writes rows.

Examples:
    >>> from pydantic import BaseModel, Field
    >>> class Row(BaseModel):
    ...     name: str = Field(json_schema_extra={PERSONAL_DATA_KEY: True})
    ...     office: str
    >>> is_personal(Row, ("name",)), is_personal(Row, ("office",))
    (True, False)
"""

from __future__ import annotations

import functools
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

__all__ = [
    "PERSONAL_DATA_ATTRIBUTE",
    "PERSONAL_DATA_KEY",
    "is_personal",
    "is_personal_type",
    "nested_models",
    "personal_names",
]

PERSONAL_DATA_KEY = "x-personal-data"
"""The JSON Schema key that marks a field or type as personal data."""
PERSONAL_DATA_ATTRIBUTE = "__krajsoc_personal_data__"
"""The class attribute a personal-data type sets to ``True``."""


def _arguments(annotation: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return (typing.get_args(annotation)[0],)
    if origin is None:
        return ()
    return tuple(arg for arg in typing.get_args(annotation) if arg is not type(None))


def is_personal_type(annotation: Any) -> bool:
    """Whether ``annotation`` is, or wraps (``X | None``, ``list[X]``), a personal-data type."""
    if isinstance(annotation, type) and getattr(annotation, PERSONAL_DATA_ATTRIBUTE, False):
        return True
    return any(is_personal_type(arg) for arg in _arguments(annotation))


def _marked(info: FieldInfo) -> bool:
    extra = info.json_schema_extra
    return isinstance(extra, dict) and extra.get(PERSONAL_DATA_KEY) is True


def _models(annotation: Any) -> tuple[type[BaseModel], ...]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return (annotation,)
    return tuple(model for arg in _arguments(annotation) for model in _models(arg))


@functools.lru_cache(maxsize=4096)
def is_personal(model: type[BaseModel], loc: tuple[str, ...]) -> bool:
    """Whether the field at ``loc`` (names only, list indices left out) holds personal data.

    A field is personal when it is marked, or its type is a personal-data type, or it lies inside
    such a field. A location that names no field (a whole row) is not personal by itself.
    """
    if not loc or not (isinstance(model, type) and issubclass(model, BaseModel)):
        return False
    info = model.model_fields.get(loc[0])
    if info is None:
        return False
    if _marked(info) or is_personal_type(info.annotation):
        return True
    return any(is_personal(inner, loc[1:]) for inner in _models(info.annotation))


def personal_names(model: type[BaseModel]) -> frozenset[str]:
    """The names of ``model``'s own fields that hold personal data."""
    return frozenset(name for name in model.model_fields if is_personal(model, (name,)))


def nested_models(model: type[BaseModel], name: str) -> tuple[type[BaseModel], ...]:
    """The boundary models a field of ``model`` holds (``list[Person]`` gives ``Person``)."""
    info = model.model_fields.get(name)
    return () if info is None else _models(info.annotation)
