"""Folding Czech text for matching: case, diacritics and spacing do not matter.

Czech texts keep their diacritics everywhere they are shown; only the *keys* used for lookup and
search are folded, so ``"pestoun"`` finds ``"pěstoun"`` and ``"SCK"`` finds ``"SČK"``.

Examples:
    >>> fold("  Liberecký   KRAJ ")
    'liberecky kraj'
    >>> fold("Ústecký kraj") == fold("ustecky kraj")
    True
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "words"]


def fold(text: str) -> str:
    r"""Return ``text`` lower-cased, without diacritics, with runs of white space as one space.

    A dotless ı is an i without its dot, as a pattern that ignores case reads it: a key folded
    from what such a pattern matched is the key of the word it matched.

    Examples:
        >>> fold("Pěstounská\tpéče")
        'pestounska pece'
        >>> fold("Lıstiny")
        'listiny'
        >>> fold(None)
        Traceback (most recent call last):
        ...
        TypeError: expected text (str), not NoneType
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), not {type(text).__name__}")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("ı", "i").split())


def words(text: str) -> tuple[str, ...]:
    """Split folded ``text`` into its words (letters and digits only).

    Examples:
        >>> words("Kolegium obcí III. typu (K10)")
        ('kolegium', 'obci', 'iii', 'typu', 'k10')
    """
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return tuple(cleaned.split())
