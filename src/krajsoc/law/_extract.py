"""Finding citations in long free text: agenda descriptions, whole decisions, extracted pages.

The pipeline, in eyecite's words: *tokenize* — find the places a citation can start (each ``§``,
"čl." and "(EU)"; the act number before each ``Sb.``; the words of an act's name around a stem),
with literal searches that run in C (:mod:`krajsoc.law._candidates`); *extract* — read the longest
citation at each place, skipping places inside a citation already read: the citation pattern
(:func:`~krajsoc.law._citation_pattern.citation_pattern`), the scanner's grammar as one pattern,
delimits the phrase in one C call, and the parser's lenient scanner
(:func:`krajsoc.law._parse.scan`) reads the phrase alone, memoised by its text, since agenda texts
repeat the same citations word for word; *resolve* — the scanner resolves acts by number or name; a
paragraph with no act next to it keeps ``act=None``, never guessed from an act further away.

"téhož zákona", "tohoto zákona", "uvedeného zákona", "citovaného zákona" (and "výše uvedeného",
"stejného", "cit.") name an act the text cited before: the act of the nearest preceding citation
in the same text that names an act of the kind *zákon* (an act or a constitutional act; a decree
or a government regulation is not "zákon"). With none before it, the references keep
``act=None``: the match says it :attr:`~CitationMatch.refers_back` and is
:attr:`~CitationMatch.unresolved`. The text given is the boundary: nothing before it is known.

A name right after "dále jen" ("(dále jen Zákon o SPOD)") defines a short name for the act just
cited; it is not reported as a citation.

Phone numbers (``tel. 354 524 227``), case numbers (``č. j. KULK 12345/2026``), resolutions
(``usnesení č. 15/2026``) and "2x ročně" have no ``§``, no ``Sb.`` and no act's name, so none of
them is even a candidate.

Examples:
    >>> text = "dle § 10 a § 118 zákona č. 582/1991 Sb., tel. 354 524 227 (§ 24c)"
    >>> for match in extract_citations(text):
    ...     print(match.span, [str(ref) for ref in match.references])
    (4, 39) ['§ 10 zákona č. 582/1991 Sb.', '§ 118 zákona č. 582/1991 Sb.']
    (59, 64) ['§ 24c']
    >>> text = "podle § 78 zákona č. 108/2006 Sb. a § 50 téhož zákona"
    >>> [str(ref) for match in extract_citations(text) for ref in match.references]
    ['§ 78 zákona č. 108/2006 Sb.', '§ 50 zákona č. 108/2006 Sb.']
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterator

import attrs

from krajsoc._arguments import checked
from krajsoc.law import _patterns as p
from krajsoc.law._act import Act, ActKind
from krajsoc.law._act_registry import ActRegistry, registry
from krajsoc.law._candidates import candidates, collections
from krajsoc.law._citation_pattern import citation_pattern
from krajsoc.law._parse import Reading, scan
from krajsoc.law._reference import LegalReference

__all__ = ["CitationMatch", "extract_citations", "resolve_back"]

_LOOK_BACK = 60  # enough for "ústavního zákona č. 1234/2006 " before "Sb."
_DEFINITION_LOOK_BACK = 16  # enough for "dále  jen  „" before a name


@attrs.frozen
class CitationMatch:
    """A citation found in a text: where it is, what it says, and the references it makes.

    Attributes:
        span: ``(start, end)`` offsets into the original text: ``text[start:end]`` is ``text``.
        text: The citation as written, line breaks included.
        references: What it cites; each reference's act is ``None`` where the text names none.
        refers_back: Whether the citation names its act by "téhož zákona", "tohoto zákona" or
            their kin: its references have the act cited last before it, or ``act=None`` where
            the text cites none before it.

    Examples:
        >>> (match,) = extract_citations("§ 12 tohoto zákona")
        >>> match.refers_back, match.unresolved, match.references
        (True, True, (LegalReference('§ 12'),))
    """

    span: tuple[int, int]
    text: str
    references: tuple[LegalReference, ...]
    refers_back: bool = attrs.field(default=False, kw_only=True)

    @property
    def unresolved(self) -> bool:
        """Whether some reference has no act: none named, or "téhož zákona" with none before."""
        return any(ref.act is None for ref in self.references)

    @property
    def start(self) -> int:
        """Offset of the first character of the citation."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Offset just past the citation's last character."""
        return self.span[1]


