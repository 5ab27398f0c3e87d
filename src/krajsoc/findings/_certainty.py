"""How sure the library is of a fact, and how much a finding matters.

:class:`Certainty` is the one scale of sureness in krajsoc: an act's dates, a renumbering, a rule
taken from a seed, a deadline a regional page paraphrases. :class:`Severity` says what a finding
means for the case in front of the caller.

Examples:
    >>> Certainty("believed").is_verified
    False
    >>> Severity.VIOLATION < Severity.WARNING < Severity.INFO
    True
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Certainty", "Severity"]


class Certainty(StrEnum):
    """How sure the library is of a fact: seen in a source, standard knowledge, or risky.

    Examples:
        >>> Certainty.VERIFIED.is_verified, Certainty.DOUBTFUL.czech
        (True, 'sporné')
    """

    VERIFIED = "verified"
    """Seen in the source named beside it (the act's text, a court decision, a seed)."""
    BELIEVED = "believed"
    """Standard knowledge or a secondary source, not confirmed against the source."""
    DOUBTFUL = "doubtful"
    """Unconfirmed and risky: check it before relying on it."""

    @property
    def is_verified(self) -> bool:
        """Whether the fact was checked against a source."""
        return self is Certainty.VERIFIED

    @property
    def czech(self) -> str:
        """The word a Czech reader sees: ``'ověřeno'``, ``'předpokládáno'`` or ``'sporné'``."""
        return _CZECH_CERTAINTY[self]


_CZECH_CERTAINTY = {
    Certainty.VERIFIED: "ověřeno",
    Certainty.BELIEVED: "předpokládáno",
    Certainty.DOUBTFUL: "sporné",
}


class Severity(StrEnum):
    """What a finding means: the law or a group's rule is broken, something to look at, a note.

    Severities order from the gravest: ``VIOLATION < WARNING < INFO``, so ``min()`` of a report's
    severities is its worst.

    Examples:
        >>> min([Severity.INFO, Severity.VIOLATION]).czech
        'porušení'
    """

    VIOLATION = "violation"
    """A rule is broken: a late notice, an illegal transition, a missing required member."""
    WARNING = "warning"
    """Something to look at: an approximate rule missed, a duty due soon, an unverified fact."""
    INFO = "info"
    """Worth knowing, nothing to fix: a renumbered section, a shortened extraordinary notice."""

    @property
    def rank(self) -> int:
        """0 for a violation, 1 for a warning, 2 for information."""
        return _RANK[self]

    @property
    def czech(self) -> str:
        """The word a Czech reader sees: ``'porušení'``, ``'upozornění'`` or ``'informace'``."""
        return _CZECH_SEVERITY[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}
_CZECH_SEVERITY = {
    Severity.VIOLATION: "porušení",
    Severity.WARNING: "upozornění",
    Severity.INFO: "informace",
}
