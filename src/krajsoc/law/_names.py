"""Every form in which a text names a built-in act, and :func:`act`, which looks an act up.

The one source of act names: :func:`act`, the parser (:func:`~krajsoc.law.parse_citation`,
through :func:`act_named` and the name pattern built from :data:`NAME_SPELLINGS`) and extraction
(:func:`~krajsoc.law.extract_citations`, which finds names by :data:`NAME_STEMS`) all read the
forms made here, so they agree on every form, with or without diacritics.

A short name is cited in the case the sentence needs. The registry gives the nominative and the
genitive of each name; for names of the form "zákon o ...", the "o ..." part never declines, so the
dative, instrumental and locative of "zákon" are derived here ("zákonem o hmotné nouzi", as seed
001 writes it). An act of kind *zákon* whose title starts with "o " is also named by "zákon" and
its title ("zákona o pomoci v hmotné nouzi").

Examples:
    >>> NAME_FORMS["zakonem o hmotne nouzi"].id
    '111/2006'
    >>> act("500/2004") is act("správního řádu") is act("spravni rad") is act((500, 2004))
    True
    >>> act("zákonem o hmotné nouzi").id, act("zákon č. 108/2006 Sb.").title
    ('111/2006', 'o sociálních službách')
    >>> act("zákon o všem")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown act 'zákon o všem'; expected 'number/year' ...
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from krajsoc._text import fold
from krajsoc.errors import UnknownCodeError
from krajsoc.law._act import Act, ActKind
from krajsoc.law._registry import ACTS

if TYPE_CHECKING:
    from krajsoc.law._act_registry import ActRegistry

__all__ = [
    "ABBREVIATIONS",
    "BUILT_IN_INDEX",
    "EU_MARK",
    "NAME_FORMS",
    "NAME_SPELLINGS",
    "NAME_STEMS",
    "NameIndex",
    "act",
    "act_named",
]

# The cases of "zákon" a sentence can put a name in: nominative, genitive, dative, instrumental,
# locative ("o zákoně"); "zák." abbreviates any of them ("§ 16a zák. o SPOD").
_ACT_CASES = ("zákon", "zákona", "zákonu", "zákonem", "zákoně")

EU_MARK = "(EU)"
"""What every citation of an EU act by number holds: "nařízení (EU) 2016/679"; extraction
looks for it as it looks for a stem."""


# The other cases a sentence puts these kinds in: "v souladu s nařízením (EU) 2016/679".
_OTHER_CASES = {
    ActKind.EU_REGULATION: ("nařízením",),
    ActKind.EU_DIRECTIVE: ("směrnici", "směrnicí"),
    ActKind.REGIONAL_REGULATION: ("nařízením",),
    ActKind.REGIONAL_ORDINANCE: ("obecně závaznou vyhláškou", "obecně závazné vyhlášce"),
    ActKind.ASSEMBLY_RESOLUTION: ("usnesením zastupitelstva",),
    ActKind.COUNCIL_RESOLUTION: ("usnesením rady",),
}


def _numbered_forms(item: Act) -> set[str]:
    """The citations by number of an EU act or a region's own act, which texts write out."""
    series = item.kind.series
    labels = (item.kind.label, item.kind.genitive, *_OTHER_CASES.get(item.kind, ()))
    if series == "EU":
        number = f"{item.year}/{item.number}"
        return {
            form
            for label in labels
            for issuer in ({"", f" {item.issuer}"} if item.issuer else {""})
            for form in (f"{label}{issuer} (EU) {number}", f"{label}{issuer} (EU) č. {number}")
        }
    if series == "region":
        return {item._numbered(label) for label in labels}
    return set()


def _forms(item: Act) -> set[str]:
    forms = {form for name in item.names for form in (name.nominative, name.genitive)}
    if item.kind is ActKind.ACT and item.title and item.title.startswith("o "):
        forms.add(f"zákon {item.title}")
    for form in list(forms):
        head, _, tail = form.partition(" ")
        if head == "zákon" and tail.startswith("o "):
            forms.update(f"{case} {tail}" for case in (*_ACT_CASES, "zák."))
    return forms | _numbered_forms(item)


def _without_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


