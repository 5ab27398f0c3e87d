"""Lifecycles as data: a register's transitions are rows a lawyer can read against the statute.

A :class:`Transition` is one row — the state an entry is in (``None`` for a new entry), the event,
the state it moves to, its legal :class:`Basis` (the :class:`~krajsoc.findings.Rule` chosen by
the event's date) and the time limits (:class:`~krajsoc.registers.Duty`) it starts. A
:class:`Lifecycle` is the table of one register kind; it checks itself when it is defined
(every state reached, one row per state and event, exactly one way in) and answers what is
allowed. There is no mutable state machine: an entry's state is a fold of its events.

Examples:
    >>> from krajsoc.registers import lifecycle
    >>> applicants = lifecycle("applicants")
    >>> applicants.initial.event, applicants.initial.next_state
    ('applied', 'applied')
    >>> applicants.allowed("applied")
    ('file_forwarded', 'removed')
    >>> applicants.step("applied", "included") is None
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType

import attrs

from krajsoc.errors import InvalidInputError, UnknownCodeError
from krajsoc.findings import Certainty, Rule, Severity
from krajsoc.law import LegalReference
from krajsoc.registers._due import Duty

__all__ = ["EARLY_NEW_NUMBERING", "NEW_NUMBERING", "Basis", "Lifecycle", "Transition"]

NEW_NUMBERING = date(2025, 1, 1)
"""The day zákon č. 242/2024 Sb. renumbered zákon č. 359/1999 Sb. (verified, with exceptions)."""
EARLY_NEW_NUMBERING = date(2025, 10, 1)
"""The first day the text in force is verified to use the new numbers (Sources § 3)."""

_EARLY_SOURCE = (
    "zákon č. 242/2024 Sb. took effect on 1. 1. 2025 with exceptions; whether this part moved "
    "that day is doubtful (Sources § 3)"
)
_NEW_SOURCE = "new numbering by zákon č. 242/2024 Sb.; the pair is inferred from headings"


@attrs.frozen
class Basis:
    """The rule a transition applies, chosen by the day of the event.

    Attributes:
        rules: ``(in force from, rule)`` pairs in date order; the first is in force from the
            beginning (``None``).

    Examples:
        >>> from krajsoc.registers import lifecycle
        >>> basis = lifecycle("applicants").step("assessment", "included").basis
        >>> basis.on(date(2024, 6, 3)).reference.short
        '§ 22 zákona o sociálně-právní ochraně dětí'
        >>> basis.on(date(2026, 6, 3)).reference.short
        '§ 23d až 23g zákona o sociálně-právní ochraně dětí'
        >>> basis.on(date(2025, 3, 3)).certainty
        <Certainty.DOUBTFUL: 'doubtful'>
    """

    rules: tuple[tuple[date | None, Rule], ...]

    def on(self, day: date) -> Rule:
        """The rule in force on ``day``."""
        chosen = self.rules[0][1]
        for start, rule in self.rules[1:]:
            if start is not None and start <= day:
                chosen = rule
        return chosen

    @property
    def all(self) -> tuple[Rule, ...]:
        """Every rule, oldest first."""
        return tuple(rule for _, rule in self.rules)

    @classmethod
    def single(
        cls,
        code: str,
        *,
        czech: str,
        english: str,
        reference: LegalReference | None = None,
        source: str | None = None,
        certainty: Certainty = Certainty.VERIFIED,
    ) -> Basis:
        """One rule, whatever the date."""
        rule = Rule(
            code,
            czech=czech,
            english=english,
            reference=reference,
            source=source,
            certainty=certainty,
            severity=Severity.INFO,
        )
        return cls(((None, rule),))

    @classmethod
    def renumbered(
        cls,
        code: str,
        *,
        czech: str,
        english: str,
        old: LegalReference | None,
        new: LegalReference,
        old_source: str | None = None,
        old_certainty: Certainty = Certainty.VERIFIED,
        new_certainty: Certainty = Certainty.BELIEVED,
    ) -> Basis:
        """The old paragraph before 1. 1. 2025, the new one after; doubtful until 1. 10. 2025.

        Three rules: ``{code}-before-2025`` (the old number; ``old_source`` says why where
        ``old`` is ``None``), ``{code}-early-2025`` (the new number in the months when it is
        doubtful whether it applied yet) and ``{code}`` (the new number).
        """

        def rule(suffix: str, **parts: object) -> Rule:
            return Rule(
                code + suffix,
                czech=czech,
                english=english,
                severity=Severity.INFO,
                **parts,  # type: ignore[arg-type]
            )

        return cls(
            (
                (
                    None,
                    rule("-before-2025", reference=old, source=old_source, certainty=old_certainty),
                ),
                (
                    NEW_NUMBERING,
                    rule(
                        "-early-2025",
                        reference=new,
                        source=_EARLY_SOURCE,
                        certainty=Certainty.DOUBTFUL,
                    ),
                ),
                (
                    EARLY_NEW_NUMBERING,
                    rule("", reference=new, source=_NEW_SOURCE, certainty=new_certainty),
                ),
            )
        )


@attrs.frozen
class Transition:
    """One row of a lifecycle table.

    Attributes:
        state: The state the entry is in; ``None`` for the row that adds a new entry.
        event: The event, an identifier such as ``'file_forwarded'``.
        next_state: The state the entry is in afterwards.
        basis: The legal basis, chosen by the event's date.
        starts: The time limits the event starts.
    """

    state: str | None
    event: str
    next_state: str
    basis: Basis
    starts: tuple[Duty, ...] = ()

    def rule(self, day: date) -> Rule:
        """The rule this transition applies on ``day``."""
        return self.basis.on(day)


def _frozen(labels: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(labels))


@attrs.frozen(eq=False)
class Lifecycle:
    """The transition table of one register kind, checked when it is defined.

    Attributes:
        kind: The register kind: ``'applicants'``, ``'children'``, ``'temporary-foster-carers'``,
            ``'authorisations'`` or ``'providers'`` (an entry model's ``KIND``).
        title: The register's Czech name.
        states: Each state's Czech label, in the order the docs list them.
        events: Each event's Czech label.
        transitions: The rows.

    Examples:
        >>> from krajsoc.registers import lifecycle
        >>> lifecycle("providers").states["registered"]
        'zaregistrován'
    """

    kind: str
    title: str
    states: Mapping[str, str] = attrs.field(converter=_frozen)
    events: Mapping[str, str] = attrs.field(converter=_frozen)
    transitions: tuple[Transition, ...]
    _index: Mapping[tuple[str | None, str], Transition] = attrs.field(init=False, repr=False)
    _allowed: Mapping[str, tuple[str, ...]] = attrs.field(init=False, repr=False)
    _initial: Transition = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[tuple[str | None, str], Transition] = {}
        for row in self.transitions:
            for name, known, what in (
                (row.state, self.states, "state"),
                (row.next_state, self.states, "state"),
                (row.event, self.events, "event"),
            ):
                if name is not None and name not in known:
                    raise InvalidInputError(
                        f"lifecycle {self.kind!r} names an unknown {what} {name!r}",
                        where="Lifecycle.transitions",
                        expected=f"one of: {', '.join(known)}",
                    )
            if (row.state, row.event) in index:
                raise InvalidInputError(
                    f"lifecycle {self.kind!r} has two rows for {row.event!r} in {row.state!r}",
                    where="Lifecycle.transitions",
                    expected="one row per state and event",
                )
            index[row.state, row.event] = row
        initial = [row for row in self.transitions if row.state is None]
        if len(initial) != 1:
            raise InvalidInputError(
                f"lifecycle {self.kind!r} has {len(initial)} rows for a new entry",
                where="Lifecycle.transitions",
                expected="exactly one row with state None",
            )
        reached = {row.next_state for row in self.transitions}
        unreached = [name for name in self.states if name not in reached]
        if unreached:
            raise InvalidInputError(
                f"lifecycle {self.kind!r} never reaches {', '.join(unreached)}",
                where="Lifecycle.transitions",
                expected="a row leading to every state",
            )
        object.__setattr__(self, "_index", MappingProxyType(index))
        allowed = {
            state: tuple(sorted(row.event for row in self.transitions if row.state == state))
            for state in self.states
        }
        object.__setattr__(self, "_allowed", MappingProxyType(allowed))
        object.__setattr__(self, "_initial", initial[0])

    @property
    def initial(self) -> Transition:
        """The row that adds a new entry."""
        return self._initial

    def step(self, state: str, event: str) -> Transition | None:
        """The row for ``event`` in ``state``; ``None`` where the table does not allow it."""
        return self._index.get((state, event))

    def allowed(self, state: str) -> tuple[str, ...]:
        """The events allowed in ``state``, sorted.

        Raises:
            UnknownCodeError: ``state`` is not a state of this lifecycle.
        """
        try:
            return self._allowed[state]
        except KeyError:
            raise UnknownCodeError(f"{self.kind} state", state, allowed=self.states) from None

    def is_final(self, state: str) -> bool:
        """Whether no event leads out of ``state``."""
        return not self._allowed.get(state)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule of the table's bases, once each, in table order."""
        found: dict[str, Rule] = {}
        for row in self.transitions:
            for rule in row.basis.all:
                found.setdefault(rule.code, rule)
        return tuple(found.values())

    @property
    def duties(self) -> tuple[Duty, ...]:
        """Every time limit some row starts, once each, in table order."""
        found: dict[str, Duty] = {}
        for row in self.transitions:
            for duty in row.starts:
                found.setdefault(duty.code, duty)
        return tuple(found.values())

    def with_duty(self, event: str, duty: Duty) -> Lifecycle:
        """The same table where every row of ``event`` also starts ``duty``.

        This is how a caller adds a time limit the library does not encode because the law
        was not found to set one (deadlines inside new § 23d–23k, periodic re-assessment).

        Raises:
            UnknownCodeError: ``event`` is not an event of this lifecycle.
        """
        if event not in self.events:
            raise UnknownCodeError(f"{self.kind} event", event, allowed=self.events)
        rows = tuple(
            attrs.evolve(row, starts=(*row.starts, duty)) if row.event == event else row
            for row in self.transitions
        )
        return Lifecycle(self.kind, self.title, self.states, self.events, rows)

    def _key(self) -> tuple[object, ...]:
        return (self.kind, self.title, tuple(self.states), tuple(self.events), self.transitions)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lifecycle):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.kind, self.transitions))


def rows_from(
    state: str | Iterable[str | None] | None,
    event: str,
    next_state: str | None,
    basis: Basis,
    starts: tuple[Duty, ...] = (),
) -> tuple[Transition, ...]:
    """Rows for ``event`` from each of several states (``next_state=None``: back to the same)."""
    states: Iterable[str | None] = [state] if state is None or isinstance(state, str) else state
    return tuple(
        Transition(item, event, next_state or item or "", basis, starts) for item in states
    )
