"""An entry's history: append-only events, stored anywhere and replayed.

A :class:`RegisterEvent` records one thing that happened to one entry: its id, the event, the
day, the details the caller gave and — for the event that added the entry — the entry itself.
:meth:`RegisterEvent.to_dict` gives a JSON-ready dict holding everything, personal data in
full (the events are the store); :meth:`RegisterEvent.from_dict` reads it back. ``repr`` and
``str`` never show the entry or the details' values.

Examples:
    >>> from datetime import date
    >>> event = RegisterEvent("Z-1", "file_forwarded", date(2026, 3, 2), details={"by": "ORP"})
    >>> event
    RegisterEvent('Z-1', 'file_forwarded', 2026-03-02, details: by)
    >>> RegisterEvent.from_dict(event.to_dict(), None) == event
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs
from pydantic import BaseModel, ValidationError

from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError

__all__ = ["Detail", "RegisterEvent"]

Detail = str | int | float | bool | None
"""A detail's value: JSON-ready scalars (a ``date`` given to ``apply`` is kept as ISO text)."""

_KEYS = frozenset({"entry_id", "event", "on", "details", "entry"})


def _details(
    value: Mapping[str, object] | tuple[tuple[str, Detail], ...],
) -> tuple[tuple[str, Detail], ...]:
    pairs = value.items() if isinstance(value, Mapping) else value
    found: list[tuple[str, Detail]] = []
    for name, item in pairs:
        if not isinstance(name, str):
            raise TypeError(f"a detail's name is text, not {type(name).__name__}")
        if isinstance(item, date):
            item = item.isoformat()
        if item is not None and not isinstance(item, str | int | float | bool):
            raise TypeError(
                f"detail {name!r} must be text, a number, a bool, a date or None, "
                f"not {type(item).__name__}"
            )
        found.append((name, item))
    return tuple(sorted(found))


@attrs.frozen(repr=False)
class RegisterEvent:
    """One event of one entry's history.

    Attributes:
        entry_id: The entry's id.
        event: The event, as the lifecycle names it (``'file_forwarded'``).
        on: The day it happened.
        details: What the caller added (``ground='b'``), as sorted ``(name, value)`` pairs.
        entry: The entry itself, for the event that added it; ``None`` otherwise.
    """

    entry_id: str
    event: str
    on: date
    details: tuple[tuple[str, Detail], ...] = attrs.field(default=(), converter=_details)
    entry: BaseModel | None = None

    @property
    def detail_map(self) -> dict[str, Detail]:
        """The details as a dict."""
        return dict(self.details)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with everything, the entry's personal data in full."""
        data: dict[str, Any] = {
            "entry_id": self.entry_id,
            "event": self.event,
            "on": self.on.isoformat(),
            "details": dict(self.details),
        }
        if self.entry is not None:
            data["entry"] = self.entry.model_dump(mode="json")
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], model: type[BaseModel] | None) -> RegisterEvent:
        """The event :meth:`to_dict` gave; ``model`` validates the entry of an adding event.

        Raises:
            InvalidInputError: A key is missing or unknown, a value has the wrong type, or the
                entry is not a valid ``model`` (the message names fields, never values).
        """
        if not isinstance(data, Mapping):
            raise InvalidInputError(
                f"an event is a mapping, not {type(data).__name__}", where="RegisterEvent"
            )
        unknown = sorted(set(data) - _KEYS)
        missing = sorted({"entry_id", "event", "on"} - set(data))
        if unknown or missing:
            raise InvalidInputError(
                f"event has {'unknown' if unknown else 'missing'} key "
                f"{quote((unknown or missing)[0])}",
                where="RegisterEvent.from_dict",
                expected="keys entry_id, event, on, details and entry",
            )
        entry_id, event, on = data["entry_id"], data["event"], data["on"]
        if not isinstance(entry_id, str) or not isinstance(event, str):
            raise InvalidInputError(
                "an event's entry_id and event are text", where="RegisterEvent.from_dict"
            )
        try:
            day = date.fromisoformat(on) if isinstance(on, str) else on
        except ValueError:
            raise InvalidInputError(
                f"event date {quote(on)} is not an ISO date",
                where=f"event of entry {quote(entry_id)}",
                expected="YYYY-MM-DD",
            ) from None
        if not isinstance(day, date):
            raise InvalidInputError(
                "an event's date is ISO text", where=f"event of entry {quote(entry_id)}"
            )
        details = data.get("details") or {}
        if not isinstance(details, Mapping):
            raise InvalidInputError(
                "an event's details are a mapping", where=f"event of entry {quote(entry_id)}"
            )
        return cls(entry_id, event, day, details, _entry(data.get("entry"), model, entry_id))

    def __repr__(self) -> str:
        parts = [repr(self.entry_id), repr(self.event), self.on.isoformat()]
        if self.details:
            parts.append("details: " + ", ".join(name for name, _ in self.details))
        if self.entry is not None:
            parts.append(f"entry: {type(self.entry).__name__}")
        return f"RegisterEvent({', '.join(parts)})"

    def __str__(self) -> str:
        return f"{self.on.isoformat()} {self.entry_id}: {self.event}"


def _entry(value: object, model: type[BaseModel] | None, entry_id: str) -> BaseModel | None:
    if value is None:
        return None
    if model is None:
        raise InvalidInputError(
            f"event of entry {quote(entry_id)} holds an entry but no model was given",
            where="RegisterEvent.from_dict",
            expected="the register's entry model",
        )
    try:
        return model.model_validate(value)
    except ValidationError as error:
        fields = sorted(
            {
                ".".join(map(str, item["loc"])) or "entry"
                for item in error.errors(include_input=False, include_url=False)
            }
        )
        raise InvalidInputError(
            f"the entry of event of entry {quote(entry_id)} is not a valid {model.__name__} "
            f"({len(error.errors())} problems in: {', '.join(fields)})"[:300],
            where="RegisterEvent.from_dict",
        ) from None
