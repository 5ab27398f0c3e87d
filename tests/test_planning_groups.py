"""The built-in groups: look-up by any region form, their seed sources, copies and JSON."""

from __future__ import annotations

import pytest

from krajsoc.errors import UnknownGroupError
from krajsoc.findings import Certainty
from krajsoc.planning import GROUPS, Group, group, groups
from krajsoc.territory import region


@pytest.mark.parametrize(
    "region_code", ["LK", "CZ051", "Liberecký kraj", "liberecky kraj", "CZ-51"]
)
@pytest.mark.parametrize("code", ["K10", "k10", " K10 "])
def test_a_group_is_found_by_any_region_form_and_code_case(region_code: str, code: str) -> None:
    assert group(region_code, code) is group("LK", "K10")


def test_each_region_has_its_seed_groups() -> None:
    assert [item.code for item in groups("LK")] == ["K10", "K21", "KOOS", "ODBORNA", "FOKUSNI"]
    assert [item.code for item in groups("KVK")] == ["SETKANI-SPOD", "PORADNI-SBOR"]
    assert groups("PK") == ()


def test_an_unknown_group_names_the_regions_groups() -> None:
    with pytest.raises(UnknownGroupError, match="KOOS, ODBORNA") as caught:
        group("LK", "K11")
    assert isinstance(caught.value, LookupError)
    assert caught.value.allowed == ("K10", "K21", "KOOS", "ODBORNA", "FOKUSNI")


def test_the_k10_rules_are_the_seeds_with_their_lines() -> None:
    k10 = group("LK", "K10")
    assert k10.roles.convenes == k10.roles.chairs == "člen rady kraje pro sociální oblast"
    assert k10.roles.chair_unless_agreed_otherwise
    assert k10.roles.organises == k10.roles.keeps_member_list == "manažer KKS"
    assert k10.meetings.notice_source == "seed 002, line 28"
    assert k10.meetings.materials_source == "seed 002, line 30"
    assert k10.meetings.extraordinary_may_shorten == ("notice",)
    assert str(k10.meetings.frequency) == "dle potřeby"


def test_the_advisory_board_basis_is_marked_believed() -> None:
    board = group("KVK", "poradni-sbor")
    assert board.certainty is Certainty.BELIEVED and "C6" in (board.note or "")


def test_every_group_names_a_seed_and_round_trips_through_json() -> None:
    for item in GROUPS:
        assert "seed 00" in item.source
        assert Group.model_validate_json(item.model_dump_json()) == item


def test_a_region_starts_its_own_group_from_a_copy_of_k10() -> None:
    data = group("LK", "K10").model_dump(mode="json")
    data |= {"region": "Karlovarský kraj", "code": "K7", "source": "our rules, art. 3"}
    data["composition"][0]["source"] = "our rules, art. 3"
    own = Group.model_validate(data)
    assert own.region is region("KVK")
    assert group("KVK", "k7", among=[own]) is own
    assert own.meetings.notice == group("LK", "K10").meetings.notice


def test_a_group_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="extra"):
        Group.model_validate(
            {"code": "X", "name": "x", "region": "LK", "source": "s", "chair": "y"}
        )
