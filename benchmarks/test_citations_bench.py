"""Citation extraction over ~10 MB of agenda-like text, beside a baseline in the same run.

The text is seeds 000 and 001 (tests/data) repeated to ~10 MB, built once per module. The
baseline is one ``re.finditer(r"§\\s*\\d+", text)`` pass: the least any extractor must do.
Throughput is printed in MB/s (characters per second / 10⁶).

Run: python -m pytest benchmarks/test_citations_bench.py --benchmark-enable
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from krajsoc.law import CitationMatch, extract_citations

DATA = Path(__file__).parent.parent / "tests" / "data"
SIZE = 10_000_000


@pytest.fixture(scope="module")
def agenda_text() -> str:
    seeds = "\n\n".join(
        (DATA / name).read_text(encoding="utf-8")
        for name in ("seed_000_lk_social_work.txt", "seed_001_social_work_procedure.txt")
    )
    return (seeds + "\n\n") * (SIZE // len(seeds) + 1)


def _report(benchmark: Any, text: str) -> None:
    if benchmark.stats is not None:  # None when benchmarks are disabled
        seconds = benchmark.stats.stats.min
        benchmark.extra_info["MB/s"] = round(len(text) / seconds / 1e6, 1)


def test_extract_citations_over_10_mb(benchmark: Any, agenda_text: str) -> None:
    def extract_all() -> list[CitationMatch]:
        return list(extract_citations(agenda_text))

    found = benchmark(extract_all)
    _report(benchmark, agenda_text)
    assert len(found) > 1000


def test_baseline_one_finditer_pass_over_10_mb(benchmark: Any, agenda_text: str) -> None:
    section = re.compile(r"§\s*\d+")

    def find_all() -> list[re.Match[str]]:
        return list(section.finditer(agenda_text))

    found = benchmark(find_all)
    _report(benchmark, agenda_text)
    assert len(found) > 1000
