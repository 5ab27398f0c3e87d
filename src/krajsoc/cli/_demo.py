"""``krajsoc demo``: the library's main job on its built-in data, for a person to read."""

from __future__ import annotations

import argparse
from datetime import date
from itertools import groupby
from typing import TextIO

from krajsoc import __version__
from krajsoc.agendas import PLANNING_REGIONS, catalogue, planning_duties
from krajsoc.calendar import czech_date
from krajsoc.cli._agendas import shorten, summary_rows
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._demo_registers import write_registers
from krajsoc.cli._output import write_table
from krajsoc.cli._planning import write_deadlines
from krajsoc.planning import groups
from krajsoc.territory import COVERED_REGIONS, REGIONS, municipalities, region

__all__ = ["register"]


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the ``demo`` command."""
    del json_option  # the demo is for people only
    demo = commands.add_parser(
        "demo",
        help="show the built-in data: regions, ORP and POU, agendas, planning groups, "
        "and a synthetic register of each kind with what is due",
    )
    demo.set_defaults(handler=_demo)


def _demo(arguments: argparse.Namespace, out: TextIO) -> None:
    del arguments
    out.write(f"krajsoc {__version__} — sociální oblast kraje, vestavěná data\n\n")
    out.write(f"Kraje České republiky ({len(REGIONS)})\n")
    write_table(
        out,
        ("zkratka", "CZ-NUTS", "kraj", "krajský úřad"),
        [(r.abbreviation, r.nuts_code, r.name, r.authority) for r in REGIONS],
        indent="  ",
    )
    for code in COVERED_REGIONS:
        _write_region_municipalities(out, code)
        _write_region_agendas(out, code)
        _write_planning_structure(out, code)
    write_registers(out)


def _write_region_municipalities(out: TextIO, code: str) -> None:
    item = region(code)
    orp = municipalities(item, "orp")
    pou = municipalities(item, "pou")
    out.write(f"\n{item.name} ({item.nuts_code}) — {item.authority}\n")
    out.write(
        f"  {len(orp)} obcí s rozšířenou působností (ORP, III. typ), "
        f"{len(pou)} obcí s pověřeným obecním úřadem (POU, II. typ; ORP jsou i POU)\n"
    )
    for district, members in groupby(pou, key=lambda m: m.district):
        names = [m.name for m in members]
        orp_code = next(m.orp_code for m in orp if m.name == district)
        out.write(f"  ORP {district} ({orp_code}): {', '.join(names)}\n")
    for military in municipalities(item, "ujezd"):
        out.write(f"  vojenský újezd {military.name} (újezdní úřad)\n")


def _write_region_agendas(out: TextIO, code: str) -> None:
    found = catalogue(code)
    out.write(f"  Agendy odboru sociálních věcí ({len(found)}), podle působnosti a témat:\n")
    write_table(out, ("působnost / téma", "počet agend"), summary_rows(found), indent="    ")
    cited = len(found.citing("359/1999"))
    out.write(f"    agendy citující zákon č. 359/1999 Sb. (SPOD): {cited}\n")
    if region(code).nuts_code in PLANNING_REGIONS:
        _write_planning_duties(out, code)


def _write_planning_duties(out: TextIO, code: str) -> None:
    duties = planning_duties(code)
    out.write(
        f"  Povinnosti kraje podle § 95 zákona o sociálních službách ({len(duties)}, "
        "samostatná působnost):\n"
    )
    write_table(
        out,
        ("písm.", "povinnost"),
        [(item.source.items[0] + ")", shorten(item.text.rstrip(",."), 80)) for item in duties],
        indent="    ",
    )


# A fixed example day, so the demo prints the same on every run: a K10 meeting after New Year,
# whose notice period ends on Saturday 5. 12. 2026.
EXAMPLE_MEETING = date(2027, 1, 5)


def _write_planning_structure(out: TextIO, code: str) -> None:
    found = groups(code)
    if not found:
        return
    out.write(f"  Plánovací a koordinační skupiny ({len(found)}):\n")
    rows = [
        (
            item.code,
            shorten(item.name, 60),
            str(item.meetings.frequency) if item.meetings.frequency else "-",
            item.meetings.notice.czech if item.meetings.notice else "-",
            item.source,
        )
        for item in found
    ]
    write_table(
        out, ("kód", "skupina", "jak často", "oznámení předem", "zdroj"), rows, indent="    "
    )
    for item in found:
        if item.meetings.notice is not None:
            out.write(f"    Příklad: jednání {item.code} dne {czech_date(EXAMPLE_MEETING)}\n")
            write_deadlines(out, item, EXAMPLE_MEETING, indent="      ")
