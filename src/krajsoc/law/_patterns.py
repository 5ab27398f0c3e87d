"""The token patterns of citation parsing, built from named parts.

The parser (:mod:`krajsoc.law._parse`) matches one token at a time at a known position, so each
pattern here is small and anchored by ``.match(text, pos)``; none scans. White space between
tokens is skipped by :data:`GAP`, which crosses at most one line break: a citation broken over two
lines of an extracted document is one citation, two paragraphs are not.

Words are matched with or without their diacritics ("spravniho radu", "pism.", "zakona c."), as
everywhere in krajsoc: :func:`loose` lets each accented letter stand for its plain letter too.
Patterns of digits and letters are case-sensitive and ASCII on purpose (``[0-9]``, ``[a-z]``):
Unicode case folding would let ``K`` (Kelvin sign) or ``ſ`` through as section letters. Words are
matched ignoring case, so a sentence may start with "Zákonem". The patterns of acts' names and
titles, built from a registry, are in :mod:`krajsoc.law._name_patterns`.

Examples:
    >>> SECTION.match("42h, § 42l")[0]
    '42h'
    >>> bool(SECTION.match("42hxy"))
    False
    >>> AMENDMENT.match(", ve znění pozdějších předpisů")[0]
    ', ve znění pozdějších předpisů'
"""

from __future__ import annotations

import re

from krajsoc.law._names import BUILT_IN_INDEX, NAME_STEMS
from krajsoc.law._reference import LAST_SENTENCE, Sentence

__all__ = [
    "ACT_KIND",
    "ACT_KIND_STARTS",
    "AMENDMENT",
    "ANAPHORA",
    "ARTICLE",
    "ARTICLE_LETTERS",
    "ARTICLE_WORD",
    "BARE_SECTION",
    "CITATION_SEPARATOR",
    "COLLECTION",
    "COMMA",
    "DEFINITION_BEFORE",
    "FOLLOWING",
    "GAP",
    "LETTER",
    "LETTERS",
    "LETTER_ITEM",
    "LETTER_RUN",
    "LETTER_WORD",
    "LEVEL_WORD_AGAIN",
    "LIST_SEPARATOR",
    "LONG_NUMBER",
    "LONG_SECTION",
    "NAME_STEMS",
    "NAME_WORD_DEPTH",
    "NUMBER",
    "NUMBERED_ACT_BEFORE",
    "NUMBER_WORD",
    "NUMBER_WORD_STARTS",
    "NUMBER_YEAR",
    "PLAIN_LETTERS",
    "POINT_WORD",
    "PROVISION_SEPARATOR",
    "RANGE_WORD",
    "SECTION",
    "SECTION_SIGN",
    "SENTENCE_NUMBER",
    "SENTENCE_ORDINAL",
    "SENTENCE_WORD",
    "SLASH_TO_COLLECTION",
    "SUBSECTION_WORD",
    "loose",
    "sentence_of",
]

_I = re.IGNORECASE

# --- named parts ------------------------------------------------------------------------------

_SPACE = r"[^\S\n]*(?:\n[^\S\n]*)?"  # blanks with at most one line break
_END_OF_WORD = r"(?![^\W_])"  # not followed by a letter or digit (Unicode)
_END_OF_ALNUM = r"(?![A-Za-z\d])"  # not followed by an ASCII letter or any digit (Unicode)

# Each accented letter of Czech and the letter it is written as without diacritics.
_PLAIN = dict(zip("áčďéěíňóřšťúůýž", "acdeeinorstuuyz", strict=True))


def loose(pattern: str) -> str:
    """``pattern`` with each accented letter also matching its plain letter: ``á`` → ``[áa]``.

    For literal text and groups only, not inside a character class.

    Examples:
        >>> loose("řád")
        '[řr][áa]d'
    """
    return "".join(f"[{ch}{_PLAIN[ch.lower()]}]" if ch.lower() in _PLAIN else ch for ch in pattern)


_SECTION_NUMBER = r"(?=[0-9]{0,3}[1-9])[0-9]{1,4}[a-zA-Z]{0,2}"  # 93, 42h, 117ca; never 0
_ACT_NUMBER = r"[0-9]+"  # the number in the Collection; validated as 1 to 9999 by the parser
_YEAR = r"[0-9]+"  # any digits; the parser rejects what is not 1918–2099 with a position

# The abbreviations of kinds, taken for a kind only before "č." or the number: "z. č. 108/2006 Sb.",
# "zák. č.", "vyhl. č. 505/2006 Sb.", "nař. vl. č. 590/2006 Sb." (a government regulation).
_ABBREVIATED_KIND = (
    r"(?:z(?:ák)?\.|vyhl\.|nař\." + _SPACE + r"vl\.)(?=" + _SPACE + r"(?:č\.|[0-9]))"
)

