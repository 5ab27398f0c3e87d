"""The register strategies draw valid histories and synthetic persons only."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from stdnum.cz import rc

from krajsoc.registers import ENTRY_KINDS, ProviderEntry, Register, RegisterEntry, RegisterEvent
from krajsoc.testing.strategies import register_events, registers, synthetic_birth_numbers


@given(synthetic_birth_numbers())
def test_synthetic_birth_numbers_pass_stdnum(number: str) -> None:
    assert rc.is_valid(number) and len(rc.compact(number)) == 10


@settings(max_examples=40, deadline=None)
@given(registers(ProviderEntry))
def test_a_drawn_register_has_only_events_its_lifecycle_allows(register: Register[Any]) -> None:
    assert register.lifecycle.kind == "providers"
    assert all(type(item.entry) is ProviderEntry for item in register)
    states: dict[str, str] = {}
    for event in register.events():
        if event.entry is not None:
            assert event.event == register.lifecycle.initial.event
            states[event.entry_id] = register.lifecycle.initial.next_state
            continue
        row = register.lifecycle.step(states[event.entry_id], event.event)
        assert row is not None
        states[event.entry_id] = row.next_state
    assert states == {item.id: item.state for item in register}


@settings(max_examples=40, deadline=None)
@given(register_events())
def test_drawn_events_never_go_back_in_time_for_an_entry(events: tuple[RegisterEvent, ...]) -> None:
    last: dict[str, object] = {}
    for event in events:
        previous = last.get(event.entry_id)
        assert previous is None or previous <= event.on  # type: ignore[operator]
        last[event.entry_id] = event.on


@settings(max_examples=25, deadline=None)
@given(registers())
def test_a_drawn_register_of_any_kind_holds_entries_of_its_real_model(
    register: Register[Any],
) -> None:
    assert issubclass(register.model, RegisterEntry) and register.model.KIND in ENTRY_KINDS
    assert all(type(item.entry) is register.model for item in register)
