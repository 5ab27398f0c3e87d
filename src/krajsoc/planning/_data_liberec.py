"""Liberecký kraj's coordination structure for planning social services (KKS), as data.

Sources, checked 2026-12-01: seed 002 = ``002_a2dc5fce7c1ba4f7.txt`` (the department's page on
the Krajská koordinační struktura: K10, KOOS, the expert group, focus groups) and seed 003 =
``003_413385bf0319aba2.txt`` (the region's page on planning: § 95 ZSS, K21, KOOS). No statute
or rules of procedure beyond the seeds were found (Sources § 8): the seeds' rules are the rules.
The two seeds disagree on the collegium (K10 "obcí III. typu" in 002, K21 "obcí II. a III.
stupně" in 003): both groups are kept, each with its own source. Each row is validated as a
:class:`~krajsoc.planning.Group`, the same model a region's own groups use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LIBEREC_GROUPS"]

_COUNCIL_MEMBER = "člen rady kraje pro sociální oblast"
_DEPARTMENT = "odbor sociálních věcí KÚ LK"
_KKS_MANAGER = "manažer KKS"
_GUEST = "přizvaný účastník"

LIBEREC_GROUPS: tuple[dict[str, Any], ...] = (
    {
        "code": "K10",
        "name": "Kolegium obcí III. typu",
        "region": "CZ051",
        "purpose": "Poradní orgán člena rady kraje odpovědného za řízení sociálního resortu; "
        "svolává se k projednávání zásadních plánovacích dokumentů vždy před jejich projednáním "
        "v orgánech Libereckého kraje; řeší aktuální témata sociální oblasti na politické "
        "platformě.",
        "scope": "celokrajská působnost; nejvyšší a největší složka Krajské koordinační struktury",
        "roles": {
            "convenes": _COUNCIL_MEMBER,
            "chairs": _COUNCIL_MEMBER,
            "chair_unless_agreed_otherwise": True,
            "expert_support": _DEPARTMENT,
            "organises": _KKS_MANAGER,
            "keeps_member_list": _KKS_MANAGER,
            "source": "seed 002, lines 25–27, 29 and 31",
        },
        "composition": [
            {
                "role": "zástupce obce III. typu",
                "required": True,
                "each": "orp",
                "source": "seed 002, lines 9 and 13; Sources § 6 (10 ORP)",
            },
            {"role": _COUNCIL_MEMBER, "source": "seed 002, line 14"},
            {"role": "vedoucí odboru sociálních věcí", "source": "seed 002, line 15"},
            {"role": _KKS_MANAGER, "source": "seed 002, line 16"},
            {"role": _GUEST, "guest": True, "source": "seed 002, line 17"},
        ],
        "meetings": {
            "notice": "1 měsíc",
            "notice_source": "seed 002, line 28",
            "materials": "1 měsíc",
            "materials_to": _KKS_MANAGER,
            "materials_source": "seed 002, line 30",
            "frequency": "dle potřeby",
            "frequency_source": "seed 002, line 23 (potřebnost určuje člen rady kraje)",
            "extraordinary_may_shorten": ["notice"],
            "consulted_before_approval": True,
        },
        "source": "seed 002, lines 9–31",
    },
    {
        "code": "K21",
        "name": "Kolegium obcí II. a III. stupně",
        "region": "CZ051",
        "purpose": "Poradní orgán věcně příslušného člena rady Libereckého kraje; zjištěné potřeby "
        "v území jsou předávány a projednávány s krajem.",
        "scope": "celokrajská působnost",
        "roles": {"source": "seed 003, line 37 (who convenes or chairs is not said)"},
        "composition": [
            {
                "role": "zástupce obce II. nebo III. typu",
                "required": True,
                "each": "pou",
                "functions": ["starosta", "místostarosta"],
                "source": "seed 003, line 37; Sources § 6 (21 POU)",
            },
            {"role": _GUEST, "guest": True, "source": "Sources § 8 (hosté bez hlasu)"},
        ],
        "source": "seed 003, line 37",
    },
    {
        "code": "KOOS",
        "name": "Koordinační skupina pro plánování sociálních služeb na území Libereckého kraje",
        "region": "CZ051",
        "purpose": "Přenos informací z komunitního plánování z území obcí na krajskou úroveň, "
        "spolupráce na monitoringu, aktualizaci a tvorbě Střednědobého plánu, zjišťování "
        "potřebnosti sociálních služeb v území, spolupráce na sestavování sítě.",
        "scope": "celokrajská působnost",
        "roles": {"keeps_member_list": _KKS_MANAGER, "source": "seed 002, line 37"},
        "composition": [
            {
                "role": "zástupce obce s komunitním plánováním",
                "required": True,
                "source": "seed 002, line 35; seed 003, line 39",
            },
        ],
        "meetings": {
            "frequency": "cca 2x ročně",
            "frequency_source": "seed 002, line 35; seed 003, line 39 (cca 2x za rok)",
        },
        "source": "seed 002, lines 35–37; seed 003, line 39",
    },
    {
        "code": "ODBORNA",
        "name": "Odborná skupina odboru sociálních věcí KÚLK pro plánování, sociální oblasti",
        "region": "CZ051",
        "purpose": "Projednává úkoly v rámci procesu střednědobého plánování rozvoje sociálních "
        "služeb, spolupracuje při tvorbě sítě sociálních služeb a přebírá koordinační úlohu.",
        "scope": "odbor sociálních věcí krajského úřadu",
        "roles": {"keeps_member_list": _KKS_MANAGER, "source": "seed 002, line 43"},
        "composition": [
            {
                "role": "zaměstnanec odboru sociálních věcí",
                "required": True,
                "source": "seed 002, line 41 (garanti, metodici, ekonomové, registrátoři)",
            },
        ],
        "source": "seed 002, lines 41–43; seed 003, line 41",
    },
    {
        "code": "FOKUSNI",
        "name": "Fokusní pracovní skupiny",
        "region": "CZ051",
        "purpose": "Svolávány v případě řešení konkrétní problematiky, i mezirezortně; dlouhodobě "
        "fungují skupiny pro záležitosti národnostních menšin a cizinců, protidrogovou politiku "
        "a prevenci a reformu péče o duševní zdraví.",
        "scope": "podle řešené problematiky",
        "composition": [
            {
                "role": "odborný pracovník",
                "source": "seed 002, line 47 (kraje, obcí, poskytovatelů či přizvaní odborníci)",
            },
        ],
        "meetings": {"frequency": "dle potřeby", "frequency_source": "seed 002, line 47"},
        "source": "seed 002, lines 47–59; seed 003, line 43",
    },
)
"""Liberecký kraj's planning groups as rows of :class:`~krajsoc.planning.Group`."""
