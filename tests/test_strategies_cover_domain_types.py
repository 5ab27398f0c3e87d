"""Every domain type in the public API has a registered strategy that draws valid values.

A new public type without a strategy in ``krajsoc.testing.strategies`` fails here.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter

from krajsoc.testing.strategies import TYPE_STRATEGIES
from tests.public_api import domain_types

TYPES = domain_types()


def test_the_walk_finds_the_domain_types() -> None:
    names = {cls.__name__ for cls in TYPES}
    assert {"Region", "Municipality"} <= names


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__qualname__)
def test_each_domain_type_has_a_registered_strategy(cls: type[Any]) -> None:
    assert cls in TYPE_STRATEGIES, f"add a strategy for {cls.__qualname__} to krajsoc.testing"


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__qualname__)
def test_each_strategy_draws_valid_values(cls: type[Any]) -> None:
    @settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(st.from_type(cls))
        assert isinstance(value, cls)
        if attrs.has(cls):
            attrs.validate(value)
        if isinstance(value, BaseModel):
            assert type(value).model_validate(value.model_dump()) == value
        elif hasattr(cls, "__get_pydantic_core_schema__"):
            adapter = TypeAdapter(cls)
            assert adapter.validate_python(adapter.dump_python(value, mode="json")) == value

    check()
