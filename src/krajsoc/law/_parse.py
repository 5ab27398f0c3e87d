"""Parsing one citation phrase: ``parse_citation('§ 10 a § 118 zákona č. 582/1991 Sb.')``.

The grammar (``docs/law.md`` shows it as EBNF)::

    text         = citation { ( "," | "a" | "nebo" | ";" | "ve spojení s" ) citation }
    citation     = provisions [ act [ title ] [ amendment ] | "téhož zákona" ]
                 | act [ title ] [ amendment ] [ "," provisions ]
    provisions   = provision { ( "," | "a" | "nebo" | "ve spojení s" ) provision }
    provision    = "§" section ( ( "až" | "-" ) [ "§" ] section | subdivisions )
                   { ( "," | "a" | "nebo" ) section subdivisions }   (* after a plain section *)
    subdivisions = [ [","] "odst." number { ( "," | "a" | "nebo" ) number } ]
                   [ [","] "písm." letter [")"] { ( "," | "a" | "nebo" ) letter ")" } ]
                   [ [","] "bod" number { ( "," | "a" | "nebo" ) number } ]
                   [ "věty" sentence { ( "," | "a" | "nebo" ) [ "věty" ] sentence } ]
                   [ "a násl." ]
    sentence     = ordinal | "poslední" | "1" … "10"   (* a number only after "věty" *)
    act          = name [ "č." number "/" year "Sb." ]
                 | [ kind ] [ "č." ] number "/" year "Sb."
                 | abbreviation

A list of subdivisions ends its provision and stands for one reference per item
(:mod:`krajsoc.law._read_provisions`); acts are read by :mod:`krajsoc.law._read_acts`. Words may
be written without diacritics.

A scanner tries the grammar at one position and returns how far it got: in *strict* mode (for
:func:`parse_citation`) a token that starts well and ends badly raises :class:`CitationError` at its
position; in *lenient* mode (for extraction from free text) the citation simply ends before it. The
same code reads both, so a span found in free text parses to the same references on its own.

Examples:
    >>> [str(ref) for ref in parse_citation("§ 10 a § 118 zákona č. 582/1991 Sb.")]
    ['§ 10 zákona č. 582/1991 Sb.', '§ 118 zákona č. 582/1991 Sb.']
    >>> parse_citation("§ 95, písm. h) zákona o sociálních službách")
    (LegalReference('§ 95 písm. h) zákona č. 108/2006 Sb.'),)
    >>> parse_citation("§ 48 a 49 zák. o SPOD a § 78 a násl. ZSS")
    ... # doctest: +NORMALIZE_WHITESPACE
    (LegalReference('§ 48 zákona č. 359/1999 Sb.'), LegalReference('§ 49 zákona č. 359/1999 Sb.'),
     LegalReference('§ 78 a násl. zákona č. 108/2006 Sb.'))
    >>> parse_citation("§ 93 odst. x")
    Traceback (most recent call last):
    ...
    krajsoc.errors.CitationError: a subsection must be a whole number from 1 to 999 at ...

References:
    Legislativní pravidla vlády, čl. 43–48 (how Czech acts cite provisions).
"""

from __future__ import annotations

from typing import NamedTuple

from krajsoc._arguments import checked
from krajsoc.errors import CitationError, InvalidInputError
from krajsoc.law import _patterns as p
from krajsoc.law._act import Act
from krajsoc.law._act_registry import BUILT_IN_ACTS, ActRegistry, registry
from krajsoc.law._read_acts import ANAPHORIC, read_act, read_trailer
from krajsoc.law._read_articles import read_articles
from krajsoc.law._read_provisions import Provision, read_provisions, skip
from krajsoc.law._reference import LegalReference

__all__ = ["Reading", "parse_citation", "scan"]

_EXPECTED_ACT = "an act such as 'zákona č. 108/2006 Sb.' or 'správního řádu', or the end"


# --- the citation -----------------------------------------------------------------------------


def _references(
    act: Act | None, provisions: list[Provision], position: int
) -> tuple[LegalReference, ...]:
    try:
        if not provisions and act is not None:
            return (LegalReference(act),)
        return tuple(
            LegalReference(
                act,
                section=None if item.article else item.section,
                article=item.section if item.article else None,
                section_end=item.section_end,
                subsection=item.subsection,
                letter=item.letter,
                point=item.point,
                sentence=item.sentence,
                following=item.following,
            )
            for item in provisions
        )
    except InvalidInputError as error:  # pragma: no cover - the grammar admits only valid parts
        raise CitationError(error.problem, position=position, expected=error.expected) from None


class Reading(NamedTuple):
    """What :func:`scan` read: the references, where the citation ends, and how its act was named.

    ``refers_back`` is true where "téhož zákona" or its kin named the act: the references then
    have ``act=None`` for the caller to resolve.
    """

    references: tuple[LegalReference, ...]
    end: int
    refers_back: bool = False


