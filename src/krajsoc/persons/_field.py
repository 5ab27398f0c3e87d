"""Personal values as pydantic fields: text in, canonical text out, the input sealed in errors.

pydantic records the value a validator was given as the error's ``input``, which
``errors()`` and ``json()`` return even with ``hide_input_in_errors``. A personal value's schema
therefore first *seals* whatever arrived in a :class:`Sealed` box whose ``repr`` and ``str`` say
only "personal data (hidden)", and parses the box: an error raised while parsing carries the box,
not the number or the name. (A missing field or a wrong row still carries the whole row; the
records of :class:`krajsoc.persons.PersonalRecord` replace every input for that.)

The JSON Schema is a string with a ``pattern`` and ``"x-personal-data": true``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from krajsoc._boundary import pydantic_error
from krajsoc._personal import PERSONAL_DATA_ATTRIBUTE, PERSONAL_DATA_KEY
from krajsoc.errors import KrajsocError

__all__ = ["HIDDEN", "Sealed", "identifier_field", "personal_field"]

T = TypeVar("T")

HIDDEN = "personal data (hidden)"
"""What stands in an error for a personal value that arrived."""


class Sealed:
    """A value that arrived for a personal-data field, shown only as :data:`HIDDEN`.

    Examples:
        >>> Sealed("736028/5163")
        personal data (hidden)
    """

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return HIDDEN

    __str__ = __repr__


def _validator(cls: type[T], parse: Callable[[str], T], *, sealed: bool) -> Callable[[Any], T]:
    def validate(value: Any) -> T:
        if sealed:
            value = value.value
        if isinstance(value, cls):
            return value
        if not isinstance(value, str):
            raise PydanticCustomError(
                "invalid-type",
                "expected {name} as text, got {got}",
                {"name": cls.__name__, "got": type(value).__name__},
            )
        try:
            return parse(value)
        except KrajsocError as error:  # messages of krajsoc's own errors never echo the value
            raise pydantic_error(error) from None

    return validate


def _install(
    cls: type[T],
    core: Callable[[], CoreSchema],
    schema: JsonSchemaValue,
) -> type[T]:
    def core_schema_hook(
        owner: type[T], source: type[Any], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core()

    def json_schema_hook(
        owner: type[T], core: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return dict(schema)

    # setattr: ``type[T]`` declares neither hook, so plain assignment would not type-check.
    setattr(cls, "__get_pydantic_core_schema__", classmethod(core_schema_hook))  # noqa: B010
    setattr(cls, "__get_pydantic_json_schema__", classmethod(json_schema_hook))  # noqa: B010
    return cls


def _json_schema(
    title: str, description: str, pattern: str, examples: Sequence[str]
) -> JsonSchemaValue:
    return {
        "type": "string",
        "title": title,
        "description": description,
        "pattern": pattern,
        "examples": list(examples),
    }


def personal_field(
    *,
    parse: Callable[[str], T],
    dump: Callable[[T], str],
    title: str,
    description: str,
    pattern: str,
    examples: Sequence[str],
) -> Callable[[type[T]], type[T]]:
    """A class decorator making a personal value a pydantic field that seals its input.

    It also sets ``__krajsoc_personal_data__ = True``, so :mod:`krajsoc.rows` never quotes the
    field and :func:`krajsoc.rows.to_rows` masks it.
    """

    def install(cls: type[T]) -> type[T]:
        def core() -> CoreSchema:
            return core_schema.no_info_before_validator_function(
                Sealed,
                core_schema.no_info_plain_validator_function(_validator(cls, parse, sealed=True)),
                serialization=core_schema.plain_serializer_function_ser_schema(dump),
            )

        schema = _json_schema(title, description, pattern, examples)
        schema[PERSONAL_DATA_KEY] = True
        setattr(cls, PERSONAL_DATA_ATTRIBUTE, True)
        return _install(cls, core, schema)

    return install


def identifier_field(
    *,
    parse: Callable[[str], T],
    dump: Callable[[T], str],
    title: str,
    description: str,
    pattern: str,
    examples: Sequence[str],
) -> Callable[[type[T]], type[T]]:
    """A class decorator making an identifier that is not personal data (an IČO) a field."""

    def install(cls: type[T]) -> type[T]:
        def core() -> CoreSchema:
            return core_schema.no_info_plain_validator_function(
                _validator(cls, parse, sealed=False),
                serialization=core_schema.plain_serializer_function_ser_schema(dump),
            )

        return _install(cls, core, _json_schema(title, description, pattern, examples))

    return install