# "zákon" and its cases, "ústavní zákon", "vyhláška", "nařízení vlády" — the kinds of act.
_KIND = loose(
    r"ústavní(?:ho|m|mu)?\s+zákon(?:a|u|em|ě)?"
    r"|zákon(?:a|u|em|ě)?"
    r"|vyhlášk(?:a|y|u|ou|e)"
    r"|nařízení(?:m)?\s+vlády"
    r"|usnesení\s+předsednictva\s+České\s+národní\s+rady"  # the Charter, 2/1993 Sb.
    r"|sdělení(?:\s+federálního)?\s+ministerstva\s+zahraničních\s+věcí"  # treaties
    r"|" + _ABBREVIATED_KIND
)

_NUMBER_WORD = loose(r"č\.|čís\.|číslo" + _END_OF_WORD)  # "č.", "čís.", "číslo"

ACT_KIND_STARTS = "úuzvns"
"""The letters a kind of act starts with, in lower case (:data:`ACT_KIND`): "ústavní zákon",
"zákona", "vyhlášky", "nařízení vlády", "usnesení předsednictva", "sdělení ministerstva"."""

NUMBER_WORD_STARTS = "čc"
"""The letters "č." and its kin start with, in lower case (:data:`NUMBER_WORD`)."""


def _phrase(words: str) -> str:
    """A fixed phrase, with or without diacritics, its words separated by any white space."""
    return r"\s+".join(loose(re.escape(word)) for word in words.split())


# --- tokens -----------------------------------------------------------------------------------

GAP = re.compile(r"[^\S\n]*+(?:\n[^\S\n]*+)?+")  # _SPACE, possessive: never given back
"""White space between two tokens, crossing at most one line break."""

SECTION_SIGN = re.compile(r"§§?")
"""The section sign (paragraf); ``§§`` introduces several sections."""

SECTION = re.compile(_SECTION_NUMBER + _END_OF_WORD)
"""A section number with its letter suffix: ``93``, ``42h``."""

RANGE_WORD = re.compile(r"(?:a[žz]" + _END_OF_WORD + r"|[-–])" + _SPACE + r"(?:§" + _SPACE + ")?")
"""What joins the ends of a range of sections: ``až``, a hyphen or an en dash (and ``§``)."""

SUBSECTION_WORD = re.compile(r",?" + _SPACE + r"(?:odst\.|odstavc[eiůu]|odstavec)", _I)
"""Introduces a subsection (odstavec), optionally after a comma: ``odst.``."""

LETTER_WORD = re.compile(r",?" + _SPACE + r"(?:p[íi]sm\.|p[íi]smen[eou]?)", _I)
"""Introduces a letter (písmeno), optionally after a comma: ``písm.``, as in "§ 95, písm. d)"."""

POINT_WORD = re.compile(r",?" + _SPACE + r"bod[u]?" + _END_OF_WORD, _I)
"""Introduces a point (bod)."""

NUMBER = re.compile(r"[1-9][0-9]{0,2}" + _END_OF_ALNUM)
"""A whole number from 1 to 999, as subsections and points are numbered."""

LONG_NUMBER = re.compile(r"[1-9][0-9]{3,}" + _END_OF_ALNUM)
"""A number too long for a subsection or point: there to say so in an error."""

LONG_SECTION = re.compile(r"[0-9]{5,}")
"""A section number too long for a section: there to say so in an error."""

LETTER = re.compile(r"(ch|[a-z])" + _END_OF_WORD + r"\)?")
"""A letter of a subdivision and its closing parenthesis (optional): ``c)``, ``ch)``."""

LETTER_ITEM = re.compile(r"(ch|[a-z])\)")
"""A further letter of a list, its parenthesis required: ``d)`` in "písm. c) a d)"."""

LIST_SEPARATOR = re.compile(r"(?:,|,?" + _SPACE + r"(?:a|nebo|i)" + _END_OF_WORD + r")", _I)
"""Between two provisions of a list sharing an act: ``,``, ``a``, ``nebo``."""

LEVEL_WORD_AGAIN = re.compile(
    GAP.pattern
    + f"(?i:{LIST_SEPARATOR.pattern})"
    + GAP.pattern
    + f"(?i:{SUBSECTION_WORD.pattern}|{LETTER_WORD.pattern}|{POINT_WORD.pattern})"
)
"""A list separator, then a level's word: where a list that repeats its word may go on ("§ 5
odst. 1 a odst. 3"), which the citation pattern leaves to the scanner."""

BARE_SECTION = re.compile(
    r"(?![0-9]+x" + _END_OF_WORD + r")" + _SECTION_NUMBER + _END_OF_WORD + r"(?![^\S\n]*/)"
)
"""A section of a list without its ``§``: ``49`` in "§ 48 a 49"; never ``108`` of ``108/2006``
nor ``2x`` of "2x ročně"."""

