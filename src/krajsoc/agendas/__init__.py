"""The agenda catalogue: what a social affairs department does, on which legal basis, how often.

Each :class:`Agenda` keeps its source's Czech text verbatim, its competence, its legal bases (with
corrections where the seed disagrees with the law), topics, registers and recurring duties. The
built-in catalogues come from the seeds: :func:`catalogue` for Liberecký and Karlovarský kraj,
:func:`planning_duties` for a region's duties under § 95 zákona o sociálních službách,
:func:`social_work_catalogue` for the national social-work methodology.

Examples:
    >>> from krajsoc.agendas import catalogue
    >>> lk = catalogue("LK")
    >>> len(lk.filter(competence="delegated")), len(lk.filter(competence="self_governing"))
    (65, 13)
    >>> item = lk.search("poradní sbor").agendas[0]
    >>> item.source.items, [str(ref) for ref in item.legal_bases]
    (('52',), ['§ 38a zákona č. 359/1999 Sb.'])
    >>> meetings = lk.search("setkání pěstounských rodin").agendas[0]
    >>> [str(r) for r in item.recurrences], [str(r) for r in meetings.recurrences]
    ([], ['2x ročně'])
"""

from krajsoc.agendas._agenda import Agenda, Correction, Source, agenda_id
from krajsoc.agendas._builtin import (
    PLANNING_REGIONS,
    SEEDS,
    catalogue,
    planning_duties,
    social_work_catalogue,
)
from krajsoc.agendas._catalogue import Catalogue
from krajsoc.agendas._organisation import ORG_UNITS, Department, OrgUnit, slug
from krajsoc.agendas._recurrence import Cadence, Recurrence
from krajsoc.agendas._recurrence_rules import RECURRENCE_RULES
from krajsoc.agendas._topics import RegisterName, Topic
from krajsoc.agendas._windows import DueWindow

__all__ = [
    "ORG_UNITS",
    "PLANNING_REGIONS",
    "RECURRENCE_RULES",
    "SEEDS",
    "Agenda",
    "Cadence",
    "Catalogue",
    "Correction",
    "Department",
    "DueWindow",
    "OrgUnit",
    "Recurrence",
    "RegisterName",
    "Source",
    "Topic",
    "agenda_id",
    "catalogue",
    "planning_duties",
    "slug",
    "social_work_catalogue",
]
