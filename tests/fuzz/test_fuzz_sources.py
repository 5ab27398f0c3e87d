"""Articles, EU acts and a region's own acts, in any arrangement: a value or a ``KrajsocError``.

Random text rarely holds "čl.", "(EU)" or a region's act, so the texts here are built from the
pieces of those citations, broken and joined at random, and read with an extended registry.
"""

from __future__ import annotations

import contextlib
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from krajsoc.errors import KrajsocError
from krajsoc.law import (
    BUILT_IN_ACTS,
    Act,
    ActKind,
    check_reference,
    extract_citations,
    parse_citation,
)
from tests.fuzz._support import FUZZ

REGION = BUILT_IN_ACTS.with_acts(
    Act(3, 2019, kind=ActKind.REGIONAL_REGULATION, issuer="Libereckého kraje", title="o x"),
    Act(15, 2026, kind=ActKind.ASSEMBLY_RESOLUTION, issuer="Libereckého kraje"),
)

PIECES = st.sampled_from(
    [
        "čl.", "čl. ", "Čl.", "cl.", "článku ", "č. l. ", "6", "06", "0", "99999", "10a", "II",
        "IIII", "ii", "MMMMCM", "x", " odst. ", "1", " písm. ", "e)", " bod ", " a ", ", ",
        " nebo ", " až ", "GDPR", " GDPR", "Listiny", " Ústavy", "Úmluvy o právech dítěte",
        "nařízení ", "(EU) ", "(EU)", "(EU) č. ", "2016/679", "2016/", "/679", "směrnice ",
        "Evropského parlamentu a Rady ", "obecného nařízení o ochraně osobních údajů",
        "nařízení Libereckého kraje č. 3/2019", "Libereckého kraje ", "kraje č. ", "3/2019",
        "usnesení zastupitelstva Libereckého kraje č. 15/2026", "usnesení č. 15/2026",
        "§ 5", " zákona č. 401/2012 Sb.", "\n", " ", "(", ")", ".", "\x00", "\u0301",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=24).map("".join) | st.text(max_size=60)


@FUZZ
@given(text=TEXTS, extended=st.booleans())
def test_reading_articles_and_regional_acts_returns_a_value_or_a_krajsoc_error(
    text: str, extended: bool
) -> None:
    acts = REGION if extended else None
    with contextlib.suppress(KrajsocError):
        parse_citation(text, acts=acts)
    for match in extract_citations(text, acts=acts):
        assert text[match.start : match.end] == match.text
        assert parse_citation(match.text, acts=acts) == match.references
    with contextlib.suppress(KrajsocError):
        check_reference(text, on=date(2026, 1, 1), acts=acts)
