"""Store a register's events in SQLite, reload them with Register.replay, compare.

The core does no I/O: a register is its events, and storing it is storing them. This example
keeps them in an SQLite database (the standard library's sqlite3, a temporary file), one row
per event in order, the event as JSON with the entry's personal data in full — the database is
the office's own store — and shows that the register rebuilt from the rows equals the original,
persons included. Every person here is synthetic.

The entries are ``krajsoc.registers.ApplicantEntry`` where this build of krajsoc has it;
otherwise a model defined here that keeps the same contract (a frozen pydantic model with ``id``,
``KIND`` and ``identity_keys()``) stands in for it.

Run: python examples/register_sqlite.py
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

import krajsoc.registers
from krajsoc.registers import Register, RegisterEvent

PERSONAL = {"x-personal-data": True}


class Applicant(BaseModel):
    """An applicant for substitute family care: one person or a couple."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)
    KIND: ClassVar[str] = "applicants"

    id: str
    birth_numbers: tuple[str, ...] = Field(json_schema_extra=PERSONAL)
    names: tuple[str, ...] = Field(json_schema_extra=PERSONAL)
    care: str = "foster"
    orp: str

    def identity_keys(self) -> tuple[str, ...]:
        return tuple(number.replace("/", "") for number in self.birth_numbers)

    def __repr_args__(self):  # type: ignore[no-untyped-def]
        return [(k, v) for k, v in super().__repr_args__() if k not in ("birth_numbers", "names")]


SCHEMA = """
create table if not exists register_events (
    number integer primary key,
    kind text not null,
    entry_id text not null,
    event text not null,
    day text not null,
    data text not null
)
"""


REAL_MODEL: Any = getattr(krajsoc.registers, "ApplicantEntry", None)
MODEL: Any = REAL_MODEL or Applicant
FIRST_PERSON = "800101/0006"  # synthetic: a valid check digit, never a real person


def _applicants() -> list[Any]:
    if REAL_MODEL is None:
        return [
            Applicant(id="Z-2026-001", birth_numbers=(FIRST_PERSON, "800102/0016"),
                      names=("Alfa Smyšlená", "Beta Smyšlený"), orp="Liberec"),
            Applicant(id="Z-2026-002", birth_numbers=("800103/0026",), names=("Gama Smyšlená",),
                      care="adoption", orp="Jablonec nad Nisou"),
        ]  # fmt: skip
    return [
        REAL_MODEL(id="Z-2026-001", care="pestounska pece", orp="Liberec",
                   applied_on=date(2026, 1, 5),
                   applicants=[{"name": "Smyšlená, Alfa", "birth_number": FIRST_PERSON},
                               {"name": "Smyšlený, Beta", "birth_number": "800102/0016"}]),
        REAL_MODEL(id="Z-2026-002", care="osvojeni", orp="Jablonec nad Nisou",
                   applied_on=date(2026, 1, 12),
                   applicants=[{"name": "Smyšlená, Gama", "birth_number": "800103/0026"}]),
    ]  # fmt: skip


def build() -> Register[Any]:
    first, second = _applicants()
    register = Register.empty(MODEL).add(first, on=date(2026, 1, 5))
    register = register.add(second, on=date(2026, 1, 12))
    register = register.apply("Z-2026-001", "file_forwarded", on=date(2026, 1, 26))
    register = register.apply("Z-2026-001", "proceedings_interrupted", on=date(2026, 2, 9))
    register = register.apply("Z-2026-001", "proceedings_resumed", on=date(2026, 3, 2))
    register = register.apply("Z-2026-001", "included", on=date(2026, 3, 20), decision="KÚ/1/2026")
    return register.apply("Z-2026-002", "file_forwarded", on=date(2026, 2, 2))


def store(connection: sqlite3.Connection, register: Register[Any]) -> None:
    connection.execute(SCHEMA)
    connection.executemany(
        "insert into register_events (kind, entry_id, event, day, data) values (?, ?, ?, ?, ?)",
        [
            (
                register.lifecycle.kind,
                e.entry_id,
                e.event,
                e.on.isoformat(),
                json.dumps(e.to_dict()),
            )
            for e in register.events()
        ],
    )
    connection.commit()


def load(connection: sqlite3.Connection, kind: str) -> Register[Any]:
    rows = connection.execute(
        "select data from register_events where kind = ? order by number", (kind,)
    )
    events = [RegisterEvent.from_dict(json.loads(data), MODEL) for (data,) in rows]
    return Register.replay(MODEL, events)


def main() -> None:
    original = build()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "registers.sqlite")
        with closing(sqlite3.connect(path)) as connection:
            store(connection, original)
        with closing(sqlite3.connect(path)) as connection:
            reloaded = load(connection, "applicants")
            (count,) = connection.execute("select count(*) from register_events").fetchone()
    assert reloaded == original
    assert reloaded.get("Z-2026-001").entry == original.get("Z-2026-001").entry
    assert FIRST_PERSON in json.dumps(reloaded.get("Z-2026-001").entry.model_dump(mode="json"))
    assert FIRST_PERSON not in repr(reloaded.get("Z-2026-001").entry)
    assert reloaded.due(on=date(2026, 3, 2)) == original.due(on=date(2026, 3, 2))
    print(f"{count} {MODEL.__name__} events stored and replayed: {reloaded!r}")
    for item in reloaded:
        print(f"  {item!r}  {item.entry!r}")
    print(reloaded.due(on=date(2026, 3, 2)).text("en") or "nothing due")


if __name__ == "__main__":
    main()
