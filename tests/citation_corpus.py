"""The annotated citation corpus: its loader and the measurement of ``extract_citations`` on it.

The markup is described in ``tests/data/citation_corpus/README.md``. In short: ``⟦span⟧⟨ref; ref⟩``
is a citation as written with the ``str()`` of each reference it makes, ``⟪span⟫⟨class⟩`` a text
that must not be found (a case number, a phone number ...), and ``%% key: value`` lines at the top
of a document say what it is.

The rule (the end of /work/CITATION_FORMS.md): an annotated reference is *found* when a match of
``extract_citations`` whose span overlaps the annotated span has a reference whose ``str()`` equals
it; an extracted reference that no overlapping annotation names is a *false hit*. Precision is the
share of extracted references that are not false hits, recall the share of annotated references
found.

Run ``python -m tests.citation_corpus`` for the figures and every miss and false hit.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from krajsoc.law import CitationMatch, extract_citations

__all__ = [
    "CORPUS",
    "NEGATIVE_CLASSES",
    "Annotation",
    "CorpusMarkupError",
    "Document",
    "FalseHit",
    "Miss",
    "Negative",
    "Score",
    "load_corpus",
    "parse_document",
    "score",
    "total",
]

CORPUS = Path(__file__).parent / "data" / "citation_corpus"

NEGATIVE_CLASSES: dict[str, str] = {
    "case-number": "č. j., sp. zn. of a file",
    "phone": "a phone number",
    "postcode": "a postcode",
    "ico": "an IČO",
    "resolution": "a resolution of a body (usnesení č. …)",
    "frequency": "'2x ročně' and the like",
    "date": "a date",
    "amount": "an amount of money",
    "contract-article": "an article of a contract, statute of a body or rules of procedure",
    "regional-act": "a region's own act (the corpus is measured with the built-in registry)",
}
"""The classes of texts that must not be found, with what each is."""

HEADER_KEYS = ("title", "region", "kind")
_HEADER = re.compile(r"%% (?P<key>[a-z]+): (?P<value>.+)")
_MARKUP = re.compile(
    r"⟦(?P<ref_span>[^⟦⟧⟨⟩⟪⟫]+)⟧⟨(?P<refs>[^⟦⟧⟨⟩⟪⟫\n]*)⟩"
    r"|⟪(?P<neg_span>[^⟦⟧⟨⟩⟪⟫]+)⟫⟨(?P<neg_class>[^⟦⟧⟨⟩⟪⟫\n]*)⟩"
)
_MARKUP_CHARS = "⟦⟧⟨⟩⟪⟫"

_SECTION = r"\d{1,4}[a-z]{0,2}"
_SENTENCE = "první|druhá|třetí|čtvrtá|pátá|šestá|sedmá|osmá|devátá|desátá"
_SUBDIVISIONS = (
    rf"(?: odst\. \d{{1,3}})?(?: písm\. (?:ch|[a-z])\))?(?: bod \d{{1,3}})?"
    rf"(?: věta (?:{_SENTENCE}))?"
)
_NUMBERED = r"č\. [1-9]\d{0,3}/(?:19|20)\d\d Sb\."
_EU = r"nařízení Evropského parlamentu a Rady \(EU\) \d{4}/\d{1,4}"
_CHARTERS = r"Listiny základních práv a svobod|Ústavy České republiky|Úmluvy o právech dítěte"
_GENITIVE_ACT = rf"(?:zákona|vyhlášky|nařízení vlády|ústavního zákona) {_NUMBERED}|{_EU}"
_WHOLE_ACT = rf"(?:zákon|vyhláška|nařízení vlády|ústavní zákon) {_NUMBERED}|{_EU}"
_CANONICAL = re.compile(
    rf"§ {_SECTION}(?: až {_SECTION}| a násl\.)?{_SUBDIVISIONS}(?: (?:{_GENITIVE_ACT}))?"
    rf"|čl\. \d{{1,3}}[a-z]?(?: a násl\.)?{_SUBDIVISIONS} (?:{_GENITIVE_ACT}|{_CHARTERS})"
    rf"|{_WHOLE_ACT}"
)
"""The renderings of /work/CITATION_FORMS.md an annotation may name: a typo fails to load."""


class CorpusMarkupError(ValueError):
    """An annotation of the corpus is not well formed."""


@dataclasses.dataclass(frozen=True)
class Annotation:
    """A citation as written (``text`` at ``span`` of the plain text) and what it must give."""

    document: str
    line: int
    span: tuple[int, int]
    text: str
    references: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Negative:
    """A text at ``span`` of class ``kind`` (a key of :data:`NEGATIVE_CLASSES`): no citation."""

    document: str
    line: int
    span: tuple[int, int]
    text: str
    kind: str


@dataclasses.dataclass(frozen=True)
class Document:
    """One text of the corpus with the markup stripped, and its annotations."""

    name: str
    header: dict[str, str]
    text: str
    annotations: tuple[Annotation, ...]
    negatives: tuple[Negative, ...]
    header_lines: int = 0

    def line_of(self, offset: int) -> int:
        """The line of the corpus file (header included) that holds ``offset`` of the text."""
        return self.header_lines + self.text.count("\n", 0, offset) + 1

    @property
    def reference_count(self) -> int:
        """How many references the document's annotations name."""
        return sum(len(item.references) for item in self.annotations)


