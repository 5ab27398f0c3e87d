"""Start-up cost: fresh interpreters importing krajsoc, beside the bare libraries, in one run.

Every row starts a new ``python -c ...`` (krajsoc installed) and waits for it, so each is the
whole cost a user pays on a CLI call or a test run: the interpreter's own start-up (the
``python -c pass`` row) plus the imports. Side by side, in the same run:

* ``import krajsoc.law`` and ``import krajsoc.agendas`` against ``import pydantic, attrs,
  holidays``, the libraries they are built on (goal: ``import krajsoc.law`` at most 1.5 times
  the bare figure);
* ``import hypothesis`` with krajsoc installed (its entry point runs) against
  ``import hypothesis`` with plugins disabled (``HYPOTHESIS_NO_PLUGINS=1``, which Hypothesis
  reads before loading any entry point; goal: at most 1.2 times);
* ``import krajsoc.testing.plugin``, which pytest loads in every project with krajsoc
  installed, against ``import pytest``.

Each benchmark group compares one pair; ``docs/performance.md`` has the figures.

Run: python -m pytest benchmarks/test_import_bench.py --benchmark-enable
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

ROUNDS = 15

CASES = [
    ("start-up", "pass", False),
    ("krajsoc.law", "import krajsoc.law", False),
    ("krajsoc.law", "import pydantic, attrs, holidays", False),
    ("krajsoc.agendas", "import krajsoc.agendas", False),
    ("krajsoc.agendas", "import pydantic, attrs, holidays", False),
    ("hypothesis", "import hypothesis", False),
    ("hypothesis", "import hypothesis", True),
    ("pytest plugin", "import pytest, krajsoc.testing.plugin", False),
    ("pytest plugin", "import pytest", False),
]


def _run(statement: str, no_plugins: bool) -> None:
    env = dict(os.environ)
    env.pop("HYPOTHESIS_NO_PLUGINS", None)
    if no_plugins:
        env["HYPOTHESIS_NO_PLUGINS"] = "1"
    subprocess.run([sys.executable, "-c", statement], env=env, check=True)


@pytest.mark.parametrize(
    ("group", "statement", "no_plugins"),
    CASES,
    ids=[f"{statement}{' (no plugins)' if bare else ''}" for _, statement, bare in CASES],
)
def test_fresh_interpreter_import(
    benchmark: Any, group: str, statement: str, no_plugins: bool
) -> None:
    benchmark.group = group
    benchmark.pedantic(_run, args=(statement, no_plugins), rounds=ROUNDS, warmup_rounds=1)