FOLLOWING = re.compile(
    r"a"
    + _SPACE
    + loose(r"násl")
    + r"(?:\.|"
    + loose(r"edující")
    + r"(?:ch)?"
    + _END_OF_WORD
    + ")",
    _I,
)
"""``a násl.`` ("and following") after a provision: ``§ 78 a násl.``, also ``a následující``.

Not the shortest form "a n.": "§ 5 a n. o. z." would be "and following", but "§ 5 a N. Novák"
and "§ 5 a n. v. č. 590/2006 Sb." ("nařízení vlády") would be read so too."""

SENTENCE_WORD = re.compile(r",?" + _SPACE + loose(r"vět(?:a|y|ě|u|ou)") + _END_OF_WORD, _I)
"""Introduces a sentence (věta) of a subsection, in any case: ``věta``, ``věty``, ``větě``."""

# Each sentence's ordinal in its feminine forms: "věta druhá", "věty druhé", "větou druhou".
_ORDINAL_FORMS = (
    ("první",), ("druhá", "druhé", "druhou"), ("třetí",), ("čtvrtá", "čtvrté", "čtvrtou"),
    ("pátá", "páté", "pátou"), ("šestá", "šesté", "šestou"), ("sedmá", "sedmé", "sedmou"),
    ("osmá", "osmé", "osmou"), ("devátá", "deváté", "devátou"), ("desátá", "desáté", "desátou"),
)  # fmt: skip

_SENTENCE_FORMS = (*_ORDINAL_FORMS, ("poslední",))  # "věty poslední": one form in every case

SENTENCE_ORDINAL = re.compile(
    r"(?:"
    + "|".join(loose(form) for forms in _SENTENCE_FORMS for form in forms)
    + r")"
    + _END_OF_WORD,
    _I,
)
"""The ordinal of a sentence: ``první``, ``druhé``, ``třetí`` … ``desáté``, or ``poslední``."""

# One group per sentence, matched ignoring case as SENTENCE_ORDINAL is: a dictionary of folded
# forms would miss what case folding alone equates ("prvnı" with a dotless ı).
_SENTENCE_GROUPS = re.compile(
    "|".join("(" + "|".join(loose(form) for form in forms) + ")" for forms in _SENTENCE_FORMS), _I
)


def sentence_of(ordinal: str) -> Sentence:
    """The sentence an ordinal stands for, as :data:`SENTENCE_ORDINAL` matched it.

    Examples:
        >>> sentence_of("druhé"), sentence_of("Prvni"), sentence_of("poslední")
        (2, 1, 'last')
    """
    found = _SENTENCE_GROUPS.fullmatch(ordinal)
    if found is None or found.lastindex is None:
        raise ValueError(f"not an ordinal of a sentence: {ordinal!r}")  # pragma: no cover
    return LAST_SENTENCE if found.lastindex > len(_ORDINAL_FORMS) else found.lastindex


SENTENCE_NUMBER = re.compile(r"(?:10|[1-9])" + _END_OF_ALNUM)
"""A sentence by number, 1 to 10: ``věta 2``."""

PROVISION_SEPARATOR = re.compile(
    r"(?:,|,?"
    + _SPACE
    + r"(?:a|nebo|i|ve"
    + _SPACE
    + loose("spojení")
    + _SPACE
    + r"se?(?:"
    + _SPACE
    + r"(?:"
    + loose("ustanovením")
    + r"|ust\.))?)"
    + _END_OF_WORD
    + r")",
    _I,
)
"""Between two provisions sharing the act named at the end: a list separator or "ve spojení s"."""

CITATION_SEPARATOR = re.compile(r";|" + PROVISION_SEPARATOR.pattern, _I)
"""Between two whole citations of one text for :func:`~krajsoc.law.parse_citation`: "§ 49 zákona
č. 359/1999 Sb. a § 79 zákona č. 108/2006 Sb."."""

ANAPHORA = re.compile(
    r"(?:"
    + "|".join(
        _phrase(words)
        for words in (
            "výše uvedeného", "výše citovaného", "téhož", "tohoto", "uvedeného", "citovaného",
            "stejného", "cit.",
        )
    )
    + r")"
    + _SPACE
    + loose("zákona")
    + _END_OF_WORD,
    _I,
)  # fmt: skip
""""téhož zákona", "tohoto zákona", "uvedeného zákona", "citovaného zákona": the act named last."""

COMMA = re.compile(r",")
"""Before a trailer, a title, or the provisions after an act named first."""

ACT_KIND = re.compile(r"(?:" + _KIND + r")" + _END_OF_WORD, _I)
"""The kind of an act in any case: ``zákona``, ``vyhlášky``, ``nařízení vlády``."""

