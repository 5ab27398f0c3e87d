"""check_reference: repealed acts, the 242/2024 renumbering of 359/1999, doubtful bases."""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc import Certainty, Finding, Report, Severity
from krajsoc.law import REFERENCE_RULES, act, check_reference, parse_citation
from krajsoc.law import _concordance as concordance
from krajsoc.law import _reference_rules as rules
from krajsoc.rules import RULES

ON = date(2026, 3, 1)
_RANK = {Certainty.VERIFIED: 0, Certainty.BELIEVED: 1, Certainty.DOUBTFUL: 2}


def check(text: str, on: date = ON) -> Report:
    (ref,) = parse_citation(text)
    return check_reference(ref, on=on)


def test_the_issue_example_gives_findings_of_rules_with_code_texts_and_certainty() -> None:
    report = check_reference("§ 24c zákona č. 359/1999 Sb.", on=date(2026, 6, 1))
    (finding,) = report
    assert isinstance(finding, Finding)
    assert finding.rule.code == "reference-renumbered"
    assert finding.rule.czech.startswith("Zákon č. 242/2024 Sb.")
    assert finding.rule.english.startswith("Zákon č. 242/2024 Sb. renumbered")
    assert finding.rule.certainty is Certainty.BELIEVED
    assert finding.where.subject == "§ 24c zákona č. 359/1999 Sb."
    assert "§ 23, § 23j" in finding.text("cs") and "§ 23, § 23j" in finding.text("en")


def test_the_family_act_cited_in_2026_is_repealed_since_2014_see_the_civil_code() -> None:
    (finding,) = check("§ 45 zákona o rodině č. 94/1963 Sb.")
    assert finding.rule is rules.REPEALED and finding.severity is Severity.VIOLATION
    assert finding.fields == {
        "act": "zákon č. 94/1963 Sb.",
        "repealed": "1. 1. 2014",
        "successor": "zákon č. 89/2012 Sb., občanský zákoník",
    }
    assert finding.text("cs") == (
        "Předpis zákon č. 94/1963 Sb. byl zrušen ke dni 1. 1. 2014; nahradil jej předpis "
        "zákon č. 89/2012 Sb., občanský zákoník."
    )
    assert act("94/1963").certainty is finding.rule.certainty is Certainty.BELIEVED


def test_a_repealed_act_with_no_recorded_successor_says_so() -> None:
    from krajsoc.law import Act, LegalReference

    gone = Act(
        1, 1990, title="o něčem", in_force_from=date(1990, 1, 1), repealed_on=date(2000, 1, 1)
    )
    (finding,) = check_reference(LegalReference(gone, section="1"), on=ON)
    assert finding.rule is rules.REPEALED_UNREPLACED
    assert finding.text("en") == (
        "zákon č. 1/1990 Sb. was repealed on 1. 1. 2000; no successor is recorded."
    )


def test_the_family_act_cited_before_2014_is_in_force() -> None:
    assert check("§ 45 zákona o rodině č. 94/1963 Sb.", on=date(2013, 12, 31)) == Report()


def test_an_act_in_force_has_no_findings() -> None:
    report = check("§ 93 písm. c) zákona č. 108/2006 Sb.")
    assert len(report) == 0 and report.ok


def test_an_act_cited_before_it_came_into_force_is_reported_with_the_czech_date() -> None:
    (finding,) = check("§ 1 zákona č. 89/2012 Sb.", on=date(2013, 6, 1))
    assert finding.rule is rules.NOT_YET_IN_FORCE
    assert finding.fields["start"] == "1. 1. 2014"
    assert finding.text("en") == "zákon č. 89/2012 Sb. came into force only on 1. 1. 2014."


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("§ 24c zákona č. 359/1999 Sb.", "§ 23, § 23j"),
        ("§ 22 zákona č. 359/1999 Sb.", "§ 22, § 23d až 23g, § 23i"),
        ("§ 21 zákona č. 359/1999 Sb.", "§ 21, § 23a až 23c"),
        ("§ 11 odst. 2 zákona č. 359/1999 Sb.", "§ 44"),
        ("§ 27 zákona č. 359/1999 Sb.", "§ 45"),
    ],
)
def test_sections_renumbered_by_242_2024_report_the_numbers_in_force(
    text: str, current: str
) -> None:
    (finding,) = check(text)
    assert finding.rule is rules.RENUMBERED and finding.severity is Severity.INFO
    assert finding.fields["current"] == current
    assert finding.rule.reference is not None and finding.rule.reference.act == act("242/2024")


