"""The public API is pinned: a change to a name or a signature is deliberate.

When this fails after a change you meant, regenerate the snapshot and note it in CHANGELOG.md::

    python -m tests.api_snapshot > tests/data/public_api.txt
"""

from __future__ import annotations

import difflib
from pathlib import Path

from tests.api_snapshot import api_snapshot

SNAPSHOT = Path(__file__).parent / "data" / "public_api.txt"


def test_the_public_api_matches_the_committed_snapshot() -> None:
    committed = SNAPSHOT.read_text("utf-8")
    current = api_snapshot()
    diff = "\n".join(
        difflib.unified_diff(
            committed.splitlines(), current.splitlines(), "committed", "current", lineterm=""
        )
    )
    assert current == committed, (
        "the public API changed; if meant, run `python -m tests.api_snapshot > "
        f"tests/data/public_api.txt` and add a CHANGELOG entry:\n{diff}"
    )


def test_the_snapshot_lists_every_public_module_and_its_names() -> None:
    text = SNAPSHOT.read_text("utf-8")
    assert "[krajsoc.territory]" in text and "\nregion(code" in text
    assert "[krajsoc.testing.assertions]" in text
