"""A register (evidence): an immutable collection of one entry kind, built from its events.

Every operation returns a new :class:`Register`; a refused one raises and leaves the register
as it was. The state of an entry is the fold of its events through the kind's
:class:`~krajsoc.registers.Lifecycle`; the history is append-only, so :meth:`Register.events`
is all there is to store and :meth:`Register.replay` builds the same register again. Entries
are kept in a persistent hash map (``immutables.Map``, a HAMT): adding or changing one entry
of ``n`` costs O(log n) and shares the rest.

Examples:
    >>> from datetime import date
    >>> from krajsoc.registers import ApplicantEntry, Register, synthetic_entry
    >>> entry = synthetic_entry("applicants", 1)  # Z-1: a synthetic applicant
    >>> register = Register.empty(ApplicantEntry).add(entry, on=date(2026, 1, 5))
    >>> register.get("Z-1").state
    'applied'
    >>> register = register.apply("Z-1", "file_forwarded", on=date(2026, 2, 20))
    >>> [f.code for f in register.due(on=date(2026, 2, 20))]
    ['register-duty-late']
    >>> register.apply("Z-1", "selected", on=date(2026, 3, 1))
    Traceback (most recent call last):
    ...
    krajsoc.registers._errors.RegisterRuleError: entry Z-1: The event selected is not allowed for an entry in state assessment; allowed events: decision_time_extended, included, proceedings_interrupted, rejected. (the register's ...)
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any, Generic, TypeVar

import attrs
import immutables

from krajsoc.calendar import CZECH_CALENDAR, CzechCalendar, czech_date
from krajsoc.deadlines import Period
from krajsoc.errors import InvalidInputError, UnknownCodeError
from krajsoc.findings import Finding, Report, Where
from krajsoc.registers._due import LateDuty, OpenDuty, due_findings
from krajsoc.registers._errors import RegisterRuleError
from krajsoc.registers._events import Detail, RegisterEvent
from krajsoc.registers._lifecycle import Lifecycle, Transition
from krajsoc.registers._lifecycles import lifecycle
from krajsoc.registers._rules import (
    DUPLICATE_ID,
    DUPLICATE_PERSON,
    EVENT_NOT_ALLOWED,
    EVENT_OUT_OF_ORDER,
)

__all__ = ["EntryState", "Register"]

E = TypeVar("E")
V = TypeVar("V")
_Readable = Mapping[str, V] | immutables.MapMutation[str, V]
_WEEK = Period(days=7)


@attrs.frozen(repr=False)
class EntryState(Generic[E]):
    """An entry with its current state: what :meth:`Register.get` and ``filter`` give.

    Attributes:
        entry: The entry (an entry model; entries do not hold their state).
        state: Its state in the lifecycle.
        since: The day of the event that put it in that state.
    """

    entry: E
    state: str
    since: date

    @property
    def id(self) -> str:
        """The entry's id."""
        return str(getattr(self.entry, "id", ""))

    def __repr__(self) -> str:
        return f"EntryState({self.id!r}, {self.state!r}, since={self.since.isoformat()})"


@attrs.frozen
class _Record:
    entry: Any
    state: str
    since: date
    history: tuple[tuple[int, RegisterEvent], ...]
    duties: tuple[OpenDuty, ...] = ()
    late: tuple[LateDuty, ...] = ()


def _kind(model: type[Any]) -> str:
    kind = getattr(model, "KIND", None)
    if not isinstance(kind, str):
        raise TypeError(f"{getattr(model, '__name__', model)!r} has no KIND: not an entry model")
    return kind


