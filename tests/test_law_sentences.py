"""Sentences as decisions cite them: the last ("věty poslední") and lists ("věty první a druhé").

Decisions cite the last sentence of a subsection by its position, not its number, as often as
by its number ("věty poslední"). A reference keeps it as :data:`~krajsoc.law.LAST_SENTENCE`,
renders it "věta poslední" and sorts it after every numbered sentence; ``parse_citation`` and
``extract_citations`` read it in every case, with or without diacritics. A list of sentences by
their ordinals is one reference per sentence, sharing the levels above.
"""

from __future__ import annotations

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.errors import CitationError, InvalidInputError
from krajsoc.law import (
    LAST_SENTENCE,
    MAX_SENTENCE,
    Act,
    LegalReference,
    Sentence,
    act,
    extract_citations,
    parse_citation,
)
from krajsoc.law._patterns import loose
from krajsoc.law._reference import SENTENCE_WORDS
from krajsoc.testing.strategies import acts, sections
from tests.test_law_case_fold_lookalikes import alike
from tests.test_law_extract_equivalence import scanned_in_place

SPOD = act("359/1999")
LAST = LegalReference(SPOD, section="16", subsection=1, sentence=LAST_SENTENCE)


@pytest.mark.parametrize(
    "text",
    [
        "§ 16 odst. 1 věty poslední zákona č. 359/1999 Sb.",
        "§ 16 odst. 1 věta poslední zákona č. 359/1999 Sb.",
        "§ 16 odst. 1 větou poslední zákona č. 359/1999 Sb.",
        "§ 16 odst. 1 větě poslední zákona č. 359/1999 Sb.",
        "§ 16 odst. 1 vety posledni zakona c. 359/1999 Sb.",
        "§ 16 odst. 1 Věty Poslední zákona č. 359/1999 Sb.",
        "§ 16 odst. 1, věty poslední zákona č. 359/1999 Sb.",
        "§ 16 odst. 1 věty\nposlední zákona o sociálně-právní ochraně dětí",
    ],
)
def test_the_last_sentence_is_read_in_every_case(text: str) -> None:
    assert parse_citation(text) == (LAST,)
    (match,) = extract_citations(f"Podle {text} rozhodl úřad.")
    assert match.text == text
    assert match.references == (LAST,)


def test_the_last_sentence_renders_as_the_nominative_and_reads_back() -> None:
    assert str(LAST) == "§ 16 odst. 1 věta poslední zákona č. 359/1999 Sb."
    assert LAST.short == "§ 16 odst. 1 věta poslední zákona o sociálně-právní ochraně dětí"
    assert parse_citation(str(LAST)) == (LAST,)


def test_the_last_sentence_comes_with_and_following() -> None:
    expected = LegalReference(
        act("500/2004"), section="36", subsection=3, sentence=LAST_SENTENCE, following=True
    )
    assert parse_citation("§ 36 odst. 3 věty poslední a násl. správního řádu") == (expected,)
    assert str(expected) == "§ 36 odst. 3 věta poslední a násl. zákona č. 500/2004 Sb."


def test_the_last_sentence_sorts_after_every_numbered_one() -> None:
    numbered = [
        LegalReference(SPOD, section="16", subsection=1, sentence=number)
        for number in range(1, MAX_SENTENCE + 1)
    ]
    whole = LegalReference(SPOD, section="16", subsection=1)
    assert sorted([LAST, *reversed(numbered), whole]) == [whole, *numbered, LAST]


@pytest.mark.parametrize(
    "text",
    [
        "§ 16 odst. 1 věty posledních",  # another word, not the ordinal
        "§ 16 odst. 1 věty poslednímu",
        "§ 16 odst. 1 věty předposlední",  # the one before the last is not read
    ],
)
def test_a_word_that_is_not_the_ordinal_ends_the_provision(text: str) -> None:
    with pytest.raises(CitationError, match="sentence"):
        parse_citation(text)
    (match,) = extract_citations(text)
    assert match.text == "§ 16 odst. 1"


@pytest.mark.parametrize("value", ["poslední", "Last", "", "first", " last"])
def test_a_sentence_in_words_other_than_the_constant_is_refused(value: str) -> None:
    with pytest.raises(InvalidInputError, match="LAST_SENTENCE") as raised:
        LegalReference(SPOD, section="16", sentence=value)  # type: ignore[arg-type]
    assert raised.value.where == "sentence"