def _numbered_start(text: str, collection: int) -> int | None:
    """Where the act number before "Sb." at ``collection`` starts, kind and "č." included."""
    number = p.NUMBERED_ACT_BEFORE.search(text, max(0, collection - _LOOK_BACK), collection)
    return None if number is None else number.start()


_MEMO_PHRASE_LENGTH = 256
"""The longest phrase kept in the memo: 4096 phrases of at most this length hold about 2 MB,
whatever the texts; a longer phrase (a list of hundreds of sections) is read each time."""


@functools.lru_cache(maxsize=4096)
def _read_memoised(phrase: str, acts: ActRegistry) -> Reading | None:
    return scan(phrase, 0, strict=False, acts=acts)


def _read(phrase: str, acts: ActRegistry) -> Reading | None:
    """The scanner's reading of a phrase the citation pattern delimited.

    The phrase holds everything the scanner reads, so reading it alone gives the same references
    and end as reading it in place; agenda texts repeat the same citations word for word, so the
    reading of a short phrase is memoised by its text. The memo is bounded by what it holds, not
    only by its count of entries: a phrase longer than :data:`_MEMO_PHRASE_LENGTH` is not kept.
    """
    if len(phrase) > _MEMO_PHRASE_LENGTH:
        return scan(phrase, 0, strict=False, acts=acts)
    return _read_memoised(phrase, acts)


def extract_citations(text: str, *, acts: ActRegistry | None = None) -> Iterator[CitationMatch]:
    """Find every citation in ``text``, in order, with its span and references.

    Never raises for what the text says: a malformed citation ends where it stops being one (a
    section with an impossible act year is reported without the act).

    An article is reported with its act only ("čl. 6 GDPR"): alone, "čl. 5" is as often an
    article of a contract or of rules of procedure, so it is not taken for a citation (unlike
    "§ 24c", which only laws have). "č. l. 12" (a folio of a case file) is no article.

    Args:
        text: Any text: a page with cookie banners, lines broken mid-sentence, office debris.
        acts: The registry whose acts the text may cite (a region's own decrees, say);
            :data:`~krajsoc.law.BUILT_IN_ACTS` by default.

    Returns:
        An iterator of one :class:`CitationMatch` per citation phrase; spans do not overlap.

    Raises:
        TypeError: ``text`` is not a ``str``, or ``acts`` not an :class:`ActRegistry` (raised at
            the call, not at the first match).

    Examples:
        >>> [m.text for m in extract_citations("usnesení č. 15/2026, 2x ročně, § 93 ZSS")]
        ['§ 93 ZSS']
    """
    return _without_bare_articles(
        resolve_back(_extract(checked(text, str, "extract_citations(text)"), registry(acts)))
    )


_STATUTES = (ActKind.ACT, ActKind.CONSTITUTIONAL_ACT)  # what "zákona" can name
_KEPT = 64  # matches kept for resolving a later "téhož zákona"


def resolve_back(matches: Iterator[CitationMatch]) -> Iterator[CitationMatch]:
    """Each match, "téhož zákona" resolved to the act of the nearest preceding citation of a zákon.

    A match that refers back with no such citation before it keeps ``act=None``. The matches
    since ``last`` was found are kept and searched backwards only when one refers back or
    :data:`_KEPT` of them are held: most texts never refer back, so most matches are never
    looked at again, and memory stays bounded however many citations the text holds.
    """
    last: Act | None = None
    since: list[CitationMatch] = []  # matches after the one that gave ``last``
    for match in matches:
        if match.refers_back or len(since) == _KEPT:
            last = _last_statute(since, last)
            since.clear()
        if match.refers_back and last is not None:
            match = attrs.evolve(
                match, references=tuple(attrs.evolve(ref, act=last) for ref in match.references)
            )
        since.append(match)
        yield match


