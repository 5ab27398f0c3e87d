"""The krajsoc pytest plugin: fixtures with built-in domain data for other projects' tests.

Installed with krajsoc through the ``pytest11`` entry point; nothing to configure. Every pytest
run of a project with krajsoc installed loads this module, so it imports only pytest: the
fixtures import krajsoc when a test first asks for one.

Every fixture has *function* scope: markers choose what it gives, test by test.

Fixtures:
    krajsoc_today: the day the test treats as today (no clock is read): 23. 11. 2026 unless
        ``--krajsoc-today 2026-12-01`` or ``@pytest.mark.krajsoc_today("1. 12. 2026")`` pins
        another (any form :func:`krajsoc.calendar.parse_date` reads). Every krajsoc fixture that
        needs a day uses this one.

    krajsoc_region: a :class:`~krajsoc.territory.Region`, Liberecký kraj unless a test asks for
        another by indirect parametrisation
        (``@pytest.mark.parametrize("krajsoc_region", ["KVK"], indirect=True)``), by the marker
        ``@pytest.mark.krajsoc_region("KVK")`` or ``@pytest.mark.krajsoc_region(code="KVK")``
        (any form :func:`~krajsoc.territory.region` accepts). Parametrisation wins over the
        marker. An unknown region or a marker it cannot read fails the test at setup, on one
        line.

    krajsoc_catalogue: the built-in :class:`~krajsoc.agendas.Catalogue` of ``krajsoc_region``,
        as :func:`~krajsoc.agendas.catalogue` gives it: for Liberecký kraj the social work
        section's 78 agendas. A region without a built-in catalogue fails at setup, or is
        skipped when the test carries ``@pytest.mark.krajsoc_skip_uncovered``.

    krajsoc_calendar: a :class:`~krajsoc.calendar.CzechCalendar`: the Czech public holidays
        and weekends, plus the office closures
        ``@pytest.mark.krajsoc_closures("2026-12-31", ...)`` names (ISO dates or ``date``).

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

        @pytest.mark.krajsoc_region(code="KVK")
        def test_in_karlovy_vary(krajsoc_region):
            assert krajsoc_region.seat == "Karlovy Vary"

        @pytest.mark.parametrize("krajsoc_region", ["LK", "KVK"], indirect=True)
        def test_each_covered_region_has_a_catalogue(krajsoc_catalogue):
            assert len(krajsoc_catalogue) > 0

        @pytest.mark.krajsoc_closures("2026-12-31")
        def test_new_years_eve_is_closed(krajsoc_calendar):
            assert not krajsoc_calendar.is_working_day(date(2026, 12, 31))
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:  # the fixtures import krajsoc when a test asks for them, not at start-up
    from krajsoc.agendas import Catalogue
    from krajsoc.calendar import CzechCalendar
    from krajsoc.planning import Meeting
    from krajsoc.registers import Register
    from krajsoc.territory import Region

__all__ = [
    "DEFAULT_REGION",
    "DEFAULT_TODAY",
    "krajsoc_calendar",
    "krajsoc_catalogue",
    "krajsoc_meeting",
    "krajsoc_region",
    "krajsoc_register",
    "krajsoc_today",
    "pytest_addoption",
    "pytest_configure",
]

DEFAULT_REGION = "LK"
"""The region ``krajsoc_region`` gives when a test names none: Liberecký kraj."""

EXAMPLE_MEETING_DAY = date(2027, 3, 15)
"""The day of the meeting ``krajsoc_meeting`` gives: Monday 15. 3. 2027."""

DEFAULT_TODAY = date(2026, 11, 23)
"""The day ``krajsoc_today`` gives when nothing pins another: a fixed day, never the clock."""

_MARKERS = (
    "krajsoc_region(code): the region the krajsoc_region fixture gives (default LK)",
    "krajsoc_today(day): the day krajsoc_today gives, a date or its text, 2026-12-01 or "
    "1. 12. 2026 (default 2026-11-23)",
    "krajsoc_closures(*days): office closures the krajsoc_calendar fixture adds",
    "krajsoc_skip_uncovered: skip, not fail, when the region has no built-in data",
    "krajsoc_register(kind): the register kind the krajsoc_register fixture gives "
    "(default applicants)",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--krajsoc-today``, the day ``krajsoc_today`` gives in the whole run."""
    group = parser.getgroup("krajsoc")
    group.addoption(
        "--krajsoc-today",
        metavar="DATE",
        default=None,
        help=(
            "the day the krajsoc_today fixture gives, e.g. 2026-12-01 or 1. 12. 2026 "
            f"(default {DEFAULT_TODAY.isoformat()})"
        ),
    )


