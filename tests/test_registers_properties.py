"""Properties of registers of the real entry models over generated valid histories.

Every register here holds ``ApplicantEntry``, ``ChildEntry``, ``TemporaryFosterCarerEntry``,
``AuthorisationEntry`` or ``ProviderEntry`` entries drawn with synthetic persons.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.errors import KrajsocError
from krajsoc.registers import ApplicantEntry, Register, RegisterEntry, RegisterEvent, lifecycle
from krajsoc.registers._errors import RegisterRuleError
from krajsoc.testing.strategies import registers, synthetic_entries
from krajsoc.testing.strategies._registers import ENTRY_MODELS
from tests.personal_data import assert_shows_no_person, birth_number_digits, person_names

_SETTINGS = settings(max_examples=40, deadline=None)


def _entries(register: Register[Any]) -> list[RegisterEntry]:
    return [item.entry for item in register]


@_SETTINGS
@given(registers(), st.data())
def test_apply_returns_a_new_register_or_raises_and_leaves_the_old_one_unchanged(
    register: Register[Any], data: st.DataObject
) -> None:
    if not len(register):
        return
    before_events = register.events()
    before = Register.replay(register.model, before_events)
    states = {item.id: item.state for item in register}
    entry_id = data.draw(st.sampled_from(sorted(states)) | st.just("no-such-id"))
    event = data.draw(st.sampled_from(sorted(register.lifecycle.events)))
    last = max(event.on for event in before_events)
    day = last + timedelta(days=data.draw(st.integers(min_value=-30, max_value=30)))
    try:
        after = register.apply(entry_id, event, on=day)
    except KrajsocError:
        assert register == before and register.events() == before_events
        assert {item.id: item.state for item in register} == states
        return
    assert after is not register and len(after.events()) == len(before_events) + 1
    assert register == before and register.events() == before_events
    assert after.events()[: len(before_events)] == before_events


@_SETTINGS
@given(registers())
def test_replaying_the_events_builds_an_equal_register(register: Register[Any]) -> None:
    again = Register.replay(register.model, register.events())
    assert again == register
    assert [(item.id, item.state, item.since, item.entry) for item in again] == [
        (item.id, item.state, item.since, item.entry) for item in register
    ]
    day = max((event.on for event in register.events()), default=date(2026, 1, 1))
    assert again.due(on=day) == register.due(on=day)


@_SETTINGS
@given(registers())
def test_events_survive_json_with_the_personal_data_in_full(register: Register[Any]) -> None:
    text = json.dumps([event.to_dict() for event in register.events()])
    stored = [RegisterEvent.from_dict(item, register.model) for item in json.loads(text)]
    again = Register.replay(register.model, stored)
    assert again == register
    assert [item.entry.model_dump() for item in again] == [
        item.entry.model_dump() for item in register
    ]
    readable = json.dumps(json.loads(text), ensure_ascii=False)  # names without \\u escapes
    for entry in _entries(register):
        for digits in birth_number_digits(entry):
            assert f"{digits[:6]}/{digits[6:]}" in text
        for name in person_names(entry):
            assert name in readable


@st.composite
def _walks(draw: st.DrawFn) -> tuple[Register[Any], dict[date, Register[Any]]]:
    """A history built step by step, with the register as it stood at the end of each day."""
    model = draw(st.sampled_from(ENTRY_MODELS))
    entries = synthetic_entries(model)
    table = lifecycle(model.KIND)
    day = draw(st.dates(date(2024, 1, 1), date(2026, 12, 31)))
    register: Register[Any] = Register.empty(model)
    built: dict[date, Register[Any]] = {}
    for _ in range(draw(st.integers(min_value=1, max_value=15))):
        day += timedelta(days=draw(st.integers(min_value=0, max_value=20)))
        open_ids = [item.id for item in register if table.allowed(item.state)]
        if not open_ids or draw(st.booleans()):
            entry = draw(entries)
            try:
                register = register.add(entry, on=day)
            except RegisterRuleError:  # the same id or person drawn twice
                continue
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
    assert [(item.id, item.state, item.entry) for item in then] == [
        (item.id, item.state, item.entry) for item in built[day]
    ]
    assert then.due(on=day) == built[day].due(on=day)
    assert len(final.as_of(min(built) - timedelta(days=1))) == 0


def _error_text(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), repr(error.args)])


@_SETTINGS
@given(registers(ApplicantEntry).filter(len), st.data())
def test_a_duplicate_id_is_refused_naming_the_id_and_never_the_person(
    register: Register[ApplicantEntry], data: st.DataObject
) -> None:
    kept = data.draw(st.sampled_from(list(register)))
    other = data.draw(synthetic_entries(ApplicantEntry)).model_copy(update={"id": kept.id})
    day = max(event.on for event in register.events())
    with pytest.raises(RegisterRuleError) as caught:
        register.add(other, on=day)
    assert kept.id in str(caught.value)
    assert_shows_no_person(_error_text(caught.value), [kept.entry, other])


@_SETTINGS
@given(registers(ApplicantEntry).filter(len), st.data())
def test_a_second_entry_for_the_same_birth_number_is_refused_naming_only_the_ids(
    register: Register[ApplicantEntry], data: st.DataObject
) -> None:
    open_items = [item for item in register if register.allowed(item.id)]
    if not open_items:
        return
    kept = data.draw(st.sampled_from(open_items))
    drawn = data.draw(synthetic_entries(ApplicantEntry))
    if drawn.id in register:
        return
    same_person = drawn.model_copy(update={"applicants": kept.entry.applicants[:1]})
    day = max(event.on for event in register.events())
    with pytest.raises(RegisterRuleError) as caught:
        register.add(same_person, on=day)
    text = _error_text(caught.value)
    assert kept.id in text or same_person.id in text
    assert_shows_no_person(text, [kept.entry, same_person])
    assert register.events() == Register.replay(ApplicantEntry, register.events()).events()


@_SETTINGS
@given(registers())
def test_no_repr_str_report_or_error_shows_a_person(register: Register[Any]) -> None:
    shown = [repr(register), str(register)]
    shown += [repr(item) + str(item) for item in register]
    shown += [repr(event) + str(event) + f"{event}" for event in register.events()]
    day = max((event.on for event in register.events()), default=date(2026, 1, 1))
    report = register.due(on=day + timedelta(days=400))
    shown += [str(report), report.to_json(), repr(report.to_rows())]
    for item in register:
        try:
            register.add(item.entry, on=day)
        except KrajsocError as error:
            shown.append(_error_text(error))
    assert_shows_no_person("\n".join(shown), _entries(register))
