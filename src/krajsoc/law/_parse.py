"""Parsing one citation phrase: ``parse_citation('§ 10 a § 118 zákona č. 582/1991 Sb.')``.

The grammar (``docs/law.md`` shows it as EBNF)::

    citation   = provisions [ act [ amendment ] ]
               | act [ title ] [ amendment ] [ "," provisions ]
    provisions = provision { ( "," | "a" | "nebo" ) provision }
    provision  = "§" section [ ( "až" | "-" ) [ "§" ] section ]
                 [ [","] "odst." number ] [ [","] "písm." letter [")"] ] [ [","] "bod" number ]
    act        = name [ "č." number "/" year "Sb." ]
               | [ kind ] [ "č." ] number "/" year "Sb."
               | abbreviation

A scanner tries the grammar at one position and returns how far it got: in *strict* mode (for
:func:`parse_citation`) a token that starts well and ends badly raises :class:`CitationError` at its
position; in *lenient* mode (for extraction from free text) the citation simply ends before it. The
same code reads both, so a span found in free text parses to the same references on its own.

Examples:
    >>> [str(ref) for ref in parse_citation("§ 10 a § 118 zákona č. 582/1991 Sb.")]
    ['§ 10 zákona č. 582/1991 Sb.', '§ 118 zákona č. 582/1991 Sb.']
    >>> parse_citation("§ 95, písm. h) zákona o sociálních službách")
    (LegalReference('§ 95 písm. h) zákona č. 108/2006 Sb.'),)
    >>> parse_citation("§ 93 odst. x")
    Traceback (most recent call last):
    ...
    krajsoc.errors.CitationError: a subsection must be a positive whole number at position 11; ...

References:
    Legislativní pravidla vlády, čl. 43–48 (how Czech acts cite provisions).
"""

from __future__ import annotations

import re

import attrs

from krajsoc.errors import CitationError, InvalidInputError
from krajsoc.law import _patterns as p
from krajsoc.law._act import FIRST_YEAR, LAST_YEAR, Act, ActKind
from krajsoc.law._names import ABBREVIATIONS, act_named
from krajsoc.law._reference import LegalReference
from krajsoc.law._registry import resolve_act

__all__ = ["parse_citation", "scan"]

_EXPECTED_ACT = "an act such as 'zákona č. 108/2006 Sb.' or 'správního řádu', or the end"


@attrs.frozen
class _Provision:
    """A provision before its act is known: ``§ 93 odst. 1 písm. c)``."""

    section: str
    section_end: str | None = None
    subsection: int | None = None
    letter: str | None = None
    point: int | None = None


def _skip(text: str, pos: int) -> int:
    return p.GAP.match(text, pos).end()  # type: ignore[union-attr]  # GAP matches empty text


def _fail(strict: bool, problem: str, position: int, expected: str) -> None:
    if strict:
        raise CitationError(problem, position=position, expected=expected)


# --- provisions -------------------------------------------------------------------------------


def _number_after(
    word: re.Pattern[str], name: str, text: str, pos: int, strict: bool
) -> tuple[int, int] | None:
    """``odst. 2`` / ``bod 3`` at ``pos``: the number and the end, or ``None``."""
    head = word.match(text, pos)
    if head is None:
        return None
    at = _skip(text, head.end())
    number = p.NUMBER.match(text, at)
    if number is None:
        example = "odst. 1" if name == "subsection" else "bod 1"
        _fail(strict, f"a {name} must be a positive whole number", at, f"e.g. '{example}'")
        return None
    return int(number[0]), number.end()


