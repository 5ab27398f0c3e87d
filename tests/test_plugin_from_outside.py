"""A foreign project gets the fixtures, markers, assertions and strategies from the package alone.

Each test writes a test file into a fresh directory with no configuration of its own and runs
pytest on it in a subprocess, as another team's suite would run with krajsoc installed.
"""

from __future__ import annotations

import re

import pytest

from tests.public_api import domain_types

RUN = ("--strict-markers", "-p", "no:cacheprovider", "-p", "no:randomly", "-rs")


def _run(pytester: pytest.Pytester, source: str, *args: str) -> pytest.RunResult:
    pytester.makepyfile(source)
    return pytester.runpytest_subprocess(*RUN, *args)


def _error_lines(result: pytest.RunResult) -> list[str]:
    """The lines of the ERRORS section between its header and the short test summary."""
    lines = result.stdout.lines
    start = next(i for i, line in enumerate(lines) if "= ERRORS =" in line) + 1
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("="))
    return [line for line in lines[start:end] if line.strip() and not line.startswith("_")]


def test_indirect_parametrisation_and_both_marker_forms_give_the_asked_region(
    pytester: pytest.Pytester,
) -> None:
    result = _run(
        pytester,
        """
        import pytest

        @pytest.mark.parametrize("krajsoc_region", ["KVK", "CZ051"], indirect=True)
        def test_indirect(krajsoc_region, request):
            expected = {"KVK": "Karlovy Vary", "CZ051": "Liberec"}[request.node.callspec.id]
            assert krajsoc_region.seat == expected

        @pytest.mark.krajsoc_region(code="KVK")
        def test_keyword(krajsoc_region):
            assert krajsoc_region.abbreviation == "KVK"

        @pytest.mark.krajsoc_region("Karlovarský kraj")
        def test_positional(krajsoc_region):
            assert krajsoc_region.abbreviation == "KVK"

        @pytest.mark.krajsoc_region("KVK")
        @pytest.mark.parametrize("krajsoc_region", ["LK"], indirect=True)
        def test_parametrisation_wins_over_the_marker(krajsoc_region):
            assert krajsoc_region.abbreviation == "LK"

        @pytest.mark.parametrize("krajsoc_region", ["KVK"], indirect=True)
        def test_the_catalogue_follows(krajsoc_catalogue):
            assert krajsoc_catalogue.name == "Karlovarský kraj"

        def test_default(krajsoc_region, krajsoc_catalogue):
            assert krajsoc_region.abbreviation == "LK" and len(krajsoc_catalogue) == 78
        """,
    )
    result.assert_outcomes(passed=7)


@pytest.mark.parametrize(
    ("decorator", "message"),
    [
        (
            '@pytest.mark.krajsoc_region("XX")',
            r"krajsoc: @pytest\.mark\.krajsoc_region: unknown region 'XX'; expected .*",
        ),
        (
            '@pytest.mark.parametrize("krajsoc_region", ["Atlantis"], indirect=True)',
            r"krajsoc: indirect parametrisation of krajsoc_region: unknown region 'Atlantis'.*",
        ),
        (
            '@pytest.mark.krajsoc_region(region="KVK")',
            r"krajsoc: @pytest\.mark\.krajsoc_region takes one value, positionally or as code=, "
            r"got \(region=\.\.\.\)",
        ),
        (
            '@pytest.mark.krajsoc_region("LK", "KVK")',
            r"krajsoc: @pytest\.mark\.krajsoc_region takes one value, .* got \('LK', 'KVK'\)",
        ),
        (
            "@pytest.mark.krajsoc_region(51)",
            r"krajsoc: @pytest\.mark\.krajsoc_region takes a region code or name as text, not int",
        ),
    ],
    ids=["unknown-code", "unknown-param", "wrong-keyword", "two-values", "not-text"],
)
def test_a_region_the_fixture_cannot_read_fails_at_setup_on_one_line(
    pytester: pytest.Pytester, decorator: str, message: str
) -> None:
    result = _run(
        pytester,
        f"""
        import pytest

        {decorator}
        def test_region(krajsoc_region):
            pass
        """,
    )
    result.assert_outcomes(errors=1)
    lines = _error_lines(result)
    assert len(lines) == 1, lines
    assert re.fullmatch(message, lines[0]), lines[0]


def test_a_region_without_a_catalogue_fails_at_setup_unless_marked_to_be_skipped(
    pytester: pytest.Pytester,
) -> None:
    result = _run(
        pytester,
        """
        import pytest

        @pytest.mark.krajsoc_region("Plzeňský kraj")
        def test_fails(krajsoc_catalogue):
            pass

        @pytest.mark.krajsoc_skip_uncovered
        @pytest.mark.krajsoc_region("Plzeňský kraj")
        def test_skipped(krajsoc_catalogue):
            pass
        """,
    )
    result.assert_outcomes(errors=1, skipped=1)
    lines = _error_lines(result)
    assert len(lines) == 1, lines
    assert lines[0].startswith("krajsoc: krajsoc_catalogue: no built-in ")
    assert lines[0].endswith("(mark the test krajsoc_skip_uncovered to skip it instead)")
    result.stdout.re_match_lines([r"SKIPPED .*krajsoc_catalogue: no built-in .*Plzeňský kraj.*"])