@attrs.frozen(eq=False, repr=False)
class Register(Generic[E]):
    """An immutable register of one entry kind; build it with :meth:`empty` or :meth:`replay`.

    Attributes:
        model: The entry model (a frozen pydantic model with ``id``, ``KIND`` and
            ``identity_keys()``).
        lifecycle: The transition table (the kind's built-in one unless given).
        calendar: The working-day calendar the time limits are counted with.
        moved: Whether a limit fixed by a day of the month moves off a day off (the common
            reading, believed); ``False`` for the strict reading.
    """

    model: type[E]
    lifecycle: Lifecycle
    calendar: CzechCalendar = CZECH_CALENDAR
    moved: bool = True
    _records: immutables.Map[str, _Record] = attrs.field(factory=immutables.Map, alias="records")
    _identities: immutables.Map[str, str] = attrs.field(factory=immutables.Map, alias="identities")
    _count: int = attrs.field(default=0, alias="count")

    @classmethod
    def empty(
        cls,
        model: type[E],
        *,
        lifecycle: Lifecycle | None = None,
        calendar: CzechCalendar = CZECH_CALENDAR,
        moved: bool = True,
    ) -> Register[E]:
        """An empty register of ``model``'s kind.

        Raises:
            TypeError: ``model`` has no ``KIND``.
            UnknownCodeError: No built-in lifecycle has that kind (and none was given).
        """
        table = lifecycle if lifecycle is not None else _lifecycle_of(model)
        return cls(model, table, calendar, moved)

    @classmethod
    def replay(
        cls,
        model: type[E],
        events: Iterable[RegisterEvent | Mapping[str, Any]],
        *,
        lifecycle: Lifecycle | None = None,
        calendar: CzechCalendar = CZECH_CALENDAR,
        moved: bool = True,
    ) -> Register[E]:
        """The register the events build, in their order (dicts are read with ``from_dict``).

        Raises:
            RegisterRuleError: An event the lifecycle does not allow, or a duplicate entry.
        """
        empty = cls.empty(model, lifecycle=lifecycle, calendar=calendar, moved=moved)
        records, identities = empty._records.mutate(), empty._identities.mutate()
        count = 0
        for item in events:
            event = (
                item
                if isinstance(item, RegisterEvent)
                else RegisterEvent.from_dict(
                    item,
                    model,  # type: ignore[arg-type]
                )
            )
            if event.entry is not None:
                record, keys = empty._added(event, records, identities, count)
                for key in keys:
                    identities[key] = event.entry_id
            else:
                before = empty._record(event.entry_id, records)
                record = empty._advanced(before, event, count)
                for key in _released(before, record, empty.lifecycle):
                    if identities.get(key) == event.entry_id:
                        del identities[key]
            records[event.entry_id] = record
            count += 1
        return attrs.evolve(
            empty, records=records.finish(), identities=identities.finish(), count=count
        )

    # --- changing -----------------------------------------------------------------------------

    def add(self, entry: E, *, on: date, **details: Detail | date) -> Register[E]:
        """The register with ``entry`` added on ``on`` (the lifecycle's first event).

        Raises:
            TypeError: ``entry`` is not of the register's model.
            RegisterRuleError: The id is already in the register, or a person of the entry
                (an identity key) is kept in another entry that has not reached a final state
                (a person removed from the register may apply again, as a new entry).
        """
        if not isinstance(entry, self.model):
            raise TypeError(
                f"this register holds {self.model.__name__} entries, not {type(entry).__name__}"
            )
        event = RegisterEvent(
            str(entry.id),  # type: ignore[attr-defined]
            self.lifecycle.initial.event,
            on,
            details,
            entry,  # type: ignore[arg-type]
        )
        record, keys = self._added(event, self._records, self._identities, self._count)
        identities = self._identities
        for key in keys:
            identities = identities.set(key, event.entry_id)
        return attrs.evolve(
            self,
            records=self._records.set(event.entry_id, record),
            identities=identities,
            count=self._count + 1,
        )

    def apply(
        self, entry_id: str, event: str, *, on: date, **details: Detail | date
    ) -> Register[E]:
        """The register after ``event`` happened to entry ``entry_id`` on ``on``.

        Raises:
            UnknownCodeError: No entry has that id.
            RegisterRuleError: The lifecycle does not allow the event in the entry's state, or
                the day precedes the entry's last event; the finding lists the allowed events.
        """
        record = self._record(entry_id, self._records)
        change = RegisterEvent(entry_id, event, on, details)
        new = self._advanced(record, change, self._count)
        identities = self._identities
        for key in _released(record, new, self.lifecycle):
            if identities.get(key) == entry_id:
                identities = identities.delete(key)
        return attrs.evolve(
            self,
            records=self._records.set(entry_id, new),
            identities=identities,
            count=self._count + 1,
        )

    def check(self, entry_id: str, event: str, *, on: date | None = None) -> Report:
        """Whether ``event`` may happen to the entry: its basis (information) or a violation.

        Examples:
            >>> from krajsoc.registers import ApplicantEntry, synthetic_entry
            >>> entry = synthetic_entry("applicants", 1)
            >>> register = Register.empty(ApplicantEntry).add(entry, on=date(2024, 5, 2))
            >>> print(register.check("Z-1", "included"))
            záznam Z-1: Událost included není u záznamu ve stavu applied dovolena; dovolené události: file_forwarded, removed. (the register's ...)
            >>> register.check("Z-1", "file_forwarded", on=date(2024, 5, 2)).findings[0].rule
            Rule('applicants-file-forwarded-before-2025')
        """  # noqa: E501
        record = self._record(entry_id, self._records)
        day = on if on is not None else record.since
        row, refused = self._transition(record, entry_id, event, day)
        if refused is not None:
            return Report([refused])
        assert row is not None
        return Report([Finding(row.rule(day), where=Where(entry=entry_id))])

    # --- reading ------------------------------------------------------------------------------

    def get(self, entry_id: str) -> EntryState[E]:
        """The entry with its current state.

        Raises:
            UnknownCodeError: No entry has that id.
        """
        record = self._record(entry_id, self._records)
        return EntryState(record.entry, record.state, record.since)

    def allowed(self, entry_id: str) -> tuple[str, ...]:
        """The events the lifecycle allows for the entry now."""
        return self.lifecycle.allowed(self._record(entry_id, self._records).state)

    def history(self, entry_id: str) -> tuple[RegisterEvent, ...]:
        """The entry's events, oldest first."""
        return tuple(event for _, event in self._record(entry_id, self._records).history)

    def events(self) -> tuple[RegisterEvent, ...]:
        """Every event, in the order they were added: what to store to rebuild the register."""
        numbered = [item for record in self._records.values() for item in record.history]
        numbered.sort(key=lambda item: item[0])
        return tuple(event for _, event in numbered)

    def as_of(self, day: date) -> Register[E]:
        """The register as it stood at the end of ``day``, replayed from the history."""
        return Register.replay(
            self.model,
            (event for event in self.events() if event.on <= day),
            lifecycle=self.lifecycle,
            calendar=self.calendar,
            moved=self.moved,
        )

    def filter(
        self,
        state: str | Iterable[str] | None = None,
        *,
        as_of: date | None = None,
        **fields: object,
    ) -> tuple[EntryState[E], ...]:
        """The entries in ``state`` (one or several), as of a day, whose fields equal ``fields``.

        Raises:
            UnknownCodeError: ``state`` names no state of the lifecycle.
            InvalidInputError: A field is not a field of the model.
        """
        source = self.as_of(as_of) if as_of is not None else self
        wanted = None if state is None else {state} if isinstance(state, str) else set(state)
        for name in wanted or ():
            if name not in self.lifecycle.states:
                raise UnknownCodeError(
                    f"{self.lifecycle.kind} state", name, allowed=self.lifecycle.states
                )
        known = getattr(self.model, "model_fields", {})
        for name in fields:
            if name not in known:
                raise InvalidInputError(
                    f"{self.model.__name__} has no field {name!r}"[:100],
                    where="Register.filter",
                    expected="one of: " + ", ".join(known),
                )
        found = [
            EntryState(record.entry, record.state, record.since)
            for record in source._records.values()
            if (wanted is None or record.state in wanted)
            and all(getattr(record.entry, name) == value for name, value in fields.items())
        ]
        return tuple(sorted(found, key=lambda item: item.id))

    def due(self, *, on: date, window: Period | int = _WEEK) -> Report:
        """What is due on ``on``: limits overdue or met late (violations), due within ``window``.

        Each finding's where names the entry id and the limit's code, never the person.
        """
        span = window if isinstance(window, Period) else Period(days=window)
        until = on + span
        found: list[Finding] = []
        for entry_id in sorted(self._records.keys()):
            record = self._records[entry_id]
            if record.duties or record.late:
                found += due_findings(
                    entry_id,
                    record.duties,
                    record.late,
                    on=on,
                    until=until,
                    calendar=self.calendar,
                    moved=self.moved,
                )
        return Report(found)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._records

    def __iter__(self) -> Iterator[EntryState[E]]:
        for entry_id in sorted(self._records.keys()):
            yield self.get(entry_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Register):
            return NotImplemented
        return (
            self.model is other.model
            and self.lifecycle == other.lifecycle
            and self.moved == other.moved
            and self.events() == other.events()
        )

    def __hash__(self) -> int:
        return hash((self.lifecycle.kind, len(self._records), self._count))

    def __repr__(self) -> str:
        return f"Register({self.lifecycle.kind!r}, {len(self)} entries, {self._count} events)"

    # --- the fold -----------------------------------------------------------------------------

    def _record(self, entry_id: str, records: _Readable[_Record]) -> _Record:
        try:
            return records[entry_id]
        except KeyError:
            raise UnknownCodeError(
                f"{self.lifecycle.kind} entry id", entry_id, hint="an id of the register"
            ) from None
        except TypeError:
            raise TypeError(f"an entry id is text, not {type(entry_id).__name__}") from None

    def _added(
        self,
        event: RegisterEvent,
        records: _Readable[_Record],
        identities: _Readable[str],
        number: int,
    ) -> tuple[_Record, tuple[str, ...]]:
        entry_id = event.entry_id
        if entry_id in records:
            raise RegisterRuleError(
                Finding(DUPLICATE_ID, where=Where(entry=entry_id), fields={"entry": entry_id})
            )
        keys = tuple(event.entry.identity_keys())  # type: ignore[union-attr]
        for key in keys:
            other = identities.get(key)
            if other is not None:
                raise RegisterRuleError(
                    Finding(
                        DUPLICATE_PERSON,
                        where=Where(entry=entry_id),
                        fields={"entry": entry_id, "other": other},
                    )
                )
        row = self.lifecycle.initial
        if event.event != row.event:
            raise RegisterRuleError(self._not_allowed(entry_id, event.event, None, (row.event,)))
        started = tuple(OpenDuty.start(duty, event.on) for duty in row.starts)
        record = _Record(event.entry, row.next_state, event.on, ((number, event),), started)
        return record, keys

    def _advanced(self, record: _Record, event: RegisterEvent, number: int) -> _Record:
        row, refused = self._transition(record, event.entry_id, event.event, event.on)
        if refused is not None:
            raise RegisterRuleError(refused)
        assert row is not None
        moved = attrs.evolve(
            record,
            state=row.next_state,
            since=event.on,
            history=(*record.history, (number, event)),
        )
        return self._with_duties(moved, row, event)

    def _transition(
        self, record: _Record, entry_id: str, event: str, day: date
    ) -> tuple[Transition | None, Finding | None]:
        row = self.lifecycle.step(record.state, event)
        if row is None:
            allowed = self.lifecycle.allowed(record.state)
            return None, self._not_allowed(entry_id, event, record.state, allowed)
        if day < record.since:
            fields = {"event": event, "on": czech_date(day), "last": czech_date(record.since)}
            return None, Finding(EVENT_OUT_OF_ORDER, where=Where(entry=entry_id), fields=fields)
        return row, None

    @staticmethod
    def _not_allowed(
        entry_id: str, event: str, state: str | None, allowed: tuple[str, ...]
    ) -> Finding:
        return Finding(
            EVENT_NOT_ALLOWED,
            where=Where(entry=entry_id),
            fields={
                "event": event[:40],
                "state": state or "(nový záznam)",
                "allowed": ", ".join(allowed) or "žádné",
            },
        )

    def _with_duties(self, record: _Record, row: Transition, event: RegisterEvent) -> _Record:
        running: list[OpenDuty] = []
        late = list(record.late)
        for item in record.duties:
            if event.event in item.duty.dropped_by:
                continue
            if event.event in item.duty.ended_by:
                end = item.end(self.calendar, moved=self.moved)
                if event.on > end:
                    late.append(LateDuty(item.duty, end, event.on))
            else:
                running.append(item.after(event.event, event.on))
        if self.lifecycle.is_final(row.next_state):
            running = []  # an entry in a final state owes nothing more
        codes = {item.duty.code for item in running}
        running += [OpenDuty.start(duty, event.on) for duty in row.starts if duty.code not in codes]
        unchanged = not row.starts and len(running) == len(record.duties)
        if (
            unchanged
            and len(late) == len(record.late)
            and all(a is b for a, b in zip(running, record.duties, strict=True))
        ):
            return record
        return attrs.evolve(record, duties=tuple(running), late=tuple(late))


def _released(before: _Record, after: _Record, table: Lifecycle) -> tuple[str, ...]:
    """The identity keys an entry frees on reaching a final state: the person may apply again."""
    if table.is_final(after.state) and not table.is_final(before.state):
        return tuple(after.entry.identity_keys())
    return ()


def _lifecycle_of(model: type[Any]) -> Lifecycle:
    return lifecycle(_kind(model))