def _provision(text: str, pos: int, strict: bool) -> tuple[_Provision, int] | None:
    """One provision starting with ``§`` at ``pos``."""
    sign = p.SECTION_SIGN.match(text, pos)
    if sign is None:
        return None
    at = _skip(text, sign.end())
    section = p.SECTION.match(text, at)
    if section is None:
        _fail(strict, "'§' must be followed by a section number", at, "e.g. '§ 93' or '§ 42h'")
        return None
    provision = _Provision(section[0].lower())
    end = section.end()
    joined = p.RANGE_WORD.match(text, _skip(text, end))
    if joined is not None:
        last = p.SECTION.match(text, joined.end())
        if last is not None:  # a range names no subsection, letter or point
            return attrs.evolve(provision, section_end=last[0].lower()), last.end()
        _fail(strict, "a range must end with a section number", joined.end(), "e.g. '§ 42g až 42n'")
        return provision, end
    subsection = _number_after(p.SUBSECTION_WORD, "subsection", text, _skip(text, end), strict)
    if subsection is not None:
        provision, end = attrs.evolve(provision, subsection=subsection[0]), subsection[1]
    head = p.LETTER_WORD.match(text, _skip(text, end))
    if head is not None:
        at = _skip(text, head.end())
        letter = p.LETTER.match(text, at)
        if letter is None:
            _fail(strict, "a letter must be a lower-case letter", at, "e.g. 'písm. c)' or 'ch)'")
            return provision, end
        provision, end = attrs.evolve(provision, letter=letter[1]), letter.end()
    point = _number_after(p.POINT_WORD, "point", text, _skip(text, end), strict)
    if point is not None:
        provision, end = attrs.evolve(provision, point=point[0]), point[1]
    return provision, end


def _provisions(text: str, pos: int, strict: bool) -> tuple[list[_Provision], int] | None:
    """A list of provisions sharing an act: ``§ 42h, § 42l, § 42n``."""
    first = _provision(text, pos, strict)
    if first is None:
        return None
    found, end = [first[0]], first[1]
    while True:
        separator = p.LIST_SEPARATOR.match(text, _skip(text, end))
        if separator is None:
            return found, end
        at = _skip(text, separator.end())
        if p.SECTION_SIGN.match(text, at) is None:
            return found, end
        following = _provision(text, at, strict)
        if following is None:
            return found, end
        found.append(following[0])
        end = following[1]


# --- acts -------------------------------------------------------------------------------------


def _kind(word: str) -> ActKind:
    folded = word.casefold()
    if folded.startswith("ústav"):
        return ActKind.CONSTITUTIONAL_ACT
    if folded.startswith("vyhl"):
        return ActKind.DECREE
    if folded.startswith("nař"):
        return ActKind.GOVERNMENT_REGULATION
    return ActKind.ACT


def _numbered(text: str, pos: int, strict: bool, *, kind: ActKind | None) -> tuple[Act, int] | None:
    """``[č.] 108/2006 Sb.`` at ``pos``; ``kind`` was named before it, if at all."""
    at = pos
    number_word = p.NUMBER_WORD.match(text, at)
    if number_word is not None:
        at = _skip(text, number_word.end())
    numbers = p.NUMBER_YEAR.match(text, at)
    if numbers is None:
        if kind is not None or number_word is not None:
            _fail(strict, "an act needs its number and year", at, "e.g. 'č. 108/2006 Sb.'")
        return None
    collection = p.COLLECTION.match(text, _skip(text, numbers.end()))
    if collection is None and (kind is None or number_word is None):
        _fail(strict, "an act number must be followed by 'Sb.'", numbers.end(), "'Sb.'")
        return None
    number, year = int(numbers[1]), numbers[2]
    if len(year) != 4:
        _fail(strict, f"year {year!r} of an act must have 4 digits", numbers.start(2), "'2006'")
        return None
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        expected = f"a year from {FIRST_YEAR} to {LAST_YEAR}"
        _fail(strict, f"year {year} of an act is out of range", numbers.start(2), expected)
        return None
    if number < 1:
        _fail(strict, "the number of an act must be positive", numbers.start(1), "e.g. '108'")
        return None
    end = collection.end() if collection is not None else numbers.end()
    return resolve_act(number, int(year), kind), end


