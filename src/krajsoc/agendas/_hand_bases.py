"""TEMPORARY: the seeds' legal bases written out by hand, until ``krajsoc.law.extract_citations``.

To be replaced by extraction from the text (issue 4); the tests keep the same table to check the
extraction against. Keys are agenda ids; references are as the text cites
them, an act left ``None`` where the text names none.
"""

from __future__ import annotations

from krajsoc.law import LegalReference, act

__all__ = ["HAND_BASES"]


def _refs(act_id: str | None, *sections: str) -> tuple[LegalReference, ...]:
    cited = act(act_id) if act_id else None
    if not sections:
        assert cited is not None
        return (LegalReference(cited),)
    found = []
    for text in sections:
        section, _, rest = text.partition(" ")
        subsection = letter = None
        if rest.startswith("odst. "):
            subsection_text, _, rest = rest[6:].partition(" ")
            subsection = int(subsection_text)
        if rest.startswith("písm. "):
            letter = rest[6:].rstrip(")")
        found.append(LegalReference(cited, section=section, subsection=subsection, letter=letter))
    return tuple(found)


_LK = "CZ051/oddeleni-socialni-prace/pp/"
_PLAN = "CZ051/planovani-socialnich-sluzeb/sp/"
_REGIONAL = "CZ/regional/pp/"
_MUNICIPAL = "CZ/municipal-type-ii/pp/"
_KVK = "CZ041/oddeleni-socialne-pravni-ochrany-deti/"

HAND_BASES: dict[str, tuple[LegalReference, ...]] = {
    _LK + "1": _refs("582/1991", "10", "118"),
    _LK + "2": _refs("108/2006", "93 písm. c)"),
    _LK + "3": _refs("128/2000", "67") + _refs("111/2006", "7", "64"),
    _LK + "6": _refs("108/2006", "37"),
    _LK + "8": _refs("108/2006", "93 odst. 1"),
    _LK + "9": _refs("108/2006", "93a odst. 2"),
    _LK + "14": _refs("500/2004"),
    _LK + "23": _refs("129/2000", "67 odst. 1 písm. f)"),
    _LK + "36": _refs("359/1999"),
    _LK + "37": _refs("359/1999", "39"),
    _LK + "38": _refs("359/1999", "42h", "42l", "42n"),
    _LK + "39": _refs("359/1999", "49", "49a", "50"),
    _LK + "41": _refs(None, "24c"),
    _LK + "44": _refs("359/1999", "24", "24a", "24b", "24d", "25"),
    _LK + "47": _refs(None, "11 odst. 2"),
    _LK + "48": _refs("94/1963", "45"),
    _LK + "52": _refs("359/1999", "38a"),
    _LK + "55": _refs("359/1999", "59"),
    _LK + "57": _refs("334/2002", "28"),
    _LK + "58": _refs("359/1999", "59"),
    _LK + "59": _refs("359/1999"),
    _PLAN + "d": _refs(None, "94 písm. e)", "85 odst. 5"),
    _PLAN + "h": _refs(None, "94 písm. f)"),
    _REGIONAL + "1": _refs("108/2006", "93"),
    _MUNICIPAL + "20": _refs("101/2000"),
    _KVK + "pp/7a-2": _refs("359/1999", "6"),
    _KVK + "sp/7a-4": _refs("359/1999"),
}
