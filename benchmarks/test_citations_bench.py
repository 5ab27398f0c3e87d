"""Citation extraction over ~10 MB of agenda-like text, beside a baseline in the same run.

The text is seeds 000 and 001 (tests/data) repeated to ~10 MB, built once per module. The
baseline is one ``re.finditer(r"§\\s*\\d+", text)`` pass: the least any extractor must do.
Throughput is printed in MB/s (characters per second / 10⁶).

Two floors are measured beside them: the literal passes extraction makes over the whole text, in C
alone (counted, with no Python work for any hit), and the citation pattern tried at every start
extraction tries it at. Their sum is the least extraction can cost with these passes and this
pattern, whatever the Python around them does (docs/performance.md, "The floor").

The annotated corpus (``tests/data/citation_corpus``, read by ``tests/citation_corpus.py``) is
measured too, document by document, with the memo of phrases cleared before each round (each
document read once, as an analyst reads it) and kept (phrases seen before), beside the same
baseline; the extra info gives the cost per extracted reference. Skipped where the corpus is
absent.

Run: python -m pytest benchmarks/test_citations_bench.py --benchmark-enable
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from krajsoc.law import CitationMatch, extract_citations

DATA = Path(__file__).parent.parent / "tests" / "data"
SIZE = 10_000_000


@pytest.fixture(scope="module")
def agenda_text() -> str:
    seeds = "\n\n".join(
        (DATA / name).read_text(encoding="utf-8")
        for name in ("seed_000_lk_social_work.txt", "seed_001_social_work_procedure.txt")
    )
    return (seeds + "\n\n") * (SIZE // len(seeds) + 1)


def _report(benchmark: Any, text: str) -> None:
    if benchmark.stats is not None:  # None when benchmarks are disabled
        seconds = benchmark.stats.stats.min
        benchmark.extra_info["MB/s"] = round(len(text) / seconds / 1e6, 1)


def test_extract_citations_over_10_mb(benchmark: Any, agenda_text: str) -> None:
    def extract_all() -> list[CitationMatch]:
        return list(extract_citations(agenda_text))

    found = benchmark(extract_all)
    _report(benchmark, agenda_text)
    assert len(found) > 1000


def test_baseline_one_finditer_pass_over_10_mb(benchmark: Any, agenda_text: str) -> None:
    section = re.compile(r"§\s*\d+")

    def find_all() -> list[re.Match[str]]:
        return list(section.finditer(agenda_text))

    found = benchmark(find_all)
    _report(benchmark, agenda_text)
    assert len(found) > 1000


def test_floor_literal_passes_over_10_mb(benchmark: Any, agenda_text: str) -> None:
    # The searches candidates() runs over the whole text, each hit only counted: "§" and "/" by
    # str.count, the article letters and the stems by their own patterns, "(EU)" by str.count.
    from krajsoc.law._act_registry import BUILT_IN_ACTS
    from krajsoc.law._names import EU_MARK
    from krajsoc.law._patterns import ARTICLE_LETTERS
    from krajsoc.law._stem_search import stem_searches

    stems = stem_searches(BUILT_IN_ACTS.index.stems)
    searches = [ARTICLE_LETTERS, *(search.pattern for search in stems)]

    def count_all() -> int:
        hits = agenda_text.count("§") + agenda_text.count("/") + agenda_text.count(EU_MARK)
        return hits + sum(sum(1 for _ in search.finditer(agenda_text)) for search in searches)

    assert benchmark(count_all) > 1000
    _report(benchmark, agenda_text)


def test_floor_citation_pattern_at_each_start_over_10_mb(benchmark: Any, agenda_text: str) -> None:
    from krajsoc.law._act_registry import BUILT_IN_ACTS
    from krajsoc.law._candidates import candidates
    from krajsoc.law._citation_pattern import citation_pattern

    shape = citation_pattern(BUILT_IN_ACTS)
    tried, done = [], 0
    for start in candidates(agenda_text, BUILT_IN_ACTS.index):  # as extraction skips them
        if start >= done:
            tried.append(start)
            found = shape.match(agenda_text, start)
            done = done if found is None else found.end()
    match = shape.match

    def match_all() -> list[re.Match[str] | None]:
        return [match(agenda_text, start) for start in tried]

    assert sum(found is not None for found in benchmark(match_all)) > 1000
    _report(benchmark, agenda_text)


def _corpus_texts() -> list[str]:
    try:
        from tests.citation_corpus import load_corpus
    except ImportError:  # the corpus is not part of this checkout
        pytest.skip("the annotated corpus (tests/citation_corpus.py) is not here")
    return [document.text for document in load_corpus()]


def _per_reference(benchmark: Any, texts: list[str]) -> None:
    if benchmark.stats is not None:  # None when benchmarks are disabled
        references = sum(len(m.references) for text in texts for m in extract_citations(text))
        seconds = benchmark.stats.stats.min
        benchmark.extra_info["references"] = references
        benchmark.extra_info["µs per reference"] = round(seconds / references * 1e6, 2)


@pytest.mark.parametrize("memo", ["cleared", "kept"])
def test_extract_citations_on_the_annotated_corpus(benchmark: Any, memo: str) -> None:
    from krajsoc.law import _extract

    texts = _corpus_texts()

    def extract_all() -> int:
        if memo == "cleared":
            _extract._read_memoised.cache_clear()
        return sum(len(list(extract_citations(text))) for text in texts)

    assert benchmark(extract_all) > 250  # matches; a match may make several references
    _per_reference(benchmark, texts)


def test_baseline_one_finditer_pass_over_the_annotated_corpus(benchmark: Any) -> None:
    texts = _corpus_texts()
    section = re.compile(r"§\s*\d+")

    def find_all() -> int:
        return sum(len(list(section.finditer(text))) for text in texts)

    assert benchmark(find_all) > 100
    _per_reference(benchmark, texts)
