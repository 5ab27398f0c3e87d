"""``krajsoc agendas``: a region's built-in agenda catalogue, filtered, searched, as JSON."""

from __future__ import annotations

import argparse
from typing import TextIO

from krajsoc.agendas import Agenda, Catalogue, catalogue, planning_duties
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._output import write_json, write_table
from krajsoc.law import LegalReference

__all__ = ["agenda_row", "bases_with_certainty", "register", "shorten", "summary_rows"]

_TEXT_WIDTH = 90


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the ``agendas`` command."""
    listing = commands.add_parser(
        "agendas",
        parents=[json_option],
        help="list a region's agendas: competence, legal bases, source",
        description=(
            "List the built-in agenda catalogue of a region (LK, KVK), optionally filtered by "
            "competence, topic or section, by a cited act, or by words of the text; with "
            "--planning-duties, the region's duties under § 95 of the social services act."
        ),
    )
    listing.add_argument("region", help="region code or name: LK, CZ051, CZ-51, 'Liberecký kraj'")
    listing.add_argument(
        "--competence", metavar="KIND", help="delegated (přenesená) or self_governing (samostatná)"
    )
    listing.add_argument("--topic", help="a topic, e.g. child_protection, NRP, drug_policy")
    listing.add_argument("--section", help="a section's or department's Czech name")
    listing.add_argument(
        "--cites", metavar="ACT", help="only agendas citing this act: '359/1999', 'správní řád'"
    )
    listing.add_argument(
        "--search", metavar="WORDS", help="words of the text; case and diacritics ignored"
    )
    listing.add_argument(
        "--planning-duties",
        action="store_true",
        help="list the region's duties under § 95 písm. a)–h) zákona o sociálních službách "
        "(planning social services) instead of its department's catalogue",
    )
    listing.set_defaults(handler=_agendas)


def bases_with_certainty(item: Agenda) -> list[tuple[LegalReference, str | None]]:
    """Each basis in force with how sure its correction is; ``None`` where no correction speaks.

    A correction that is not verified marks the references it puts in, or, when it only flags
    the citation (C6), the seed's references it keeps.
    """
    sure_of: dict[LegalReference, str] = {}
    for correction in item.corrections:
        flagged = correction.corrected or (() if correction.replaces else item.legal_bases)
        for ref in flagged:
            if sure_of.get(ref) != "doubtful":
                sure_of[ref] = correction.certainty.value
    return [(ref, sure_of.get(ref)) for ref in item.bases]


def agenda_row(item: Agenda) -> dict[str, object]:
    """An agenda as a plain dict, as the JSON output gives it, with its bases in force.

    ``legal_bases`` are the seed's (as its text cites them); ``bases_in_force`` the corrected
    ones, each with ``certainty``: ``verified``, ``believed``, ``doubtful``, or ``None`` where no
    correction speaks of it.
    """
    row = item.model_dump(mode="json")
    row["bases_in_force"] = [
        {"reference": str(ref), "certainty": sure} for ref, sure in bases_with_certainty(item)
    ]
    return row


def _corrected_cell(item: Agenda) -> str | None:
    """The bases in force where a correction changes or doubts them; ``?`` marks unverified."""
    marked = bases_with_certainty(item)
    if item.bases == item.legal_bases and all(sure in {None, "verified"} for _, sure in marked):
        return None
    return "; ".join(
        ref.short + ("" if sure in {None, "verified"} else " ?") for ref, sure in marked
    )


def summary_rows(found: Catalogue) -> list[tuple[str, int]]:
    """Counts of a catalogue by competence and by topic, as (Czech label, count) rows."""
    rows = [(competence.label, count) for competence, count in found.count_by_competence().items()]
    rows += [(topic.label, count) for topic, count in found.count_by_topic().items()]
    return rows


def _agendas(arguments: argparse.Namespace, out: TextIO) -> None:
    built_in = planning_duties if arguments.planning_duties else catalogue
    found = built_in(arguments.region).filter(
        competence=arguments.competence, topic=arguments.topic, section=arguments.section
    )
    if arguments.cites:
        found = found.citing(arguments.cites)
    if arguments.search:
        found = found.search(arguments.search)
    if arguments.json:
        write_json(out, [agenda_row(item) for item in found], command=arguments.command)
        return
    write_table(
        out,
        ("id", "působnost", "text", "právní základ (seed)", "oprava (? = neověřená)"),
        [
            (
                item.id,
                "SP" if item.competence == "self_governing" else "PP",
                shorten(item.text),
                "; ".join(ref.short for ref in item.legal_bases) or None,
                _corrected_cell(item),
            )
            for item in found
        ],
    )


def shorten(text: str, width: int = _TEXT_WIDTH) -> str:
    """The text on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