def _act(text: str, pos: int, strict: bool) -> tuple[Act, int] | None:
    """An act at ``pos``, named by its short name, by number, or by abbreviation."""
    name = p.ACT_NAME.match(text, pos)
    if name is not None:
        named = act_named(name[0])
        if named is not None:
            # "zákona o rodině č. 94/1963 Sb.": the number, where given, is the more precise.
            numbered = _numbered(text, _skip(text, name.end()), False, kind=named.kind)
            return numbered if numbered is not None else (named, name.end())
    kind = p.ACT_KIND.match(text, pos)
    if kind is not None:
        return _numbered(text, _skip(text, kind.end()), strict, kind=_kind(kind[0]))
    if p.NUMBER_WORD.match(text, pos) or p.NUMBER_YEAR.match(text, pos):
        return _numbered(text, pos, strict, kind=None)
    abbreviation = p.ABBREVIATION.match(text, pos)
    if abbreviation is not None:
        return ABBREVIATIONS[abbreviation[0]], abbreviation.end()
    return None


_TITLES: dict[str, re.Pattern[str]] = {}


def _trailer(text: str, end: int, act: Act) -> int:
    """Past the act's title and "ve znění pozdějších předpisů", where they follow."""
    if act.title is not None:
        title = _TITLES.setdefault(act.id, p.title_pattern(act.title))
        found = title.match(text, _skip(text, end))
        if found is not None:
            end = found.end()
    amendment = p.AMENDMENT.match(text, _skip(text, end))
    return amendment.end() if amendment is not None else end


# --- the citation -----------------------------------------------------------------------------


def _references(
    act: Act | None, provisions: list[_Provision], position: int
) -> tuple[LegalReference, ...]:
    try:
        if not provisions and act is not None:
            return (LegalReference(act),)
        return tuple(
            LegalReference(
                act,
                section=item.section,
                section_end=item.section_end,
                subsection=item.subsection,
                letter=item.letter,
                point=item.point,
            )
            for item in provisions
        )
    except InvalidInputError as error:  # pragma: no cover - the grammar admits only valid parts
        raise CitationError(error.problem, position=position, expected=error.expected) from None


def scan(text: str, pos: int, *, strict: bool) -> tuple[tuple[LegalReference, ...], int] | None:
    """Read one citation at ``pos``: its references and where it ends, or ``None``.

    Raises:
        CitationError: In strict mode, a token that starts a citation part and is malformed.
    """
    listed = _provisions(text, pos, strict)
    if listed is not None:
        provisions, end = listed
        found = _act(text, _skip(text, end), strict)
        if found is None:
            return _references(None, provisions, pos), end
        act, end = found
        return _references(act, provisions, pos), _trailer(text, end, act)
    found = _act(text, pos, strict)
    if found is None:
        return None
    act, end = found
    end = _trailer(text, end, act)
    comma = p.COMMA.match(text, _skip(text, end))
    if comma is not None:
        after = _provisions(text, _skip(text, comma.end()), strict)
        if after is not None:
            return _references(act, after[0], pos), after[1]
    return _references(act, [], pos), end


def parse_citation(text: str) -> tuple[LegalReference, ...]:
    """Parse one citation phrase into its references.

    A list of provisions shares the act after it (``§ 42h, § 42l, § 42n zákona č. 359/1999
    Sb.``); an act may also come first (``zákon č. 359/1999 Sb., § 24, § 24a``). The act is named
    by number, by a short name in any listed case, or by abbreviation; its title and "ve znění
    pozdějších předpisů" / "v platném znění" may follow. A range ``§ 42g až 42n`` stays one
    reference. A provision with no act has ``act=None``.

    Args:
        text: The citation alone, e.g. ``'§ 93 odst. 1 zákona č. 108/2006 Sb.'``.

    Returns:
        The references in the order the text names them.

    Raises:
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
    start = _skip_all(text, 0)
    if start == len(text):
        raise CitationError("the citation is empty", position=0, expected="e.g. '§ 93 ZSS'")
    result = scan(text, start, strict=True)
    if result is None:
        raise CitationError(
            "a citation must start with '§' or an act",
            position=start,
            expected="e.g. '§ 93 odst. 1' or 'zákon č. 108/2006 Sb.'",
        )
    references, end = result
    rest = _skip_all(text, end)
    if rest != len(text):
        raise CitationError(
            "unexpected text after the citation", position=rest, expected=_EXPECTED_ACT
        )
    return references


def _skip_all(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
