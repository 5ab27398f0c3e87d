"""Legal bases: acts, references to their provisions, citation parsing, extraction and validity.

Examples:
    >>> from krajsoc.law import LegalReference, act, parse_citation
    >>> str(LegalReference(act("správní řád"), section="40", subsection=1, letter="c"))
    '§ 40 odst. 1 písm. c) zákona č. 500/2004 Sb.'
    >>> parse_citation("§ 40 odst. 1 písm. c) správního řádu")[0].act.id
    '500/2004'
"""

from krajsoc.law import _reference_input  # noqa: F401  (installs LegalReference's pydantic form)
from krajsoc.law._act import FIRST_YEAR, LAST_YEAR, Act, ActKind, CitationName
from krajsoc.law._act_record import ActRecord
from krajsoc.law._act_registry import BUILT_IN_ACTS, ActRegistry
from krajsoc.law._extract import CitationMatch, extract_citations
from krajsoc.law._fields import LegalBases
from krajsoc.law._names import act
from krajsoc.law._parse import parse_citation
from krajsoc.law._reference import LAST_SENTENCE, LETTERS, MAX_SENTENCE, LegalReference, Sentence
from krajsoc.law._reference_rules import REFERENCE_RULES
from krajsoc.law._registry import ACTS, resolve_act
from krajsoc.law._validity import check_reference

__all__ = [
    "ACTS",
    "BUILT_IN_ACTS",
    "FIRST_YEAR",
    "LAST_SENTENCE",
    "LAST_YEAR",
    "LETTERS",
    "MAX_SENTENCE",
    "REFERENCE_RULES",
    "Act",
    "ActKind",
    "ActRecord",
    "ActRegistry",
    "CitationMatch",
    "CitationName",
    "LegalBases",
    "LegalReference",
    "Sentence",
    "act",
    "check_reference",
    "extract_citations",
    "parse_citation",
    "resolve_act",
]
