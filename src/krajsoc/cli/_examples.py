"""Examples shown at the end of each command's ``--help``; every command has some (a test checks).

A new command adds its examples here under its name; :func:`add_examples` puts them in the help.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

__all__ = ["EXAMPLES", "ExamplesFormatter", "add_examples"]

EXAMPLES: dict[str, tuple[str, ...]] = {
    "demo": ("krajsoc demo", "krajsoc demo | less"),
    "regions": ("krajsoc regions", "krajsoc regions --json"),
    "municipalities": (
        "krajsoc municipalities LK",
        "krajsoc municipalities 'Karlovarský kraj' --type orp",
        "krajsoc municipalities CZ051 --json",
    ),
    "cite": (
        "krajsoc cite '§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.'",
        "krajsoc cite '§ 24c zákona č. 359/1999 Sb.' --on 2026-06-01",
        "krajsoc cite --extract decision.txt --json",
        "cat decision.txt | krajsoc cite --extract -",
    ),
    "agendas": (
        "krajsoc agendas LK --competence delegated",
        "krajsoc agendas LK --cites 359/1999",
        "krajsoc agendas LK --search pestoun",
        "krajsoc agendas LK --planning-duties",
        "krajsoc agendas KVK --json > kvk.json",
    ),
    "deadline": (
        "krajsoc deadline 2026-12-09 '15 dnů'",
        "krajsoc deadline 2026-03-31 '1 měsíc' --english",
        "krajsoc deadline 2026-12-15 '5 pracovních dnů' --before",
        "krajsoc deadline 2026-12-09 P15D --json",
        "krajsoc deadline '4. 1. 2027' '15 dnů'",
    ),
    "deadlines": (
        "krajsoc deadlines rozhodnuti.csv --column doruceno --period '15 dnů' -o lhuty.csv",
        "krajsoc deadlines rozhodnuti.csv --column doručeno --kind appeal --encoding cp1250",
        "krajsoc deadlines rozhodnuti.csv --column pripraveno --kind delivery --collected "
        "vyzvednuto --channel data_box",
        "krajsoc deadlines rozhodnuti.csv --column pripraveno --kind delivery --channel-column "
        "kanal",
        "krajsoc deadlines zasedani.csv --column datum --kind before --period '1 měsíc' --json",
    ),
    "workday": ("krajsoc workday 2026-12-24", "krajsoc workday 2026-12-28 --json"),
    "plan-meeting": (
        "krajsoc plan-meeting LK K10 2027-03-15",
        "krajsoc plan-meeting LK K10 2027-01-05 --json",
        "krajsoc plan-meeting KVK SETKANI-SPOD 2027-04-12 --ics spod.ics",
    ),
    "check-meetings": (
        "krajsoc check-meetings meetings-2027.csv --region LK",
        "krajsoc check-meetings meetings-2027.csv --region LK --year 2027 --json",
    ),
    "registers": (
        "krajsoc registers validate applicants.csv --kind applicants",
        "krajsoc registers validate providers.json --kind providers --json",
    ),
    "schema": ("krajsoc schema ApplicantEntry", "krajsoc schema ReportRecord"),
}
"""Example command lines by command name."""


_HEADING = "examples:\n"


class ExamplesFormatter(argparse.HelpFormatter):
    """argparse's help layout, but the examples keep one command line per line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith(_HEADING):
            return text
        return super()._fill_text(text, width, indent)


def add_examples(commands: Mapping[str, argparse.ArgumentParser]) -> None:
    """Append each command's examples to its ``--help`` (as written, not re-wrapped)."""
    for name, parser in commands.items():
        lines = EXAMPLES.get(name)
        if lines:
            parser.formatter_class = ExamplesFormatter
            parser.epilog = _HEADING + "\n".join(f"  {line}" for line in lines)
