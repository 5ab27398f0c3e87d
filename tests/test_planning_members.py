"""Member lists against the composition: K10 holds each of the 10 ORP, K21 each of the 21 POU."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from krajsoc.findings import Severity
from krajsoc.planning import Function, Member, group
from krajsoc.territory import municipalities

ON = date(2027, 3, 15)
K10_ROLE = "zástupce obce III. typu"
K21_ROLE = "zástupce obce II. nebo III. typu"


def _k10(skip: str | None = None) -> list[Member]:
    members = [
        Member(id=f"orp-{item.orp_code}", role=K10_ROLE, municipality=item.name)
        for item in municipalities("LK", "orp")
        if item.name != skip
    ]
    return [
        *members,
        Member(id="rada", role="člen rady kraje pro sociální oblast"),
        Member(id="vedouci", role="vedoucí odboru sociálních věcí"),
        Member(id="kks", role="manažer KKS"),
    ]


def _k21(function: str = "starosta") -> list[Member]:
    return [
        Member(id=f"pou-{index}", role=K21_ROLE, municipality=item.name, function=function)
        for index, item in enumerate(municipalities("LK", "pou"))
    ]


def test_a_full_k10_passes() -> None:
    assert len(group("LK", "K10").check_members(_k10(), on=ON)) == 0


def test_k10_missing_one_orp_is_a_violation_naming_it() -> None:
    report = group("LK", "K10").check_members(_k10(skip="Semily"), on=ON)
    assert not report.ok
    (finding,) = report
    assert finding.code == "planning-municipality-not-represented"
    assert finding.fields["municipality"] == "Semily"


def test_k10_with_a_pou_or_another_regions_orp_is_a_violation() -> None:
    members = [*_k10(), Member(id="doksy", role=K10_ROLE, municipality="Doksy")]
    members.append(Member(id="cheb", role=K10_ROLE, municipality="Cheb"))
    report = group("LK", "K10").check_members(members, on=ON)
    assert [f.fields["member"] for f in report.by_rule("planning-member-wrong-municipality")] == [
        "'doksy'",
        "'cheb'",
    ]


def test_the_same_municipality_twice_is_a_violation() -> None:
    members = [
        *_k10(),
        Member(id="turnov-2", role="Zastupce obce III. typu", municipality="turnov"),
    ]
    (finding,) = group("LK", "K10").check_members(members, on=ON)
    assert finding.code == "planning-member-duplicate-municipality"
    assert finding.fields["members"] == "'orp-5109', 'turnov-2'"


def test_a_recommended_role_missing_is_only_a_warning() -> None:
    members = [item for item in _k10() if item.id != "kks"]
    (finding,) = group("LK", "K10").check_members(members, on=ON)
    assert (finding.code, finding.severity) == (
        "planning-recommended-role-missing",
        Severity.WARNING,
    )


def test_a_full_k21_of_mayors_and_deputies_passes() -> None:
    members = _k21()
    members[3] = members[3].model_copy(update={"function": Function.DEPUTY_MAYOR})
    assert len(municipalities("LK", "pou")) == 21
    assert group("LK", "K21").check_members(members, on=ON).ok


def test_k21_with_a_member_who_is_neither_mayor_nor_deputy_is_a_violation() -> None:
    members = _k21()
    members[5] = members[5].model_copy(update={"function": Function.OTHER})
    (finding,) = group("LK", "K21").check_members(members, on=ON)
    assert finding.code == "planning-member-wrong-function"
    assert finding.fields["member"] == "'pou-5'"
    assert "seed 003, line 37" in finding.text()


def test_members_out_of_term_do_not_count_and_are_reported() -> None:
    members = _k10()
    members[0] = members[0].model_copy(update={"end": date(2027, 3, 14)})
    report = group("LK", "K10").check_members(members, on=ON)
    assert sorted(report.codes) == [
        "planning-member-out-of-term",
        "planning-municipality-not-represented",
    ]


def test_guests_are_allowed_and_marked() -> None:
    members = [*_k10(), Member(id="expert", role="metodik", guest=True)]
    members.append(Member(id="host", role="přizvaný účastník"))
    report = group("LK", "K10").check_members(members, on=ON)
    assert report.ok
    assert [(f.code, f.severity) for f in report] == [("planning-guest", Severity.INFO)] * 2


def test_an_unknown_role_is_a_warning() -> None:
    members = [*_k10(), Member(id="x", role="pokladník")]
    assert [f.code for f in group("LK", "K10").check_members(members, on=ON)] == [
        "planning-member-unknown-role"
    ]


def test_a_term_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError):
        Member(id="x", role="r", start=date(2027, 1, 2), end=date(2027, 1, 1))


def test_findings_never_echo_long_or_personal_looking_input() -> None:
    name = "Jan Novák, r. č. 850101/1234, Husova 5, Liberec"
    members = [*_k10(), Member(id="850101/1234", role=name, municipality=name)]
    report = group("LK", "K10").check_members(members, on=ON)
    text = report.text() + report.text("en")
    assert "Novák" not in text and "850101" not in text and "1234" not in text