def _fail(name: str, line: int, problem: str) -> CorpusMarkupError:
    return CorpusMarkupError(f"{name}, line {line}: {problem}")


def _header(name: str, lines: list[str]) -> tuple[dict[str, str], int]:
    header: dict[str, str] = {}
    count = 0
    for count, line in enumerate(lines):
        if not line.startswith("%%"):
            break
        match = _HEADER.fullmatch(line)
        if match is None or match["key"] not in HEADER_KEYS:
            raise _fail(
                name, count + 1, f"a header line is '%% key: value' with a key of {HEADER_KEYS}"
            )
        header[match["key"]] = match["value"].strip()
    else:
        count = len(lines)
    missing = [key for key in HEADER_KEYS if key not in header]
    if missing:
        raise _fail(name, 1, f"the header lacks {', '.join(missing)}")
    return header, count


def _references(name: str, line: int, written: str) -> tuple[str, ...]:
    references = tuple(item.strip() for item in written.split(";"))
    for item in references:
        if not item:
            raise _fail(name, line, f"an empty reference in ⟨{written}⟩")
        if _CANONICAL.fullmatch(item) is None:
            raise _fail(name, line, f"{item!r} is not a rendering of CITATION_FORMS.md")
    if len(set(references)) != len(references):
        raise _fail(name, line, f"a reference named twice in ⟨{written}⟩")
    return references


def _check_plain(name: str, raw: str, start: int, end: int) -> None:
    for at in range(start, end):
        if raw[at] in _MARKUP_CHARS:
            raise _fail(name, raw.count("\n", 0, at) + 1, f"a stray {raw[at]!r}")


def parse_document(name: str, raw: str) -> Document:
    """Strip the markup from ``raw`` and return the document with its annotations.

    Raises:
        CorpusMarkupError: The header, a bracket, a reference or a class is not well formed.
    """
    lines = raw.split("\n")
    header, body_line = _header(name, lines)
    body = "\n".join(lines[body_line:])
    plain: list[str] = []
    length = 0
    annotations: list[Annotation] = []
    negatives: list[Negative] = []
    position = 0
    for match in _MARKUP.finditer(body):
        _check_plain(name, body, position, match.start())
        piece = body[position : match.start()]
        plain.append(piece)
        length += len(piece)
        line = body_line + body.count("\n", 0, match.start()) + 1
        span_text = match["ref_span"] if match["ref_span"] is not None else match["neg_span"]
        if span_text != span_text.strip():
            raise _fail(name, line, f"the span {span_text!r} starts or ends with white space")
        span = (length, length + len(span_text))
        if match["ref_span"] is not None:
            refs = _references(name, line, match["refs"])
            annotations.append(Annotation(name, line, span, span_text, refs))
        else:
            if match["neg_class"] not in NEGATIVE_CLASSES:
                raise _fail(name, line, f"unknown class ⟨{match['neg_class']}⟩")
            negatives.append(Negative(name, line, span, span_text, match["neg_class"]))
        plain.append(span_text)
        length += len(span_text)
        position = match.end()
    _check_plain(name, body, position, len(body))
    plain.append(body[position:])
    text = "".join(plain)
    return Document(name, header, text, tuple(annotations), tuple(negatives), body_line)


