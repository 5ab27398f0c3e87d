"""Test support for projects that embed krajsoc: a pytest plugin, assertions and strategies.

This package is an adapter outside the pure core. Installing krajsoc registers
:mod:`krajsoc.testing.plugin` with pytest (entry point ``pytest11``) and the strategies with
Hypothesis (entry point ``hypothesis``), so ``st.from_type(Region)`` works in any test suite.
:mod:`krajsoc.testing.strategies` needs Hypothesis (``pip install 'krajsoc[test]'``); the plugin
and the assertions (:func:`assert_deadline`, :func:`assert_working_day`, :func:`assert_cites`,
:func:`assert_findings`) need only pytest or nothing at all.
"""

from typing import TYPE_CHECKING

from krajsoc.testing._exports import __getattr__ as __getattr__

if TYPE_CHECKING:  # loaded on first use: see krajsoc.testing._exports
    from krajsoc.testing.assertions import (
        assert_cites,
        assert_deadline,
        assert_findings,
        assert_working_day,
    )

__all__ = ["assert_cites", "assert_deadline", "assert_findings", "assert_working_day"]
