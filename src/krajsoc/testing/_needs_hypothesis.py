"""Imported first by :mod:`krajsoc.testing.strategies`: says how to install Hypothesis if absent.

Examples:
    >>> import krajsoc.testing._needs_hypothesis  # Hypothesis is installed here: nothing happens
"""

from __future__ import annotations

__all__: list[str] = []

try:
    import hypothesis  # noqa: F401  (only whether it can be imported matters)
except ImportError:
    raise ImportError(
        "krajsoc.testing.strategies needs Hypothesis, which is not installed; "
        "install it with: pip install 'krajsoc[test]'"
    ) from None
