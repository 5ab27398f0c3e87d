"""Each text-form value's output JSON Schema, pinned whole: a change to one is a change to the API.

The input schemas (text or object) are checked against validation in ``test_json_schemas.py``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import TypeAdapter

from krajsoc.agendas import Recurrence
from krajsoc.deadlines import Period
from krajsoc.law import LegalReference
from krajsoc.territory import Region

PINNED_SCHEMAS: list[tuple[type[Any], dict[str, Any]]] = [
    (
        Region,
        {
            "description": (
                "A Czech region (kraj): CZ-NUTS code, ISO 3166-2 code, abbreviation or Czech "
                "name; serialised as the CZ-NUTS code."
            ),
            "examples": ["CZ051", "LK", "CZ-51", "Liberecký kraj"],
            "title": "Region",
            "type": "string",
        },
    ),
    (
        LegalReference,
        {
            "description": (
                "A provision (section or article) of a Czech or EU act, or a whole act, in Czech "
                "citation style; the act by number or by short name in any listed case. "
                "Serialised in canonical form."
            ),
            "examples": [
                "§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.",
                "§ 175 odst. 5 správního řádu",
                "zákon č. 359/1999 Sb.",
                "§ 16 odst. 1 věta první zákona č. 359/1999 Sb.",
                "§ 78 a násl. zákona č. 108/2006 Sb.",
                "čl. 6 odst. 1 písm. e) nařízení Evropského parlamentu a Rady (EU) 2016/679",
            ],
            "title": "LegalReference",
            "type": "string",
        },
    ),
    (
        Period,
        {
            "description": (
                "A period (lhůta) of one unit: Czech text ('15 dnů', '1 měsíc', "
                "'5 pracovních dnů') or an ISO 8601 duration ('P15D', 'P2W', 'P1M', 'P1Y'); "
                "serialised as an ISO 8601 duration ('P15D'), except working days: ISO 8601 "
                "has no working-day unit, so a working-day period is serialised as Czech text "
                "('5 pracovních dnů'), which this field reads back."
            ),
            "examples": ["P15D", "15 dnů", "1 měsíc", "P1M", "5 pracovních dnů"],
            "title": "Period",
            "type": "string",
        },
    ),
    (
        Recurrence,
        {
            "description": "How often a duty recurs, as a Czech phrase.",
            "examples": [
                "2x ročně",
                "pololetně",
                "nejméně 3x ročně",
                "cca 2x ročně",
                "dle potřeby",
            ],
            "title": "Recurrence",
            "type": "string",
        },
    ),
]


@pytest.mark.parametrize(
    ("cls", "expected"), PINNED_SCHEMAS, ids=[cls.__name__ for cls, _ in PINNED_SCHEMAS]
)
def test_output_json_schema_of_each_text_value_is_exactly_the_pinned_one(
    cls: type[Any], expected: dict[str, Any]
) -> None:
    schema = TypeAdapter(cls).json_schema(mode="serialization")
    assert json.dumps(schema, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


@pytest.mark.parametrize(
    ("cls", "text", "dumped"),
    [
        (Region, "liberecky kraj", "CZ051"),
        (LegalReference, "§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.", None),
        (Period, "15 dnů", "P15D"),
        (Recurrence, "cca 2x za rok", "cca 2x ročně"),
    ],
)
def test_each_text_value_reads_its_text_and_dumps_its_canonical_text(
    cls: type[Any], text: str, dumped: str | None
) -> None:
    adapter = TypeAdapter(cls)
    value = adapter.validate_python(text)
    assert isinstance(value, cls)
    assert adapter.validate_python(value) is value
    assert adapter.dump_python(value) == (text if dumped is None else dumped)
