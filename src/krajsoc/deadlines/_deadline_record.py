"""A deadline read back from its JSON form by counting it again; Deadline as a pydantic field.

A :class:`~krajsoc.deadlines.DeadlineRecord` (what ``krajsoc deadline --json`` prints and what a
:class:`~krajsoc.deadlines.Deadline` pydantic field dumps) is never trusted: the deadline is counted again from its event and period under the
rules it names (its first rule says which count: ``deadline-start`` after an event,
``deadline-before`` back from an anchor, ``delivery-…`` a delivery, ``deadline-appeal`` an
appeal), and a record whose dates or rules do not follow is refused, saying which.

Examples:
    >>> from datetime import date
    >>> from krajsoc.deadlines import Period, deadline_after
    >>> record = record_of(deadline_after(date(2026, 12, 9), Period(days=15)))
    >>> record.end, record.rules
    (datetime.date(2026, 12, 28), ('deadline-start', 'deadline-count-days', 'deadline-moved'))
    >>> deadline_from_record(record) == deadline_after(date(2026, 12, 9), Period(days=15))
    True
    >>> deadline_from_record(record.model_copy(update={"end": date(2026, 12, 24)}))
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidDeadlineError: end 2026-12-24 does not follow from event 2026-12-09 and 15 dnů at Deadline.end; expected 2026-12-28, as the rules named give it
"""  # noqa: E501

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from krajsoc._boundary import pydantic_error
from krajsoc._quote import quote
from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar
from krajsoc.deadlines._counting import deadline_after, deadline_before
from krajsoc.deadlines._deadline import Deadline
from krajsoc.deadlines._deadline_form import DeadlineRecord, record_of
from krajsoc.deadlines._delivery import Channel, appeal_deadline, delivery_date
from krajsoc.deadlines._period import Period
from krajsoc.deadlines._rules import (
    APPEAL,
    BEFORE,
    BEFORE_STRICT,
    COLLECTED_DATA_BOX,
    COLLECTED_POST,
    FICTION_DATA_BOX,
    FICTION_POST,
    START,
)
from krajsoc.errors import InvalidDeadlineError, KrajsocError

__all__ = ["deadline_core_schema", "deadline_from_record", "deadline_json_schema"]

# A delivery's first rule names its channel and whether the document was collected.
_DELIVERIES: dict[str, tuple[Channel, bool]] = {
    COLLECTED_POST.code: (Channel.POST, True),
    FICTION_POST.code: (Channel.POST, False),
    COLLECTED_DATA_BOX.code: (Channel.DATA_BOX, True),
    FICTION_DATA_BOX.code: (Channel.DATA_BOX, False),
}
_FIRST_RULES = (START.code, BEFORE.code, APPEAL.code, *_DELIVERIES)


def deadline_from_record(record: DeadlineRecord) -> Deadline:
    """The deadline ``record`` describes, counted again under the rules it names.

    Raises:
        InvalidDeadlineError: The first rule starts no count, or the end, another derived day,
            the rules or the steps do not follow from the event and the period; the message
            says which field and what the count gives.
        DateOutOfRangeError: A day falls outside 2000–2100.
        InvalidInputError: A delivery's record says it was collected before it was ready.

    Examples:
        >>> from datetime import date
        >>> from krajsoc.deadlines import DeadlineRecord, appeal_deadline, delivery_date
        >>> appeal = appeal_deadline(delivery_date(date(2008, 12, 15)))
        >>> deadline_from_record(DeadlineRecord.model_validate_json(appeal.to_record().model_dump_json())).end
        datetime.date(2009, 1, 13)
    """  # noqa: E501
    calendar = CZECH_CALENDAR.with_closures(record.closures) if record.closures else CZECH_CALENDAR
    follows = None if record.follows is None else deadline_from_record(record.follows)
    found = _counted(record, follows, calendar)
    event, period = record.event.isoformat(), record.period.czech
    checks = [
        ("period", record.period, found.period),
        ("end", record.end, found.end),
        ("nominal_end", record.nominal_end, found.nominal_end),
        ("latest_working_day", record.latest_working_day, found.latest_working_day),
        ("rules", record.rules, tuple(rule.code for rule in found.rules)),
    ]
    if record.steps is not None:
        given = tuple(step.rule for step in record.steps)
        checks.append(("steps", given, tuple(step.rule.code for step in found.steps)))
    for field, given_value, counted in checks:
        if given_value is not None and given_value != counted:
            raise InvalidDeadlineError(
                f"{field} {_shown(given_value)} does not follow from event {event} and {period}",
                where=f"Deadline.{field}",
                expected=f"{_shown(counted)}, as the rules named give it",
            )
    return found


