"""check_reference: repealed acts, the 242/2024 renumbering of 359/1999, doubtful bases."""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc.law import (
    Certainty,
    FindingKind,
    ReferenceFinding,
    act,
    check_reference,
    parse_citation,
)
from krajsoc.law import _concordance as concordance

ON = date(2026, 3, 1)


def check(text: str, on: date = ON) -> tuple[ReferenceFinding, ...]:
    (ref,) = parse_citation(text)
    return check_reference(ref, on=on)


def test_the_family_act_cited_in_2026_is_repealed_since_2014_see_the_civil_code() -> None:
    (finding,) = check("§ 45 zákona o rodině č. 94/1963 Sb.")
    assert finding.kind is FindingKind.REPEALED
    assert finding.replaced_by == act("občanský zákoník")
    assert "2014-01-01" in finding.message and "občanský zákoník" in finding.message
    assert not finding.verified and "unverified" in str(finding)


def test_the_family_act_cited_before_2014_is_in_force() -> None:
    assert check("§ 45 zákona o rodině č. 94/1963 Sb.", on=date(2013, 12, 31)) == ()


def test_an_act_in_force_has_no_findings() -> None:
    assert check("§ 93 písm. c) zákona č. 108/2006 Sb.") == ()


def test_an_act_cited_before_it_came_into_force_is_reported() -> None:
    (finding,) = check("§ 1 zákona č. 89/2012 Sb.", on=date(2013, 6, 1))
    assert finding.kind is FindingKind.NOT_YET_IN_FORCE


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("§ 24c zákona č. 359/1999 Sb.", ["§ 23", "§ 23j"]),
        ("§ 22 zákona č. 359/1999 Sb.", ["§ 22", "§ 23d až 23g", "§ 23i"]),
        ("§ 21 zákona č. 359/1999 Sb.", ["§ 21", "§ 23a až 23c"]),
        ("§ 11 odst. 2 zákona č. 359/1999 Sb.", ["§ 44"]),
        ("§ 27 zákona č. 359/1999 Sb.", ["§ 45"]),
    ],
)
def test_sections_renumbered_by_242_2024_report_the_numbers_in_force(
    text: str, current: list[str]
) -> None:
    (finding,) = check(text)
    assert finding.kind is FindingKind.RENUMBERED
    assert [ref.provision for ref in finding.current] == current
    assert finding.certainty is Certainty.BELIEVED and not finding.verified


def test_renumbering_is_not_reported_before_it_took_effect() -> None:
    assert check("§ 24c zákona č. 359/1999 Sb.", on=date(2024, 12, 31)) == ()


def test_a_section_whose_new_number_is_not_established_is_reported_as_doubtful() -> None:
    (finding,) = check("§ 24b zákona o SPOD")
    assert finding.kind is FindingKind.RENUMBERED and finding.current == ()
    assert finding.certainty is Certainty.DOUBTFUL


def test_every_concordance_row_says_how_sure_it_is() -> None:
    sure = {row[4] for row in concordance.RENUMBERING_ROWS + concordance.DOUBT_ROWS}
    assert sure <= {certainty.value for certainty in Certainty}
    assert act(concordance.RENUMBERED_ACT).is_known and act(concordance.RENUMBERING_ACT)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("§ 93 odst. 1 zákona č. 108/2006 Sb.", FindingKind.DOUBTFUL_BASIS),
        ("§ 67 zákona o obcích", FindingKind.DOUBTFUL_BASIS),
        ("§ 38a zákona č. 359/1999 Sb.", FindingKind.DOUBTFUL_BASIS),
        ("§ 28 zákona č. 334/2002 Sb.", FindingKind.UNKNOWN_ACT),
        ("§ 24c", FindingKind.UNRESOLVED),
        ("§ 3 zákona č. 73/2011 Sb.", FindingKind.DATES_UNKNOWN),
    ],
)
def test_doubtful_unknown_and_unresolved_references_are_findings_not_errors(
    text: str, kind: FindingKind
) -> None:
    assert kind in [finding.kind for finding in check(text)]


def test_citation_text_is_checked_as_the_references_it_names() -> None:
    findings = check_reference("§ 45 a § 46 zákona o rodině", on=ON)
    assert [(str(f.reference), f.kind) for f in findings] == [
        ("§ 45 zákona č. 94/1963 Sb.", FindingKind.REPEALED),
        ("§ 46 zákona č. 94/1963 Sb.", FindingKind.REPEALED),
    ]
    assert check_reference("§ 1 ZSS", on=ON) == ()
    (unresolved,) = check_reference("§ 24c", on=ON)
    assert unresolved.kind is FindingKind.UNRESOLVED


@pytest.mark.parametrize("value", [93, None, b"\xc2\xa7 1 ZSS", ["§ 1 ZSS"]])
def test_anything_but_a_reference_or_text_is_a_clear_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes a LegalReference or citation text"):
        check_reference(value, on=ON)  # type: ignore[arg-type]
