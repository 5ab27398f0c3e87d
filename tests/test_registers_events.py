"""Register events: their stored form, bad stored forms, and what their repr shows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from krajsoc.errors import InvalidInputError
from krajsoc.registers import ApplicantEntry, Register, RegisterEvent, RegisterRuleError

PERSON = "800101/0006"
NAME = "Nováková, Jana"
ENTRY = ApplicantEntry(
    id="Z-1",
    care="osvojení",
    orp="Liberec",
    applied_on=date(2026, 1, 5),
    applicants=[{"name": NAME, "birth_number": PERSON}],
)


def _stored() -> list[dict[str, Any]]:
    register = (
        Register.empty(ApplicantEntry)
        .add(ENTRY, on=date(2026, 1, 5))
        .apply("Z-1", "file_forwarded", on=date(2026, 1, 26), by="ORP Liberec", pages=12)
    )
    return [event.to_dict() for event in register.events()]


def test_the_stored_form_holds_everything_the_person_included() -> None:
    added, forwarded = _stored()
    assert added == {
        "entry_id": "Z-1",
        "event": "applied",
        "on": "2026-01-05",
        "details": {},
        "entry": ENTRY.model_dump(mode="json"),
    }
    assert added["entry"]["applicants"][0] | {} == {
        "name": NAME,
        "birth_number": PERSON,
        "birth_place": None,
        "citizenship": None,
        "address": None,
    }
    assert forwarded["details"] == {"by": "ORP Liberec", "pages": 12}
    assert "entry" not in forwarded


def test_a_date_detail_is_kept_as_iso_text_and_other_objects_are_refused() -> None:
    event = RegisterEvent("Z-1", "selected", date(2026, 3, 2), {"notified": date(2026, 3, 3)})
    assert event.detail_map == {"notified": "2026-03-03"}
    with pytest.raises(TypeError, match="detail 'who'"):
        RegisterEvent("Z-1", "selected", date(2026, 3, 2), {"who": object()})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"on": None}, "ISO text"),
        ({"on": "5. 1. 2026"}, "not an ISO date"),
        ({"entry_id": 7}, "are text"),
        ({"details": ["a"]}, "details are a mapping"),
        ({"entry": ENTRY.model_dump(mode="json") | {"age": 40}}, "not a valid ApplicantEntry"),
        (
            {
                "entry": ENTRY.model_dump(mode="json")
                | {"applicants": [{"name": NAME, "birth_number": "800101/0007"}]}
            },
            "not a valid ApplicantEntry",
        ),
    ],
)
def test_a_bad_stored_event_is_refused_without_echoing_the_person(
    change: dict[str, Any], message: str
) -> None:
    data = _stored()[0] | change
    with pytest.raises(InvalidInputError) as raised:
        RegisterEvent.from_dict(data, ApplicantEntry)
    assert message in str(raised.value)
    shown = str(raised.value) + repr(raised.value.args)
    assert PERSON not in shown and "800101" not in shown and "Nováková" not in shown


def test_a_missing_key_or_a_non_mapping_is_refused() -> None:
    data = _stored()[0]
    del data["on"]
    with pytest.raises(InvalidInputError, match="missing key 'on'"):
        RegisterEvent.from_dict(data, ApplicantEntry)
    with pytest.raises(InvalidInputError, match="not list"):
        RegisterEvent.from_dict([], ApplicantEntry)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="no model was given"):
        RegisterEvent.from_dict(_stored()[0], None)


def test_replay_reads_stored_dicts_and_refuses_an_event_the_table_does_not_allow() -> None:
    stored = _stored()
    assert Register.replay(ApplicantEntry, stored).get("Z-1").state == "assessment"
    bad = [*stored, {"entry_id": "Z-1", "event": "placed", "on": "2026-02-01"}]
    with pytest.raises(RegisterRuleError, match="not allowed"):
        Register.replay(ApplicantEntry, bad)


def test_the_repr_of_an_event_names_detail_keys_and_the_entry_type_only() -> None:
    event = RegisterEvent.from_dict(_stored()[0] | {"details": {"name": "Alfa"}}, ApplicantEntry)
    assert repr(event) == (
        "RegisterEvent('Z-1', 'applied', 2026-01-05, details: name, entry: ApplicantEntry)"
    )
    assert str(event) == "2026-01-05 Z-1: applied"
    assert "Alfa" not in repr(event) and PERSON not in repr(event) and NAME not in repr(event)
