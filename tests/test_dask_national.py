"""The national Dask example: values and reports pickle, and partitions add up to one machine."""

from __future__ import annotations

import importlib.util
import pickle
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.deadlines import (
    Channel,
    Period,
    appeal_deadline,
    appeal_deadlines,
    deadline_after,
    delivery_date,
    delivery_dates,
)
from krajsoc.findings import Report
from krajsoc.frames import from_frame, to_frame

EXAMPLE = Path(__file__).parents[1] / "examples" / "dask_national.py"


def _example() -> Any:
    spec = importlib.util.spec_from_file_location("dask_national", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


national = _example()


def test_every_value_a_worker_sends_back_pickles_to_an_equal_value() -> None:
    part = national.partition(3, 2_000, 6_000)
    delivered, report = delivery_dates(part["ready"], part["collected"], errors="report")
    values: list[object] = [
        report,
        *report.findings,
        report.findings[0].rule,
        report.findings[0].where,
        Report(),
        Period.parse("15 dnů"),
        Channel.DATA_BOX,
        deadline_after(date(2026, 12, 9), Period(days=15)),
        appeal_deadline(delivery_date(date(2026, 12, 14), channel="data_box")),
        date(2027, 1, 4),
    ]
    assert len(report) > 0
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value
    again = pickle.loads(pickle.dumps(national.processed(part)))
    pd.testing.assert_frame_equal(again, national.processed(part))
    pd.testing.assert_series_equal(pickle.loads(pickle.dumps(delivered)), delivered)
    frame = pickle.loads(pickle.dumps(to_frame(report)))
    assert from_frame(frame, type(report.to_record().findings[0]), key=None)[1].ok


@settings(max_examples=8, deadline=None)
@given(rows=st.integers(1, 3_000), partitions=st.integers(1, 6))
def test_partitions_computed_one_by_one_concatenate_to_the_single_machine_result(
    rows: int, partitions: int
) -> None:
    partitions = min(partitions, rows)
    frame = national.national(rows, partitions)
    assert frame.npartitions == partitions
    whole = frame.compute(scheduler="synchronous")
    assert len(whole) == rows and whole.index.is_unique
    in_parts = frame.map_partitions(national.processed).compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(in_parts, national.processed(whole))
    reports = [
        delivery_dates(part["ready"], part["collected"], errors="report")[1]
        for part in (frame.get_partition(n).compute() for n in range(partitions))
    ]
    assert (
        sum(reports, Report())
        == delivery_dates(whole["ready"], whole["collected"], errors="report")[1]
    )


def test_the_bad_rows_are_named_by_their_row_in_the_whole_data_set() -> None:
    frame = national.national(20_000, 4)
    result = national.processed(frame.compute(scheduler="synchronous"))
    bad = result[result["problem"].notna()]
    assert len(bad) > 0 and set(bad["problem"]) == {"batch-missing-date"}
    assert bad["ready"].isna().all() and bad["delivered"].isna().all()
    good = result.dropna(subset=["ready"]).sample(50, random_state=1)
    for ready, collected, delivered, appeal in good[
        ["ready", "collected", "delivered", "appeal"]
    ].itertuples(index=False):
        expected = delivery_date(
            ready.date(), collected_on=None if pd.isna(collected) else collected.date()
        )
        assert delivered.date() == expected.end
        assert appeal.date() == appeal_deadline(expected.end).end
    assert appeal_deadlines([], errors="coerce") == []
