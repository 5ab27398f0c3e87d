"""The docs' search hook adds every spelling of a page's words, with and without diacritics."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

HOOK = Path(__file__).parents[1] / "docs" / "hooks" / "search_fold.py"


def _hook() -> Any:
    spec = importlib.util.spec_from_file_location("search_fold", HOOK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _index(tmp_path: Path, docs: list[dict[str, str]]) -> dict[str, Any]:
    (tmp_path / "search").mkdir()
    index_file = tmp_path / "search" / "search_index.json"
    index_file.write_text(json.dumps({"config": {"fields": {}}, "docs": docs}), encoding="utf-8")
    _hook().on_post_build({"site_dir": str(tmp_path)})
    result: dict[str, Any] = json.loads(index_file.read_text(encoding="utf-8"))
    return result


def test_folding_drops_diacritics_and_case() -> None:
    assert _hook().fold("Lhůta") == "lhuta"


def test_a_page_with_diacritics_is_found_without_them(tmp_path: Path) -> None:
    index = _index(tmp_path, [{"location": "a/", "title": "Lhůty", "text": "pěstounská péče"}])
    (entry,) = index["docs"]
    assert {"lhuty", "pestounska", "pece"} <= set(entry["spellings"].split())
    assert entry["text"] == "pěstounská péče"  # the visible text is unchanged
    assert "spellings" in index["config"]["fields"]


def test_a_page_without_diacritics_gets_the_spellings_other_pages_use(tmp_path: Path) -> None:
    docs = [
        {"location": "a/", "title": "A", "text": "pěstoun"},
        {"location": "b/", "title": "B", "text": "search pestoun"},
    ]
    second = _index(tmp_path, docs)["docs"][1]
    assert "pěstoun" in second["spellings"].split()
