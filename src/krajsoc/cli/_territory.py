"""``krajsoc regions`` and ``krajsoc municipalities``."""

from __future__ import annotations

import argparse
from typing import TextIO

from krajsoc.cli._commands import CliParser, Commands
from krajsoc.cli._output import write_rows
from krajsoc.territory import REGIONS, Municipality, Region, municipalities

__all__ = ["region_row", "register"]


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the territory commands."""
    regions = commands.add_parser(
        "regions", parents=[json_option], help="list the 14 regions (kraje) and their codes"
    )
    regions.set_defaults(handler=_regions)

    listing = commands.add_parser(
        "municipalities",
        parents=[json_option],
        help="list a region's ORP and POU municipalities",
        description="List a region's municipalities with a type II (POU) or type III (ORP) office.",
    )
    listing.add_argument("region", help="region code or name: LK, CZ051, CZ-51, 'Liberecký kraj'")
    listing.add_argument(
        "--type",
        dest="authority_type",
        metavar="TYPE",
        help="orp (type III), pou (type II, includes every ORP) or ujezd (military district)",
    )
    listing.set_defaults(handler=_municipalities)


def region_row(item: Region) -> dict[str, object]:
    """A region as a plain dict, as the JSON output gives it."""
    return {
        "abbreviation": item.abbreviation,
        "nuts_code": item.nuts_code,
        "iso_code": item.iso_code,
        "name": item.name,
        "seat": item.seat,
        "authority": item.authority,
        "verified": item.verified,
        "certainty": item.certainty.value,
    }


def _municipality_row(item: Municipality) -> dict[str, object]:
    return {
        "name": item.name,
        "type": item.authority_type.abbreviation,
        "authority_type": item.authority_type.value,
        "district": item.district,
        "orp_code": item.orp_code,
        "region": item.region_code,
        "verified": item.verified,
        "certainty": item.certainty.value,
    }


def _regions(arguments: argparse.Namespace, out: TextIO) -> None:
    write_rows(
        out,
        [region_row(item) for item in REGIONS],
        as_json=arguments.json,
        command=arguments.command,
        columns={
            "zkratka": "abbreviation",
            "CZ-NUTS": "nuts_code",
            "ISO 3166-2": "iso_code",
            "kraj": "name",
            "sídlo": "seat",
        },
    )


def _municipalities(arguments: argparse.Namespace, out: TextIO) -> None:
    found = municipalities(arguments.region, arguments.authority_type)
    write_rows(
        out,
        [_municipality_row(item) for item in found],
        as_json=arguments.json,
        command=arguments.command,
        columns={
            "obec": "name",
            "typ": "type",
            "správní obvod ORP": "district",
            "kód ORP": "orp_code",
        },
    )
