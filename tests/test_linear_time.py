"""Every parser and extractor runs in time linear in its input, whatever the input holds.

A complexity test, not a speed goal: each entry point reads an adversarial text of 10,000 and of
100,000 characters, and the larger may cost at most 25 times the smaller. A quadratic reader costs
about 100 times (the stem runs cost 1,000 times before the fix); a linear one 10 times on an idle
machine, but 15 to 22 times on the shared CI machine even for ``fold`` (one
``unicodedata.normalize`` and a join): from about 50,000 characters the work no longer fits the
processor's caches, a constant step, not a growth. 15 times flaked; 25 does not, and still fails
every quadratic reader by a factor of four.

Each cost is the best of several runs, measured in turns, in processor time
(``time.process_time``: on a machine shared with other jobs a run of 15 ms is nearly always
preempted and one of 1 ms seldom, so wall-clock time made linear readers look quadratic), with
the garbage collector paused (a full collection costs the size of the test process's heap, not of
the input). Costs too small to
measure (under 2 ms for the larger text: the reader stops at the first character it cannot read)
pass as constant.
"""

from __future__ import annotations

import contextlib
import gc
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from krajsoc.agendas import Catalogue, Recurrence, Topic
from krajsoc.cli import main
from krajsoc.deadlines import Period
from krajsoc.errors import KrajsocError
from krajsoc.law import act, extract_citations, parse_citation

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 25
MEASURABLE = 0.002  # seconds: a larger cost than this is compared; a smaller one is constant

# Runs of every stem, of every token that starts a citation, of digits, and characters that NFKD
# expands to many ("ﷺ" is 18 characters when decomposed).
UNITS = {
    "stem ákon": "ákon",
    "stem akon": "akon",
    "stem řád": "řád",
    "stem rad": "rad",
    "stem zřízení": "zřízení",
    "stem zrizeni": "zrizeni",
    "stem řízení": "řízení",
    "articles": "čl. 1 a ",
    "article words": "čl.",
    "EU marks": "(EU) ",
    "EU acts": "nařízení (EU) 2016/679 ",
    "words zákona": "zákona ",
    "words správního řádu": "správního řádu ",
    "section signs": "§ ",
    "sections": "§ 1, ",
    "subsections": "§ 1 odst. 1, 2, ",
    "digits": "1",
    "act numbers": "1/2006 Sb. ",
    "number words": "č. ",
    "dále jen": "dále jen ",
    "sections without §": "§ 1, 2, 3 a 4, ",
    "bare sections": "1, ",
    "a chains": " a",
    "a násl.": "§ 1 a násl. ",
    "sentences": "§ 1 odst. 1 věty první ",
    "lists of sentences": "§ 1 odst. 1 věty první" + " a věty druhé, třetí" * 10_000,
    "lists of sentences, again and again": "§ 1 odst. 1 věty první a věty druhé, třetí",
    # A "§" right after a provision, no separator between: the pattern once read on to the end
    # of the text from every "§" (a reviewer's find); so did a sentence's ordinal before one.
    "sections back to back": "§ 1",
    "sections back to back, no blank": "§1",
    "double signs back to back": "§§ 1",
    "a list back to back": "§ 1 a § 2",
    "articles back to back": "čl. 6 písm. a)6 písm. a)",
    "sentence lists that fail": "§ 1 věty první a věty ",
    "last sentences": "§ 1 věty poslední a ",
    "ve spojení s": "§ 1 ve spojení s ",
    "téhož zákona": "§ 1 téhož zákona ",
    "act then téhož zákona": "§ 1 zákona č. 1/2000 Sb. a § 2 téhož zákona ",
    "unknown titles": "zákona č. 117/1995 Sb., o státní sociální podpoře ",
    "abbreviated kinds": "nař. vl. č. ",
    "line breaks": " \n",
    # Lists that repeat a level's word, and words of a level the item before lacks, which the
    # scanner does not take (the pattern once read on through them from every "§" again).
    "repeated subsections": "§ 5 odst. 1" + " a odst. 2" * 20_000,  # one list, 100,000 long
    "repeated points": "§ 5 odst. 1 bod 1 a bod 2 ",
    "points after a plain section": "§ 5 a bod 1 a ",
    "letters after a subsection": "§ 5 odst. 1 a písm. c), ",
    "subsections after an article": "čl. 6 a odst. 2 a ",
    "blanks across a name": "správního \r\n řádu \u202f",
    "NFKD-expanding": "ﷺ",
}


