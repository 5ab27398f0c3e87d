"""The names ``krajsoc`` exports, loaded on first use (PEP 562) rather than with the package.

Every submodule import loads ``krajsoc`` first — ``import krajsoc.testing.plugin``, which pytest
loads in every project that has krajsoc installed, and the Hypothesis entry point, which every
process importing Hypothesis runs — so the package itself loads nothing but its version. The
findings (and pydantic under them) load when ``krajsoc.Rule`` or ``from krajsoc import Rule`` is
first used.

Examples:
    >>> import krajsoc
    >>> krajsoc.Rule.__module__
    'krajsoc.findings._rule'
"""

from __future__ import annotations

from typing import Any

__all__ = ["__getattr__"]

_FINDINGS = ("Certainty", "Finding", "Report", "Rule", "Severity")


def __getattr__(name: str) -> Any:
    """A name of :mod:`krajsoc`'s ``__all__``, imported from where it is defined."""
    if name in _FINDINGS:
        from krajsoc import findings

        return getattr(findings, name)
    if name == "KrajsocError":
        from krajsoc.errors import KrajsocError

        return KrajsocError
    raise AttributeError(f"module 'krajsoc' has no attribute {name!r}")
