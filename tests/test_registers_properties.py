"""Properties of registers over generated valid histories and generated events."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.errors import KrajsocError
from krajsoc.registers import Register, RegisterEvent, lifecycle
from krajsoc.registers._synthetic import SYNTHETIC_MODELS, SyntheticEntry
from krajsoc.testing.strategies import registers, synthetic_entries

_SETTINGS = settings(max_examples=60, deadline=None)


def _persons(register: Register[Any]) -> list[str]:
    return [item.entry.person for item in register if item.entry.person]


@_SETTINGS
@given(registers(), st.data())
def test_apply_returns_a_new_register_or_raises_and_leaves_the_old_one_unchanged(
    register: Register[Any], data: st.DataObject
) -> None:
    if not len(register):
        return
    before = register.events()
    states = {item.id: item.state for item in register}
    entry_id = data.draw(st.sampled_from(sorted(states)) | st.just("no-such-id"))
    event = data.draw(st.sampled_from(sorted(register.lifecycle.events)))
    last = max(event.on for event in before)
    day = last + timedelta(days=data.draw(st.integers(min_value=-30, max_value=30)))
    try:
        after = register.apply(entry_id, event, on=day)
    except KrajsocError:
        assert register.events() == before
        assert {item.id: item.state for item in register} == states
        return
    assert after is not register and len(after.events()) == len(before) + 1
    assert register.events() == before
    assert after.events()[: len(before)] == before


@_SETTINGS
@given(registers())
def test_replaying_the_events_builds_an_equal_register(register: Register[Any]) -> None:
    again = Register.replay(register.model, register.events())
    assert again == register
    assert [(item.id, item.state, item.since) for item in again] == [
        (item.id, item.state, item.since) for item in register
    ]
    day = max((event.on for event in register.events()), default=date(2026, 1, 1))
    assert again.due(on=day) == register.due(on=day)


@_SETTINGS
@given(registers())
def test_events_survive_json_with_the_personal_data_in_full(register: Register[Any]) -> None:
    text = json.dumps([event.to_dict() for event in register.events()])
    stored = [RegisterEvent.from_dict(item, register.model) for item in json.loads(text)]
    assert Register.replay(register.model, stored) == register
    for person in _persons(register):
        assert person in text


@st.composite
def _walks(draw: st.DrawFn) -> tuple[Register[Any], dict[date, Register[Any]]]:
    """A history built step by step, with the register as it stood at the end of each day."""
    model: type[SyntheticEntry] = draw(st.sampled_from(sorted(SYNTHETIC_MODELS.values(), key=str)))
    entries = synthetic_entries(model)
    table = lifecycle(model.KIND)
    day = draw(st.dates(date(2024, 1, 1), date(2026, 12, 31)))
    register: Register[Any] = Register.empty(model)
    built: dict[date, Register[Any]] = {}
    for _ in range(draw(st.integers(min_value=1, max_value=20))):
        day += timedelta(days=draw(st.integers(min_value=0, max_value=20)))
        open_ids = [item.id for item in register if table.allowed(item.state)]
        if not open_ids or draw(st.booleans()):
            entry = draw(entries)
            if entry.id in register or any(entry.person == p for p in _persons(register)):
                continue
            register = register.add(entry, on=day)
        else:
            entry_id = draw(st.sampled_from(open_ids))
            event = draw(st.sampled_from(register.allowed(entry_id)))
            register = register.apply(entry_id, event, on=day)
        built[day] = register
    return register, built


@_SETTINGS
@given(_walks(), st.data())
def test_as_of_a_day_equals_the_register_as_it_was_built_that_day(
    walk: tuple[Register[Any], dict[date, Register[Any]]], data: st.DataObject
) -> None:
    final, built = walk
    if not built:
        return
    day = data.draw(st.sampled_from(sorted(built)))
    then = final.as_of(day)
    assert then == built[day]
    assert [(item.id, item.state) for item in then] == [
        (item.id, item.state) for item in built[day]
    ]
    assert then.due(on=day) == built[day].due(on=day)
    assert len(final.as_of(min(built) - timedelta(days=1))) == 0


@_SETTINGS
@given(registers())
def test_no_repr_str_report_or_error_shows_a_person(register: Register[Any]) -> None:
    persons = _persons(register)
    shown = [repr(register), str(register)]
    shown += [repr(item) + str(item) for item in register]
    shown += [repr(event) + str(event) for event in register.events()]
    day = max((event.on for event in register.events()), default=date(2026, 1, 1))
    report = register.due(on=day + timedelta(days=400))
    shown += [str(report), report.to_json(), repr(report.to_rows())]
    for item in register:
        try:
            register.add(item.entry, on=day)
        except KrajsocError as error:
            shown += [str(error), repr(error), repr(error.args)]
    text = "\n".join(shown)
    for person in persons:
        assert person not in text and person.replace("/", "") not in text
