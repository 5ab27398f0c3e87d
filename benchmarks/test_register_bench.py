"""Register.add and Register.apply at 10³, 10⁴ and 10⁵ entries, beside a copy-on-write dict.

A register keeps its entries in a persistent hash map (``immutables.Map``), so adding or
changing one entry costs O(log n) and shares everything else with the register before. The
baseline is what an immutable register on a plain dict would do: copy the dict and set the one
record (``dict(records)`` then ``copy[key] = record``) — the same record, none of the register's
checks — which costs O(n).

The registers hold real ``ApplicantEntry`` entries, each a synthetic applicant with a generated
birth number (distinct for every n, never real data). They are built once per module by
``Register.replay``, which fills the map in place (``Map.mutate()``), with the garbage
collector off while they are built (10⁵ validated entries take a few seconds). Each timed call
adds one new entry, or applies ``file_forwarded`` to one entry, to the same register: the
register is immutable, so every call starts from the same n entries.

Run: python -m pytest benchmarks/test_register_bench.py --benchmark-enable
"""

from __future__ import annotations

import gc
from datetime import date, timedelta
from functools import cache
from typing import Any

import pytest

from krajsoc.calendar import CZECH_CALENDAR
from krajsoc.registers import ApplicantEntry, Register, RegisterEvent

SIZES = (1_000, 10_000, 100_000)
DAY = date(2026, 1, 5)


def _birth_number(n: int) -> str:
    """A synthetic birth number, distinct for each n below 10⁶: born 1960 + n // 1000 days."""
    born = date(1960, 1, 1) + timedelta(days=n // 1000)
    first = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{n % 1000:03d}"
    return f"{first[:6]}/{first[6:]}{int(first) % 11 % 10}"


def _applicant(entry_id: str, n: int) -> ApplicantEntry:
    return ApplicantEntry(
        id=entry_id,
        care="osvojeni",
        orp="Liberec",
        applied_on=DAY,
        applicants=[{"name": "Nováková, Jana", "birth_number": _birth_number(n)}],
    )


@cache
def _register(size: int) -> Register[ApplicantEntry]:
    # Building 10⁵ entries is mostly the garbage collector walking the growing register; it is
    # set-up, not measured, so it runs without the collector.
    gc.disable()
    try:
        return _replayed(size)
    finally:
        gc.enable()


def _replayed(size: int) -> Register[ApplicantEntry]:
    CZECH_CALENDAR.is_working_day(DAY)  # the calendar's tables are built on first use
    events = (
        RegisterEvent(f"Z-{n}", "applied", DAY, entry=_applicant(f"Z-{n}", n)) for n in range(size)
    )
    return Register.replay(ApplicantEntry, events)


@cache
def _records(size: int) -> dict[str, Any]:
    register = _register(size)
    return dict(register._records.items())


NEW = _applicant("Z-new", 999_999)


@pytest.mark.parametrize("size", SIZES)
def test_add_one_entry(benchmark: Any, size: int) -> None:
    register = _register(size)
    benchmark.group = f"add one entry to {size:,}"
    added = benchmark(register.add, NEW, on=DAY)
    assert len(added) == size + 1 and len(register) == size


@pytest.mark.parametrize("size", SIZES)
def test_apply_one_event(benchmark: Any, size: int) -> None:
    register = _register(size)
    benchmark.group = f"apply one event among {size:,}"
    entry_id = f"Z-{size // 2}"
    moved = benchmark(register.apply, entry_id, "file_forwarded", on=date(2026, 1, 20))
    assert moved.get(entry_id).state == "assessment"
    assert register.get(entry_id).state == "applied"


def _copy_on_write(records: dict[str, Any], key: str, record: Any) -> dict[str, Any]:
    copy = dict(records)
    copy[key] = record
    return copy


@pytest.mark.parametrize("size", SIZES)
def test_baseline_copy_on_write_dict_add(benchmark: Any, size: int) -> None:
    records = _records(size)
    benchmark.group = f"add one entry to {size:,}"
    record = next(iter(records.values()))
    copied = benchmark(_copy_on_write, records, "Z-new", record)
    assert len(copied) == size + 1


@pytest.mark.parametrize("size", SIZES)
def test_baseline_copy_on_write_dict_apply(benchmark: Any, size: int) -> None:
    records = _records(size)
    benchmark.group = f"apply one event among {size:,}"
    key = f"Z-{size // 2}"
    copied = benchmark(_copy_on_write, records, key, records[key])
    assert len(copied) == size