NAME_STEMS: tuple[str, ...] = ("ákon", "akon", "řád", "rad", "řízení", "rizeni")
"""Literal stems, with and without diacritics, one of which every free-standing name form of a
built-in act contains ("zákon o obcích", "spravni rad", "krajské zřízení", "občanský zákoník",
"obecné nařízení o ochraně osobních údajů"): where extraction tries a named act. Literal, so
each is found by a search that starts with a literal (:mod:`krajsoc.law._stem_search`); a test
checks every form holds one. "zák. o SPOD" (and "zák. o …" for every "zákon o …") holds none:
like the abbreviations ("ZSS") it is found in free text after a provision ("§ 16a zák. o
SPOD"), and alone by :func:`~krajsoc.law.parse_citation`. The names of the constitutional order
("Listina základních práv a svobod", "Ústava České republiky", "Úmluva o právech dítěte") hold
none: in free text they are read after an article or a section (each literal searched costs a
pass over the whole text), alone by :func:`~krajsoc.law.parse_citation` and :func:`act`."""


def _stem_of(form: str) -> tuple[str, ...]:
    """Stems for a name a caller registers that holds none of :data:`NAME_STEMS`.

    Its longest word without the first letter (which may be upper case), with and without
    diacritics.
    """
    word = max((w for w in re.findall(r"[^\W\d_]+", form)), key=len, default="")
    if len(word) < 4:
        return ()
    stem = word[1:].lower()
    return tuple(dict.fromkeys((stem, _without_diacritics(stem))))


@attrs.frozen(eq=False)
class NameIndex:
    """Every form in which a text names the acts of a registry, for lookup and for patterns.

    Attributes:
        acts: The acts indexed.
        forms: Folded name form (see :func:`krajsoc._text.fold`) → act, in any case.
        spellings: Every name form as written, with diacritics, longest first.
        abbreviations: Abbreviations as written and without diacritics → act (case matters).
        article_forms: Folded short forms read only after an article ("listiny") → act.
        article_spellings: Those forms as written, longest first.
        stems: Literals one of which every free-standing name form holds (see
            :data:`NAME_STEMS`), each with the offsets at which it lies in a name's word
            (``'rad'`` → ``{0}``: "radu", never "poradenství").
        word_depth: How many words before a name's word the name can start.
        by_id: :attr:`Act.id` → act.
        by_key: :attr:`Act.key` → act.
    """

    acts: tuple[Act, ...]
    forms: dict[str, Act]
    spellings: tuple[str, ...]
    abbreviations: dict[str, Act]
    article_forms: dict[str, Act]
    article_spellings: tuple[str, ...]
    stems: dict[str, frozenset[int]]
    word_depth: dict[str, int]
    by_id: dict[str, Act]
    by_key: dict[tuple[int, str, int, int], Act]

    @classmethod
    def build(cls, acts: Iterable[Act], *, derive_stems: Iterable[Act] = ()) -> NameIndex:
        """The index of ``acts``; names of ``derive_stems`` without a stem get one of their own."""
        acts = tuple(acts)
        found: dict[str, Act] = {}
        # Repealed acts first, so a name shared with an act in force names the one in force.
        for item in sorted(acts, key=lambda act: act.repealed_on is None):
            for form in _forms(item):
                found[fold(form)] = item
        spellings = tuple(
            sorted({form for item in acts for form in _forms(item)}, key=_longest_first)
        )
        stems = list(NAME_STEMS)
        for item in derive_stems:
            for form in _forms(item):
                if EU_MARK not in form and not any(stem in form.lower() for stem in stems):
                    stems.extend(stem for stem in _stem_of(form) if stem not in stems)
        article_spellings = tuple(
            sorted({form for item in acts for form in item.article_names}, key=_longest_first)
        )
        return cls(
            acts=acts,
            forms=found,
            spellings=spellings,
            abbreviations={
                spelling: item
                for item in acts
                for abbreviation in item.abbreviations
                for spelling in (abbreviation, _without_diacritics(abbreviation))
            },
            article_forms={fold(form): item for item in acts for form in item.article_names},
            article_spellings=article_spellings,
            stems=_stem_offsets(stems, spellings),
            word_depth=_word_depths(spellings),
            by_id={item.id: item for item in acts},
            by_key={item.key: item for item in acts},
        )

    @functools.cached_property
    def folded_abbreviations(self) -> dict[str, Act]:
        """Folded abbreviation → act, for :func:`act`."""
        return {fold(abbreviation): item for abbreviation, item in self.abbreviations.items()}

    def named(self, text: str) -> Act | None:
        """The act ``text`` names in any case, or ``None``."""
        return self.forms.get(fold(text))


def _longest_first(form: str) -> tuple[int, str]:
    return (-len(form), form)


