"""The pytest plugin works for an outside project's test file."""

from __future__ import annotations

from datetime import date

import pytest

from krajsoc.planning import Meeting
from krajsoc.territory import Region, region


def test_the_fixture_gives_liberec_region_by_default(krajsoc_region: Region) -> None:
    assert krajsoc_region is region("LK")


@pytest.mark.krajsoc_region("Karlovarský kraj")
def test_a_marker_chooses_the_region(krajsoc_region: Region) -> None:
    assert krajsoc_region is region("KVK")


def test_an_outside_test_file_can_use_the_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        def test_default(krajsoc_region):
            assert krajsoc_region.abbreviation == "LK"

        @pytest.mark.krajsoc_region("CZ041")
        def test_marked(krajsoc_region):
            assert krajsoc_region.seat == "Karlovy Vary"
        """
    )
    result = pytester.runpytest_subprocess("--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_an_outside_test_file_gets_strategies_through_from_type(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from hypothesis import given, strategies as st
        from krajsoc.territory import REGIONS, Region

        @given(st.from_type(Region))
        def test_regions(region):
            assert any(region is known for known in REGIONS)
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_the_catalogue_fixture_follows_the_region_marker(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        def test_default(krajsoc_catalogue):
            assert len(krajsoc_catalogue) == 78

        @pytest.mark.krajsoc_region("KVK")
        def test_karlovy_vary(krajsoc_catalogue):
            assert krajsoc_catalogue.name == "Karlovarský kraj"
        """
    )
    result = pytester.runpytest_subprocess("--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_the_meeting_fixture_gives_a_k10_meeting_that_passes_its_checks(
    krajsoc_meeting: Meeting,
) -> None:
    from krajsoc.planning import group

    assert krajsoc_meeting.group == "K10"
    assert group("LK", "K10").check(krajsoc_meeting).ok
    late = krajsoc_meeting.model_copy(update={"notice_sent_on": date(2027, 3, 1)})
    assert not group("LK", "K10").check(late).ok


@pytest.mark.krajsoc_region("KVK")
def test_the_meeting_fixture_follows_the_region_marker(krajsoc_meeting: Meeting) -> None:
    assert krajsoc_meeting.group == "SETKANI-SPOD"
    assert krajsoc_meeting.notice_sent_on is None


def test_the_register_fixture_follows_the_kind_marker(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from datetime import date
        import pytest

        def test_default(krajsoc_register):
            assert krajsoc_register.lifecycle.kind == "applicants"
            assert krajsoc_register.get("Z-1").state == "applied"
            assert type(krajsoc_register.get("Z-1").entry).__name__ == "ApplicantEntry"
            assert not krajsoc_register.due(on=date(2026, 3, 10)).ok

        @pytest.mark.krajsoc_register("providers")
        def test_providers(krajsoc_register):
            assert [item.state for item in krajsoc_register] == [
                "applied", "registered", "cancelled"
            ]
        """
    )
    result = pytester.runpytest_subprocess("--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
