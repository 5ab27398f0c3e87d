"""Legal bases: acts, references to their provisions, and the built-in registry of acts.

Examples:
    >>> from krajsoc.law import LegalReference, act
    >>> str(LegalReference(act("správní řád"), section="40", subsection=1, letter="c"))
    '§ 40 odst. 1 písm. c) zákona č. 500/2004 Sb.'
"""

from krajsoc.law._act import FIRST_YEAR, LAST_YEAR, Act, ActKind, CitationName
from krajsoc.law._reference import LETTERS, LegalReference
from krajsoc.law._registry import ACTS, act, resolve_act

__all__ = [
    "ACTS",
    "FIRST_YEAR",
    "LAST_YEAR",
    "LETTERS",
    "Act",
    "ActKind",
    "CitationName",
    "LegalReference",
    "act",
    "resolve_act",
]
