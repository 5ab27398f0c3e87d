"""A national data set past one machine: every region's decisions as a partitioned Dask dataframe.

Builds a synthetic data set of decisions of all 14 regions (10⁷ rows by default), computes for
every row the day of delivery and the last day of appeal, and validates the rows, partition by
partition with ``map_partitions`` — the same krajsoc batch functions an analyst calls on one
pandas column (``delivery_dates``, ``appeal_deadlines`` with ``errors="report"``), the bad rows of
each partition coming back as a report frame. It prints the rows per second for a local cluster of
1 and of 2 worker processes.

Run: python examples/dask_national.py [--rows N] [--partitions P]
(needs ``pip install 'krajsoc[dask]'``; ``KRAJSOC_EXAMPLE_ROWS`` sets the default of ``--rows``,
which CI sets small.) docs/performance.md gives the figures and what a real cluster needs.
"""

from __future__ import annotations

import argparse
import os
import time

import dask.dataframe as dd
import numpy as np
import pandas as pd
from distributed import Client, LocalCluster

from krajsoc.deadlines import appeal_deadlines, delivery_dates
from krajsoc.territory import REGIONS

REGION_CODES = tuple(region.abbreviation for region in REGIONS)
FIRST_DAY = np.datetime64("2025-01-01", "D")
DAYS = 3 * 365  # decisions ready for collection in 2025–2027
BAD_SHARE = 0.001  # one row in a thousand has no ready day: reported, never computed
ROWS_PER_PARTITION = 250_000


def partition(number: int, rows: int, offset: int) -> pd.DataFrame:
    """The ``number``-th partition: ``rows`` synthetic decisions, labelled from ``offset``.

    The same ``number`` always gives the same rows (the generator is seeded by it), so a
    partition can be made again on any worker, and the data set never travels.
    """
    rng = np.random.default_rng(number)
    ready = FIRST_DAY + rng.integers(0, DAYS, rows).astype("timedelta64[D]")
    waited = rng.integers(0, 13, rows).astype("timedelta64[D]")
    collected = np.where(rng.random(rows) < 0.7, ready + waited, np.datetime64("NaT"))
    ready = np.where(rng.random(rows) < BAD_SHARE, np.datetime64("NaT"), ready)
    return pd.DataFrame(
        {
            "region": pd.Categorical.from_codes(
                rng.integers(0, len(REGION_CODES), rows), categories=REGION_CODES
            ),
            "ready": ready.astype("datetime64[s]"),
            "collected": collected.astype("datetime64[s]"),
        },
        index=pd.RangeIndex(offset, offset + rows, name="row"),
    )


def national(rows: int, partitions: int) -> dd.DataFrame:
    """The national data set: ``rows`` decisions in ``partitions`` partitions, made lazily."""
    sizes = [
        rows // partitions + (1 if number < rows % partitions else 0)
        for number in range(partitions)
    ]
    offsets = np.cumsum([0, *sizes[:-1]]).tolist()
    meta = partition(0, 0, 0)
    return dd.from_map(partition, range(partitions), sizes, offsets, meta=meta)


def processed(part: pd.DataFrame) -> pd.DataFrame:
    """One partition (a pandas frame) with every row's delivery, appeal and problem, if any.

    ``delivery_dates`` checks every row as it counts: a bad row gets no day (``NaT``), and its
    finding — under the row's label, which is the data set's row — gives the ``problem`` column
    its rule code, so the bad rows of the whole data set are one filter away.
    """
    delivered, report = delivery_dates(part["ready"], part["collected"], errors="report")
    appeal = appeal_deadlines(delivered, errors="coerce")
    problems = {finding.where.row: finding.code for finding in report}
    problem = pd.Series(problems, dtype=object).reindex(part.index)
    return part.assign(delivered=delivered, appeal=appeal, problem=problem)


def warm_up() -> None:
    """Build, in this process, the day tables every batch reads (once per worker, ~1 s)."""
    processed(partition(0, 1_000, 0))


def run(frame: dd.DataFrame, scheduler: str | None = None) -> tuple[int, pd.DataFrame]:
    """Every partition computed (on the cluster, by default); how many rows, and the bad rows."""
    result = frame.map_partitions(processed)
    rows, bad = dd.compute(
        result.map_partitions(len).sum(), result[result["problem"].notnull()], scheduler=scheduler
    )
    return int(rows), bad


def report(how: str, rows: int, bad: pd.DataFrame, started: float) -> None:
    seconds = time.perf_counter() - started
    print(
        f"{how}: {rows:,} rows in {seconds:.1f} s, {rows / seconds:,.0f} rows/s; "
        f"{len(bad):,} bad rows reported"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", type=int, default=int(os.environ.get("KRAJSOC_EXAMPLE_ROWS", 10_000_000))
    )
    parser.add_argument("--partitions", type=int, default=None)
    arguments = parser.parse_args()
    partitions = arguments.partitions or max(2, -(-arguments.rows // ROWS_PER_PARTITION))
    frame = national(arguments.rows, partitions)
    print(f"{arguments.rows:,} decisions of {len(REGION_CODES)} regions in {partitions} partitions")
    warm_up()
    started = time.perf_counter()
    rows, bad = run(frame, scheduler="synchronous")
    report("no cluster: this process, partition after partition", rows, bad, started)
    with (
        LocalCluster(
            processes=True, n_workers=1, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        for workers in (1, 2):
            cluster.scale(workers)
            client.wait_for_workers(workers)
            client.run(warm_up)  # each worker builds the calendar's tables before the clock starts
            started = time.perf_counter()
            rows, bad = run(frame)
            report(
                f"{workers} local worker process{'es' if workers > 1 else ''}", rows, bad, started
            )


if __name__ == "__main__":
    main()
