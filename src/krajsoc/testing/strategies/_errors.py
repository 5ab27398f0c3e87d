"""Strategies for the values errors carry: problems of a bulk validation report."""

from __future__ import annotations

from hypothesis import strategies as st

from krajsoc.errors import Problem

__all__ = ["problems"]

_FIELDS = st.sampled_from(["id", "region", "competence", "legal_bases", "period", "text"])


def problems() -> st.SearchStrategy[Problem]:
    """One problem of a bulk validation report: a row, a field, a message, a code."""
    return st.builds(
        Problem,
        row=st.none() | st.integers(min_value=1, max_value=100_000),
        field=st.none() | _FIELDS,
        message=st.text(min_size=1, max_size=80).filter(str.strip),
        code=st.sampled_from(["invalid-input", "unknown-code", "unknown-region", "citation"]),
    )
