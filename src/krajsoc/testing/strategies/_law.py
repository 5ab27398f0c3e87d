"""Strategies for legal values: acts (built-in and unknown-title) and references to them."""

from __future__ import annotations

from hypothesis import strategies as st

from krajsoc.law import ACTS, FIRST_YEAR, LAST_YEAR, LETTERS, Act, CitationName, LegalReference
from krajsoc.law import resolve_act as _resolve_act

__all__ = ["acts", "citation_names", "legal_references", "sections"]


def acts(*, known: bool | None = None) -> st.SearchStrategy[Act]:
    """A built-in act, or (unless ``known=True``) an act of any valid number/year.

    Args:
        known: ``True`` for built-in acts with a title only, ``False`` for unknown-title acts only.
    """
    built_in = st.sampled_from([item for item in ACTS if item.is_known])
    unknown = st.builds(
        _resolve_act,
        number=st.integers(min_value=1, max_value=9999),
        year=st.integers(min_value=FIRST_YEAR, max_value=LAST_YEAR),
    ).filter(lambda item: not item.is_known)
    if known is True:
        return built_in
    if known is False:
        return unknown
    return st.one_of(built_in, unknown)


def citation_names() -> st.SearchStrategy[CitationName]:
    """A short name of a built-in act with its genitive."""
    return st.sampled_from([name for item in ACTS for name in item.names])


def sections() -> st.SearchStrategy[str]:
    """A section number as statutes write it: ``'93'``, ``'42h'``, ``'117ca'``."""
    suffix = st.sampled_from(["", "", "", "a", "b", "c", "h", "l", "n", "ca"])
    return st.builds(lambda n, s: f"{n}{s}", st.integers(min_value=1, max_value=999), suffix)


@st.composite
def _references(draw: st.DrawFn, act_strategy: st.SearchStrategy[Act | None]) -> LegalReference:
    item = draw(act_strategy)
    if item is not None and draw(st.integers(min_value=0, max_value=4)) == 0:
        return LegalReference(item)
    section = draw(sections())
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        end = draw(sections().filter(lambda s: s != section))
        return LegalReference(item, section=section, section_end=end)
    small = st.none() | st.integers(min_value=1, max_value=30)
    letter = draw(st.none() | st.sampled_from(LETTERS))
    return LegalReference(
        item,
        section=section,
        subsection=draw(small),
        letter=letter,
        point=draw(small) if letter is not None else None,
    )


def legal_references(*, resolved: bool = True) -> st.SearchStrategy[LegalReference]:
    """A reference: a whole act, a section (with subsection, letter, point) or a section range.

    Args:
        resolved: ``False`` also draws references whose act is unresolved (``act=None``).
    """
    act_strategy: st.SearchStrategy[Act | None] = acts()
    if not resolved:
        act_strategy = st.none() | acts()
    return _references(act_strategy)
