"""Store a register's events in SQLite, reload them with Register.replay, compare.

The core does no I/O: a register is its events, and storing it is storing them. This example
keeps them in an SQLite database (the standard library's sqlite3, a temporary file), one row
per event in order, the event as JSON with the entry's personal data in full — the database is
the office's own store — and shows that the register rebuilt from the rows equals the original,
persons included. Every person here is synthetic.

The entry model is defined here, following the contract of krajsoc's entry models (a frozen
pydantic model with ``id``, ``KIND`` and ``identity_keys()``); ``krajsoc.registers.ApplicantEntry``
plugs in the same way.

Run: python examples/register_sqlite.py
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

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


def build() -> Register[Applicant]:
    register = Register.empty(Applicant)
    register = register.add(
        Applicant(
            id="Z-2026-001",
            birth_numbers=("800101/0006", "800102/0011"),
            names=("Alfa Smyšlená", "Beta Smyšlený"),
            orp="Liberec",
        ),
        on=date(2026, 1, 5),
    )
    register = register.add(
        Applicant(id="Z-2026-002", birth_numbers=("750505/0015",), names=("Gama Smyšlená",),
                  care="adoption", orp="Jablonec nad Nisou"),
        on=date(2026, 1, 12),
    )  # fmt: skip
    register = register.apply("Z-2026-001", "file_forwarded", on=date(2026, 1, 26))
    register = register.apply("Z-2026-001", "proceedings_interrupted", on=date(2026, 2, 9))
    register = register.apply("Z-2026-001", "proceedings_resumed", on=date(2026, 3, 2))
    register = register.apply("Z-2026-001", "included", on=date(2026, 3, 20), decision="KÚ/1/2026")
    return register.apply("Z-2026-002", "file_forwarded", on=date(2026, 2, 2))


def store(connection: sqlite3.Connection, register: Register[Applicant]) -> None:
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


def load(connection: sqlite3.Connection, kind: str) -> Register[Applicant]:
    rows = connection.execute(
        "select data from register_events where kind = ? order by number", (kind,)
    )
    events = [RegisterEvent.from_dict(json.loads(data), Applicant) for (data,) in rows]
    return Register.replay(Applicant, events)


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
    assert reloaded.get("Z-2026-001").entry.birth_numbers == ("800101/0006", "800102/0011")
    assert reloaded.get("Z-2026-001").entry == original.get("Z-2026-001").entry
    assert reloaded.due(on=date(2026, 3, 2)) == original.due(on=date(2026, 3, 2))
    print(f"{count} events stored and replayed: {reloaded!r}")
    for item in reloaded:
        print(f"  {item!r}  {item.entry!r}")
    print(reloaded.due(on=date(2026, 3, 2)).text("en") or "nothing due")


if __name__ == "__main__":
    main()
