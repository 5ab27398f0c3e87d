"""The citation pattern's guards never stop a token that would match (Hypothesis).

Each token the citation pattern tries after a gap stands behind a lookahead for the characters it
can start with (``_citation_pattern._STARTS``), and the act's name, abbreviation and article name
behind the first letters of the registry's spellings. A guard is only for speed: wherever the
token matches, its guard must let it, in every case and spelling, with or without diacritics,
and with the characters case folding treats alike ("ſ" and "s", "K" and "k").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.law import BUILT_IN_ACTS, Act, ActKind, ActRegistry, CitationName, extract_citations
from krajsoc.law import _citation_pattern as cp
from krajsoc.law import _name_patterns as names
from krajsoc.law import _patterns as p
from krajsoc.loaders import load_acts
from tests.test_law_extract_equivalence import _REGION

LIBEREC_ACTS = Path(__file__).parent.parent / "examples" / "data" / "liberec_acts.toml"

_WORDS = [
    ",", "a", "A", "nebo", "NEBO", "i", "I", "ı", "İ", "ve spojení s", "Ve spojení se",
    "odst.", "Odst.", "odstavce", "písm.", "pism.", "PÍSM.", "písmene", "bod", "bodu", "věty",
    "vety", "Věta", "a násl.", "A NÁSL.", "a následujících", "až", "az", "-", "–", "§",
    "ústavního zákona", "ustavniho zakona", "Zákona", "zákon", "ZÁKONEM", "vyhlášky",
    "nařízení vlády", "usnesení předsednictva České národní rady", "sdělení ministerstva",
    "z.", "zák.", "vyhl.", "nař. vl.", "ſ", "K", "ß", "\n", " ", "  ", "\t", "1", "x",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join) | st.text()


@pytest.mark.parametrize("token", list(cp._STARTS), ids=lambda token: token.pattern[:24])
@given(data=st.data())
def test_a_guard_lets_its_token_through(token: re.Pattern[str], data: st.DataObject) -> None:
    # Texts the token itself matches (Hypothesis reads its pattern), so a word added to a token
    # and not to its guard is found, and hand-picked words and any text.
    text = data.draw(st.from_regex(token, fullmatch=True) | _TEXTS) + data.draw(st.text(max_size=2))
    # Guarded tokens follow a gap, which takes the blanks and one line break before them.
    unguarded = re.compile(p.GAP.pattern + cp._token(token))
    guarded = re.compile(p.GAP.pattern + cp._guarded(token))
    if unguarded.match(text):
        assert guarded.match(text)


def _spellings_as_written(spellings: tuple[str, ...]) -> st.SearchStrategy[str]:
    def varied(spelling: str, how: int) -> str:
        spelling = (spelling, spelling.upper(), spelling.title(), spelling.lower())[how % 4]
        return spelling.translate(p.PLAIN_LETTERS) if how >= 4 else spelling

    return st.builds(varied, st.sampled_from(spellings), st.integers(0, 7))


_REGISTRIES = {"built-in": BUILT_IN_ACTS, "regional": _REGION}  # the region's acts: its own stems


@pytest.mark.parametrize("acts", _REGISTRIES.values(), ids=list(_REGISTRIES))
@given(data=st.data())
def test_the_names_guards_let_every_name_through(acts: ActRegistry, data: st.DataObject) -> None:
    index = acts.index
    for spellings, pattern in (
        (index.spellings, names.names_of(acts)),
        (index.article_spellings, names.article_names_of(acts)),
    ):
        if not spellings:
            continue
        guard = re.compile(cp._ahead(cp._first_letters(spellings), ignore_case=True))
        text = data.draw(
            _spellings_as_written(spellings) | st.from_regex(pattern, fullmatch=True) | st.text()
        )
        if pattern.match(text):
            assert guard.match(text)
    abbreviations = names.abbreviations_of(acts)
    guard = re.compile(cp._ahead({item[0] for item in index.abbreviations}, ignore_case=False))
    text = data.draw(st.sampled_from(sorted(index.abbreviations)) | st.text())
    if abbreviations.match(text):
        assert guard.match(text)


@given(st.text(alphabet=" \t\n\r\u00a0\u202f\u2028x,", max_size=12))
def test_the_possessive_gap_takes_what_the_blanks_of_a_token_take(text: str) -> None:
    # GAP is _SPACE (blanks with at most one line break) written possessively.
    assert p.GAP.match(text)[0] == re.match(p._SPACE, text)[0]  # type: ignore[index]


@pytest.mark.parametrize(
    "acts",
    [ActRegistry(()), ActRegistry(_REGION.acts[:1]), ActRegistry(load_acts(LIBEREC_ACTS))],
    ids=["no acts", "one act", "a region's acts alone"],
)
def test_a_registry_without_abbreviations_or_names_still_reads_sections(
    acts: ActRegistry,
) -> None:
    # A guard with nothing to let through matches nothing; it must still compile.
    (match,) = extract_citations("podle § 5 odst. 2 téhož", acts=acts)
    assert match.text == "§ 5 odst. 2"


@pytest.mark.parametrize(
    ("nominative", "genitive"),
    [(" požární řád", " požárního řádu"), ("požární \u0301 řád", "požárního \u0301 řádu")],
    ids=["written with a blank first", "a word that folds to nothing"],
)
def test_a_name_written_oddly_is_still_cited(nominative: str, genitive: str) -> None:
    # The guard reads a name's first letter as the tree of words does: after its blanks.
    ordinance = Act(
        7,
        2021,
        kind=ActKind.REGIONAL_ORDINANCE,
        issuer="Libereckého kraje",
        names=(CitationName(nominative, genitive),),
    )
    acts = BUILT_IN_ACTS.with_acts(ordinance)
    (match,) = extract_citations("§ 5 " + genitive.strip(), acts=acts)
    assert match.references[0].act == ordinance
