"""The docs' Rules page is the registry written out; regenerate it when a rule changes.

python -c "import krajsoc.rules as r; print(r.rules_markdown(), end='')" > docs/rules.md
"""

from __future__ import annotations

from pathlib import Path

from krajsoc.rules import RULES, rules_markdown

PAGE = Path(__file__).parents[1] / "docs" / "rules.md"


def test_the_rules_page_is_the_registry_written_out() -> None:
    assert PAGE.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is out of date; regenerate it (see this test module's docstring)"
    )


def test_every_rule_has_an_anchor_on_the_page() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for code in RULES:
        assert f"{{ #{code} }}" in page


def test_rule_codes_are_unique_and_each_rule_has_a_basis() -> None:
    assert len(set(RULES)) == len(RULES)
    for code, rule in RULES.items():
        assert rule.code == code
        assert rule.basis
