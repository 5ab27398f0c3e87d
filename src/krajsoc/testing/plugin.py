"""The krajsoc pytest plugin: fixtures with built-in domain data for other projects' tests.

Installed with krajsoc through the ``pytest11`` entry point; nothing to configure. Every pytest
run of a project with krajsoc installed loads this module, so it imports only pytest: the
fixtures import krajsoc when a test first asks for one.

Fixtures:
    krajsoc_region: a :class:`~krajsoc.territory.Region`, Liberecký kraj unless a test asks for
        another with ``@pytest.mark.krajsoc_region("KVK")`` (any form
        :func:`~krajsoc.territory.region` accepts).

    krajsoc_catalogue: the built-in :class:`~krajsoc.agendas.Catalogue` of that same region
        (Liberecký kraj unless the ``krajsoc_region`` marker names another covered region), as
        :func:`~krajsoc.agendas.catalogue` gives it: for Liberecký kraj the social work section's
        78 agendas, without the § 95 ZSS duties (:func:`~krajsoc.agendas.planning_duties`).

    krajsoc_meeting: a :class:`~krajsoc.planning.Meeting` of that region's first group with a
        notice period (Liberecký kraj: K10; otherwise its first group) on Monday 15. 3. 2027,
        notice and materials sent on their deadlines' latest working days, so it passes the
        group's checks; change it with ``model_copy(update=...)``.
    krajsoc_register: a :class:`~krajsoc.registers.Register` of real
        :class:`~krajsoc.registers.ApplicantEntry` entries with synthetic applicants (generated
        birth numbers, names that stand for nobody, never real data) with a fixed history on
        days from 5. 1. 2026, or of
        the kind named by ``@pytest.mark.krajsoc_register("providers")``; ask it what is due on
        ``krajsoc.registers.SYNTHETIC_DAY`` (10. 3. 2026).

Examples:
    A test in any project::

        def test_lists_the_regions_orp(krajsoc_region):
            assert krajsoc_region.abbreviation == "LK"

        @pytest.mark.krajsoc_region("KVK")
        def test_in_karlovy_vary(krajsoc_region):
            assert krajsoc_region.seat == "Karlovy Vary"

        def test_the_catalogue_keeps_the_advisory_board(krajsoc_catalogue):
            assert krajsoc_catalogue.search("poradní sbor")
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # the fixtures import krajsoc when a test asks for them, not at start-up
    from krajsoc.agendas import Catalogue
    from krajsoc.territory import Region

__all__ = [
    "krajsoc_catalogue",
    "krajsoc_meeting",
    "krajsoc_region",
    "krajsoc_register",
    "pytest_configure",
]

if TYPE_CHECKING:  # the fixtures import krajsoc themselves, when a test asks for them
    from krajsoc.planning import Meeting
    from krajsoc.registers import Register

DEFAULT_REGION = "LK"
EXAMPLE_MEETING_DAY = date(2027, 3, 15)


def pytest_configure(config: pytest.Config) -> None:
    """Declare the plugin's markers, so ``--strict-markers`` suites accept them."""
    config.addinivalue_line(
        "markers",
        "krajsoc_region(code): the region the krajsoc_region fixture gives (default LK)",
    )
    config.addinivalue_line(
        "markers",
        "krajsoc_register(kind): the register kind the krajsoc_register fixture gives "
        "(default applicants)",
    )


@pytest.fixture
def krajsoc_region(request: pytest.FixtureRequest) -> Region:
    """A region (kraj): Liberecký kraj, or the one named by ``@pytest.mark.krajsoc_region``."""
    from krajsoc.territory import region

    marker = request.node.get_closest_marker("krajsoc_region")
    code = marker.args[0] if marker is not None and marker.args else DEFAULT_REGION
    return region(code)


@pytest.fixture
def krajsoc_catalogue(krajsoc_region: Region) -> Catalogue:
    """The built-in agenda catalogue of ``krajsoc_region`` (Liberecký kraj by default)."""
    from krajsoc.agendas import catalogue

    return catalogue(krajsoc_region)


@pytest.fixture
def krajsoc_meeting(krajsoc_region: Region) -> Meeting:
    """A meeting of ``krajsoc_region``'s first group with a notice period, sent in time."""
    from krajsoc.planning import Meeting, groups  # lazily: the plugin loads in every session

    found = groups(krajsoc_region)
    if not found:
        raise pytest.UsageError(
            f"krajsoc_meeting: no built-in planning groups for {krajsoc_region}"
        )
    chosen = next((item for item in found if item.meetings.notice is not None), found[0])
    day = EXAMPLE_MEETING_DAY
    facts = {}
    if chosen.meetings.notice is not None:
        facts["notice_sent_on"] = chosen.notice_deadline(day).latest_working_day
    if chosen.meetings.materials is not None:
        facts["materials_received_on"] = chosen.materials_deadline(day).latest_working_day
    return Meeting(group=chosen.code, date=day, region=chosen.region, **facts)


@pytest.fixture
def krajsoc_register(request: pytest.FixtureRequest) -> Register[Any]:
    """A synthetic register (applicants unless ``@pytest.mark.krajsoc_register`` names a kind)."""
    from krajsoc.registers import synthetic_register

    marker = request.node.get_closest_marker("krajsoc_register")
    kind = marker.args[0] if marker is not None and marker.args else "applicants"
    return synthetic_register(kind)
