"""Let frozen attrs values stand as pydantic fields through their text form.

A domain value (a region, a legal reference, a period) is validated from its text, or from itself,
and serialised back to canonical text; its JSON Schema is a string with a description and examples.
A :class:`~krajsoc.errors.KrajsocError` raised while parsing becomes a pydantic error with the same
``code``, so a bulk validation report names the domain rule that failed.

The class decorator :func:`text_value` installs both pydantic hooks
(``__get_pydantic_core_schema__`` and ``__get_pydantic_json_schema__``) on a class; see
:class:`krajsoc.territory.Region` for a user.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from krajsoc._text import fold
from krajsoc.errors import KrajsocError

__all__ = [
    "described",
    "spellings",
    "spellings_json_schema",
    "text_value",
    "text_value_json_schema",
    "text_value_schema",
]

T = TypeVar("T")


def _readable(error: Exception) -> str:
    r"""The error's message with any lone surrogate escaped ("\ud800").

    pydantic renders its errors as UTF-8, which a lone surrogate from the input (a key of a
    mapping, say) cannot be written in: the error would fail to render, and ``errors()`` and
    ``str()`` raise. (``json()`` of an error whose *input* holds one still fails: pydantic writes
    the input there, as it does for any type.)
    """
    return str(error).encode("utf-8", "backslashreplace").decode("utf-8")


def pydantic_error(error: KrajsocError) -> PydanticCustomError:
    """``error`` as pydantic reports it: its code as the error type, its message readable.

    For the validators of krajsoc's fields, which raise ``pydantic_error(error) from None``.
    """
    return PydanticCustomError(error.code, "{reason}", {"reason": _readable(error)})


def text_value_schema(
    cls: type[T],
    parse: Callable[[str], T],
    dump: Callable[[T], str],
    *,
    from_mapping: Callable[[Mapping[str, Any]], T] | None = None,
) -> CoreSchema:
    """A pydantic core schema accepting ``cls``, its text (and a mapping), dumping its text."""
    accepted = "text" if from_mapping is None else "text or an object"

    def validate(value: object) -> T:
        if isinstance(value, cls):
            return value
        try:
            if isinstance(value, str):
                return parse(value)
            if from_mapping is not None and isinstance(value, Mapping):
                return from_mapping(value)
        except KrajsocError as error:
            raise pydantic_error(error) from None
        except (TypeError, ValueError) as error:
            reason = {"reason": _readable(error)}
            raise PydanticCustomError("invalid-input", "{reason}", reason) from None
        raise PydanticCustomError(
            "invalid-type",
            "expected {name} as {accepted}, got {got}",
            {"name": cls.__name__, "accepted": accepted, "got": type(value).__name__},
        )

    def serialise(value: T) -> str:
        return dump(value)

    return core_schema.no_info_plain_validator_function(
        validate,
        serialization=core_schema.plain_serializer_function_ser_schema(serialise),
    )


def text_value_json_schema(
    handler: GetJsonSchemaHandler,
    *,
    title: str,
    description: str,
    examples: Sequence[str],
    object_schema: JsonSchemaValue | None = None,
) -> JsonSchemaValue:
    """JSON Schema of a text-form value: a string with a title, description and examples.

    What it dumps (``mode="serialization"``) is always the string. What it reads
    (``mode="validation"``) is the string or, when the value also has an object form,
    ``object_schema`` — so the input schema accepts both forms validation accepts.
    """
    text = {
        "type": "string",
        "title": title,
        "description": description,
        "examples": list(examples),
    }
    if object_schema is None or handler.mode == "serialization":
        return text
    return {
        "title": title,
        "description": description,
        "anyOf": [{"type": "string", "examples": list(examples)}, object_schema],
    }


def spellings(names: Mapping[Any, Iterable[str]], labels: Mapping[Any, str]) -> list[str]:
    """Every spelling a ``find_member`` lookup reads: the folded names, and each Czech label."""
    found = {name for group in names.values() for name in group}
    found |= {label for member, label in labels.items() if fold(label) in set(names[member])}
    return sorted(found)


def spellings_json_schema(
    handler: GetJsonSchemaHandler, schema: CoreSchema, spellings: Sequence[str], what: str
) -> JsonSchemaValue:
    """An enum's schema; as input (``mode="validation"``) also the Czech ``spellings`` it reads.

    For the enums a record reads through their ``parse`` (a competence, a topic, an authority
    type): the input schema lists each value and each Czech name with and without diacritics,
    in lower case; the reader also ignores case, which a schema enum cannot say.
    """
    found = handler(schema)
    if handler.mode == "serialization":
        return found
    resolved = handler.resolve_ref_schema(found)
    values = [str(value) for value in resolved.get("enum", ())]
    return {
        "title": resolved.get("title", what),
        "description": (
            f"{resolved.get('description', what)} Read from its value or its Czech name, with or "
            "without diacritics, in any case."
        ),
        "type": "string",
        "enum": sorted({*values, *spellings}),
    }


def text_value(
    *,
    parse: Callable[[str], T],
    dump: Callable[[T], str],
    title: str,
    description: str,
    examples: Sequence[str],
    from_mapping: Callable[[Mapping[str, Any]], T] | None = None,
    object_schema: JsonSchemaValue | None = None,
) -> Callable[[type[T]], type[T]]:
    """A class decorator making a value a pydantic field through its text form.

    It sets the class's ``__get_pydantic_core_schema__`` (see :func:`text_value_schema`) and
    ``__get_pydantic_json_schema__`` (see :func:`text_value_json_schema`). The callables are
    called only when a value is validated or serialised, so they may refer to names defined after
    the class (``parse=lambda text: region(text)``). Apply it outside ``@attrs.frozen``, so that
    it sees the class attrs builds. A value with ``from_mapping`` needs ``object_schema``, the
    JSON Schema of the objects ``from_mapping`` reads, so its input schema tells the truth.
    """

    def install(cls: type[T]) -> type[T]:
        def core_schema_hook(
            owner: type[T], source: type[Any], handler: GetCoreSchemaHandler
        ) -> CoreSchema:
            return text_value_schema(owner, parse, dump, from_mapping=from_mapping)

        def json_schema_hook(
            owner: type[T], schema: CoreSchema, handler: GetJsonSchemaHandler
        ) -> JsonSchemaValue:
            return text_value_json_schema(
                handler,
                title=title,
                description=description,
                examples=examples,
                object_schema=object_schema,
            )

        # setattr: ``type[T]`` declares neither hook, so plain assignment would not type-check.
        setattr(cls, "__get_pydantic_core_schema__", classmethod(core_schema_hook))  # noqa: B010
        setattr(cls, "__get_pydantic_json_schema__", classmethod(json_schema_hook))  # noqa: B010
        return cls

    return install


_FIELD_LINE = re.compile(
    r"^(?P<indent> *)(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?: \([^)]*\))?: (?P<text>.*)$"
)


def _attribute_docs(doc: str) -> dict[str, str]:
    """The ``Attributes:`` section of a Google-style docstring, as name → one-line text."""
    found: dict[str, str] = {}
    lines = inspect.cleandoc(doc).splitlines()
    try:
        start = lines.index("Attributes:") + 1
    except ValueError:
        return found
    name: str | None = None
    item_indent: int | None = None
    for line in lines[start:]:
        if line and not line.startswith(" "):
            break  # the next section
        match = _FIELD_LINE.match(line)
        if match and (item_indent is None or len(match["indent"]) == item_indent):
            item_indent = len(match["indent"])
            name = match["name"]
            found[name] = match["text"].strip()
        elif name is not None and line.strip():
            found[name] += " " + line.strip()
    return found


M = TypeVar("M", bound=type[BaseModel])


def described(model: M) -> M:
    """Give each field of a pydantic ``model`` its text from the docstring's ``Attributes:``.

    The field descriptions land in the JSON Schema, so a schema reader learns what each field
    means without the source; a field with its own ``description`` keeps it.
    """
    texts = _attribute_docs(model.__doc__ or "")
    changed = False
    fields: dict[str, Any] = model.__pydantic_fields__
    for name, field in fields.items():
        if field.description is None and name in texts:
            field.description = texts[name]
            changed = True
    if changed:
        model.model_rebuild(force=True)
    return model
