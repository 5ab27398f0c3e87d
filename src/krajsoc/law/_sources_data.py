"""The other sources decisions cite, as data: EU acts and the constitutional order.

Source: the Official Journal of the EU and the Collection of Laws, from knowledge — none of these
facts is in the seeds or Sources § 1, so every row is *believed* (``verified`` false) and its
``note`` says what it rests on. Dates are ISO ``YYYY-MM-DD``; ``in_force_from`` is the day the act
applies (nabytí účinnosti), the day a check of a reference asks about.

Each row holds the keyword arguments of :class:`~krajsoc.law.Act` (names as (nominative,
genitive) pairs, dates as text), so a row reads like the act's citation.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SOURCE_ROWS"]

SOURCE_ROWS: tuple[dict[str, Any], ...] = (
    {
        "number": 679,
        "year": 2016,
        "kind": "eu_regulation",
        "issuer": "Evropského parlamentu a Rady",
        "title": (
            "o ochraně fyzických osob v souvislosti se zpracováním osobních údajů a o volném "
            "pohybu těchto údajů a o zrušení směrnice 95/46/ES"
        ),
        "names": (
            (
                "obecné nařízení o ochraně osobních údajů",
                "obecného nařízení o ochraně osobních údajů",
            ),
        ),
        "abbreviations": ("GDPR",),
        "in_force_from": "2018-05-25",
        "note": (
            "in force (platnost) since 24. 5. 2016, the twentieth day after its publication in "
            "OJ L 119 of 4. 5. 2016; applies (účinnost) from 25. 5. 2018 (čl. 99): believed"
        ),
    },
    {
        "number": 680,
        "year": 2016,
        "kind": "eu_directive",
        "issuer": "Evropského parlamentu a Rady",
        "title": (
            "o ochraně fyzických osob v souvislosti se zpracováním osobních údajů příslušnými "
            "orgány za účelem prevence, vyšetřování, odhalování či stíhání trestných činů nebo "
            "výkonu trestů, o volném pohybu těchto údajů a o zrušení rámcového rozhodnutí Rady "
            "2008/977/SVV"
        ),
        "in_force_from": "2016-05-05",
        "note": (
            "in force the day after its publication in OJ L 119 of 4. 5. 2016; to be transposed "
            "by 6. 5. 2018 (in the Czech Republic by 110/2019 Sb.): believed"
        ),
    },
    {
        "number": 1,
        "year": 1993,
        "kind": "constitutional_act",
        "title": "Ústava České republiky",
        "names": (("Ústava České republiky", "Ústavy České republiky"),),
        "article_names": ("Ústavy",),
        "cited_by_name": True,
        "in_force_from": "1993-01-01",
        "note": "in force since 1. 1. 1993 (čl. 113): believed",
    },
    {
        "number": 2,
        "year": 1993,
        "kind": "presidium_resolution",
        "title": (
            "o vyhlášení Listiny základních práv a svobod jako součásti ústavního pořádku České "
            "republiky"
        ),
        "names": (("Listina základních práv a svobod", "Listiny základních práv a svobod"),),
        "article_names": ("Listiny",),
        "cited_by_name": True,
        "in_force_from": "1993-01-01",
        "note": (
            "part of the constitutional order since 1. 1. 1993 (čl. 3 and 112 Ústavy); first "
            "promulgated as 23/1991 Sb.: believed"
        ),
    },
    {
        "number": 104,
        "year": 1991,
        "kind": "communication",
        "issuer": "federálního ministerstva zahraničních věcí",
        "title": "o sjednání Úmluvy o právech dítěte",
        "names": (("Úmluva o právech dítěte", "Úmluvy o právech dítěte"),),
        "cited_by_name": True,
        "in_force_from": "1991-02-06",
        "note": "in force for the Czech and Slovak Federal Republic since 6. 2. 1991: believed",
    },
)