def scan(text: str, pos: int, *, strict: bool, acts: ActRegistry = BUILT_IN_ACTS) -> Reading | None:
    """Read one citation at ``pos``: its references and where it ends, or ``None``.

    Raises:
        CitationError: In strict mode, a token that starts a citation part and is malformed.
    """
    listed = read_provisions(text, pos, strict)
    articles = listed is None and (listed := read_articles(text, pos, strict)) is not None
    if listed is not None:
        provisions, end = listed
        found = read_act(text, skip(text, end), strict, acts, after_article=articles)
        if found is None:
            return Reading(_references(None, provisions, pos), end)
        act, end = found
        if act is ANAPHORIC:
            return Reading(_references(None, provisions, pos), end, refers_back=True)
        act, end = read_trailer(text, end, act, acts)
        return Reading(_references(act, provisions, pos), end)
    found = read_act(text, pos, strict, acts)
    if found is None or found[0] is ANAPHORIC:
        return None
    act, end = read_trailer(text, found[1], found[0], acts)
    comma = p.COMMA.match(text, skip(text, end))
    if comma is not None:
        after = read_provisions(text, skip(text, comma.end()), strict)
        if after is not None:
            return Reading(_references(act, after[0], pos), after[1])
    return Reading(_references(act, [], pos), end)


def parse_citation(text: str, *, acts: ActRegistry | None = None) -> tuple[LegalReference, ...]:
    """Parse one citation phrase into its references.

    A list of provisions shares the act after it (``§ 42h, § 42l, § 42n zákona č. 359/1999
    Sb.``); an act may also come first (``zákon č. 359/1999 Sb., § 24, § 24a``). The act is named
    by number, by a short name in any listed case, or by abbreviation; its title and "ve znění
    pozdějších předpisů" / "v platném znění" may follow. A range ``§ 42g až 42n`` stays one
    reference; a list of subsections, letters or points (``§ 93 odst. 1 písm. c) a d)``) is one
    reference per item, sharing the act; a range of them is rejected. Sections of a list may drop
    their ``§`` (``§ 48 a 49``, ``§§ 97 a 98``); "ve spojení s" joins provisions as a list does;
    ``a násl.`` and sentences (``věty první``) end a provision. Several citations of one text,
    each with its own act, are read in turn (``§ 49 zákona č. 359/1999 Sb. a § 79 ZSS``). Words
    may be written without diacritics. A provision with no act has ``act=None``, and so has one
    whose act is "téhož zákona" (only :func:`~krajsoc.law.extract_citations` knows which act that
    is).

    Articles are read as sections are (``čl. 6 odst. 1 písm. e) GDPR``, ``čl. 36 Listiny``); an
    article with no act has ``act=None`` as a section has.

    Args:
        text: The citation alone, e.g. ``'§ 93 odst. 1 zákona č. 108/2006 Sb.'``.
        acts: The registry whose acts the citation may name (a region's own decrees, say);
            :data:`~krajsoc.law.BUILT_IN_ACTS` by default.

    Returns:
        The references in the order the text names them.

    Raises:
        TypeError: ``text`` is not a ``str``, or ``acts`` not an :class:`ActRegistry`.
        CitationError: ``text`` is empty, not a citation, or malformed; ``position`` says where.

    Examples:
        >>> parse_citation("zákon č. 500/2004 Sb., správní řád, ve znění pozdějších předpisů")
        (LegalReference('zákon č. 500/2004 Sb.'),)
        >>> parse_citation("§ 42g až 42n zákona o SPOD")
        (LegalReference('§ 42g až 42n zákona č. 359/1999 Sb.'),)
        >>> parse_citation("§ 1 zákona č. 1/1899 Sb.")
        Traceback (most recent call last):
        ...
        krajsoc.errors.CitationError: year 1899 of an act is out of range at position 16; ...
    """
    text = checked(text, str, "parse_citation(text)")
    known = registry(acts)
    start = _skip_all(text, 0)
    if start == len(text):
        raise CitationError("the citation is empty", position=0, expected="e.g. '§ 93 ZSS'")
    result = scan(text, start, strict=True, acts=known)
    if result is None:
        raise CitationError(
            "a citation must start with '§' or an act",
            position=start,
            expected="e.g. '§ 93 odst. 1' or 'zákon č. 108/2006 Sb.'",
        )
    references, end = result.references, result.end
    while (rest := _skip_all(text, end)) != len(text):
        # Several citations of one text: "§ 49 zákona č. 359/1999 Sb. a § 79 zákona č. 108/2006
        # Sb.", each with its own act.
        separator = p.CITATION_SEPARATOR.match(text, rest)
        following = None
        if separator is not None:
            following = scan(text, _skip_all(text, separator.end()), strict=True, acts=known)
        if following is None:
            raise CitationError(
                "unexpected text after the citation", position=rest, expected=_EXPECTED_ACT
            )
        references, end = references + following.references, following.end
    return references


def _skip_all(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
