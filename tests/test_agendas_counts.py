"""The counts the docs page shows: any change to the data must update docs/agendas.md too."""

from __future__ import annotations

from pathlib import Path

from krajsoc.agendas import Catalogue, catalogue, planning_duties, social_work_catalogue

DOCS = Path(__file__).parent.parent / "docs" / "agendas.md"


def table_rows(catalogue_name: str) -> list[str]:
    text = DOCS.read_text("utf-8")
    block = text.split(f"<!-- counts: {catalogue_name} -->")[1].split("<!-- end -->")[0]
    return list(block.strip().splitlines()[2:])


def built_in(name: str) -> Catalogue:
    return {
        "LK": catalogue("LK"),
        "LK § 95": planning_duties("LK"),
        "KVK": catalogue("KVK"),
        "kraj": social_work_catalogue("kraj"),
        "obec": social_work_catalogue("orp"),
    }[name]


def expected_rows(name: str) -> list[str]:
    found = built_in(name)
    rows = [
        f"| {competence.label} | {count} |"
        for competence, count in found.count_by_competence().items()
    ]
    rows.append(f"| **total** | **{len(found)}** |")
    return rows


def expected_topics(name: str) -> list[str]:
    found = built_in(name)
    return [
        f"| {topic.label} | `{topic.value}` | {count} |"
        for topic, count in found.count_by_topic().items()
    ]


def test_the_docs_tables_of_counts_match_the_data() -> None:
    for name in ("LK", "LK § 95", "KVK", "kraj", "obec"):
        assert table_rows(name) == expected_rows(name), name
    for name in ("LK", "LK § 95", "KVK"):
        assert table_rows(f"{name} topics") == expected_topics(name), name