def _text(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _quietly(read: Callable[[str], object]) -> Callable[[str], None]:
    def run(text: str) -> None:
        try:
            found = read(text)
            if hasattr(found, "__next__"):
                list(found)  # type: ignore[call-overload]
        except KrajsocError:
            pass

    return run


def _cli_extract(tmp: Path) -> Callable[[str], None]:
    def run(text: str) -> None:
        path = tmp / "text.txt"
        path.write_text(text, encoding="utf-8")
        main(["cite", "--extract", str(path), "--json"], stdout=io.StringIO(), stderr=io.StringIO())

    return run


def _catalogue_row(text: str) -> None:
    row = {
        "id": "CZ051/x/y/1",
        "region": "CZ051",
        "authorities": ["regional"],
        "department": "Odbor sociálních věcí",
        "competence": "self_governing",
        "text": text,
        "topics": ["social_work"],
    }
    with contextlib.suppress(KrajsocError):
        Catalogue.from_rows([row])


READERS: dict[str, Callable[[str], None]] = {
    "extract_citations": _quietly(extract_citations),
    "parse_citation": _quietly(parse_citation),
    "act": _quietly(act),
    "Period.parse": _quietly(Period.parse),
    "Recurrence.parse": _quietly(Recurrence.parse),
    "Topic.parse": _quietly(Topic.parse),
    "Catalogue.from_rows": _catalogue_row,
}


def _costs(
    read: Callable[[str], None], small: str, large: str, repeats: int
) -> tuple[float, float]:
    """The best cost of each text, measured in turns so that a stall hits both alike.

    The cyclic garbage collector is paused while measuring: a full collection walks the whole
    heap of the test process, so whichever run happens to trigger one pays for the test
    harness's objects, not for the reader's work.
    """
    gc.collect()
    gc.disable()
    try:
        return _measured(read, small, large, repeats)
    finally:
        gc.enable()


def _measured(
    read: Callable[[str], None], small: str, large: str, repeats: int
) -> tuple[float, float]:
    best_small = best_large = float("inf")
    for _ in range(repeats):
        for text in (small, large):
            started = time.process_time()
            read(text)
            cost = time.process_time() - started
            if text is small:
                best_small = min(best_small, cost)
            else:
                best_large = min(best_large, cost)
    return best_small, best_large


def _assert_linear(read: Callable[[str], None], unit: str) -> None:
    small, large = _text(unit, SMALL), _text(unit, LARGE)
    read(small)  # warm the caches and compile the patterns
    ratio = 0.0
    for repeats in (3, 5, 7):  # measure again before failing: a busy machine can stall a run
        small_cost, large_cost = _costs(read, small, large, repeats)
        if large_cost < MEASURABLE:
            return
        ratio = large_cost / max(small_cost, 1e-6)
        if ratio <= MAX_RATIO:
            return
    raise AssertionError(f"10x the text costs {ratio:.1f}x the time")


@pytest.mark.parametrize("unit", UNITS.values(), ids=list(UNITS))
@pytest.mark.parametrize("reader", list(READERS))
def test_each_reader_costs_time_linear_in_an_adversarial_input(reader: str, unit: str) -> None:
    _assert_linear(READERS[reader], unit)


@pytest.mark.parametrize("unit", ["§ 1\n", "řád\n", "zákona č. 1/2006 Sb.\n"])
def test_the_cli_lists_the_citations_of_a_file_in_linear_time(tmp_path: Path, unit: str) -> None:
    _assert_linear(_cli_extract(tmp_path), unit)


def test_a_run_of_a_stem_holds_no_citation_and_costs_no_rescanning() -> None:
    assert list(extract_citations("řád" * 33_333)) == []
    assert list(extract_citations("zákon" * 20_000)) == []
