"""An agenda: one body of tasks an office performs, on its legal bases, as the seed words it.

:class:`Agenda` is a frozen pydantic model because agendas also arrive from outside (a region's
own catalogue in JSON or CSV). Its text is the seed's, verbatim, typos and all; where the seed's
legal basis is wrong or obsolete, a :class:`Correction` carries the right reference and says why
(Sources § 2), and :attr:`Agenda.bases` gives the references in force.

The id is stable: derived from the region, the unit, the competence and the source items, so the
same agenda has the same id on every build.

Examples:
    >>> from krajsoc.territory import Competence
    >>> item = Agenda(
    ...     region="LK", department="Odbor sociálních věcí", section="Oddělení sociální práce",
    ...     competence=Competence.DELEGATED, text="poskytuje základní sociální poradenství",
    ...     source=Source(seed="000_887bdfa13b76f103.txt", items=("6",)))
    >>> item.id
    'CZ051/oddeleni-socialni-prace/pp/6'
    >>> from pydantic import ValidationError
    >>> try:
    ...     Agenda(competence="delegated", text=" ", source=Source(seed="x", items=("1",)))
    ... except ValidationError as error:
    ...     print(error.errors()[0]["msg"])
    Value error, an agenda needs its text; got an empty one
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from krajsoc._boundary import pydantic_error
from krajsoc.agendas._organisation import slug
from krajsoc.agendas._recurrence import Recurrence
from krajsoc.agendas._topics import RegisterName, Topic
from krajsoc.errors import KrajsocError
from krajsoc.findings import Certainty
from krajsoc.law import Act, LegalBases, LegalReference, act, extract_citations
from krajsoc.territory import AuthorityType, Competence, Region

__all__ = ["Agenda", "Correction", "Source", "agenda_id", "bases_from_text"]


_MODEL = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Source(BaseModel):
    """Where an agenda comes from: the seed file and the item numbers (or letters) in it.

    An item that one sentence breaks over two numbered lines keeps both numbers.

    Examples:
        >>> str(Source(seed="000_887bdfa13b76f103.txt", items=("11", "12")))
        '000_887bdfa13b76f103.txt, items 11+12'
    """

    model_config = _MODEL

    seed: str = Field(min_length=1, description="Seed or data file the agenda was taken from.")
    items: tuple[str, ...] = Field(min_length=1, description="Original item numbers or letters.")

    def __str__(self) -> str:
        noun = "item" if len(self.items) == 1 else "items"
        return f"{self.seed}, {noun} {'+'.join(self.items)}"


class Correction(BaseModel):
    """Where the seed's legal basis disagrees with the law: the law wins, the seed text stays.

    Attributes:
        domain_row: The row of Sources that records the disagreement, e.g. ``'C7'``.
        cited: The seed's words that cite the basis, verbatim.
        replaces: References read from the seed that this correction supersedes.
        corrected: The references that apply instead (empty when the law gives none for sure).
        note: Why, in one or two sentences.
        certainty: How sure the correction is (``"verified"``, ``"believed"`` or ``"doubtful"``
            in a file).
    """

    model_config = _MODEL

    domain_row: str = Field(
        min_length=1, description="The row of the domain notes recording it, e.g. 'C7'."
    )
    cited: str = Field(min_length=1, description="The seed's words that cite the basis, verbatim.")
    replaces: LegalBases = Field((), description="The seed's references this supersedes.")
    corrected: LegalBases = Field((), description="The references that apply instead.")
    note: str = Field(min_length=1, description="Why, in one or two sentences.")
    certainty: Certainty = Field(description="How sure the correction is.")


def _parsed(value: object, parse: Callable[[str], object]) -> object:
    """Read Czech text the way the domain does; a domain error keeps its code in pydantic."""
    if not isinstance(value, str):
        return value
    try:
        return parse(value)
    except KrajsocError as error:
        raise pydantic_error(error) from None


def _each_parsed(value: object, parse: Callable[[str], object]) -> object:
    if isinstance(value, list | tuple):
        return tuple(_parsed(item, parse) for item in value)
    return value


def bases_from_text(text: str, context: Act | None = None) -> tuple[LegalReference, ...]:
    """The references ``text`` cites, read by :func:`krajsoc.law.extract_citations`, in order.

    A paragraph cited with no act ("(§ 24c)") keeps ``act=None`` unless ``context`` names the act
    the source's context gives it (a heading, the block the item stands in).

    Examples:
        >>> [str(r) for r in bases_from_text("dle § 37 zákona č. 108/2006 Sb.")]
        ['§ 37 zákona č. 108/2006 Sb.']
        >>> [str(r) for r in bases_from_text("(§ 24c)", act("359/1999"))]
        ['§ 24c zákona č. 359/1999 Sb.']
    """
    cited = (ref for match in extract_citations(text) for ref in match.references)
    if context is not None:
        cited = (ref if ref.act else attrs.evolve(ref, act=context) for ref in cited)
    return tuple(dict.fromkeys(cited))


def agenda_id(
    region: Region | None, unit: str, competence: Competence, items: tuple[str, ...]
) -> str:
    """The stable id of an agenda: ``'CZ051/oddeleni-socialni-prace/pp/11+12'``.

    ``CZ`` stands for agendas of no one region (the national methodology); the competence is
    ``sp`` (samostatná) or ``pp`` (přenesená působnost).
    """
    scope = region.nuts_code if region is not None else "CZ"
    kind = "sp" if competence is Competence.SELF_GOVERNING else "pp"
    return f"{scope}/{slug(unit) or 'unit'}/{kind}/{'+'.join(slug(item) or '-' for item in items)}"


class Agenda(BaseModel):
    """One agenda of a regional or municipal office, with its legal bases and recurring duties.

    Attributes:
        id: Stable id; derived (see :func:`agenda_id`) when not given.
        region: The region, or ``None`` for agendas every region's or municipality's office has.
        authorities: The kinds of office that perform it.
        department: The department (odbor), if known.
        section: The section (oddělení), if known.
        competence: Self-government or delegated state administration.
        text: The source's text, verbatim.
        legal_bases: The references the text cites. Read from the text when the row gives none
            (a row's own ``legal_bases`` win); a paragraph with no act is read against
            ``context_act`` when there is one.
        context_act: The act (``'359/1999'``) that the source's context, not the text, gives to
            paragraphs the text cites with no act, e.g. the child-protection block of seed 000.
        topics: What it is about.
        registers: The registers (evidence) it keeps.
        recurrences: Its recurring duties, as the text words them.
        source: The seed file and item numbers.
        corrections: Where the text's legal bases disagree with the law.
    """

    model_config = _MODEL

    id: str = Field("", description="Stable id; derived from the other fields when empty.")
    region: Region | None = Field(None, description="The region; null for every office's agendas.")
    authorities: tuple[AuthorityType, ...] = Field(
        (AuthorityType.REGIONAL,),
        min_length=1,
        description="The kinds of office that perform it (value, abbreviation or Czech name).",
    )
    department: str | None = Field(None, description="The department (odbor), if known.")
    section: str | None = Field(None, description="The section (oddělení), if known.")
    competence: Competence = Field(
        description="Self-government or delegated state administration (value or Czech term)."
    )
    text: str = Field(description="The source's text, verbatim.")
    legal_bases: LegalBases = Field(
        (),
        description="The references the text cites: one citation phrase or a list; read from "
        "the text when not given.",
    )
    context_act: str | None = Field(
        None, description="The act the context gives to paragraphs cited with no act."
    )
    topics: tuple[Topic, ...] = Field(
        (), description="What it is about (value, Czech name or abbreviation)."
    )
    registers: tuple[RegisterName, ...] = Field((), description="The registers it keeps.")
    recurrences: tuple[Recurrence, ...] = Field(
        (), description="Its recurring duties, as the text words them."
    )
    source: Source = Field(description="The seed file and item numbers.")
    corrections: tuple[Correction, ...] = Field(
        (), description="Where the text's legal bases disagree with the law."
    )

    @field_validator("competence", mode="before")
    @classmethod
    def _read_competence(cls, value: object) -> object:
        return _parsed(value, Competence.parse)

    @field_validator("topics", mode="before")
    @classmethod
    def _read_topics(cls, value: object) -> object:
        return _each_parsed(value, Topic.parse)

    @field_validator("authorities", mode="before")
    @classmethod
    def _read_authorities(cls, value: object) -> object:
        return _each_parsed(value, AuthorityType.parse)

    @field_validator("context_act", mode="before")
    @classmethod
    def _read_context_act(cls, value: object) -> object:
        found = _parsed(value, act)
        return found.id if isinstance(found, Act) else found

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("an agenda needs its text; got an empty one")
        return value

    @model_validator(mode="after")
    def _read_legal_bases(self) -> Agenda:
        if "legal_bases" not in self.model_fields_set:  # a row's own bases win
            context = act(self.context_act) if self.context_act else None
            self.__dict__["legal_bases"] = bases_from_text(self.text, context)
        return self

    @model_validator(mode="after")
    def _derive_id(self) -> Agenda:
        if not self.id.strip():
            unit = self.section or self.department or self.authorities[0].value
            derived = agenda_id(self.region, unit, self.competence, self.source.items)
            self.__dict__["id"] = derived  # frozen: set once, while validating
        return self

    @property
    def text_bases(self) -> tuple[LegalReference, ...]:
        """The references as the text alone cites them: a paragraph with no act keeps ``None``."""
        return bases_from_text(self.text)

    @property
    def from_context(self) -> tuple[LegalReference, ...]:
        """The legal bases whose act comes from :attr:`context_act`, not from the text."""
        bare = {ref for ref in self.text_bases if ref.act is None}
        return tuple(
            ref
            for ref in self.legal_bases
            if ref.section is not None and attrs.evolve(ref, act=None) in bare
        )

    @property
    def bases(self) -> tuple[LegalReference, ...]:
        """The legal bases in force: the text's, each corrected one replaced where it stands."""
        by_replaced = {ref: c for c in self.corrections for ref in c.replaces}
        found: list[LegalReference] = []
        for ref in self.legal_bases:
            correction = by_replaced.get(ref)
            found += correction.corrected if correction is not None else (ref,)
        found += [ref for c in self.corrections for ref in c.corrected]
        return tuple(dict.fromkeys(found))

    def __str__(self) -> str:
        return f"{self.id}: {self.text}"