@pytest.mark.parametrize("value", [0, MAX_SENTENCE + 1, -1])
def test_a_sentence_number_out_of_range_names_the_last_sentence_too(value: int) -> None:
    with pytest.raises(InvalidInputError, match="věta poslední"):
        LegalReference(SPOD, section="16", sentence=value)


def test_a_mapping_gives_the_last_sentence_as_last() -> None:
    adapter = pydantic.TypeAdapter(LegalReference)
    data = {"act": "359/1999", "section": "16", "subsection": 1, "sentence": "last"}
    assert adapter.validate_python(data) == LAST
    assert adapter.dump_python(LAST) == "§ 16 odst. 1 věta poslední zákona č. 359/1999 Sb."
    assert adapter.validate_json(adapter.dump_json(LAST)) == LAST


@pytest.mark.parametrize("value", ["poslední", "first", "1.5", "last "])
def test_a_mapping_with_another_word_for_the_sentence_is_refused(value: str) -> None:
    adapter = pydantic.TypeAdapter(LegalReference)
    with pytest.raises(pydantic.ValidationError, match="'last'"):
        adapter.validate_python({"section": "16", "act": "359/1999", "sentence": value})


@given(
    act=acts(),
    section=sections(),
    subsection=st.none() | st.integers(1, 30),
    following=st.booleans(),
)
def test_any_last_sentence_round_trips_and_is_extracted_as_scanned(
    act: Act, section: str, subsection: int | None, following: bool
) -> None:
    ref = LegalReference(
        act,
        section=section,
        subsection=subsection,
        sentence=LAST_SENTENCE,
        following=following,
    )
    assert parse_citation(str(ref)) == (ref,)
    text = f"Viz {ref.provision.replace('věta', 'věty')} téhož zákona a dále."
    found = list(extract_citations(text))
    assert found == scanned_in_place(text)
    assert [item.sentence for match in found for item in match.references] == [LAST_SENTENCE]


SR = "zákona č. 500/2004 Sb."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "§ 16 odst. 1 věty první a druhé zákona č. 359/1999 Sb.",
            [f"§ 16 odst. 1 věta {word} zákona č. 359/1999 Sb." for word in ("první", "druhá")],
        ),
        (
            "§ 16 odst. 1 věty první a věty poslední SŘ",
            [f"§ 16 odst. 1 věta {word} {SR}" for word in ("první", "poslední")],
        ),
        (
            "§ 36 odst. 3 věty první, druhé a třetí a násl. SŘ",
            [f"§ 36 odst. 3 věta první {SR}", f"§ 36 odst. 3 věta druhá {SR}",
             f"§ 36 odst. 3 věta třetí a násl. {SR}"],
        ),
        (
            "§ 36 odst. 3 věty druhé nebo třetí SŘ",
            [f"§ 36 odst. 3 věta {word} {SR}" for word in ("druhá", "třetí")],
        ),
        (
            "§ 36 věty první a věty druhé, § 37 věty poslední SŘ",
            [f"§ 36 věta první {SR}", f"§ 36 věta druhá {SR}", f"§ 37 věta poslední {SR}"],
        ),
        (
            "§ 36 odst. 1 písm. a) vety prvni a vety druhe spravniho radu",
            [f"§ 36 odst. 1 písm. a) věta {word} {SR}" for word in ("první", "druhá")],
        ),
    ],
)  # fmt: skip
def test_a_list_of_sentences_is_a_reference_per_sentence(text: str, expected: list[str]) -> None:
    assert [str(ref) for ref in parse_citation(text)] == expected
    (match,) = extract_citations(f"Podle {text} rozhodl.")
    assert match.text == text
    assert [str(ref) for ref in match.references] == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("§ 5 věty první a 2 SŘ", "§ 5 věty první"),  # a number is no item of the list
        ("§ 5 věty první a další", "§ 5 věty první"),
        ("§ 5 věty první a věty", "§ 5 věty první"),  # the word without its ordinal
        ("§ 5 věty první a\n\ndruhé", "§ 5 věty první"),  # a blank line ends it
    ],
)
def test_a_list_of_sentences_ends_before_what_is_no_sentence(text: str, read: str) -> None:
    (match, *_) = extract_citations(text)
    assert match.text == read
    assert list(extract_citations(text)) == scanned_in_place(text)


