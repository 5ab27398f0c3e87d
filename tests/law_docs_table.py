"""The table of known acts on docs/law.md, rendered from the registry (a test compares them)."""

from __future__ import annotations

from krajsoc.law import ACTS, Act

HEADER = (
    "| act | kind | title | cited as (nominative / genitive) | in force from | repealed "
    "| verified |\n|---|---|---|---|---|---|---|"
)


def _row(item: Act) -> str:
    names = "; ".join(f"{name.nominative} / {name.genitive}" for name in item.names) or "—"
    start = item.in_force_from.isoformat() if item.in_force_from else "—"
    repealed = "—"
    if item.repealed_on is not None:
        repealed = item.repealed_on.isoformat()
        if item.replaced_by:
            repealed += f", by {item.replaced_by} Sb."
    label = f"{item.id} Sb." if item.kind.series == "Sb." else item.id
    cells = (
        f"[{label}]({item.url})",
        item.kind.label,
        item.title or "(not known)",
        names,
        start,
        repealed,
        "verified" if item.verified else "believed",
    )
    return "| " + " | ".join(cells) + " |"


def acts_table() -> str:
    """The Markdown table of every built-in act, in registry order."""
    return "\n".join([HEADER, *(_row(item) for item in ACTS)])
