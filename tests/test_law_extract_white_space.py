"""A name's words apart by any white space a gap crosses are one name, as in text with CR LF.

Text from Windows keeps CR LF where a line breaks (read with ``newline=""``, from a database or a
spreadsheet cell), and word processors join words with U+202F or U+00A0. The walk back from a
name's word crosses what the citation pattern crosses between two words: blanks of any kind with
at most one line break. Before, "starého" CR LF "občanského zákoníku" was read as the new civil
code.
"""

from __future__ import annotations

import pytest

from krajsoc.law import extract_citations

CASES = [
    ("podle správního\r\nřádu", "správního\r\nřádu", "500/2004"),
    ("podle správního \n řádu", "správního \n řádu", "500/2004"),
    ("podle správního\u202fřádu", "správního\u202fřádu", "500/2004"),
    ("dle krajského\r\nzřízení", "krajského\r\nzřízení", "129/2000"),
    ("dle starého\r\nobčanského zákoníku", "starého\r\nobčanského zákoníku", "40/1964"),
    (
        "dle starého\u00a0občanského\u2009zákoníku",
        "starého\u00a0občanského\u2009zákoníku",
        "40/1964",
    ),
]


@pytest.mark.parametrize(("text", "cited", "act"), CASES, ids=[case[0] for case in CASES])
def test_a_name_across_any_white_space_is_one_name(text: str, cited: str, act: str) -> None:
    (match,) = extract_citations(text)
    assert match.text == cited
    assert match.references[0].act is not None
    assert match.references[0].act.id == act


def test_a_blank_line_still_parts_two_words() -> None:
    # Two line breaks end a citation, so they part a name's words too.
    assert list(extract_citations("správního\n\nřádu")) == []
    assert list(extract_citations("správního\r\n\r\nřádu")) == []
