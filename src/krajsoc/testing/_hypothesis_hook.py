"""Entry point Hypothesis calls when it is imported: registers krajsoc's type strategies.

Kept apart from the strategies so that loading the entry point imports nothing until Hypothesis
calls it.
"""

from __future__ import annotations

import sys

__all__ = ["setup"]

_STRATEGIES = "krajsoc.testing.strategies"


def setup() -> None:
    """Register every krajsoc type strategy with ``st.register_type_strategy``."""
    if _STRATEGIES in sys.modules:
        # Importing the strategies is what imported Hypothesis; they register when loaded.
        return
    from krajsoc.testing.strategies._registry import register_strategies

    register_strategies()
