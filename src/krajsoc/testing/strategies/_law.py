"""Strategies for legal values: acts (built-in and unknown-title) and references to them."""

from __future__ import annotations

import itertools
import re
from datetime import date

from hypothesis import strategies as st

from krajsoc.errors import KrajsocError
from krajsoc.findings import Finding
from krajsoc.law import (
    ACTS,
    BUILT_IN_ACTS,
    FIRST_YEAR,
    LAST_SENTENCE,
    LAST_YEAR,
    LETTERS,
    MAX_SENTENCE,
    Act,
    ActKind,
    ActRecord,
    ActRegistry,
    CitationMatch,
    CitationName,
    LegalReference,
    Sentence,
    check_reference,
    extract_citations,
    parse_citation,
)
from krajsoc.law import resolve_act as _resolve_act

__all__ = [
    "act_records",
    "act_registries",
    "acts",
    "articles",
    "citation_matches",
    "citation_names",
    "citation_texts",
    "citations",
    "legal_references",
    "reference_findings",
    "sections",
]


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


_ISSUERS = ("Libereckého kraje", "Karlovarského kraje", "Ústeckého kraje")
_REGIONAL_KINDS = (
    ActKind.REGIONAL_REGULATION,
    ActKind.REGIONAL_ORDINANCE,
    ActKind.ASSEMBLY_RESOLUTION,
    ActKind.COUNCIL_RESOLUTION,
)


def regional_acts() -> st.SearchStrategy[Act]:
    """A region's own act: its regulation, ordinance or a resolution of its assembly or council."""
    return st.builds(
        lambda kind, issuer, number, year: Act(
            number, year, kind=kind, issuer=issuer, title="o místních záležitostech"
        ),
        st.sampled_from(_REGIONAL_KINDS),
        st.sampled_from(_ISSUERS),
        st.integers(min_value=1, max_value=99),
        st.integers(min_value=2001, max_value=2030),
    )


def act_records() -> st.SearchStrategy[ActRecord]:
    """A row of a region's own acts, as :func:`krajsoc.loaders.load_acts` reads it."""
    return regional_acts().map(
        lambda item: ActRecord(
            kind=item.kind,
            number=item.number,
            year=item.year,
            issuer=item.issuer,
            title=item.title,
        )
    )


def act_registries() -> st.SearchStrategy[ActRegistry]:
    """The built-in registry extended with up to four of a region's own acts."""
    return st.lists(regional_acts(), max_size=4, unique_by=lambda item: item.key).map(
        lambda items: BUILT_IN_ACTS.with_acts(*items)
    )


def citation_names() -> st.SearchStrategy[CitationName]:
    """A short name of a built-in act with its genitive."""
    return st.sampled_from([name for item in ACTS for name in item.names])


def sections() -> st.SearchStrategy[str]:
    """A section number as statutes write it: ``'93'``, ``'42h'``, ``'117ca'``."""
    suffix = st.sampled_from(["", "", "", "a", "b", "c", "h", "l", "n", "ca"])
    return st.builds(lambda n, s: f"{n}{s}", st.integers(min_value=1, max_value=999), suffix)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XX")


def articles() -> st.SearchStrategy[str]:
    """An article number: ``'6'``, ``'10a'``, or a Roman numeral as amending acts have: ``'II'``."""
    return sections() | st.sampled_from(_ROMAN)


# A sentence by its number, or the last one ("věty poslední").
_SENTENCES: st.SearchStrategy[Sentence] = st.integers(1, MAX_SENTENCE) | st.just(LAST_SENTENCE)


@st.composite
def _references(draw: st.DrawFn, act_strategy: st.SearchStrategy[Act | None]) -> LegalReference:
    item = draw(act_strategy)
    if item is not None and draw(st.integers(min_value=0, max_value=4)) == 0:
        return LegalReference(item)
    small = st.none() | st.integers(min_value=1, max_value=30)
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        letter = draw(st.none() | st.sampled_from(LETTERS))
        return LegalReference(
            item,
            article=draw(articles()),
            subsection=draw(small),
            letter=letter,
            point=draw(small) if letter is not None else None,
            sentence=draw(_SENTENCES) if draw(st.integers(0, 3)) == 0 else None,
            following=draw(st.integers(0, 5)) == 0,
        )
    section = draw(sections())
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        end = draw(sections().filter(lambda s: s != section))
        return LegalReference(item, section=section, section_end=end)
    letter = draw(st.none() | st.sampled_from(LETTERS))
    return LegalReference(
        item,
        section=section,
        subsection=draw(small),
        letter=letter,
        point=draw(small) if letter is not None else None,
        sentence=draw(_SENTENCES) if draw(st.integers(0, 3)) == 0 else None,
        following=draw(st.integers(0, 5)) == 0,
    )


def legal_references(*, resolved: bool = True) -> st.SearchStrategy[LegalReference]:
    """A reference: a whole act, a section or article (with its subdivisions), a section range.

    Its act is one of the Collection, an EU act or one of the constitutional order. A section may
    have a subsection, letter, point, sentence and "a násl.".

    Args:
        resolved: ``False`` also draws references whose act is unresolved (``act=None``).
    """
    act_strategy: st.SearchStrategy[Act | None] = acts()
    if not resolved:
        act_strategy = st.none() | acts()
    return _references(act_strategy)


_AMENDMENTS = ("", "", ", ve znění pozdějších předpisů", ", v platném znění")


_KIND_ABBREVIATIONS = {
    ActKind.ACT: ("zák.", "z."),
    ActKind.DECREE: ("vyhl.",),
    ActKind.GOVERNMENT_REGULATION: ("nař. vl.",),
}