def _counted(record: DeadlineRecord, follows: Deadline | None, calendar: CzechCalendar) -> Deadline:
    """The deadline counted again the way the record's first rule names."""
    first = record.rules[0]
    if follows is not None and first != APPEAL.code:
        raise InvalidDeadlineError(
            f"a deadline counted by {quote(first)} follows no other deadline",
            where="Deadline.follows",
            expected=f"follows only with the first rule {APPEAL.code!r}, or null",
        )
    if follows is not None and follows.end != record.event:
        raise InvalidDeadlineError(
            f"event {record.event.isoformat()} is not the end of the deadline it follows",
            where="Deadline.event",
            expected=f"{follows.end.isoformat()}, the end of follows",
        )
    if first == START.code:
        return deadline_after(record.event, record.period, calendar)
    if first == BEFORE.code:
        strict = BEFORE_STRICT.code in record.rules
        return deadline_before(record.event, record.period, calendar, strict=strict)
    if first == APPEAL.code:
        return appeal_deadline(follows if follows is not None else record.event, calendar)
    if first in _DELIVERIES:
        channel, collected = _DELIVERIES[first]
        collected_on = record.end if collected else None
        return delivery_date(
            record.event, collected_on=collected_on, channel=channel, calendar=calendar
        )
    raise InvalidDeadlineError(
        f"rule {quote(first)} starts no deadline",
        where="Deadline.rules",
        expected="a first rule of: " + ", ".join(_FIRST_RULES),
    )


def _shown(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Period):
        return value.czech
    if isinstance(value, tuple):
        return "[" + ", ".join(quote(item) for item in value[:10]) + "]"
    return quote(value)


def deadline_core_schema(handler: GetCoreSchemaHandler) -> CoreSchema:
    """The pydantic core schema of a :class:`Deadline` field: read and dump its JSON form."""
    record = handler.generate_schema(DeadlineRecord)

    def validate(value: Any, inner: core_schema.ValidatorFunctionWrapHandler) -> Deadline:
        if isinstance(value, Deadline):
            return value
        found: DeadlineRecord = inner(value)
        try:
            return deadline_from_record(found)
        except KrajsocError as error:
            raise pydantic_error(error) from None

    return core_schema.no_info_wrap_validator_function(
        validate,
        record,
        serialization=core_schema.plain_serializer_function_ser_schema(
            record_of, return_schema=record, when_used="always"
        ),
    )


def deadline_json_schema(schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
    """The JSON Schema of a :class:`Deadline` field: its JSON form, with what reading checks."""
    found = handler.resolve_ref_schema(handler(schema))
    return {
        **found,
        "title": "Deadline",
        "description": (
            "A deadline (konec lhůty) with its reasoning, in its JSON form. Read back, it is "
            "counted again from event and period under the rules named (the first says how: "
            "deadline-start, deadline-before, delivery-…, deadline-appeal); a form whose end, "
            "derived days, rules or steps do not follow is refused."
        ),
    }


def _core_schema_hook(
    cls: type[Deadline], source: type[Any], handler: GetCoreSchemaHandler
) -> CoreSchema:
    return deadline_core_schema(handler)


def _json_schema_hook(
    cls: type[Deadline], schema: CoreSchema, handler: GetJsonSchemaHandler
) -> JsonSchemaValue:
    return deadline_json_schema(schema, handler)


# Installed here, as krajsoc._boundary installs a text value's: reading a record counts the
# deadline again with the functions that build deadlines, which import the Deadline module.
setattr(Deadline, "__get_pydantic_core_schema__", classmethod(_core_schema_hook))  # noqa: B010
setattr(Deadline, "__get_pydantic_json_schema__", classmethod(_json_schema_hook))  # noqa: B010
