"""A channel per row: the array path with a column of channels beside its one-channel baseline.

The same 1,000,000 ready days as ``test_columns_bench.py`` (``KRAJSOC_COLUMN_ROWS``, drawn
uniformly from 2000–2098, seed 12), a collection day for every third, and a channel per row
drawn at random (seed 13): about half post, half data box, as a register's column holds them.
All in one run, so the figures sit side by side:

* the baseline: ``delivery_dates(ready, collected, channel="post")``, one channel for the batch;
* the same with the channels as a numpy array of text (``<U8``), as an object array, as a
  pandas ``Series`` of text (``str``) and of ``category`` (both beside a ``Series`` of days);
* the pure-Python batch, with one channel and with a list of channels.

Both channels count the same days, so every result equals the one-channel baseline; it is
checked. Run: python -m pytest benchmarks/test_channel_columns_bench.py --benchmark-enable
"""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
import pytest

from krajsoc.deadlines import delivery_dates

ROWS = int(os.environ.get("KRAJSOC_COLUMN_ROWS", "1000000"))

_rng = random.Random(12)
_first = date(2000, 1, 1).toordinal()
READY = [date.fromordinal(_first + _rng.randrange(365 * 99)) for _ in range(ROWS)]
COLLECTED = [
    day + timedelta(days=_rng.randrange(15)) if i % 3 == 0 else None for i, day in enumerate(READY)
]
_channels = random.Random(13)
CHANNELS = [_channels.choice(("post", "data_box")) for _ in range(ROWS)]

READY_ARRAY = np.array(READY, dtype="datetime64[D]")
COLLECTED_ARRAY = np.array(COLLECTED, dtype="datetime64[D]")
READY_SERIES = pd.Series(READY_ARRAY.astype("datetime64[s]"), name="pripraveno")
COLLECTED_SERIES = pd.Series(COLLECTED_ARRAY.astype("datetime64[s]"))
COLUMNS: dict[str, Any] = {
    "ndarray <U8": np.array(CHANNELS),
    "ndarray object": np.array(CHANNELS, dtype=object),
    "Series str": pd.Series(CHANNELS, dtype="str"),
    "Series category": pd.Series(CHANNELS, dtype="category"),
}
GROUP = f"delivery with a channel per row, {ROWS:,} rows"

_BASELINE: list[Any] = []


def baseline() -> Any:
    if not _BASELINE:
        _BASELINE.append(delivery_dates(READY_ARRAY, COLLECTED_ARRAY, "post"))
    return _BASELINE[0]


def test_array_one_channel(benchmark: Any) -> None:
    benchmark.group = GROUP
    ends = benchmark(delivery_dates, READY_ARRAY, COLLECTED_ARRAY, "post")
    assert (ends == baseline()).all()


@pytest.mark.parametrize("kind", list(COLUMNS))
def test_array_channel_per_row(benchmark: Any, kind: str) -> None:
    benchmark.group = GROUP
    channels = COLUMNS[kind]
    if kind.startswith("Series"):
        ends = benchmark(delivery_dates, READY_SERIES, COLLECTED_SERIES, channels)
        assert (ends.to_numpy().astype("datetime64[D]") == baseline()).all()
    else:
        ends = benchmark(delivery_dates, READY_ARRAY, COLLECTED_ARRAY, channels)
        assert (ends == baseline()).all()


def test_series_one_channel(benchmark: Any) -> None:
    benchmark.group = GROUP
    ends = benchmark(delivery_dates, READY_SERIES, COLLECTED_SERIES, "post")
    assert (ends.to_numpy().astype("datetime64[D]") == baseline()).all()


def test_pure_one_channel(benchmark: Any) -> None:
    benchmark.group = GROUP
    ends = benchmark.pedantic(delivery_dates, args=(READY, COLLECTED, "post"), rounds=3)
    assert ends[:1000] == baseline()[:1000].tolist()


def test_pure_channel_per_row(benchmark: Any) -> None:
    benchmark.group = GROUP
    ends = benchmark.pedantic(delivery_dates, args=(READY, COLLECTED, CHANNELS), rounds=3)
    assert ends[:1000] == baseline()[:1000].tolist()
