"""What the fuzz tests share: hostile text, the settings of a short and a long run, a tally."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from krajsoc.errors import KrajsocError

EXAMPLES = int(os.environ.get("KRAJSOC_FUZZ_EXAMPLES", "60"))
"""Examples per fuzz test: a few dozen in the normal suite; CI's long step sets thousands."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

EXPECTED: tuple[type[BaseException], ...] = (KrajsocError, TypeError)
"""What a public function may raise for any input: its documented error, or TypeError."""

TALLY: Counter[str] = Counter()
"""Inputs tried per fuzz test, reported at the end of the run (tests/fuzz/conftest.py)."""

PIECES = (
    "§",
    "§§",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "0",
    "1",
    "9",
    "93",
    "108",
    "4301",
    "1" * 30,
    "/",
    "2006",
    "1899",
    "2100",
    "1०",
    "५",
    "٣",
    "Sb.",
    "Sb",
    "zákona",
    "zákon",
    "zakona",
    "ústavního zákona",
    "vyhlášky",
    "nařízení vlády",
    "z.",
    "č.",
    "c.",
    "číslo",
    "odst.",
    "odstavce",
    "písm.",
    "a)",
    "ch)",
    "bod",
    "až",
    "-",
    "–",
    ",",
    " a ",
    " nebo ",
    "ZSS",
    "SŘ",
    "správního řádu",
    "spravni rad",
    "řád",
    "rad",
    "ákon",
    "zřízení",
    "o sociálních službách",
    "ve znění pozdějších předpisů",
    "dále jen",
    "„",
    "(",
    ")",
    "\ud800",
    "\udfff",
    "\x00",
    "\x1b",
    "ﷺ",
    "K",
    "ſ",
    "İ",
    "dnů",
    "den",
    "měsíc",
    "měsíce",
    "roky",
    "P15D",
    "P1M",
    "pracovních",
    "týdny",
    "ročně",
    "2x",
    "čtvrtletně",
    "LK",
    "CZ051",
    "CZ0",
    "orp",
    "pou",
    "self_governing",
    "delegated",
    "850101/1234",
    "Jan Novák",
    "{",
    "}",
    "[",
    "]",
    '"',
    ";",
    # The forms of issue 14: lists without "§", "a násl.", sentences, abbreviations, anaphora.
    " a 49",
    "a násl.",
    "a nasl",
    "věty první",
    "věta 99",
    "věty",
    "větou desátou",
    " ve spojení s ",
    "téhož zákona",
    "tohoto zákona",
    "uvedeného zákona",
    "zák. o SPOD",
    "zák.",
    "o. z.",
    "s. ř.",
    "s.ř.",
    "nař. vl.",
    "vyhl.",
    ", o státní sociální podpoře",
    ", o ",
    "9" * 5000,
)

hostile_text = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=24).map("".join),
)
"""Text a careless or hostile user might give: citation tokens, odd digits, surrogates."""

wrong_types = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.binary(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers()),
    st.just(object()),
)
"""Values of Python types no text parser takes."""

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)
    ),
    max_leaves=12,
)
"""Any JSON-like value, keys and strings hostile."""


def total(name: str, call: Callable[[], Any], *allowed: type[BaseException]) -> None:
    """Run ``call``: a value, or an expected error; anything else fails the test."""
    TALLY[name] += 1
    try:
        found = call()
        if hasattr(found, "__next__"):
            list(found)
    except (*EXPECTED, *allowed):
        pass


def validation(name: str, call: Callable[[], Any]) -> None:
    """Run a pydantic validation: a ``ValidationError`` must be readable, never crash."""
    TALLY[name] += 1
    try:
        call()
    except ValidationError as error:
        error.errors(include_input=False, include_url=False)
        str(error).encode("utf-8")
    except EXPECTED:
        pass
