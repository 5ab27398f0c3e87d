"""MkDocs hook: make the site's search find Czech words typed with or without diacritics.

The theme's search (lunr.js) matches words as written, so ``lhuta`` would not find ``lhůta``,
and lunr has no Czech support to fold them. After the build this hook rewrites the search index
(``search/search_index.json``): each entry gets a field of its own, searched but never shown,
holding the folded form (no diacritics, lower case) of each of its words and every spelling with
diacritics that any page of the site uses for those folded forms. So ``lhůta`` and ``lhuta`` find
the same pages, and so do ``pěstoun`` and ``pestoun``, whichever way a page spells the word.
Titles and the visible text are unchanged.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
FIELD = "spellings"
"""The index field the spellings go to: searched by the theme, never shown in results."""


def fold(word: str) -> str:
    """``word`` lower-cased without diacritics: ``'Lhůta'`` → ``'lhuta'``."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _words(entry: dict[str, Any]) -> set[str]:
    text = f"{entry.get('title', '')} {entry.get('text', '')}"
    return {word.casefold() for word in _WORD.findall(text)}


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Rewrite the search index with every spelling of each entry's words added."""
    index_file = Path(config["site_dir"]) / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    entries = index.get("docs", [])
    spellings: dict[str, set[str]] = defaultdict(set)
    words_of = []
    for entry in entries:
        words = _words(entry)
        words_of.append(words)
        for word in words:
            folded = fold(word)
            if folded != word:
                spellings[folded].add(word)
    for entry, words in zip(entries, words_of, strict=True):
        # Every spelling is appended, even one the text has: the text may hold it where lunr's
        # tokenizer does not see a word (``&quot;pěstoun&quot;`` inside a code block).
        folded = {fold(word) for word in words}
        extra = folded | {spelling for f in folded for spelling in spellings.get(f, ())}
        if extra:
            entry[FIELD] = " ".join(sorted(extra))
    index.setdefault("config", {}).setdefault("fields", {})[FIELD] = {"boost": 1.0}
    index_file.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
