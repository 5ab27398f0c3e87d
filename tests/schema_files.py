"""The boundary models and their published JSON Schemas (``docs/schemas/*.json``).

Add a model that crosses the boundary to :data:`BOUNDARY_TYPES`; then regenerate the files::

    python -m tests.schema_files
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import TypeAdapter

from krajsoc.agendas import Agenda, Correction, Recurrence, Source
from krajsoc.deadlines import Deadline, Period
from krajsoc.findings import FindingRecord, ReportRecord
from krajsoc.law import ActRecord, LegalReference
from krajsoc.persons import Address, BirthNumber, Ico, PersonName
from krajsoc.planning import Group, Meeting, Member
from krajsoc.registers import (
    ApplicantEntry,
    AuthorisationEntry,
    ChildEntry,
    ProviderEntry,
    TemporaryFosterCarerEntry,
)
from krajsoc.territory import Region

Mode = Literal["validation", "serialization"]

BOUNDARY_TYPES: dict[str, type[Any]] = {
    "agenda": Agenda,
    "source": Source,
    "correction": Correction,
    "report": ReportRecord,
    "finding": FindingRecord,
    "region": Region,
    "legal-reference": LegalReference,
    "act-record": ActRecord,
    "period": Period,
    "recurrence": Recurrence,
    "birth-number": BirthNumber,
    "person-name": PersonName,
    "address": Address,
    "ico": Ico,
    "applicant-entry": ApplicantEntry,
    "child-entry": ChildEntry,
    "temporary-foster-carer-entry": TemporaryFosterCarerEntry,
    "authorisation-entry": AuthorisationEntry,
    "provider-entry": ProviderEntry,
    "planning-group": Group,
    "meeting": Meeting,
    "member": Member,
    "deadline": Deadline,
}
"""Each type read from or written to the outside, by the stem of its schema files."""

SCHEMA_DIR = Path(__file__).parent.parent / "docs" / "schemas"
SUFFIX: dict[Mode, str] = {"validation": "input", "serialization": "output"}


def schema(kind: type[Any], mode: Mode) -> dict[str, Any]:
    """The JSON Schema of ``kind``: what validation reads, or what a dump writes."""
    found: dict[str, Any] = TypeAdapter(kind).json_schema(mode=mode)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **found}


def schema_text(kind: type[Any], mode: Mode) -> str:
    """The file text of a schema: indented, Czech letters kept."""
    return json.dumps(schema(kind, mode), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_all() -> None:
    """Write every boundary type's input and output schema into ``docs/schemas``."""
    for stem, kind in BOUNDARY_TYPES.items():
        for mode, suffix in SUFFIX.items():
            (SCHEMA_DIR / f"{stem}.{suffix}.json").write_text(schema_text(kind, mode), "utf-8")


if __name__ == "__main__":
    write_all()