def test_today_is_fixed_and_pinned_by_a_marker_or_the_option(pytester: pytest.Pytester) -> None:
    source = """
        import datetime
        import pytest

        def test_default(krajsoc_today):
            assert krajsoc_today == datetime.date.fromisoformat(EXPECTED)

        @pytest.mark.krajsoc_today("2027-01-04")
        def test_marked(krajsoc_today):
            assert krajsoc_today == datetime.date(2027, 1, 4)

        @pytest.mark.krajsoc_today(day=datetime.date(2027, 2, 1))
        def test_marked_with_a_date(krajsoc_today):
            assert krajsoc_today == datetime.date(2027, 2, 1)

        @pytest.mark.krajsoc_today("4. ledna 2027")
        def test_marked_as_a_czech_document_writes_it(krajsoc_today):
            assert krajsoc_today == datetime.date(2027, 1, 4)

        @pytest.mark.krajsoc_today("20270104")
        def test_marked_in_basic_iso_form(krajsoc_today):
            assert krajsoc_today == datetime.date(2027, 1, 4)

        @pytest.mark.krajsoc_today("tomorrow")
        def test_unreadable(krajsoc_today):
            pass
        """
    result = _run(pytester, source.replace("EXPECTED", '"2026-11-23"'))
    result.assert_outcomes(passed=5, errors=1)
    assert _error_lines(result) == [
        "krajsoc: @pytest.mark.krajsoc_today must be a date or a date as text (2026-12-01, "
        "1. 12. 2026), not 'tomorrow'"
    ]
    pinned = _run(
        pytester, source.replace("EXPECTED", '"2030-06-03"'), "--krajsoc-today=3. 6. 2030"
    )
    pinned.assert_outcomes(passed=5, errors=1)


def test_the_calendar_fixture_adds_the_marked_closures(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
        import datetime
        import pytest

        def test_plain(krajsoc_calendar):
            assert krajsoc_calendar.is_working_day(datetime.date(2026, 12, 31))

        @pytest.mark.krajsoc_closures("2026-12-31", datetime.date(2026, 12, 30))
        def test_closed(krajsoc_calendar):
            assert not krajsoc_calendar.is_working_day(datetime.date(2026, 12, 31))
            assert not krajsoc_calendar.is_working_day(datetime.date(2026, 12, 30))
            assert krajsoc_calendar.is_working_day(datetime.date(2026, 12, 29))
        """,
    )
    result.assert_outcomes(passed=2)


ASSERTION_FAILURES = """
    import datetime
    from krajsoc.law import check_reference
    from krajsoc.testing import assert_cites, assert_deadline, assert_findings, assert_working_day

    def test_deadline():
        assert_deadline(datetime.date(2026, 12, 9), "15 dnů", datetime.date(2026, 12, 24))

    def test_working_day():
        assert_working_day(datetime.date(2026, 12, 24))

    def test_day_off():
        assert_working_day(datetime.date(2026, 12, 23), working=False)

    def test_cites():
        assert_cites("podle § 10 správního řádu", "§ 11 správního řádu")

    def test_findings():
        report = check_reference("§ 67 zákona č. 100/1988 Sb.", on=datetime.date(2026, 1, 1))
        assert_findings(report, {"reference-repealed"})
"""


def test_each_assertion_fails_with_its_reasoning_and_without_its_own_source(
    pytester: pytest.Pytester,
) -> None:
    result = _run(pytester, ASSERTION_FAILURES, "--tb=long")
    result.assert_outcomes(failed=5)
    out = result.stdout.str()
    assert "__tracebackhide__" not in out and "def assert_" not in out
    assert "raise AssertionError" not in out
    result.stdout.fnmatch_lines(
        [
            "E       AssertionError: 15 dnů after 9. 12. 2026 ends on 28. 12. 2026, "
            "not 24. 12. 2026:",
            "E         Lhůta 15 dnů začíná běžet dnem následujícím po dni události 9. 12. 2026*",
            "E       AssertionError: 24. 12. 2026 (čtvrtek) is not a working day but svátek "
            "(Štědrý den); expected a working day; the next working day is 28. 12. 2026",
            "E       AssertionError: 23. 12. 2026 (středa) is a working day: *; expected a day off",
            "E       AssertionError: the text does not cite § 11 zákona č. 500/2004 Sb.; "
            "it cites: § 10 zákona č. 500/2004 Sb. (text: 'podle § 10 správního řádu')",
            "E       AssertionError: expected findings of reference-repealed, found "
            "reference-unknown-act; missing: reference-repealed; unexpected: "
            "reference-unknown-act",
            "E         [[]reference-unknown-act[]] § 67 zákona č. 100/1988 Sb.: *",
        ],
        consecutive=False,
    )


DOMAIN_TYPES = [f"{cls.__module__.split('._')[0]}.{cls.__name__}" for cls in domain_types()]


def test_from_type_draws_every_public_domain_type_in_a_foreign_project(
    pytester: pytest.Pytester,
) -> None:
    result = _run(
        pytester,
        f"""
        import importlib
        import pytest
        from hypothesis import given, settings, strategies as st

        NAMES = {DOMAIN_TYPES!r}

        @pytest.mark.parametrize("name", NAMES)
        @settings(max_examples=5, deadline=None)
        @given(data=st.data())
        def test_drawn(name, data):
            module, _, cls = name.rpartition(".")
            kind = getattr(importlib.import_module(module), cls)
            assert isinstance(data.draw(st.from_type(kind)), kind)
        """,
    )
    result.assert_outcomes(passed=len(DOMAIN_TYPES))
    assert "krajsoc.territory.Region" in DOMAIN_TYPES
