"""Values that travel (pickled to another process) stay small and keep their identity; built-in
catalogues are built once however many threads ask; public constants cannot be changed."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date
from types import MappingProxyType

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.agendas import SEEDS
from krajsoc.calendar import CZECH_CALENDAR
from krajsoc.deadlines import deadline_after
from krajsoc.law import ACTS, Act, act
from krajsoc.territory import REGIONS, region
from tests.public_api import public_modules


def _round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value))


@given(day=st.dates(date(2000, 1, 1), date(2099, 12, 1)), days=st.integers(1, 300))
def test_a_pickled_deadline_is_under_1_kb_and_equal_after_unpickling(day: date, days: int) -> None:
    found = deadline_after(day, f"{days} dnů")
    data = pickle.dumps(found)
    assert len(data) < 1024
    assert pickle.loads(data) == found


def test_a_deadline_of_a_calendar_with_closures_pickles_by_its_closures() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 12, 31)])
    found = deadline_after(date(2026, 12, 20), "10 dnů", office)
    data = pickle.dumps(found)
    assert len(data) < 1024
    assert pickle.loads(data) == found
    assert _round_trip(office) == office


def test_the_default_calendar_unpickles_to_itself() -> None:
    assert _round_trip(CZECH_CALENDAR) is CZECH_CALENDAR
    assert len(pickle.dumps(CZECH_CALENDAR)) < 200


def test_every_region_and_every_built_in_act_unpickles_to_the_same_object() -> None:
    assert all(_round_trip(item) is item for item in REGIONS)
    assert all(_round_trip(item) is item for item in ACTS)
    assert _round_trip(region("LK")) is region("Liberecký kraj")
    assert _round_trip(act("108/2006")) is act("zákon o sociálních službách")


def test_a_value_that_is_not_built_in_unpickles_to_an_equal_value_with_its_fields() -> None:
    own = Act(5, 2001, title="o něčem")
    assert _round_trip(own) == own
    assert _round_trip(own).title == "o něčem"  # type: ignore[attr-defined]
    renamed = attrs.evolve(REGIONS[0], seat="jinde")
    assert _round_trip(renamed).seat == "jinde"  # type: ignore[attr-defined]


_COLD_START = """
import threading
from krajsoc.agendas import catalogue
found = []
barrier = threading.Barrier(8)
def ask():
    barrier.wait()
    found.append(catalogue("LK"))
threads = [threading.Thread(target=ask) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len({id(item) for item in found}), found[0] is catalogue("CZ051"))
"""


@pytest.mark.parametrize("run", range(6))
def test_threads_on_a_cold_start_get_the_same_catalogue_in_every_fresh_interpreter(
    run: int,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COLD_START], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["1", "True"]


def test_public_constants_cannot_be_changed() -> None:
    assert isinstance(SEEDS, MappingProxyType)
    with pytest.raises(TypeError):
        SEEDS["liberec"] = "x"  # type: ignore[index]
    mutable = [
        f"{module.__name__}.{name}"
        for module in public_modules()
        if not module.__name__.startswith("krajsoc.testing")  # strategies are a registry
        for name in getattr(module, "__all__", ())
        if name.isupper() and isinstance(getattr(module, name), (dict, list, set))
    ]
    assert mutable == []
