"""Each register walked through the law's sequence, with dates, bases and time limits.

Every register here holds the real entry models — ``ApplicantEntry`` (built here, with one
synthetic applicant) and the synthetic entries of the other kinds (``synthetic_entry``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from krajsoc.errors import RuleViolationError, UnknownCodeError
from krajsoc.findings import Certainty, Severity
from krajsoc.registers import (
    LIFECYCLES,
    ApplicantEntry,
    AuthorisationEntry,
    ChildEntry,
    ProviderEntry,
    Register,
    RegisterEntry,
    RegisterRuleError,
    SubstituteCare,
    TemporaryFosterCarerEntry,
    lifecycle,
    synthetic_entry,
)

PERSON = "800101/0006"


def _applicant(
    entry_id: str = "Z-1", person: str = PERSON, care: str = "osvojení"
) -> ApplicantEntry:
    return ApplicantEntry(
        id=entry_id,
        care=care,
        orp="Liberec",
        applied_on=date(2024, 3, 4),
        applicants=[{"name": "Nováková, Jana", "birth_number": person}],
    )


def _entry(kind: str, entry_id: str) -> Any:
    """The first synthetic entry of ``kind`` (its real model) under the id ``entry_id``."""
    entry: RegisterEntry = synthetic_entry(kind, 1).model_copy(update={"id": entry_id})
    return entry


def _due(register: Register[ApplicantEntry], on: date) -> list[tuple[str, str, str]]:
    return [
        (item.code, item.where.field or "", item.fields["end"])
        for item in register.due(on=on, window=7)
    ]


def test_an_applicant_walks_from_application_to_placement_under_the_old_numbering() -> None:
    register = Register.empty(ApplicantEntry).add(_applicant(), on=date(2024, 3, 4))
    assert register.get("Z-1").state == "applied"
    # The ORP's 30 days from the application end on Wednesday 3. 4. 2024.
    assert _due(register, date(2024, 4, 5)) == [
        ("register-duty-overdue", "forward-file", "3. 4. 2024")
    ]
    register = register.apply("Z-1", "file_forwarded", on=date(2024, 4, 8))
    # Forwarded late: a violation once done; the time to decide starts: 30 days end on
    # 8. 5. 2024, a holiday (Den vítězství), so on 9. 5. 2024.
    assert _due(register, date(2024, 5, 6)) == [
        ("register-duty-late", "forward-file", "3. 4. 2024"),
        ("register-duty-due-soon", "decide", "9. 5. 2024"),
    ]
    register = register.apply("Z-1", "proceedings_interrupted", on=date(2024, 4, 18))
    assert register.get("Z-1").state == "proceedings_interrupted"
    assert [code for code, _, _ in _due(register, date(2024, 5, 20))] == ["register-duty-late"]
    # 10 days were used; 20 remain from the resumption on 20. 5.: 9. 6. is a Sunday.
    register = register.apply("Z-1", "proceedings_resumed", on=date(2024, 5, 20))
    assert _due(register, date(2024, 6, 5))[1] == (
        "register-duty-due-soon",
        "decide",
        "10. 6. 2024",
    )
    assert register.check("Z-1", "included", on=date(2024, 6, 7)).findings[0].rule.reference
    register = register.apply("Z-1", "included", on=date(2024, 6, 7))
    included = register.check("Z-1", "change_occurred", on=date(2024, 7, 1)).findings[0].rule
    assert included.code == "applicants-change-before-2025"
    assert included.reference is not None and included.reference.section == "22"
    # A change on 1. 7. 2024 is reported within 15 days: by 16. 7.; reported on 20. 7.
    register = register.apply("Z-1", "change_occurred", on=date(2024, 7, 1))
    register = register.apply("Z-1", "change_reported", on=date(2024, 7, 20))
    late = register.due(on=date(2024, 7, 20)).by_rule("register-duty-late")
    assert [(f.where.field, f.fields["end"], f.fields["done"]) for f in late] == [
        ("forward-file", "3. 4. 2024", "8. 4. 2024"),
        ("report-change", "16. 7. 2024", "20. 7. 2024"),
    ]
    # Selected on 2. 9.: 30 days to 2. 10., extended once by 30 days to 1. 11. 2024.
    register = register.apply("Z-1", "selected", on=date(2024, 9, 2))
    assert _due(register, date(2024, 9, 30))[-1] == (
        "register-duty-due-soon",
        "selected-answer",
        "2. 10. 2024",
    )
    register = register.apply("Z-1", "answer_time_extended", on=date(2024, 9, 30))
    assert _due(register, date(2024, 10, 28))[-1] == (
        "register-duty-due-soon",
        "selected-answer",
        "1. 11. 2024",
    )
    placed = register.apply("Z-1", "placed", on=date(2024, 10, 20))
    assert placed.get("Z-1").state == "removed"
    assert placed.allowed("Z-1") == ()
    assert [event.event for event in placed.history("Z-1")] == [
        "applied", "file_forwarded", "proceedings_interrupted", "proceedings_resumed", "included",
        "change_occurred", "change_reported", "selected", "answer_time_extended", "placed",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("day", "code", "section", "certainty"),
    [
        (date(2024, 12, 31), "applicants-included-before-2025", "22", Certainty.VERIFIED),
        (date(2025, 1, 2), "applicants-included-early-2025", "23d", Certainty.DOUBTFUL),
        (date(2025, 9, 30), "applicants-included-early-2025", "23d", Certainty.DOUBTFUL),
        (date(2025, 10, 1), "applicants-included", "23d", Certainty.BELIEVED),
    ],
)
def test_inclusion_cites_the_old_or_new_paragraph_by_the_day_of_the_decision(
    day: date, code: str, section: str, certainty: Certainty
) -> None:
    register = (
        Register.empty(ApplicantEntry)
        .add(_applicant(), on=date(2024, 11, 4))
        .apply("Z-1", "file_forwarded", on=date(2024, 11, 20))
    )
    rule = register.check("Z-1", "included", on=day).findings[0].rule
    assert (rule.code, rule.reference.section if rule.reference else None) == (code, section)
    assert rule.certainty is certainty


def test_removal_cites_old_24c_before_2025_and_new_23j_after() -> None:
    table = lifecycle("applicants")
    basis = table.step("included", "removed")
    assert basis is not None
    old, new = basis.rule(date(2024, 5, 1)), basis.rule(date(2026, 5, 1))
    assert old.reference is not None and old.reference.section == "24c"
    assert new.reference is not None and new.reference.section == "23j"


def test_the_selection_is_interrupted_and_resumed_under_new_24a_then_the_applicant_is_removed() -> (
    None
):
    register = (
        Register.empty(ApplicantEntry)
        .add(_applicant(), on=date(2026, 1, 5))
        .apply("Z-1", "file_forwarded", on=date(2026, 1, 26))
        .apply("Z-1", "included", on=date(2026, 2, 20))
    )
    rule = register.check("Z-1", "selection_interrupted", on=date(2026, 3, 2)).findings[0].rule
    assert rule.reference is not None and rule.reference.section == "24a"
    assert rule.certainty is Certainty.VERIFIED
    register = register.apply("Z-1", "selection_interrupted", on=date(2026, 3, 2))
    assert register.allowed("Z-1") == (
        "change_occurred", "change_reported", "removed", "selection_resumed",
    )  # fmt: skip
    assert "selected" not in register.allowed("Z-1")
    register = register.apply("Z-1", "selection_resumed", on=date(2026, 6, 1))
    register = register.apply("Z-1", "removed", on=date(2026, 7, 1), ground="serious reasons")
    assert register.get("Z-1").state == "removed"
    assert register.history("Z-1")[-1].detail_map == {"ground": "serious reasons"}
    assert register.due(on=date(2027, 1, 1)).ok


def test_the_old_selection_interruption_is_doubtful_because_its_paragraph_was_not_found() -> None:
    basis = lifecycle("applicants").step("included", "selection_interrupted")
    assert basis is not None
    rule = basis.rule(date(2024, 6, 1))
    assert rule.reference is None and rule.certainty is Certainty.DOUBTFUL


def test_a_child_is_registered_placed_and_removed_under_new_23() -> None:
    register = Register.empty(ChildEntry).add(_entry("children", "D-1"), on=date(2026, 2, 2))
    register = register.apply("D-1", "placed", on=date(2026, 4, 1))
    rule = register.check("D-1", "removed", on=date(2026, 5, 4)).findings[0].rule
    assert rule.reference is not None and rule.reference.section == "23"
    register = register.apply("D-1", "removed", on=date(2026, 5, 4))
    assert register.get("D-1").state == "removed"


def test_a_temporary_foster_carer_is_included_after_interrupted_proceedings() -> None:
    register = (
        Register.empty(TemporaryFosterCarerEntry)
        .add(_entry("temporary-foster-carers", "P-1"), on=date(2024, 2, 1))
        .apply("P-1", "file_forwarded", on=date(2024, 2, 20))
        .apply("P-1", "proceedings_interrupted", on=date(2024, 3, 1))
        .apply("P-1", "proceedings_resumed", on=date(2024, 4, 1))
        .apply("P-1", "included", on=date(2024, 5, 1))
    )
    rule = register.check("P-1", "removed", on=date(2024, 6, 3)).findings[0].rule
    assert rule.reference is not None and rule.reference.section == "27a"
    assert register.check("P-1", "removed", on=date(2026, 6, 1)).findings[0].rule.certainty is (
        Certainty.DOUBTFUL
    )


def test_an_authorised_persons_change_is_due_by_the_15th_of_the_next_month_moved_off_sunday() -> (
    None
):
    register = (
        Register.empty(AuthorisationEntry)
        .add(_entry("authorisations", "O-1"), on=date(2025, 11, 3))
        .apply("O-1", "granted", on=date(2025, 12, 1))
        .apply("O-1", "change_occurred", on=date(2026, 1, 20))
    )
    # 15. 2. 2026 is a Sunday: the common reading moves it to Monday 16. 2.
    assert register.due(on=date(2026, 2, 16)).ok
    overdue = register.due(on=date(2026, 2, 17)).violations
    assert [(f.where.field, f.fields["end"]) for f in overdue] == [
        ("authorisation-report-change", "16. 2. 2026")
    ]
    strict = Register.replay(AuthorisationEntry, register.events(), moved=False)
    assert [f.fields["end"] for f in strict.due(on=date(2026, 2, 16)).violations] == ["15. 2. 2026"]


def test_a_suspended_authorisation_not_restarted_within_a_year_is_flagged_then_withdrawn() -> None:
    register = (
        Register.empty(AuthorisationEntry)
        .add(_entry("authorisations", "O-1"), on=date(2025, 11, 3))
        .apply("O-1", "granted", on=date(2025, 11, 20))
        .apply("O-1", "activity_suspended", on=date(2026, 1, 12))
        .apply("O-1", "change_reported", on=date(2026, 2, 2))
    )
    overdue = register.due(on=date(2027, 1, 13)).violations
    assert [(f.where.field, f.fields["end"]) for f in overdue] == [
        ("authorisation-resume", "12. 1. 2027")
    ]
    withdrawn = register.apply("O-1", "withdrawn", on=date(2027, 2, 1), ground="d")
    assert withdrawn.get("O-1").state == "withdrawn" and withdrawn.due(on=date(2027, 3, 1)).ok


def test_a_provider_is_registered_reports_a_change_and_is_cancelled() -> None:
    register = (
        Register.empty(ProviderEntry)
        .add(_entry("providers", "S-1"), on=date(2026, 1, 5))
        .apply("S-1", "decision_time_extended", on=date(2026, 1, 20))
    )
    # 30 + 30 days from 5. 1. 2026: 6. 3. 2026, a Friday.
    assert [f.fields["end"] for f in register.due(on=date(2026, 3, 2)).warnings] == ["6. 3. 2026"]
    register = register.apply("S-1", "registered", on=date(2026, 2, 27))
    register = register.apply("S-1", "change_occurred", on=date(2026, 3, 31))
    register = register.apply("S-1", "change_reported", on=date(2026, 4, 15))
    register = register.apply("S-1", "cancelled", on=date(2026, 9, 30))
    assert register.get("S-1").state == "cancelled"
    assert register.due(on=date(2026, 10, 1)).ok


def test_an_event_the_table_does_not_allow_is_a_finding_listing_the_allowed_events() -> None:
    register = Register.empty(ApplicantEntry).add(_applicant(), on=date(2026, 1, 5))
    report = register.check("Z-1", "included", on=date(2026, 1, 6))
    assert not report.ok
    (finding,) = report.violations
    assert finding.code == "register-event-not-allowed" and finding.where.entry == "Z-1"
    assert finding.fields["allowed"] == "file_forwarded, removed"
    with pytest.raises(RuleViolationError) as raised:
        register.apply("Z-1", "included", on=date(2026, 1, 6))
    assert isinstance(raised.value, RegisterRuleError) and raised.value.finding == finding
    assert register.get("Z-1").state == "applied" and len(register.events()) == 1


def test_an_event_dated_before_the_entrys_last_event_is_refused() -> None:
    register = Register.empty(ApplicantEntry).add(_applicant(), on=date(2026, 1, 5))
    with pytest.raises(RegisterRuleError) as raised:
        register.apply("Z-1", "file_forwarded", on=date(2026, 1, 4))
    assert raised.value.finding.code == "register-event-out-of-order"


def test_a_duplicate_id_or_person_is_refused_naming_entry_ids_never_the_person() -> None:
    register = Register.empty(ApplicantEntry).add(_applicant(), on=date(2026, 1, 5))
    with pytest.raises(RegisterRuleError) as same_id:
        register.add(_applicant(person="805101/0000"), on=date(2026, 1, 6))
    assert same_id.value.finding.code == "register-duplicate-id"
    with pytest.raises(RegisterRuleError) as same_person:
        register.add(_applicant("Z-2"), on=date(2026, 1, 6))
    message = str(same_person.value)
    assert "Z-1" in message and "Z-2" in message
    shown = message + repr(same_person.value) + repr(same_person.value.report.to_rows())
    assert "800101" not in shown and "Nováková" not in shown
    assert len(register) == 1


def test_unknown_entries_states_and_fields_are_misuse() -> None:
    register = Register.empty(ApplicantEntry)
    with pytest.raises(UnknownCodeError):
        register.get("Z-9")
    with pytest.raises(UnknownCodeError):
        register.filter(state="asleep")
    with pytest.raises(ValueError, match="no field 'colour'"):
        register.filter(colour="red")
    with pytest.raises(TypeError):
        register.add(_entry("children", "D-1"), on=date(2026, 1, 5))


def test_filter_selects_by_state_field_and_day() -> None:
    register = (
        Register.empty(ApplicantEntry)
        .add(_applicant("Z-1"), on=date(2026, 1, 5))
        .add(_applicant("Z-2", "800102/0016", "pěstounská péče"), on=date(2026, 1, 6))
        .apply("Z-1", "file_forwarded", on=date(2026, 2, 2))
    )
    assert [item.id for item in register.filter(state="assessment")] == ["Z-1"]
    assert [item.id for item in register.filter(state="applied", as_of=date(2026, 1, 31))] == [
        "Z-1",
        "Z-2",
    ]
    assert [item.id for item in register.filter(care=SubstituteCare.FOSTER_CARE)] == ["Z-2"]
    assert [item.state for item in register.filter(("applied", "assessment"))] == [
        "assessment",
        "applied",
    ]


def test_a_caller_adds_a_time_limit_the_law_was_not_found_to_set() -> None:
    from krajsoc.deadlines import Period
    from krajsoc.registers import Duty

    reassess = Duty(
        "reassessment",
        czech="opětovné posouzení žadatele",
        english="re-assessing the applicant",
        basis="vnitřní pravidlo kraje",
        period=Period(years=2),
        ended_by={"removed"},
    )
    table = lifecycle("applicants").with_duty("included", reassess)
    register = (
        Register.empty(ApplicantEntry, lifecycle=table)
        .add(_applicant(), on=date(2026, 1, 5))
        .apply("Z-1", "file_forwarded", on=date(2026, 1, 26))
        .apply("Z-1", "included", on=date(2026, 2, 20))
    )
    assert [f.where.field for f in register.due(on=date(2028, 2, 22)).violations] == [
        "reassessment"
    ]


@pytest.mark.parametrize("kind", sorted(LIFECYCLES))
def test_every_table_reaches_a_final_state_from_every_state(kind: str) -> None:
    table = lifecycle(kind)
    finals = {name for name in table.states if table.is_final(name)}
    assert finals
    for state in table.states:
        seen, frontier = {state}, [state]
        while frontier:
            current = frontier.pop()
            for event in table.allowed(current):
                row = table.step(current, event)
                assert row is not None
                if row.next_state not in seen:
                    seen.add(row.next_state)
                    frontier.append(row.next_state)
        assert seen & finals, f"{kind}: {state} never ends"


@pytest.mark.parametrize("kind", sorted(LIFECYCLES))
def test_every_rule_of_a_table_is_information_with_a_basis(kind: str) -> None:
    for rule in lifecycle(kind).rules:
        assert rule.severity is Severity.INFO and rule.basis


def test_a_person_removed_from_the_register_may_apply_again_as_a_new_entry() -> None:
    register = Register.empty(ApplicantEntry).add(_applicant(), on=date(2026, 1, 5))
    register = register.apply("Z-1", "removed", on=date(2026, 2, 2))
    again = register.add(_applicant("Z-7"), on=date(2026, 9, 1))
    assert again.get("Z-7").state == "applied" and again.get("Z-1").state == "removed"
    assert Register.replay(ApplicantEntry, again.events()) == again


def test_an_applicant_of_2026_walks_under_the_new_paragraphs_and_due_flags_the_late_forward() -> (
    None
):
    applied = _applicant("Z-2026-1", "805101/0000", "pěstounská péče")
    register = Register.empty(ApplicantEntry).add(applied, on=date(2026, 3, 2))
    # 30 days from Monday 2. 3. 2026 end on Wednesday 1. 4. 2026: overdue from 2. 4.
    assert _due(register, date(2026, 3, 30)) == [
        ("register-duty-due-soon", "forward-file", "1. 4. 2026")
    ]
    assert _due(register, date(2026, 4, 2)) == [
        ("register-duty-overdue", "forward-file", "1. 4. 2026")
    ]
    register = register.apply("Z-2026-1", "file_forwarded", on=date(2026, 4, 7))
    forwarded = register.history("Z-2026-1")[-1]
    assert forwarded.event == "file_forwarded" and forwarded.on == date(2026, 4, 7)
    # The proceedings are interrupted (§ 64 SŘ) and resumed, then the inclusion cites new § 23d.
    register = register.apply("Z-2026-1", "proceedings_interrupted", on=date(2026, 4, 20))
    register = register.apply("Z-2026-1", "proceedings_resumed", on=date(2026, 5, 11))
    rule = register.check("Z-2026-1", "included", on=date(2026, 6, 1)).findings[0].rule
    assert rule.reference is not None and rule.reference.section == "23d"
    register = register.apply("Z-2026-1", "included", on=date(2026, 6, 1))
    # A change on Friday 3. 7. 2026 is due in 15 days: Saturday 18. 7., moved to Monday 20. 7.
    register = register.apply("Z-2026-1", "change_occurred", on=date(2026, 7, 3))
    register = register.apply("Z-2026-1", "change_reported", on=date(2026, 7, 22))
    late = register.due(on=date(2026, 7, 22)).by_rule("register-duty-late")
    # The decision came late too: 13 of the 30 days ran before the interruption (7.–20. 4.),
    # the other 17 from the resumption on 11. 5. ended on 28. 5., and it was made on 1. 6.
    assert [(f.where.field, f.fields["end"]) for f in late] == [
        ("forward-file", "1. 4. 2026"),
        ("decide", "28. 5. 2026"),
        ("report-change", "20. 7. 2026"),
    ]
    # The selection is interrupted (new § 24a), resumed, and the applicant removed.
    register = register.apply("Z-2026-1", "selection_interrupted", on=date(2026, 8, 3))
    register = register.apply("Z-2026-1", "selection_resumed", on=date(2026, 10, 1))
    register = register.apply("Z-2026-1", "removed", on=date(2026, 11, 2))
    assert register.get("Z-2026-1").state == "removed"
    assert register.get("Z-2026-1").entry == applied
    assert Register.replay(ApplicantEntry, register.events()) == register


def test_a_providers_change_is_due_by_the_15th_of_the_next_month_moved_off_saturday() -> None:
    register = (
        Register.empty(ProviderEntry)
        .add(_entry("providers", "S-1"), on=date(2026, 5, 4))
        .apply("S-1", "registered", on=date(2026, 6, 1))
        .apply("S-1", "change_occurred", on=date(2026, 7, 20))
    )
    # 15. 8. 2026 is a Saturday: the time limit ends on Monday 17. 8. 2026.
    assert [f.fields["end"] for f in register.due(on=date(2026, 8, 17)).warnings] == ["17. 8. 2026"]
    assert register.due(on=date(2026, 8, 17)).ok
    overdue = register.due(on=date(2026, 8, 18)).violations
    assert [(f.where.field, f.fields["end"]) for f in overdue] == [
        ("provider-report-change", "17. 8. 2026")
    ]
    on_time = register.apply("S-1", "change_reported", on=date(2026, 8, 17))
    assert on_time.due(on=date(2026, 9, 1)).ok
    late = register.apply("S-1", "change_reported", on=date(2026, 8, 18))
    assert [f.code for f in late.due(on=date(2026, 9, 1))] == ["register-duty-late"]