def test_renumbering_is_not_reported_before_it_took_effect() -> None:
    assert len(check("§ 24c zákona č. 359/1999 Sb.", on=date(2024, 12, 31))) == 0


def test_a_section_whose_new_number_is_not_established_is_reported_as_doubtful() -> None:
    (finding,) = check("§ 24b zákona o SPOD")
    assert finding.rule is rules.RENUMBERED_UNKNOWN and "current" not in finding.fields
    assert finding.rule.certainty is Certainty.DOUBTFUL
    assert finding.fields["old"] == "§ 24b"


def test_no_concordance_row_is_less_sure_than_the_rule_that_reports_it() -> None:
    for _, _, new, _, sure in concordance.RENUMBERING_ROWS:
        rule = rules.RENUMBERED if new else rules.RENUMBERED_UNKNOWN
        assert _RANK[Certainty(sure)] <= _RANK[rule.certainty]
    for row in concordance.DOUBT_ROWS:
        assert Certainty(row[-1]) is rules.DOUBTFUL_BASES[row[0]].certainty
    assert act(concordance.RENUMBERED_ACT).is_known and act(concordance.RENUMBERING_ACT)


def test_no_built_in_act_is_less_sure_than_the_rules_about_its_dates() -> None:
    from krajsoc.law import ACTS

    for rule in (rules.REPEALED, rules.REPEALED_UNREPLACED, rules.NOT_YET_IN_FORCE):
        for item in ACTS:
            assert _RANK[item.certainty] <= _RANK[rule.certainty], (rule.code, item.id)
    assert {item.certainty for item in ACTS} == {Certainty.VERIFIED, Certainty.BELIEVED}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("§ 93 odst. 1 zákona č. 108/2006 Sb.", "reference-doubtful-basis-c4"),
        ("§ 67 zákona o obcích", "reference-doubtful-basis-c3"),
        ("§ 38a zákona č. 359/1999 Sb.", "reference-doubtful-basis-c6"),
        ("§ 28 zákona č. 334/2002 Sb.", "reference-unknown-act"),
        ("§ 28 zákona č. 334/2002 Sb.", "reference-doubtful-basis-c5"),
        ("§ 24c", "reference-unresolved"),
        ("§ 3 zákona č. 73/2011 Sb.", "reference-dates-unknown"),
    ],
)
def test_doubtful_unknown_and_unresolved_references_are_findings_not_errors(
    text: str, code: str
) -> None:
    report = check(text)
    assert code in report.codes
    assert all(finding.severity is not Severity.VIOLATION for finding in report)


def test_section_93_cited_by_letter_is_no_doubt() -> None:
    assert len(check("§ 93 písm. c) zákona č. 108/2006 Sb.")) == 0


def test_citation_text_is_checked_as_the_references_it_names() -> None:
    report = check_reference("§ 45 a § 46 zákona o rodině", on=ON)
    assert [(f.where.subject, f.code) for f in report] == [
        ("§ 45 zákona č. 94/1963 Sb.", "reference-repealed"),
        ("§ 46 zákona č. 94/1963 Sb.", "reference-repealed"),
    ]
    assert len(check_reference("§ 1 ZSS", on=ON)) == 0
    (unresolved,) = check_reference("§ 24c", on=ON)
    assert unresolved.rule is rules.UNRESOLVED and unresolved.where.subject == "§ 24c"


def test_every_reference_rule_is_registered_and_speaks_both_languages() -> None:
    for rule in REFERENCE_RULES:
        assert RULES[rule.code] is rule
        assert rule.czech and rule.english and rule.basis


def test_the_report_reads_as_rows_and_json() -> None:
    (row,) = check("§ 45 zákona o rodině").to_rows()
    assert (row["rule"], row["severity"], row["subject"], row["certainty"]) == (
        "reference-repealed",
        "violation",
        "§ 45 zákona č. 94/1963 Sb.",
        "believed",
    )
    assert '"reference-repealed"' in check("§ 45 zákona o rodině").to_json()


@pytest.mark.parametrize("value", [93, None, b"\xc2\xa7 1 ZSS", ["§ 1 ZSS"]])
def test_anything_but_a_reference_or_text_is_a_clear_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes a LegalReference or citation text"):
        check_reference(value, on=ON)  # type: ignore[arg-type]
