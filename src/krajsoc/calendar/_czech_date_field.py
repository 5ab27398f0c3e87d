"""A date field of a pydantic model that reads the Czech forms too, and writes ISO 8601.

:data:`CzechDate` is ``date`` annotated for pydantic: a text is read with
:func:`~krajsoc.calendar.parse_date` (``'15. 3. 2026'``, ``'15. března 2026'``,
``'2026-03-15'``), anything else as pydantic reads a ``date``; a dump in JSON mode writes
ISO 8601. Its JSON Schema tells the truth both ways: as input an ISO ``format: date`` string or
one matching the Czech forms' pattern (the very pattern ``parse_date`` matches), as output an
ISO date. A text that is no date becomes a pydantic error of type ``invalid-date``, its message
naming the forms read.

Examples:
    >>> from pydantic import TypeAdapter
    >>> dates = TypeAdapter(CzechDate)
    >>> dates.validate_python("4. 1. 2027"), dates.dump_json(dates.validate_python("4. ledna 2027"))
    (datetime.date(2027, 1, 4), b'"2027-01-04"')
    >>> dates.validate_python("zítra")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for function-wrap[validate()]
      'zítra' is not a date; expected a date as '15. 3. 2026', '15.3.2026', '15. března 2026' or '2026-03-15' [type=invalid-date, input_value='zítra', input_type=str]
"""  # noqa: E501

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from krajsoc._boundary import pydantic_error
from krajsoc.calendar._date_patterns import DATE_PATTERN, ISO_FORM, MAX_DATE_TEXT
from krajsoc.calendar._parse_date import parse_date
from krajsoc.errors import InvalidDateError

__all__ = ["CzechDate", "CzechDateField"]

_DESCRIPTION = (
    "A date: ISO 8601 ('2026-03-15') or as Czech documents write it ('15. 3. 2026', "
    "'15.3.2026', '15. 03. 2026', '15. března 2026' — the month's genitive name in any case, "
    "with or without diacritics), white space around it allowed; written as ISO 8601."
)


class CzechDateField:
    """The pydantic hooks of :data:`CzechDate`: read the Czech forms of a date, write ISO 8601."""

    def __repr__(self) -> str:
        return "CzechDateField()"

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        """Text through :func:`parse_date`; anything else, and the dump, as a ``date``."""
        return core_schema.no_info_wrap_validator_function(validate, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """As input an ISO date or the Czech forms' pattern; as output an ISO date."""
        iso: JsonSchemaValue = {"type": "string", "format": "date"}
        if handler.mode == "serialization":
            return iso
        return {
            "description": _DESCRIPTION,
            "anyOf": [
                {**iso, "pattern": f"^{ISO_FORM}$"},
                {"type": "string", "pattern": DATE_PATTERN, "maxLength": MAX_DATE_TEXT},
            ],
            "examples": ["2026-03-15", "15. 3. 2026", "15. března 2026"],
        }


def validate(value: object, handler: core_schema.ValidatorFunctionWrapHandler) -> date:
    """``value`` read as a date: text by :func:`parse_date`, anything else by pydantic."""
    if not isinstance(value, str):
        found: date = handler(value)
        return found
    try:
        return parse_date(value)
    except InvalidDateError as error:
        raise pydantic_error(error) from None


CzechDate = Annotated[date, CzechDateField()]
"""A ``date`` as a pydantic field: read from ISO 8601 or the Czech forms, written as ISO 8601."""
