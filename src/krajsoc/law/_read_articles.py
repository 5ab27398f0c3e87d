"""Reading articles before their act: ``čl. 6 odst. 1 písm. e)``, ``čl. 6 a 9``, ``čl. II``.

An article (článek) is the top level of an EU act, of the constitutional order, of a region's own
acts and of the amending part of a Czech act ("čl. II zákona č. 401/2012 Sb."). It is divided
as a section is: subsections, letters and points, read by the same reader
(:mod:`krajsoc.law._read_provisions`), lists expanded. Further articles follow after "a", "," or
"nebo", with or without their own "čl.". Ranges of articles are not read, as ranges of
subdivisions are not: a reference holds a range of sections only.

Examples:
    >>> [(item.section, item.subsection) for item in read_articles("čl. 6 odst. 1 a 2", 0, True)[0]]
    [('6', 1), ('6', 2)]
    >>> read_articles("čl. IIII", 0, True)
    Traceback (most recent call last):
    ...
    krajsoc.errors.CitationError: 'IIII' is not an article number at position 4; ...
"""

from __future__ import annotations

from krajsoc._quote import quote
from krajsoc.law import _patterns as p
from krajsoc.law._read_provisions import Provision, _subdivisions, fail, skip
from krajsoc.law._reference import is_article_number

__all__ = ["read_articles"]

_EXAMPLE = "e.g. 'čl. 6' or 'čl. II'"


def _article(text: str, at: int, strict: bool) -> tuple[list[Provision], int] | None:
    """The article number at ``at`` and its subdivisions, lists expanded."""
    number = p.ARTICLE.match(text, at)
    if number is None:
        fail(strict, "'čl.' must be followed by an article number", at, _EXAMPLE)
        return None
    written = number[0] if number[0][0].isdigit() else number[0].upper()  # "čl. ii" is "čl. II"
    if not is_article_number(written):
        fail(strict, f"{quote(number[0])} is not an article number", at, _EXAMPLE)
        return None
    provision = Provision(written, article=True)
    return _subdivisions(provision, text, number.end(), strict)


def read_articles(text: str, pos: int, strict: bool) -> tuple[list[Provision], int] | None:
    """A list of articles sharing an act at ``pos``, and where it ends: ``čl. 6 a čl. 9``."""
    word = p.ARTICLE_WORD.match(text, pos)
    if word is None:
        return None
    first = _article(text, skip(text, word.end()), strict)
    if first is None:
        return None
    found, end = first
    while True:
        separator = p.LIST_SEPARATOR.match(text, skip(text, end))
        if separator is None:
            return found, end
        at = skip(text, separator.end())
        again = p.ARTICLE_WORD.match(text, at)
        if again is not None:
            at = skip(text, again.end())
        number = p.ARTICLE.match(text, at)
        if number is None or not is_article_number(
            number[0] if number[0][0].isdigit() else number[0].upper()
        ):
            return found, end
        following = _article(text, at, strict)
        if following is None:  # pragma: no cover - the number was checked just above
            return found, end
        found.extend(following[0])
        end = following[1]
