"""krajsoc.rows and krajsoc.findings: hand-checked cases, then properties over generated rows."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from krajsoc import Certainty, Finding, Report, Rule, Severity
from krajsoc.agendas import Agenda
from krajsoc.errors import InvalidInputError
from krajsoc.findings import ReportRecord, Where
from krajsoc.rows import ROW_RULES, from_rows, to_rows
from krajsoc.testing import strategies as ks

SOURCE = {"seed": "own.json", "items": ["1"]}


def agenda_row(number: int) -> dict[str, Any]:
    return {
        "competence": "delegated",
        "text": f"vede evidenci č. {number}",
        "source": {"seed": "own.json", "items": [str(number)]},
    }


BAD_KINDS = (
    lambda row: {key: value for key, value in row.items() if key != "text"},  # missing field
    lambda row: {**row, "competence": "both"},  # not a competence
    lambda row: {**row, "colour": "red"},  # unknown field
    lambda row: {**row, "topics": "child_protection"},  # text where a list belongs
    lambda row: "not a row",  # not a mapping at all
)


class Office(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    staff: int


LATE = Rule("test-late", czech="Pozdě o {days} dny.", english="{days} days late.", source="test")
NOTE = Rule(
    "test-note",
    czech="Poznámka.",
    english="A note.",
    source="test",
    severity=Severity.INFO,
    certainty=Certainty.DOUBTFUL,
)
SOON = Rule("test-soon", czech="Brzy.", english="Soon.", source="test", severity=Severity.WARNING)


# --- the issue's example: 1,000 rows, 100 of them bad --------------------------------------------


def test_a_thousand_rows_with_a_hundred_bad_name_exactly_the_bad_rows_and_load_nothing() -> None:
    rows: list[Any] = [agenda_row(number) for number in range(1, 1001)]
    bad = set(range(7, 1001, 10))  # rows 7, 17, …, 997: a hundred of them
    for number in bad:
        rows[number - 1] = BAD_KINDS[number % len(BAD_KINDS)](rows[number - 1])
    records, report = from_rows(rows, Agenda)
    assert records == ()
    assert {finding.where.row for finding in report} == bad and len(bad) == 100
    assert all(finding.severity is Severity.VIOLATION for finding in report)
    assert len(report) == 100  # one problem each
    good, again = from_rows([row for n, row in enumerate(rows, 1) if n not in bad], Agenda)
    assert again.ok and len(good) == 900


def test_a_duplicate_after_bad_rows_is_reported_at_its_own_input_row() -> None:
    good = {"id": "a", **agenda_row(1)}
    records, report = from_rows([{"text": "bad"}, good, good], Agenda)
    assert records == ()
    duplicate = report.by_rule("row-duplicate-key").findings
    assert [(f.where.row, f.where.field, f.fields["first"]) for f in duplicate] == [(3, "id", "2")]
    assert duplicate[0].text("cs") == "Hodnota pole id se opakuje, poprvé byla na řádku 2."


# --- Report --------------------------------------------------------------------------------------


def test_a_report_sorts_its_findings_by_severity_and_rule() -> None:
    late = Finding(LATE, where=Where(row=2, field="sent"), fields={"days": "3"})
    note = Finding(NOTE, where="K10")
    soon = Finding(SOON, where=Where(entry="Z-1"))
    report = Report([late, note, soon])
    assert not report.ok and len(report) == 3 and list(report) == [late, note, soon]
    assert report.violations == (late,) and report.warnings == (soon,) and report.infos == (note,)
    assert report.by_rule("test-note") == Report([note]) and len(report.by_rule("nope")) == 0
    assert report.codes == {"test-late", "test-note", "test-soon"}
    assert Report([note, soon]).ok and Report().ok
    assert (Report([late]) + Report([note])).findings == (late, note)
    assert repr(report) == "Report(1 violation, 1 warning, 1 info)"


def test_adding_anything_but_a_report_is_a_type_error() -> None:
    other: object = [Finding(NOTE)]
    with pytest.raises(TypeError):
        Report() + other
    with pytest.raises(TypeError, match="holds Finding values"):
        Report(["not a finding"])  # type: ignore[list-item]


def test_report_rows_have_the_keys_a_data_frame_needs() -> None:
    report = Report([Finding(LATE, where=Where(row=2, field="sent"), fields={"days": "3"})])
    (row,) = report.to_rows()
    assert row == {
        "rule": "test-late",
        "severity": "violation",
        "row": 2,
        "field": "sent",
        "entry": None,
        "subject": None,
        "text_cs": "Pozdě o 3 dny.",
        "text_en": "3 days late.",
        "basis": "test",
        "certainty": "verified",
    }


def test_a_report_round_trips_through_its_json_record() -> None:
    report = Report(
        [
            Finding(LATE, where=Where(row="r-7", field="sent"), fields={"days": "3"}),
            Finding(NOTE, where="K10 2027-03-15"),
        ]
    )
    record = ReportRecord.model_validate_json(report.to_json())
    assert record == report.to_record()
    assert [finding.model_dump(mode="json") for finding in record.findings] == report.to_rows()
    assert json.loads(report.to_json(indent=2))["ok"] is False


def test_a_finding_speaks_czech_and_english_and_names_where_and_why() -> None:
    finding = Finding(LATE, where=Where(row=4, field="sent"), fields={"days": "2"})
    assert finding.text() == finding.text("cs") == "Pozdě o 2 dny."
    assert finding.text("en") == "2 days late."
    assert str(finding) == "řádek 4, pole sent: Pozdě o 2 dny. (test)"
    assert finding.describe("en") == "row 4, field sent: 2 days late. (test)"
    assert repr(finding) == "Finding('test-late', violation, where='row 4, field sent')"
    with pytest.raises(InvalidInputError, match="unknown language"):
        finding.text("de")


def test_a_finding_without_a_field_its_templates_need_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="lacks fields days"):
        Finding(LATE)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Rule("Bad Code", czech="x", english="x", source="s"), "not a lower-case code"),
        (lambda: Rule("-x", czech="x", english="x", source="s"), "not a lower-case code"),
        (lambda: Rule("x", czech="{a}", english="{b}", source="s"), r"different fields .*\(a, b\)"),
        (lambda: Rule("x", czech="x", english="x"), "neither a legal reference nor a source"),
    ],
)
def test_a_rule_that_cannot_be_read_is_refused(build: Any, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        build()


def test_rules_are_equal_by_code() -> None:
    same_code = Rule("test-late", czech="Jinak.", english="Else.", source="other")
    assert same_code == LATE
    assert len({LATE, NOTE, SOON}) == 3


# --- from_rows: every shape of rows, every kind of bad row ---------------------------------------


def test_a_mapping_of_labels_numbers_each_row_by_its_label() -> None:
    rows = {"r-1": {"id": "a", "staff": 1}, "r-2": {"id": "b", "staff": "many"}}
    records, report = from_rows(rows, Office)
    assert records == ()
    assert [(f.where.row, f.where.field, f.code) for f in report] == [
        ("r-2", "staff", "row-wrong-type")
    ]


def test_start_zero_numbers_rows_as_an_index() -> None:
    _, report = from_rows([{"id": "a"}, {"staff": 1}], Office, start=0)
    assert [(f.where.row, f.where.field) for f in report] == [(0, "staff"), (1, "id")]


@pytest.mark.parametrize("row", ["id,staff", 42, None, ["a", 1], ("a", 1)])
def test_a_row_that_is_not_a_mapping_is_described_not_quoted(row: object) -> None:
    _, report = from_rows([{"id": "a", "staff": 1}, row], Office)
    (finding,) = report
    assert (finding.where.row, finding.code) == (2, "row-not-a-record")
    assert "id,staff" not in finding.text("en")


def test_rows_that_are_not_iterable_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="iterable of rows"):
        from_rows("id,staff", Office)
    with pytest.raises(TypeError, match="pydantic model"):
        from_rows([], dict)  # type: ignore[type-var]


@pytest.mark.parametrize("key", ["bad\ud800", "\udc00", "id\ud83d"])
def test_a_lone_surrogate_in_a_key_is_reported_printably(key: str) -> None:
    _, report = from_rows([{"id": "a", "staff": 1, key: 1}], Office)
    (finding,) = report
    assert (finding.where.row, finding.code, finding.fields["code"]) == (
        1,
        "row-invalid-value",
        "string_unicode",
    )
    assert "lone surrogate" in finding.text("en")
    assert report.to_json().encode("utf-8") and str(report).encode("utf-8")


def test_a_value_of_ten_thousand_characters_is_never_echoed() -> None:
    long = "Jan Novák " * 1000
    _, report = from_rows([{"id": long, "staff": long}], Office)
    assert [f.code for f in report] == ["row-wrong-type"]
    assert "Jan Novák" not in report.to_json() and "Jan Novák" not in str(report)


def test_an_unknown_field_is_named_and_its_value_left_out() -> None:
    _, report = from_rows([{"id": "a", "staff": 1, "rodne_cislo": "850101/1234"}], Office)
    (finding,) = report
    assert (finding.where.field, finding.code) == ("rodne_cislo", "row-unknown-field")
    assert "850101" not in report.to_json()


@pytest.mark.parametrize(
    ("row", "field", "expected"),
    [
        ({"id": 5, "staff": 1}, "id", "string"),
        ({"id": "a", "staff": "x"}, "staff", "integer"),
        ({"id": "a", "staff": [1]}, "staff", "integer"),
        ({"id": "a", "staff": 1.5}, "staff", "integer"),
    ],
)
def test_a_value_of_the_wrong_type_names_the_type_expected(
    row: dict[str, Any], field: str, expected: str
) -> None:
    _, report = from_rows([row], Office)
    (finding,) = report
    assert (finding.where.field, finding.code, finding.fields) == (
        field,
        "row-wrong-type",
        {"expected": expected},
    )


def test_messages_are_the_librarys_own_never_pydantics() -> None:
    _, report = from_rows([{}, {"id": "a", "staff": 1, "x": 1}, {"id": None, "staff": "1"}], Office)
    texts = " ".join(row["text_cs"] + " " + row["text_en"] for row in report.to_rows())
    for pydantic_words in ("Field required", "Extra inputs", "Input should be", "valid string"):
        assert pydantic_words not in texts
    assert report.codes == {"row-missing-field", "row-unknown-field", "row-wrong-type"}
    assert all(rule.czech and rule.english for rule in ROW_RULES)


def test_records_round_trip_through_to_rows() -> None:
    records, report = from_rows([{"id": "a", "staff": 2}, {"id": "b", "staff": 0}], Office)
    assert report.ok and to_rows(records) == [{"id": "a", "staff": 2}, {"id": "b", "staff": 0}]
    assert from_rows(to_rows(records), Office)[0] == records
    with pytest.raises(TypeError, match="pydantic records"):
        to_rows([{"id": "a"}])  # type: ignore[list-item]


# --- properties ----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
agenda_keys = st.sampled_from(sorted(Agenda.model_fields)) | st.text(max_size=50)
json_rows = st.lists(
    st.dictionaries(agenda_keys, json_values, max_size=8) | json_values, max_size=6
)


@settings(max_examples=150, deadline=None)
@given(json_rows)
def test_from_rows_never_raises_for_any_json_like_rows(rows: list[Any]) -> None:
    records, report = from_rows(rows, Agenda)
    assert (records == ()) or report.ok
    assert len(records) + len({f.where.row for f in report}) <= len(rows)
    ReportRecord.model_validate_json(report.to_json())


long_texts = st.text(min_size=41, max_size=120).filter(lambda text: text.strip())
agenda_text_fields = st.sampled_from(
    (
        *("region", "competence", "text", "legal_bases", "topics", "registers", "recurrences"),
        *("id", "authorities", "context_act", "department", "section", "no_such_field"),
    )
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(agenda_text_fields, long_texts, st.booleans()), min_size=1, max_size=6))
def test_a_report_never_contains_input_text_longer_than_forty_characters(
    changes: list[tuple[str, str, bool]],
) -> None:
    rows: list[dict[str, Any]] = []
    for number, (field, text, as_list) in enumerate(changes, start=1):
        rows.append({**agenda_row(number), field: [text] if as_list else text})
    _, report = from_rows(rows, Agenda)
    shown = json.dumps(report.to_rows(), ensure_ascii=False) + str(report) + report.text("en")
    for _, text, _ in changes:
        # Not the text, and not a cut of it either: no 25 characters of it in a row.
        windows = (text[i : i + 25] for i in range(len(text) - 24))
        assert not [window for window in windows if len(window.strip()) >= 10 and window in shown]


@settings(max_examples=60, deadline=None)
@given(st.lists(ks.agendas(), max_size=5, unique_by=lambda item: item.id))
def test_valid_rows_round_trip_through_to_rows(agendas: list[Agenda]) -> None:
    rows = json.loads(json.dumps(to_rows(agendas), ensure_ascii=False))
    records, report = from_rows(rows, Agenda)
    assert report.ok and records == tuple(agendas)
