"""The registers part of ``krajsoc demo``: a synthetic register of each kind, what is due.

Every entry is synthetic (generated birth numbers, never real data) and the day is fixed, so
the demo always prints the same.
"""

from __future__ import annotations

from typing import TextIO

from krajsoc.calendar import czech_date
from krajsoc.cli._output import write_table
from krajsoc.registers import LIFECYCLES, SYNTHETIC_DAY, synthetic_register

__all__ = ["write_registers"]


def write_registers(out: TextIO) -> None:
    """Write each kind's synthetic register: entries, states, and what is due on the fixed day."""
    day = czech_date(SYNTHETIC_DAY)
    out.write(f"\nEvidence kraje — smyšlené záznamy (žádné skutečné osoby), stav k {day}\n")
    for kind, table in LIFECYCLES.items():
        register = synthetic_register(kind).as_of(SYNTHETIC_DAY)
        out.write(f"\n  {table.title} ({kind}), {len(register)} záznamů\n")
        write_table(
            out,
            ("záznam", "stav", "od", "dovolené události"),
            [
                (
                    item.id,
                    table.states[item.state],
                    czech_date(item.since),
                    ", ".join(register.allowed(item.id)) or None,
                )
                for item in register
            ],
            indent="    ",
        )
        due = register.due(on=SYNTHETIC_DAY)
        if not len(due):
            out.write("    nic není po lhůtě ani před jejím koncem\n")
        for finding in due:
            mark = "PO LHŮTĚ" if finding.severity.value == "violation" else "brzy"
            out.write(f"    [{mark}] {finding.where.entry}: {finding.text('cs')}\n")
