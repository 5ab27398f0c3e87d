"""The pure core does no I/O: what import-linter cannot see, the source scan catches.

import-linter (``lint-imports``, run by CI) forbids the core from *importing* I/O modules and the
adapters. A call such as ``date.today()`` or ``print()`` needs no import, so this test reads the
core's source with :mod:`ast` and rejects such calls.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import krajsoc

PACKAGE = Path(krajsoc.__file__).parent
ADAPTERS = {"cli", "ics.py", "loaders", "testing", "__main__.py"}

# Calls the core may not make, by their dotted name as written in the source.
FORBIDDEN_CALLS = {
    "date.today": "the clock: callers pass dates in",
    "datetime.today": "the clock: callers pass dates in",
    "datetime.now": "the clock: callers pass dates in",
    "datetime.utcnow": "the clock: callers pass dates in",
    "datetime.date.today": "the clock: callers pass dates in",
    "datetime.datetime.now": "the clock: callers pass dates in",
    "time.time": "the clock: callers pass times in",
    "time.time_ns": "the clock: callers pass times in",
    "time.perf_counter": "the clock",
    "time.localtime": "the clock",
    "time.gmtime": "the clock",
    "date.fromtimestamp": "the clock: callers pass dates in",
    "datetime.fromtimestamp": "the clock: callers pass dates in",
    "datetime.date.fromtimestamp": "the clock: callers pass dates in",
    "datetime.datetime.fromtimestamp": "the clock: callers pass dates in",
    "perf_counter": "the clock (imported by name)",
    "time_ns": "the clock (imported by name)",
    "time.monotonic": "the clock",
    "open": "file I/O belongs in an adapter",
    "print": "output belongs in the CLI adapter",
    "input": "input belongs in the CLI adapter",
    "breakpoint": "a left-over debugger",
    "os.getenv": "the environment belongs in an adapter",
    "getenv": "the environment belongs in an adapter",
}
FORBIDDEN_ATTRIBUTES = {"os.environ", "sys.stdout", "sys.stderr", "sys.stdin", "sys.argv"}


def core_files() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] not in ADAPTERS
    )


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def impure_uses(source: str, filename: str = "<source>") -> list[str]:
    """Each forbidden call or attribute in ``source``, as ``file:line: what (why)``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            name = _dotted(node.func)
            if name in FORBIDDEN_CALLS:
                found.append(f"{filename}:{node.lineno}: {name}() — {FORBIDDEN_CALLS[name]}")
        elif isinstance(node, ast.Attribute) and _dotted(node) in FORBIDDEN_ATTRIBUTES:
            found.append(f"{filename}:{node.lineno}: {_dotted(node)} — I/O belongs in an adapter")
    return found


def test_the_scan_sees_the_core() -> None:
    names = {path.name for path in core_files()}
    assert {"errors.py", "_region.py", "_text.py"} <= names
    assert not any("cli" in path.parts or "testing" in path.parts for path in core_files())


@pytest.mark.parametrize(
    "snippet",
    [
        "from datetime import date\nx = date.today()",
        "import datetime\nx = datetime.datetime.now()",
        "print('hi')",
        "open('f').read()",
        "import os\nos.environ['X']",
        "import os\nos.getenv('X')",
        "import sys\nsys.stdout.write('x')",
    ],
)
def test_the_scan_rejects_each_kind_of_impurity(snippet: str) -> None:
    assert impure_uses(snippet)


def test_the_scan_accepts_pure_code() -> None:
    assert impure_uses("from datetime import date\ndef f(d: date) -> date:\n    return d") == []


def test_the_core_makes_no_io_clock_or_print_calls() -> None:
    found = [
        problem
        for path in core_files()
        for problem in impure_uses(path.read_text("utf-8"), str(path.relative_to(PACKAGE)))
    ]
    assert found == []
