"""Reports how many inputs the fuzz tests tried, per test and in all."""

from __future__ import annotations

from typing import Any

from tests.fuzz._support import TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the tally of fuzzed inputs when any fuzz test ran."""
    if not TALLY:
        return
    terminalreporter.section("fuzzed inputs")
    for name, count in sorted(TALLY.items()):
        terminalreporter.write_line(f"{name}: {count}")
    terminalreporter.write_line(f"total: {sum(TALLY.values())}")
