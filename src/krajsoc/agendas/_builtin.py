"""The built-in catalogues, built from the data modules: per region, and the national methodology.

Loading is pure: the data are Python literals, so nothing is read from files. Each catalogue is
built once and cached; agendas and catalogues are immutable.

Examples:
    >>> len(catalogue("LK")), len(catalogue("CZ-41")), len(planning_duties("LK"))
    (78, 11, 8)
    >>> len(social_work_catalogue("kraj")), len(social_work_catalogue("orp"))
    (24, 23)
    >>> catalogue("PK")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UncoveredRegionError: no built-in agenda catalogue for Plzeňský kraj; ...
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from types import MappingProxyType

from krajsoc.agendas import _data_karlovy_vary, _data_liberec, _data_methodology
from krajsoc.agendas._agenda import Agenda, Source, agenda_id, bases_from_text
from krajsoc.agendas._catalogue import Catalogue
from krajsoc.agendas._corrections import CORRECTIONS
from krajsoc.agendas._data_liberec import AgendaRow
from krajsoc.agendas._organisation import ORG_UNITS, OrgUnit
from krajsoc.agendas._recurrence import Recurrence
from krajsoc.agendas._topics import RegisterName, Topic
from krajsoc.errors import UncoveredRegionError, UnknownCodeError
from krajsoc.law import Act, LegalReference, act
from krajsoc.territory import COVERED_REGIONS, AuthorityType, Competence, Region, region

__all__ = [
    "PLANNING_REGIONS",
    "SEEDS",
    "catalogue",
    "planning_duties",
    "social_work_catalogue",
]

SEEDS: Mapping[str, str] = MappingProxyType(
    {
        "liberec": "000_887bdfa13b76f103.txt",
        "methodology": "001_fa5929c3c7be63ba.txt",
        "planning": "003_413385bf0319aba2.txt",
        "karlovy_vary": "004_568da37a0bb8a2b6.txt",
    }
)
"""The seed file of each built-in data module."""


PLANNING_REGIONS: tuple[str, ...] = ("CZ051",)
"""CZ-NUTS codes of the regions whose § 95 ZSS duties are built in (seed 003: Liberecký kraj)."""

_LK_SOCIAL_WORK, _LK_PLANNING, _KVK_CHILD_PROTECTION = ORG_UNITS
_MUNICIPAL = (
    AuthorityType.MUNICIPAL_TYPE_II,
    AuthorityType.MUNICIPAL_TYPE_III,
    AuthorityType.MILITARY_DISTRICT,
)


def _build(
    rows: Iterable[AgendaRow],
    *,
    seed: str,
    competence: Competence,
    section: OrgUnit | None = None,
    authorities: tuple[AuthorityType, ...] = (AuthorityType.REGIONAL,),
    context: Act | None = None,
    heading: str | None = None,
) -> list[Agenda]:
    built = []
    for row in rows:
        items, text, topics, registers, recurrences = row
        letter_heading = (
            (LegalReference(context, section=heading, letter=items[0]),)
            if context is not None and heading is not None
            else ()
        )
        unit = section.name if section else authorities[0].value
        key = agenda_id(section.region if section else None, unit, competence, items)
        correction = CORRECTIONS.get(key)
        built.append(
            Agenda(
                region=section.region if section else None,
                authorities=authorities,
                department=section.department.name if section else None,
                section=section.name if section else None,
                competence=competence,
                text=text,
                legal_bases=tuple(dict.fromkeys(letter_heading + bases_from_text(text, context))),
                context_act=context.id if context is not None else None,
                topics=tuple(Topic(topic) for topic in topics),
                registers=tuple(RegisterName(name) for name in registers),
                recurrences=tuple(Recurrence.parse(phrase) for phrase in recurrences),
                source=Source(seed=seed, items=items),
                corrections=(correction,) if correction else (),
            )
        )
    return built


@cache
def _liberec() -> Catalogue:
    seed = SEEDS["liberec"]
    child_protection = next(
        number
        for number, row in enumerate(_data_liberec.DELEGATED_ROWS)
        if row[0][0] == _data_liberec.CHILD_PROTECTION_FIRST_ITEM
    )
    agendas = [
        *_build(
            _data_liberec.SELF_GOVERNING_ROWS,
            seed=seed,
            competence=Competence.SELF_GOVERNING,
            section=_LK_SOCIAL_WORK,
        ),
        *_build(
            _data_liberec.DELEGATED_ROWS[:child_protection],
            seed=seed,
            competence=Competence.DELEGATED,
            section=_LK_SOCIAL_WORK,
        ),
        *_build(  # the child-protection block: bare § are of zákon č. 359/1999 Sb. (item 36)
            _data_liberec.DELEGATED_ROWS[child_protection:],
            seed=seed,
            competence=Competence.DELEGATED,
            section=_LK_SOCIAL_WORK,
            context=act(_data_liberec.CHILD_PROTECTION_ACT),
        ),
    ]
    return Catalogue(tuple(agendas), name="Liberecký kraj")


@cache
def _liberec_planning() -> Catalogue:
    agendas = _build(
        _data_liberec.PLANNING_ROWS,
        seed=SEEDS["planning"],
        competence=Competence.SELF_GOVERNING,
        section=_LK_PLANNING,
        context=act("108/2006"),
        heading="95",
    )
    return Catalogue(tuple(agendas), name="Liberecký kraj — § 95 zákona o sociálních službách")


@cache
def _karlovy_vary() -> Catalogue:
    agendas = [
        agenda
        for competence, row in _data_karlovy_vary.KARLOVY_VARY_ROWS
        for agenda in _build(
            [row],
            seed=SEEDS["karlovy_vary"],
            competence=Competence(competence),
            section=_KVK_CHILD_PROTECTION,
        )
    ]
    return Catalogue(tuple(agendas), name="Karlovarský kraj")


_BY_REGION = {"CZ051": _liberec, "CZ041": _karlovy_vary}
_PLANNING_BY_REGION = {"CZ051": _liberec_planning}


def _built_for(
    code: str | Region,
    builders: Mapping[str, Callable[[], Catalogue]],
    covered: tuple[str, ...],
    what: str,
) -> Catalogue:
    """The catalogue ``builders`` make for the region ``code`` names, or UncoveredRegionError."""
    found = region(code)
    build = builders.get(found.nuts_code)
    if build is None:
        names = [region(nuts).abbreviation for nuts in covered]
        raise UncoveredRegionError(what, found.name, covered=names)
    with _BUILDING:  # threads on a cold start must not each build one: catalogue(a) is catalogue(b)
        return build()


_BUILDING = threading.RLock()


def catalogue(code: str | Region) -> Catalogue:
    """The built-in agenda catalogue of a region, by any code or name :func:`region` reads.

    Liberecký kraj: the social work section (seed 000), 13 self-governing and 65 delegated
    agendas. Karlovarský kraj: the child-protection section (seed 004). The region's duties under
    § 95 ZSS are a catalogue of their own, :func:`planning_duties`.

    Raises:
        UnknownRegionError: No region answers to ``code``.
        UncoveredRegionError: The region has no built-in catalogue (both are ``LookupError``).

    Examples:
        >>> catalogue("Liberecký kraj") is catalogue("CZ051")
        True
        >>> lk = catalogue("LK")
        >>> len(lk.filter(competence="self_governing")), len(lk.filter(competence="delegated"))
        (13, 65)
    """
    return _built_for(code, _BY_REGION, COVERED_REGIONS, "agenda catalogue")


def planning_duties(code: str | Region) -> Catalogue:
    """The region's duties under § 95 písm. a)–h) zákona o sociálních službách (seed 003).

    § 95 binds every region (kraj) in its samostatná působnost: find out the need for social
    services, plan them in a medium-term plan, determine the network. The built-in text, though,
    is the one Liberecký kraj's seed gives, under its unit *Plánování sociálních služeb*, so only
    Liberecký kraj is covered; these duties are not part of :func:`catalogue`, which holds the
    social work section. Each duty cites its letter of § 95, and bare paragraphs in its text
    (``§ 94 písm. e)``) are read as of zákon č. 108/2006 Sb. (``Agenda.context_act``).

    Raises:
        UnknownRegionError: No region answers to ``code``.
        UncoveredRegionError: The region's § 95 duties are not built in (both are ``LookupError``).

    References:
        § 95 zákona č. 108/2006 Sb., o sociálních službách.

    Examples:
        >>> duties = planning_duties("LK")
        >>> len(duties), [item.source.items[0] for item in duties][:3]
        (8, ['a', 'b', 'c'])
        >>> print(duties.get("CZ051/planovani-socialnich-sluzeb/sp/h").legal_bases[0])
        § 95 písm. h) zákona č. 108/2006 Sb.
        >>> planning_duties("KVK")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        krajsoc.errors.UncoveredRegionError: no built-in § 95 ZSS duties for Karlovarský kraj; ...
    """
    return _built_for(code, _PLANNING_BY_REGION, PLANNING_REGIONS, "§ 95 ZSS duties")


@cache
def _methodology(level: str) -> Catalogue:
    seed = SEEDS["methodology"]
    if level == "regional":
        agendas = _build(
            _data_methodology.REGIONAL_ROWS, seed=seed, competence=Competence.DELEGATED
        )
        return Catalogue(tuple(agendas), name="sociální práce na krajském úřadě (metodika)")
    agendas = _build(
        _data_methodology.MUNICIPAL_ROWS,
        seed=seed,
        competence=Competence.DELEGATED,
        authorities=_MUNICIPAL,
    )
    return Catalogue(tuple(agendas), name="sociální práce na obecním úřadě (metodika)")


def social_work_catalogue(authority: AuthorityType | str) -> Catalogue:
    """The social work activities the national methodology gives an authority type (seed 001).

    ``'kraj'`` (a regional authority): activities a)–p) with ch), and its social workers' duties;
    ``'pou'``, ``'orp'`` or ``'ujezd'``: the municipal office's social work. Every region's and
    municipality's office has these, so the agendas name no region.

    Raises:
        UnknownCodeError: ``authority`` is not a type of office with social work (e.g. type I).
    """
    kind = authority if isinstance(authority, AuthorityType) else AuthorityType.parse(authority)
    if kind is AuthorityType.REGIONAL or kind in _MUNICIPAL:
        with _BUILDING:  # built once, also when threads ask at the same time
            return _methodology("regional" if kind is AuthorityType.REGIONAL else "municipal")
    allowed = ("kraj", "pou", "orp", "ujezd")
    raise UnknownCodeError("authority type with social work", authority, allowed=allowed)