def pytest_configure(config: pytest.Config) -> None:
    """Declare the plugin's markers, so ``--strict-markers`` suites accept them."""
    for line in _MARKERS:
        config.addinivalue_line("markers", line)


def _fail(message: str) -> NoReturn:
    """Fail the test at setup with ``message`` on one line, without a traceback."""
    pytest.fail(f"krajsoc: {' '.join(message.split())}", pytrace=False)


def _one_value(request: pytest.FixtureRequest, marker_name: str, keyword: str) -> object | None:
    """The single value of a marker, given positionally or as ``keyword=``; ``None`` if absent."""
    marker = request.node.get_closest_marker(marker_name)
    if marker is None:
        return None
    unknown = sorted(set(marker.kwargs) - {keyword})
    count = len(marker.args) + len(marker.kwargs)
    if unknown or count != 1:
        got = ", ".join([*map(repr, marker.args), *(f"{k}=..." for k in marker.kwargs)])
        _fail(
            f"@pytest.mark.{marker_name} takes one value, positionally or as {keyword}=, "
            f"got ({got})"
        )
    value: object = marker.args[0] if marker.args else marker.kwargs[keyword]
    return value


def _day(value: object, where: str) -> date:
    """``value`` (a ``date``, or a date as text) as a date, or a one-line setup failure.

    The text is read by :func:`krajsoc.calendar.parse_date`: ``2026-12-01``, ``1. 12. 2026``,
    ``1. prosince 2026``.
    """
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from krajsoc.calendar import parse_date  # on use: the plugin loads nothing heavy

        try:
            return parse_date(value)
        except ValueError:
            pass
        try:  # the other ISO 8601 forms Python reads, as before: "20261201", "2026-W49-2"
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    from krajsoc._quote import quote

    shown = quote(value) if isinstance(value, str) else type(value).__name__
    _fail(f"{where} must be a date or a date as text (2026-12-01, 1. 12. 2026), not {shown}")


@pytest.fixture
def krajsoc_today(request: pytest.FixtureRequest) -> date:
    """The test's today (scope: function): the marker's day, ``--krajsoc-today``, or a fixed day."""
    marked = _one_value(request, "krajsoc_today", "day")
    if marked is not None:
        return _day(marked, "@pytest.mark.krajsoc_today")
    option = request.config.getoption("--krajsoc-today", default=None)
    if option is not None:
        return _day(option, "--krajsoc-today")
    return DEFAULT_TODAY


@pytest.fixture
def krajsoc_region(request: pytest.FixtureRequest) -> Region:
    """A region (scope: function): parametrised, marked, or Liberecký kraj."""
    from krajsoc.errors import KrajsocError
    from krajsoc.territory import Region, region

    asked: Any = getattr(request, "param", None)
    how = "indirect parametrisation of krajsoc_region"
    if asked is None:
        asked = _one_value(request, "krajsoc_region", "code")
        how = "@pytest.mark.krajsoc_region"
    if asked is None:
        return region(DEFAULT_REGION)
    if isinstance(asked, Region):
        return asked
    if not isinstance(asked, str):
        _fail(f"{how} takes a region code or name as text, not {type(asked).__name__}")
    try:
        return region(asked)
    except KrajsocError as error:
        problem = str(error).splitlines()[0]
    _fail(f"{how}: {problem}")  # outside the except: no chained traceback


@pytest.fixture
def krajsoc_catalogue(request: pytest.FixtureRequest, krajsoc_region: Region) -> Catalogue:
    """The built-in agenda catalogue of ``krajsoc_region`` (scope: function)."""
    from krajsoc.agendas import catalogue
    from krajsoc.errors import UncoveredRegionError

    try:
        return catalogue(krajsoc_region)
    except UncoveredRegionError as error:
        reason = f"krajsoc_catalogue: {str(error).splitlines()[0]}"
    if request.node.get_closest_marker("krajsoc_skip_uncovered") is not None:
        pytest.skip(reason)
    _fail(f"{reason} (mark the test krajsoc_skip_uncovered to skip it instead)")


@pytest.fixture
def krajsoc_calendar(request: pytest.FixtureRequest) -> CzechCalendar:
    """The Czech working-day calendar with the marked office closures (scope: function)."""
    from krajsoc.calendar import CZECH_CALENDAR

    marker = request.node.get_closest_marker("krajsoc_closures")
    if marker is None:
        return CZECH_CALENDAR
    if marker.kwargs:
        _fail("@pytest.mark.krajsoc_closures takes the closed days positionally, no keywords")
    days = [_day(value, "@pytest.mark.krajsoc_closures") for value in marker.args]
    return CZECH_CALENDAR.with_closures(days)


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
