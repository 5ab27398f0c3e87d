"""Closed vocabularies whose values are Czech terms, found without regard to diacritics or case.

A :class:`CzechEnum` member's value is the Czech term as the law writes it (``"žena"``,
``"pobytová"``); the member is also found by that term folded (``"zena"``), by any of the extra
names its class lists in ``__aliases__``, and, through Python's ``Enum._missing_`` hook, by pydantic
when a field of the enum's type is validated, so ``"ambulantni"`` in a JSON row is understood.

Examples:
    >>> class Answer(CzechEnum):
    ...     YES = "ano"
    ...     NO = "ne"
    >>> Answer("ANO"), Answer.parse(" Ne ")
    (<Answer.YES: 'ano'>, <Answer.NO: 'ne'>)
    >>> Answer.parse("snad")
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown answer 'snad'; expected one of: ano, ne
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import ClassVar, Self

from krajsoc._text import fold
from krajsoc.errors import UnknownCodeError

__all__ = ["CzechEnum"]

_LOOKUPS: dict[type[CzechEnum], dict[str, CzechEnum]] = {}


class CzechEnum(StrEnum):
    """A vocabulary of Czech terms: each member is found by its term, folded, or an extra name.

    A subclass may map member names to extra names in ``__aliases__`` (a dunder name, so
    :class:`~enum.Enum` keeps it out of the members).
    """

    __aliases__: ClassVar[dict[str, tuple[str, ...]]]

    @classmethod
    def _lookup(cls) -> dict[str, CzechEnum]:
        table = _LOOKUPS.get(cls)
        if table is None:
            extra = getattr(cls, "__aliases__", {})
            table = {}
            for member in cls:
                for name in (member.value, member.name, *extra.get(member.name, ())):
                    table.setdefault(fold(name), member)
            _LOOKUPS[cls] = table
        return table

    @classmethod
    def _missing_(cls, value: object) -> CzechEnum | None:
        if not isinstance(value, str):
            return None
        return cls._lookup().get(fold(value))

    @classmethod
    def parse(cls, text: str) -> Self:
        """The member named by ``text`` (its Czech term with or without diacritics, or an alias).

        Raises:
            UnknownCodeError: ``text`` names no member; the message lists the terms.
            TypeError: ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise TypeError(f"{cls.__name__}.parse() takes text (str), not {type(text).__name__}")
        member = cls._lookup().get(fold(text))
        if member is None:
            kind = " ".join(re.findall(r"[A-Z][a-z]*", cls.__name__)).lower()
            raise UnknownCodeError(kind, text, allowed=[item.value for item in cls])
        return cls(member)
