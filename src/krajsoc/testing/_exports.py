"""``krajsoc.testing``'s names, loaded on first use (PEP 562) rather than with the package.

The pytest plugin and the Hypothesis entry point live in this package, and every pytest run or
Hypothesis import in a project with krajsoc installed loads them: loading the package must not
import the deadlines, law and findings that the assertions (:mod:`krajsoc.testing.assertions`)
use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["__getattr__"]

_ASSERTIONS = frozenset(
    {"assert_cites", "assert_deadline", "assert_findings", "assert_working_day"}
)


def __getattr__(name: str) -> Any:
    """An assertion (``assert_deadline``, ``assert_cites`` …), imported on first use."""
    if name in _ASSERTIONS:
        from krajsoc.testing import assertions

        return getattr(assertions, name)
    raise AttributeError(f"module 'krajsoc.testing' has no attribute {name!r}")