NUMBER_WORD = re.compile(r"(?:" + _NUMBER_WORD + r")", _I)
"""``č.`` (or ``c.``, ``čís.``, ``číslo``) before the number of an act."""

NUMBER_YEAR = re.compile(r"(" + _ACT_NUMBER + r")[^\S\n]*/[^\S\n]*(" + _YEAR + r")" + _END_OF_ALNUM)
"""``108/2006``: the number and year of an act (groups 1 and 2)."""

COLLECTION = re.compile(r"Sb\.?" + _END_OF_WORD, _I)
"""``Sb.``: the Collection of Laws (Sbírka zákonů)."""


ARTICLE_WORD = re.compile(
    loose(r"čl\.") + r"|(?:" + loose(r"článek|článk(?:u|em|y|ů)") + r")" + _END_OF_WORD, _I
)
"""Introduces an article (článek): ``čl.``, ``článku``. Never "č. l." (číslo listu, a folio of a
case file), which has a space."""

ARTICLE = re.compile(r"(?:[0-9]{1,4}[a-z]{0,2}|[IVXLCDM]{1,9}|[ivxlcdm]{1,9})" + _END_OF_WORD)
"""An article number: ``6``, ``10a``, or a Roman numeral as amending acts number theirs
(``čl. II``, in lower case too); the reader checks the numeral."""


AMENDMENT = re.compile(
    r","
    + _SPACE
    + r"(?:"
    + "|".join(
        _phrase(words)
        for words in ("ve znění pozdějších předpisů", "v platném znění", "v účinném znění")
    )
    + r")"
    + _END_OF_WORD,
    _I,
)
"""The trailer "ve znění pozdějších předpisů" and its variants, after a comma."""


# --- finding candidates in long text -----------------------------------------------------------

SLASH_TO_COLLECTION = re.compile(r"/[^\S\n]*[0-9]+" + _SPACE + r"(?=Sb)")
"""From the ``/`` of an act's number to the ``Sb`` after its year: ``/2006 Sb.``. Extraction
finds act numbers from their ``/`` (one character, which ``str.find`` looks for at memory speed)
and reads the number back from the ``Sb`` with :data:`NUMBERED_ACT_BEFORE`."""

ARTICLE_LETTERS = re.compile(r"l(?<=[čČ]l)")
""""čl" and "Čl" in one pass: the search runs for the literal "l" and looks one letter back
without leaving C, at the cost of one search for "čl"; :data:`ARTICLE_WORD` checks the rest."""

LETTERS = re.compile(r"[^\W\d_]*")
"""Letters and other word characters but digits and ``_``, read in C: a superset of what
``str.isalpha`` calls letters ("²" is in it, not a letter), checked by ``isalpha`` after."""

LETTER_RUN = re.compile(r"[^\W\d_]+")
"""A run of :data:`LETTERS`: the words in a name's spelling, "(správní" → "správní"."""

PLAIN_LETTERS = str.maketrans({**_PLAIN, "ı": "i"})
"""A translation table: each accented letter of Czech to its plain letter, as :func:`loose`
reads a word ("řádu" → "radu"), for ``str.translate``; and a dotless ı to i, which the patterns,
ignoring case, read as one ("správnıho")."""


# The letters a kind of act or "č." starts with, and digits: where NUMBERED_ACT_BEFORE can start.
# As a lookahead it lets the search skip other positions without entering the alternatives.
_NUMBERED_ACT_FIRST = (  # never from inside a run of digits
    r"(?<!\d)(?=[0-9" + ACT_KIND_STARTS + NUMBER_WORD_STARTS + "])"
)

NUMBERED_ACT_BEFORE = re.compile(
    _NUMBERED_ACT_FIRST
    + r"(?:(?:"
    + _KIND
    + r")"
    + _SPACE
    + r")?(?:(?:"
    + _NUMBER_WORD
    + r")"
    + _SPACE
    + r")?"
    + _ACT_NUMBER
    + r"[^\S\n]*/[^\S\n]*"
    + _YEAR
    + _SPACE
    + r"\Z",
    _I,
)
"""The act number before ``Sb.``, searched backwards from it: "zákona č. 108/2006 " + "Sb."."""

DEFINITION_BEFORE = re.compile(
    loose(r"dále") + _SPACE + r"jen" + _END_OF_WORD + r"[^\S\n]*[„“\"'(]?[^\S\n]*\Z", _I
)
""""dále jen" just before a name, searched backwards from it: "(dále jen Zákon o SPOD)" defines
a short name for the act cited before it; it is not a citation itself."""


NAME_WORD_DEPTH: dict[str, int] = BUILT_IN_INDEX.word_depth
"""How many words before a name's word the name can start: ``'zákoník'`` → 2, for "starý
občanský zákoník"; ``'zákona'`` → 0, for "zákona o obcích"."""