_ORDINALS = [*(word[:-1] + "é" if word.endswith("á") else word for word in SENTENCE_WORDS)]


@given(
    first=st.integers(1, MAX_SENTENCE),
    more=st.lists(st.integers(1, MAX_SENTENCE + 1), min_size=1, max_size=5),
    repeat_word=st.lists(st.booleans(), min_size=5, max_size=5),
    separators=st.lists(st.sampled_from([" a ", ", ", " nebo ", " i "]), min_size=5, max_size=5),
)
def test_any_list_of_sentences_reads_one_reference_per_item(
    first: int, more: list[int], repeat_word: list[bool], separators: list[str]
) -> None:
    ordinal = ["", *_ORDINALS, "poslední"]  # index 1 to 10, then 11 for the last
    text = f"§ 16 odst. 1 věty {ordinal[first]}"
    for number, again, separator in zip(more, repeat_word, separators, strict=False):
        text += separator + ("věty " if again else "") + ordinal[number]
    text += " zákona č. 359/1999 Sb."
    sentences: list[Sentence] = [
        LAST_SENTENCE if number > MAX_SENTENCE else number for number in [first, *more]
    ]
    expected = tuple(
        LegalReference(SPOD, section="16", subsection=1, sentence=item) for item in sentences
    )
    assert parse_citation(text) == expected
    found = list(extract_citations(f"Viz {text}."))
    assert [ref for match in found for ref in match.references] == list(expected)
    assert found == scanned_in_place(f"Viz {text}.")


def test_a_sentence_word_again_takes_a_number_too() -> None:
    expected = [f"§ 5 věta první {SR}", f"§ 5 věta druhá {SR}"]
    assert [str(ref) for ref in parse_citation("§ 5 věty první a věta 2 SŘ")] == expected
    (match,) = extract_citations("Podle § 5 věty první a věta 2 SŘ.")
    assert [str(ref) for ref in match.references] == expected


def test_a_bad_sentence_after_the_word_again_is_named_in_strict_mode() -> None:
    with pytest.raises(CitationError, match="a sentence is numbered from 1 to 10") as raised:
        parse_citation("§ 5 věty první a věty jedenácté SŘ")
    assert raised.value.position == 22
    (match,) = extract_citations("§ 5 věty první a věty jedenácté SŘ")
    assert match.text == "§ 5 věty první"


# Every character a letter of an ordinal matches ignoring case, as the patterns read it: "ı"
# (dotless i) is one, and a table of folded forms did not know it (a KeyError from both parsers).
_FORMS = [*_ORDINALS, "poslední", "druhou", "třetí", "desátou"]
_VALUES: dict[str, Sentence] = {
    **{form: number for number, form in enumerate(_ORDINALS, 1)},
    "poslední": LAST_SENTENCE,
    "druhou": 2,
    "třetí": 3,
    "desátou": 10,
}


@st.composite
def _ordinals_in_any_case(draw: st.DrawFn) -> tuple[str, Sentence]:
    form = draw(st.sampled_from(_FORMS))
    letters = []
    for letter in form:
        letters.append(draw(st.sampled_from(alike(letter, loose(letter)))))
    return "".join(letters), _VALUES[form]


@given(_ordinals_in_any_case(), _ordinals_in_any_case())
def test_an_ordinal_in_any_case_reads_as_its_sentence(
    first: tuple[str, Sentence], second: tuple[str, Sentence]
) -> None:
    text = f"§ 5 věty {first[0]} a {second[0]} SŘ"
    refs = parse_citation(text)
    assert [ref.sentence for ref in refs] == [first[1], second[1]]
    assert [ref for match in extract_citations(text) for ref in match.references] == list(refs)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("§ 1§ 2 SŘ", ["§ 1", "§ 2 SŘ"]),  # no separator: two citations, the first without act
        ("§ 1 věty třetí§ 2 SŘ", ["§ 1 věty třetí", "§ 2 SŘ"]),
        ("čl. 6 písm. a)6 GDPR", []),  # an article with no act is not reported
    ],
)
def test_a_provision_right_after_another_starts_a_citation_of_its_own(
    text: str, read: list[str]
) -> None:
    found = list(extract_citations(text))
    assert [match.text for match in found] == read
    assert found == scanned_in_place(text)