def _last_statute(matches: list[CitationMatch], before: Act | None) -> Act | None:
    """The act of the last reference to a zákon in ``matches``, else ``before``."""
    for match in reversed(matches):
        for ref in reversed(match.references):
            if ref.act is not None and ref.act.kind in _STATUTES:
                return ref.act
    return before


def _extract(text: str, acts: ActRegistry) -> Iterator[CitationMatch]:
    # The act numbers before "Sb." are the third kind of start. Each lies at most _LOOK_BACK
    # before its "Sb.", so they are searched for lazily, merged in order through a heap, and not
    # at all for an "Sb." inside a citation already read. No act number runs over a "§", so a
    # start at "§" needs those before it only; a start at a name, those up to _LOOK_BACK after it.
    found_collections = collections(text)
    collection = next(found_collections, None)
    numbered: list[int] = []
    done = 0
    read = _Reader(text, citation_pattern(acts), acts)
    for start in [*candidates(text, acts.index), len(text)]:  # the end takes the last numbers
        if start < done:
            continue
        at_section = text.startswith("§", start)
        horizon = start if at_section else start + _LOOK_BACK
        while collection is not None and collection <= horizon:
            if collection >= done and (number := _numbered_start(text, collection)) is not None:
                heapq.heappush(numbered, number)
            collection = next(found_collections, None)
        while numbered and numbered[0] <= start:
            number = heapq.heappop(numbered)
            if number >= done and (found := read(number, False)) is not None:
                done = found.end
                yield found
        if start >= done and (found := read(start, at_section)) is not None:
            done = found.end
            yield found


def _without_bare_articles(matches: Iterator[CitationMatch]) -> Iterator[CitationMatch]:
    """The matches but articles with no act ("čl. 5" alone, see :func:`extract_citations`).

    Such a match is read, and skipped over as a whole, but not reported: the articles of one list
    share their act, so none after the first has one either.
    """
    for match in matches:
        first = match.references[0]
        if first.article is None or first.act is not None:
            yield match


def _defines_a_name(text: str, start: int) -> bool:
    """Whether "dále jen" comes just before ``start``: "(dále jen Zákon o SPOD)" is no citation."""
    window = max(0, start - _DEFINITION_LOOK_BACK)
    if text.find("jen", window, start) == -1:  # the literal first: most starts have none
        return False
    return p.DEFINITION_BEFORE.search(text, window, start) is not None


@attrs.frozen
class _Reader:
    """Reads the citation at a candidate start of one text, with one registry's pattern."""

    text: str
    shape: re.Pattern[str]
    acts: ActRegistry

    def __call__(self, start: int, at_section: bool) -> CitationMatch | None:
        """The citation whose extent the citation pattern matches at ``start``, if any.

        ``at_section``: whether ``start`` is a "§", which no "dále jen" defines.
        """
        text = self.text
        shape = self.shape.match(text, start)
        if shape is None or (not at_section and _defines_a_name(text, start)):
            return None
        found = _read(shape[0], self.acts)
        if found is None:  # pragma: no cover - the pattern starts no citation the scanner does not
            return None
        end = start + found.end
        if p.LEVEL_WORD_AGAIN.match(text, end) is not None:
            # "§ 5 odst. 1 a odst. 3": a list that repeats its word, which the pattern leaves to
            # the scanner; read in place, as far as the scanner goes.
            found = scan(text, start, strict=False, acts=self.acts) or found._replace(end=end)
            end = found.end
        if found.refers_back:
            return CitationMatch((start, end), text[start:end], found.references, refers_back=True)
        return CitationMatch((start, end), text[start:end], found.references)
