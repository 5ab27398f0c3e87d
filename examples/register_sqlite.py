"""Store a register's events in SQLite, reload them with Register.replay, compare.

The core does no I/O: a register is its events, and storing it is storing them. This example
keeps them in an SQLite database (the standard library's sqlite3, a temporary file), one row
per event in order, the event as JSON with the entry's personal data in full — the database is
the office's own store — and shows that the register rebuilt from the rows equals the original,
persons included. Every person here is synthetic.

The entries are the real ``krajsoc.registers.ApplicantEntry``: one person or a couple, each
with a name and a birth number, the ORP that took the application.

Run: python examples/register_sqlite.py
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from krajsoc.registers import ApplicantEntry, Register, RegisterEvent

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


FIRST_PERSON = "800101/0006"  # synthetic: a valid check digit, never a real person
SECOND_PERSON = "800102/0016"
FIRST_NAME = "Smyšlená, Alfa"


def _applicants() -> list[ApplicantEntry]:
    return [
        ApplicantEntry(id="Z-2026-001", care="pestounska pece", orp="Liberec",
                       applied_on=date(2026, 1, 5),
                       applicants=[{"name": FIRST_NAME, "birth_number": FIRST_PERSON},
                                   {"name": "Smyšlený, Beta", "birth_number": SECOND_PERSON}]),
        ApplicantEntry(id="Z-2026-002", care="osvojeni", orp="Jablonec nad Nisou",
                       applied_on=date(2026, 1, 12),
                       applicants=[{"name": "Smyšlená, Gama", "birth_number": "800103/0026"}]),
    ]  # fmt: skip


def build() -> Register[ApplicantEntry]:
    first, second = _applicants()
    register = Register.empty(ApplicantEntry).add(first, on=date(2026, 1, 5))
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


def load(connection: sqlite3.Connection, kind: str) -> Register[ApplicantEntry]:
    rows = connection.execute(
        "select data from register_events where kind = ? order by number", (kind,)
    )
    events = [RegisterEvent.from_dict(json.loads(data), ApplicantEntry) for (data,) in rows]
    return Register.replay(ApplicantEntry, events)


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
    assert [item.entry for item in reloaded] == [item.entry for item in original]
    couple = reloaded.get("Z-2026-001").entry
    assert type(couple) is ApplicantEntry
    # The personal data came back in full ...
    assert [person.birth_number.reveal() for person in couple.applicants] == [
        FIRST_PERSON,
        SECOND_PERSON,
    ]
    assert couple.applicants[0].name.reveal() == FIRST_NAME
    assert couple.model_dump() == original.get("Z-2026-001").entry.model_dump()
    # ... and is still never shown.
    shown = repr(couple) + repr(reloaded) + "".join(repr(e) for e in reloaded.events())
    assert FIRST_PERSON not in shown and FIRST_NAME not in shown
    assert reloaded.due(on=date(2026, 3, 2)) == original.due(on=date(2026, 3, 2))
    print(f"{count} ApplicantEntry events stored and replayed: {reloaded!r}")
    for item in reloaded:
        print(f"  {item!r}  {item.entry!r}")
    print(reloaded.due(on=date(2026, 3, 2)).text("en") or "nothing due")


if __name__ == "__main__":
    main()