def _act_after_provisions(draw: st.DrawFn, item: Act) -> str:
    forms = [item.citation_genitive, *(name.genitive for name in item.names)]
    forms += [f"{kind} č. {item.id} Sb." for kind in _KIND_ABBREVIATIONS.get(item.kind, ())]
    forms += list(item.abbreviations)
    forms += [
        "zák." + name.genitive.removeprefix("zákona")
        for name in item.names
        if name.genitive.startswith("zákona o ")
    ]
    return draw(st.sampled_from(forms))


# A sentence in the genitive, as provisions cite it: "věty první", "věty druhé".
_SENTENCE = re.compile(r" věta (\w+)")


def _genitive(match: re.Match[str]) -> str:
    word = match[1]
    return f" věty {word[:-1]}é" if word.endswith("á") else f" věty {word}"


def _written(draw: st.DrawFn, ref: LegalReference) -> str:
    """The provision as texts write it: the sentence in the nominative or the genitive."""
    text = ref.provision
    if ref.sentence is not None and draw(st.booleans()):
        text = _SENTENCE.sub(_genitive, text)
    return text


def _plain(ref: LegalReference) -> bool:
    return ref.section is not None and ref == LegalReference(ref.act, section=ref.section)


def _act_alone(draw: st.DrawFn, item: Act) -> str:
    forms = [item.citation, item.full_citation, *(name.nominative for name in item.names)]
    return draw(st.sampled_from(forms))


@st.composite
def citations(draw: st.DrawFn) -> tuple[str, tuple[LegalReference, ...]]:
    """A citation phrase with the references it makes, in one of the forms texts use.

    Lists of provisions sharing an act (``§ 10 a § 118 zákona č. 582/1991 Sb.``, ``§§ 48 a 49``,
    ``§ 36 ve spojení s § 38``), an act named first (``zákon č. 359/1999 Sb., § 24, § 24a``), a
    whole act, short names in the nominative and the genitive, abbreviations (``SŘ``, ``s. ř.``,
    ``zák. o SPOD``, ``vyhl. č.``), sentences in the nominative or the genitive, "a násl.", and a
    trailing "ve znění pozdějších předpisů" or "v platném znění".
    An act cited by name (the Charter, the Constitution, the Convention) comes after its
    provisions only: alone, its name is read by :func:`~krajsoc.law.parse_citation` but not
    looked for in free text (see :data:`krajsoc.law._names.NAME_STEMS`).
    """
    item = draw(acts())
    amendment = draw(st.sampled_from(_AMENDMENTS))
    if not item.cited_by_name and draw(st.integers(min_value=0, max_value=4)) == 0:
        return _act_alone(draw, item) + amendment, (LegalReference(item),)
    top = "article" if draw(st.booleans()) else "section"
    references = tuple(
        draw(
            st.lists(_references(st.just(item)), min_size=1, max_size=4)
            .map(lambda refs: [ref for ref in refs if getattr(ref, top) is not None])
            .filter(bool)
        )
    )
    joined = _written(draw, references[0])
    joints = [", ", " a ", " nebo "] + ([" ve spojení s "] if top == "section" else [])
    for before, ref in itertools.pairwise(references):
        separator = draw(st.sampled_from(joints))
        provision = _written(draw, ref)
        if separator != " ve spojení s " and _plain(before) and draw(st.booleans()):
            provision = provision.removeprefix("§ ")  # "§ 48 a 49"
            if joined.startswith("§ ") and draw(st.booleans()):
                joined = "§" + joined  # "§§ 48 a 49"
        joined += separator + provision
    if item.cited_by_name or top == "article" or draw(st.booleans()):
        return f"{joined} {_act_after_provisions(draw, item)}{amendment}", references
    return f"{item.citation}{amendment}, {joined}", references


def citation_texts(*, valid: bool = True) -> st.SearchStrategy[str]:
    """A valid citation phrase, as :func:`citations` draws it, without its references.

    With ``valid=False``, text :func:`~krajsoc.law.parse_citation` must refuse: a valid phrase
    broken (its ``§`` dropped, a subsection or letter spoiled, cut after ``odst.``) or text
    that is no citation at all.
    """
    if valid:
        return citations().map(lambda pair: pair[0])
    spoiled = st.one_of(
        citation_texts().map(lambda text: text.replace("§", "", 1)),
        st.builds(lambda section: f"§ {section} odst. x", sections()),
        st.builds(lambda section: f"§ {section} odst. 0", sections()),
        st.builds(lambda section: f"§ {section} odst.", sections()),
        st.builds(lambda section: f"§ {section} písm. 7)", sections()),
        st.sampled_from(["", "   ", "paragraf", "odst. 1 zákona", "§", "§§"]),
    )
    return spoiled.filter(_refused_citation)


def _refused_citation(text: str) -> bool:
    try:
        parse_citation(text)
    except KrajsocError:
        return True
    return False


def citation_matches() -> st.SearchStrategy[CitationMatch]:
    """A citation found in a sentence, as :func:`krajsoc.law.extract_citations` reports it."""
    prefix = st.sampled_from(["", "dle ", "Krajský úřad postupuje podle ", "(tel. 354 524 227) "])
    return st.builds(
        lambda before, phrase: next(extract_citations(before + phrase + ".")),
        prefix,
        citation_texts(),
    )


def reference_findings() -> st.SearchStrategy[Finding]:
    """A finding of :func:`krajsoc.law.check_reference` about a reference on some day."""
    days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
    return (
        st.builds(
            lambda ref, day: check_reference(ref, on=day).findings,
            legal_references(resolved=False),
            days,
        )
        .filter(bool)
        .flatmap(st.sampled_from)
    )
