"""The slope of extraction's cost over adversarial text, beside ``str.find`` in the same run.

Each case reads a run of one unit ("řád", "zákona ", "§ ", digits …) of 100,000 characters; the
benchmark's extra info gives the exponent of cost against length between 10,000 and 100,000
characters (1 for linear, 2 for quadratic) and the same for the baseline, one ``str.find`` pass
per stem over the same text: the least a reader must do. ``docs/performance.md`` has the figures.

Run: python -m pytest benchmarks/test_adversarial_slope_bench.py --benchmark-enable
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import pytest

from krajsoc.law import extract_citations

UNITS = {
    "stem řád": "řád",
    "zákona": "zákona ",
    "section signs": "§ ",
    "digits": "1",
    "sections without §": "§ 1, 2, 3 a 4, ",
    "a chains": " a",
    "téhož zákona": "§ 1 téhož zákona ",
}
SMALL, LARGE = 10_000, 100_000


def _text(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _extract(text: str) -> None:
    list(extract_citations(text))


def _find_stems(text: str) -> None:
    for stem in ("ákon", "akon", "řád", "rad", "zřízení", "zrizeni", "§", "Sb"):
        text.count(stem)


def _exponent(read: Callable[[str], None], unit: str) -> float:
    costs = []
    for length in (SMALL, LARGE):
        text = _text(unit, length)
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            read(text)
            best = min(best, time.perf_counter() - started)
        costs.append(best)
    return round(math.log(costs[1] / costs[0]) / math.log(LARGE / SMALL), 2)


@pytest.mark.parametrize("unit", UNITS.values(), ids=list(UNITS))
def test_extraction_slope_over_adversarial_text(benchmark: Any, unit: str) -> None:
    text = _text(unit, LARGE)
    benchmark(_extract, text)
    if benchmark.stats is not None:  # None when benchmarks are disabled
        benchmark.extra_info["exponent"] = _exponent(_extract, unit)
        benchmark.extra_info["baseline exponent"] = _exponent(_find_stems, unit)


@pytest.mark.parametrize("unit", UNITS.values(), ids=list(UNITS))
def test_baseline_find_over_adversarial_text(benchmark: Any, unit: str) -> None:
    benchmark(_find_stems, _text(unit, LARGE))
