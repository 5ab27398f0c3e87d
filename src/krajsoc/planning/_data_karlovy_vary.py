"""Karlovarský kraj's groups in child protection (SPOD), as data.

Source, checked 2026-12-01: seed 004 = ``004_568da37a0bb8a2b6.txt`` (the region's self-assessment
for SPOD criteria 7a and 7b). The advisory board's basis, § 38a zákona č. 359/1999 Sb., is
believed, not confirmed (Sources C6; § 38 is the ORP's commission), so that group is marked
``believed``. Each row is validated as a :class:`~krajsoc.planning.Group`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["KARLOVY_VARY_GROUPS"]

_SECTION = "oddělení sociálně-právní ochrany dětí KÚKK"

KARLOVY_VARY_GROUPS: tuple[dict[str, Any], ...] = (
    {
        "code": "SETKANI-SPOD",
        "name": "Pravidelná setkání se zaměstnanci orgánů sociálně-právní ochrany dětí",
        "region": "CZ041",
        "purpose": "Metodická pomoc obcím a prohloubení spolupráce; zváni jsou také zástupci "
        "pověřených osob, poskytovatelů služeb a Probační a mediační služby.",
        "scope": "orgány SPOD obcí s rozšířenou působností Karlovarského kraje",
        "roles": {
            "convenes": "krajský úřad",
            "organises": _SECTION,
            "source": "seed 004, line 107 (KÚKK pořádá)",
        },
        "composition": [
            {
                "role": "zaměstnanec orgánu SPOD",
                "required": True,
                "source": "seed 004, line 107",
            },
            {
                "role": "přizvaný účastník",
                "guest": True,
                "source": "seed 004, line 107 (pověřené osoby, poskytovatelé, PMS)",
            },
        ],
        "meetings": {
            "frequency": "dle aktuální potřeby, nejméně však 3x ročně",
            "frequency_source": "seed 004, line 107",
        },
        "source": "seed 004, line 107",
    },
    {
        "code": "PORADNI-SBOR",
        "name": "Poradní sbor hejtmana pro sociálně-právní ochranu dětí",
        "region": "CZ041",
        "purpose": "Projednává a posuzuje otázky spojené s plněním úkolů krajského úřadu v oblasti "
        "sociálně-právní ochrany dětí na území kraje.",
        "scope": "území kraje",
        "roles": {
            "convenes": "hejtman",
            "keeps_member_list": "tajemník poradního sboru",
            "source": "seed 004, line 115 (zřízen hejtmanem; tajemnicí je zaměstnankyně oddělení)",
        },
        "composition": [
            {
                "role": "tajemník poradního sboru",
                "required": True,
                "source": "seed 004, line 115 (členem a tajemnicí je zaměstnanec oddělení)",
            },
        ],
        "source": "seed 004, line 115; § 38a zákona č. 359/1999 Sb. (believed, Sources C6)",
        "certainty": "believed",
        "note": "Basis § 38a of 359/1999 believed, not confirmed (Sources C6); § 38 is the "
        "ORP's commission.",
    },
)
"""Karlovarský kraj's groups as rows of :class:`~krajsoc.planning.Group`."""