def _stem_offsets(stems: Iterable[str], spellings: Iterable[str]) -> dict[str, frozenset[int]]:
    words = {
        form
        for spelling in spellings
        for word in spelling.lower().split()
        for form in (word, fold(word))
    }
    return {
        stem: frozenset(
            at for word in words for at in range(len(word)) if word.startswith(stem, at)
        )
        for stem in stems
    }


def _word_depths(spellings: Iterable[str]) -> dict[str, int]:
    depths: dict[str, int] = {}
    for spelling in spellings:
        for index, word in enumerate(spelling.lower().split()):
            word = word.rstrip(".")  # "zák." is the word "zák" before a full stop
            for key in (word, fold(word)):
                depths[key] = max(depths.get(key, 0), index)
    return depths


BUILT_IN_INDEX = NameIndex.build(ACTS)
"""The index of the built-in acts."""

NAME_FORMS: dict[str, Act] = BUILT_IN_INDEX.forms
"""Folded name form (see :func:`krajsoc._text.fold`) → act, for every built-in name in any case."""

NAME_SPELLINGS: tuple[str, ...] = BUILT_IN_INDEX.spellings
"""Every name form as written, with diacritics, longest first (so a regex prefers the longest)."""

ABBREVIATIONS: dict[str, Act] = BUILT_IN_INDEX.abbreviations
"""Abbreviations as written, and without diacritics (case matters: ``'SŘ'``, ``'SR'``,
``'ZSS'``) → act."""


@functools.lru_cache(maxsize=1024)
def act_named(text: str) -> Act | None:
    """The built-in act ``text`` names in any case, or ``None``.

    Examples:
        >>> act_named("Zákonem  o sociálních službách").id
        '108/2006'
        >>> act_named("zákon o všem") is None
        True
    """
    return NAME_FORMS.get(fold(text))


# "108/2006", "č. 108/2006 Sb.", "zákon č. 108/2006 Sb." — the number/year core of a citation.
_NUMBER_YEAR = re.compile(
    r"(?:^|\s|č\.\s*)([0-9]{1,4})\s*/\s*([0-9]{4})(?:\s*sb\.?)?\s*$", re.IGNORECASE
)  # ASCII digits only: "1०8/2006" (a Devanagari zero) is no act number, not 108/2006


def act(key: str | tuple[int, int], *, acts: ActRegistry | None = None) -> Act:
    """Find an act by ``'number/year'``, its id, a citation, any name form or an abbreviation.

    Names are matched in any case of "zákon" (``'zákonem o hmotné nouzi'``), ignoring letter
    case and diacritics — the same forms the parser and extraction read.

    Args:
        key: ``'108/2006'``, ``'zákon č. 108/2006 Sb.'``, ``(108, 2006)``, ``'správní řád'``,
            ``'správního řádu'``, ``'SŘ'``, ``'(EU) 2016/679'``, ``'GDPR'``.
        acts: The registry to look in; the built-in one (:data:`~krajsoc.law.BUILT_IN_ACTS`)
            by default.

    Raises:
        UnknownCodeError: No act of the registry answers to ``key`` (also a
            :class:`LookupError`).

    Examples:
        >>> act("zákona o SPOD").id
        '359/1999'
        >>> act("GDPR").citation
        'nařízení Evropského parlamentu a Rady (EU) 2016/679'
    """
    index = BUILT_IN_INDEX if acts is None else acts.index
    if isinstance(key, tuple):
        if len(key) != 2 or not all(type(part) is int for part in key):
            raise TypeError("act() takes (number, year) as two ints, e.g. (108, 2006)")
        number, year = key
        found = index.by_id.get(f"{number}/{year}")
        if found is None:
            raise UnknownCodeError("act", f"{number}/{year}", hint=_hint(index))
        return found
    if not isinstance(key, str):
        raise TypeError(
            f"act() takes 'number/year', a name or (number, year), not {type(key).__name__}"
        )
    found = index.by_id.get(" ".join(key.split()))
    if found is None:
        match = _NUMBER_YEAR.search(key.strip())
        if match:
            found = index.by_id.get(f"{int(match[1])}/{match[2]}")
        else:
            folded = fold(key)
            found = index.forms.get(folded) or index.folded_abbreviations.get(folded)
    if found is None:
        raise UnknownCodeError("act", key.strip(), hint=_hint(index))
    return found


def _hint(index: NameIndex) -> str:
    return (
        "'number/year' of a registered act ("
        + ", ".join(item.id for item in index.acts)
        + ") or its short name, e.g. 'správní řád'"
    )
