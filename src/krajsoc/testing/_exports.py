"""``krajsoc.testing``'s names, loaded on first use (PEP 562) rather than with the package.

The pytest plugin and the Hypothesis entry point live in this package, and every pytest run or
Hypothesis import in a project with krajsoc installed loads them: loading the package must not
import the deadlines that :func:`~krajsoc.testing.assert_deadline` uses.
"""

from __future__ import annotations

from typing import Any

__all__ = ["__getattr__"]


def __getattr__(name: str) -> Any:
    """``assert_deadline``, imported on first use."""
    if name == "assert_deadline":
        from krajsoc.testing.assertions import assert_deadline

        return assert_deadline
    raise AttributeError(f"module 'krajsoc.testing' has no attribute {name!r}")
