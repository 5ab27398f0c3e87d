"""Lists that repeat a level's word: "odst. 1 a odst. 3", "písm. a) a písm. c)", "bod 2 a bod 3".

Decisions write a list of subsections with the word before each item as often as without it.
Each item keeps the levels above the repeated word and reads its own below it ("odst. 3 písm.
b)"). ``parse_citation`` and ``extract_citations`` read the same references.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.errors import CitationError
from krajsoc.law import extract_citations, parse_citation
from tests.test_law_extract_equivalence import scanned_in_place

CASES = [
    (
        "§ 5 odst. 1 a odst. 3 zákona č. 108/2006 Sb.",
        ["§ 5 odst. 1 zákona č. 108/2006 Sb.", "§ 5 odst. 3 zákona č. 108/2006 Sb."],
    ),
    (
        "§ 5 odst. 1 a odst. 3 písm. b) zákona č. 108/2006 Sb.",
        ["§ 5 odst. 1 zákona č. 108/2006 Sb.", "§ 5 odst. 3 písm. b) zákona č. 108/2006 Sb."],
    ),
    (
        "§ 16 odst. 1 písm. a) a písm. c) zákona č. 359/1999 Sb.",
        [
            "§ 16 odst. 1 písm. a) zákona č. 359/1999 Sb.",
            "§ 16 odst. 1 písm. c) zákona č. 359/1999 Sb.",
        ],
    ),
    (
        "§ 5 odst. 1, odst. 2 a odst. 4 ZSS",
        [
            "§ 5 odst. 1 zákona č. 108/2006 Sb.",
            "§ 5 odst. 2 zákona č. 108/2006 Sb.",
            "§ 5 odst. 4 zákona č. 108/2006 Sb.",
        ],
    ),
    (
        "§ 5 odst. 1 a 2 a odst. 4 ZSS",
        [
            "§ 5 odst. 1 zákona č. 108/2006 Sb.",
            "§ 5 odst. 2 zákona č. 108/2006 Sb.",
            "§ 5 odst. 4 zákona č. 108/2006 Sb.",
        ],
    ),
    (
        "§ 5 odst. 1 písm. a) bod 2 a bod 3 SŘ",
        [
            "§ 5 odst. 1 písm. a) bod 2 zákona č. 500/2004 Sb.",
            "§ 5 odst. 1 písm. a) bod 3 zákona č. 500/2004 Sb.",
        ],
    ),
    (
        "§ 12 odst. 2 věty první a odst. 3 zákona č. 500/2004 Sb.",
        ["§ 12 odst. 2 věta první zákona č. 500/2004 Sb.", "§ 12 odst. 3 zákona č. 500/2004 Sb."],
    ),
    (
        "čl. 6 odst. 1 písm. a) a písm. e) GDPR",
        [
            "čl. 6 odst. 1 písm. a) nařízení Evropského parlamentu a Rady (EU) 2016/679",
            "čl. 6 odst. 1 písm. e) nařízení Evropského parlamentu a Rady (EU) 2016/679",
        ],
    ),
    (
        "podle § 5 odst. 1 nebo odstavce 2 zakona c. 108/2006 Sb.",
        ["§ 5 odst. 1 zákona č. 108/2006 Sb.", "§ 5 odst. 2 zákona č. 108/2006 Sb."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_a_list_that_repeats_its_word_is_read_alike_by_both(text: str, expected: list[str]) -> None:
    (match,) = extract_citations(text)
    assert [str(ref) for ref in match.references] == expected
    phrase = text[text.index("§") if "§" in text else 0 :]
    assert [str(ref) for ref in parse_citation(phrase)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "§ 5 odst. 1 a písm. c) zákona č. 108/2006 Sb.",  # no letter before: no list of letters
        "§ 5 písm. a) a odst. 2 zákona č. 108/2006 Sb.",  # no subsection before
        "§ 5 odst. 1 a odst. zákona č. 108/2006 Sb.",  # the word without its number
    ],
)
def test_a_word_of_a_level_the_item_before_lacks_ends_the_list(text: str) -> None:
    first = next(extract_citations(text))
    assert len(first.references) == 1
    assert first.references[0].act is None  # the act is not next to the provision
    with pytest.raises(CitationError):
        parse_citation(text)


def test_a_long_list_takes_no_recursion() -> None:
    text = "§ 5 odst. 1" + " a odst. 2" * 5000 + " ZSS"
    (match,) = extract_citations(text)
    assert len(match.references) == 5001
    assert len(parse_citation(text)) == 5001


_ITEMS = st.lists(
    st.sampled_from(
        [
            " odst. 1", " odst. 12", " písm. c)", " pism. d)", " bod 2", " věty první", " a násl.",
            " a odst. 3", " a odstavce 4", ", odst. 2", " nebo odst. 5", " a písm. e)",
            ", písm. f)",
            " a bod 3", " nebo bod 4", " a 2", ", 3", " a d)", " a odst.", " a písm.", " a bod",
            " a odst. x", " a § 7", " a 8", "\n", " ",
        ]
    ),
    max_size=8,
)  # fmt: skip
_ENDS = st.sampled_from(["", " ZSS", " zákona č. 108/2006 Sb.", " SŘ", " téhož zákona", ", tel."])


@settings(max_examples=500, deadline=None)
@given(items=_ITEMS, end=_ENDS, start=st.sampled_from(["§ 5", "čl. 6", "§§ 10"]))
def test_extraction_reads_such_lists_as_the_scanner_reads_them(
    items: list[str], end: str, start: str
) -> None:
    text = start + "".join(items) + end + (" GDPR" if start.startswith("čl") else "")
    assert list(extract_citations(text)) == scanned_in_place(text)