def load_corpus(folder: Path = CORPUS) -> tuple[Document, ...]:
    """Every ``*.txt`` document of the corpus, in name order."""
    return tuple(
        parse_document(path.name, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt"))
    )


@dataclasses.dataclass(frozen=True)
class Miss:
    """An annotated reference no overlapping match gave; ``got`` is what the matches gave."""

    annotation: Annotation
    expected: str
    got: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class FalseHit:
    """An extracted reference no overlapping annotation names; ``negative`` if it hit one."""

    document: str
    line: int
    text: str
    got: str
    expected: tuple[str, ...]
    negative: str | None
    annotated: str | None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclasses.dataclass(frozen=True)
class Score:
    """The measurement of one document, or of several added together."""

    documents: int
    annotated: int
    found: int
    extracted: int
    misses: tuple[Miss, ...]
    false_hits: tuple[FalseHit, ...]

    @property
    def precision(self) -> float:
        """Extracted references that are not false hits, as a share of all extracted."""
        if self.extracted == 0:
            return 1.0
        return (self.extracted - len(self.false_hits)) / self.extracted

    @property
    def recall(self) -> float:
        """Annotated references found, as a share of all annotated."""
        return 1.0 if self.annotated == 0 else self.found / self.annotated

    def negative_hits(self) -> dict[str, int]:
        """False hits on each class of :data:`NEGATIVE_CLASSES` (every class, zero included)."""
        counts = dict.fromkeys(NEGATIVE_CLASSES, 0)
        for hit in self.false_hits:
            if hit.negative is not None:
                counts[hit.negative] += 1
        return counts

    def __add__(self, other: Score) -> Score:
        return Score(
            self.documents + other.documents,
            self.annotated + other.annotated,
            self.found + other.found,
            self.extracted + other.extracted,
            self.misses + other.misses,
            self.false_hits + other.false_hits,
        )


def _false_hits(document: Document, match: CitationMatch) -> Iterable[FalseHit]:
    near = [item for item in document.annotations if _overlaps(item.span, match.span)]
    named = {ref for item in near for ref in item.references}
    negative = next(
        (item.kind for item in document.negatives if _overlaps(item.span, match.span)), None
    )
    line = document.line_of(match.start)
    annotated = near[0].text if near else None
    for ref in match.references:
        if str(ref) not in named:
            yield FalseHit(
                document.name, line, match.text, str(ref), tuple(sorted(named)), negative, annotated
            )


def score(document: Document) -> Score:
    """Measure ``extract_citations`` on one document."""
    matches = list(extract_citations(document.text))
    misses: list[Miss] = []
    found = 0
    for item in document.annotations:
        near = [match for match in matches if _overlaps(item.span, match.span)]
        got = tuple(str(ref) for match in near for ref in match.references)
        for expected in item.references:
            if expected in got:
                found += 1
            else:
                misses.append(Miss(item, expected, got))
    false_hits = tuple(hit for match in matches for hit in _false_hits(document, match))
    extracted = sum(len(match.references) for match in matches)
    return Score(1, document.reference_count, found, extracted, tuple(misses), false_hits)


def total(scores: Sequence[Score]) -> Score:
    """The scores of several documents added together."""
    result = Score(0, 0, 0, 0, (), ())
    for item in scores:
        result = result + item
    return result


_SOURCES_MARKERS = ("čl.", "(EU)", "GDPR", "Listin", "Ústav", "Úmluv", "nařízení o ochraně")
_FORMS = (
    ("a násl.", "'a násl.'"),
    ("§§", "'§§' list"),
    ("vět", "sentence (věta)"),
    ("téhož", "anaphora 'téhož zákona'"),
    ("tohoto", "anaphora 'tohoto zákona'"),
    ("uvedeného", "anaphora 'uvedeného zákona'"),
    ("ve spojení s", "'ve spojení s'"),
    ("nař. vl.", "short kind 'nař. vl.'"),
    ("vyhl.", "short kind 'vyhl.'"),
    ("zák. o", "short name 'zák. o …'"),
    ("o. z.", "short name 'o. z.'"),
    ("s. ř.", "short name 's. ř.'"),
    ("s.ř.", "short name 's.ř.'"),
)


def classify(text: str, expected: str) -> tuple[str, str]:
    """The form of a citation as written and which helper owns it: ``(form, owner)``.

    A guide for the misses report, from what the text says; not a parser.
    """
    owner = (
        "sources"
        if any(mark in text or mark in expected for mark in _SOURCES_MARKERS)
        else ("citations")
    )
    for marker, form in _FORMS:
        if marker in text:
            return form, owner
    if text.startswith("čl.") and re.search(r"\d+[a-z]* (?:a|až|,) ?\d", text):
        return "list of articles", owner
    if re.search(r"§ ?\d+[a-z]*,? (?:\d|a \d)", text) or re.search(r"\d+[a-z]* (?:a|až) \d", text):
        return "list or range of sections", owner
    if re.search(r"Sb\., o ", text) and "§" not in text:
        return "act with its title", owner
    if owner == "sources":
        return "article or EU/Charter/Constitution/CRC source", owner
    return "plain", owner


def _flat(text: str) -> str:
    return " ".join(text.split())


def report(scores: Sequence[tuple[Document, Score]]) -> str:
    """The figures per document and in total, then every miss and false hit, as Markdown."""
    out = [
        "| document | region | references | found | extracted | false hits | precision | recall |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for document, item in scores:
        out.append(
            f"| {document.name} | {document.header['region']} | {item.annotated} | {item.found} "
            f"| {item.extracted} | {len(item.false_hits)} | {item.precision:.3f} "
            f"| {item.recall:.3f} |"
        )
    whole = total([item for _, item in scores])
    out.append(
        f"| **total ({whole.documents})** | | {whole.annotated} | {whole.found} "
        f"| {whole.extracted} | {len(whole.false_hits)} | {whole.precision:.3f} "
        f"| {whole.recall:.3f} |"
    )
    out += [
        "",
        "False hits on negative classes: "
        + ", ".join(f"{kind} {count}" for kind, count in whole.negative_hits().items()),
        "",
        f"## Misses ({len(whole.misses)})",
        "",
    ]
    for miss in whole.misses:
        form, owner = classify(miss.annotation.text, miss.expected)
        out.append(
            f"- `{miss.annotation.document}:{miss.annotation.line}` [{owner}: {form}] "
            f"text `{_flat(miss.annotation.text)}` — expected `{miss.expected}` — got "
            + (", ".join(f"`{got}`" for got in miss.got) or "nothing")
        )
    out += ["", f"## False hits ({len(whole.false_hits)})", ""]
    for hit in whole.false_hits:
        form, owner = classify(
            hit.annotated or hit.text, hit.expected[0] if hit.expected else hit.got
        )
        where = f" on a negative ({hit.negative})" if hit.negative else ""
        out.append(
            f"- `{hit.document}:{hit.line}` [{owner}: {form}]{where} text `{_flat(hit.text)}` "
            f"— got `{hit.got}` — expected "
            + (", ".join(f"`{e}`" for e in hit.expected) or "nothing")
        )
    return "\n".join(out) + "\n"


def measure(folder: Path = CORPUS) -> list[tuple[Document, Score]]:
    """Every document of the corpus with its score."""
    return [(document, score(document)) for document in load_corpus(folder)]


def main(argv: Sequence[str] = ()) -> int:
    """Print the figures and every miss and false hit."""
    sys.stdout.write(report(measure()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
