"""Municipalities with a commissioned office (POU) or extended powers (ORP), and military districts.

Source: Sources § 6 (checked 2026-11-23), after zákon č. 314/2002 Sb. and vyhláška
č. 388/2002 Sb. Covered regions: Liberecký kraj (10 ORP, 21 POU; counts verified) and Karlovarský
kraj (7 ORP, 15 POU; counts verified). ORP codes are ČSÚ code list 65 (verified); POU names are
believed; POU codes (code list 61) were not found and are not invented. Every ORP is also a POU.
Military districts (vojenské újezdy) after zákon č. 15/2015 Sb., Brdy abolished on 31 Dec 2015.

Columns: region (CZ-NUTS), ORP district, ORP code, POU names in that district (the ORP first).
"""

from __future__ import annotations

__all__ = ["COVERED_REGIONS", "MILITARY_DISTRICT_ROWS", "ORP_ROWS"]

ORP_ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # Liberecký kraj
    ("CZ051", "Česká Lípa", "5101", ("Česká Lípa", "Doksy", "Mimoň")),
    ("CZ051", "Frýdlant", "5102", ("Frýdlant", "Nové Město pod Smrkem")),
    ("CZ051", "Jablonec nad Nisou", "5103", ("Jablonec nad Nisou",)),
    ("CZ051", "Jilemnice", "5104", ("Jilemnice", "Rokytnice nad Jizerou")),
    (
        "CZ051",
        "Liberec",
        "5105",
        (
            "Liberec",
            "Český Dub",
            "Hodkovice nad Mohelkou",
            "Hrádek nad Nisou",
            "Chrastava",
            "Jablonné v Podještědí",
        ),
    ),
    ("CZ051", "Nový Bor", "5106", ("Nový Bor", "Cvikov")),
    ("CZ051", "Semily", "5107", ("Semily", "Lomnice nad Popelkou")),
    ("CZ051", "Tanvald", "5108", ("Tanvald",)),
    ("CZ051", "Turnov", "5109", ("Turnov",)),
    ("CZ051", "Železný Brod", "5110", ("Železný Brod",)),
    # Karlovarský kraj
    ("CZ041", "Aš", "4101", ("Aš",)),
    ("CZ041", "Cheb", "4102", ("Cheb",)),
    (
        "CZ041",
        "Karlovy Vary",
        "4103",
        (
            "Karlovy Vary",
            "Bečov nad Teplou",
            "Nejdek",
            "Toužim",
            "Žlutice",
        ),
    ),
    ("CZ041", "Kraslice", "4104", ("Kraslice",)),
    ("CZ041", "Mariánské Lázně", "4105", ("Mariánské Lázně",)),
    ("CZ041", "Ostrov", "4106", ("Ostrov",)),
    ("CZ041", "Sokolov", "4107", ("Sokolov", "Habartov", "Horní Slavkov", "Chodov", "Loket")),
)

# (region, name): the four military districts since 1 January 2016 (believed for the regions).
MILITARY_DISTRICT_ROWS: tuple[tuple[str, str], ...] = (
    ("CZ031", "Boletice"),
    ("CZ064", "Březina"),
    ("CZ041", "Hradiště"),
    ("CZ071", "Libavá"),
)

COVERED_REGIONS: tuple[str, ...] = ("CZ051", "CZ041")
"""CZ-NUTS codes of the regions krajsoc has built-in data for — their ORP and POU, and their agenda
catalogue (:func:`krajsoc.agendas.catalogue`): Liberecký and Karlovarský kraj. Other regions
answer with :class:`~krajsoc.errors.UncoveredRegionError`. The one list of covered regions."""
