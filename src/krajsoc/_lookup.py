"""Finding a member of a closed vocabulary (an enum) by any of its names.

A vocabulary such as :class:`~krajsoc.territory.Competence` answers to its English value, its
Czech term and the usual abbreviations. Each member lists those names already folded (see
:func:`krajsoc._text.fold`); the text asked for is folded too, so case, diacritics and spacing do
not matter. Text that names no member is an :class:`~krajsoc.errors.UnknownCodeError` listing
what would have been understood.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from enum import Enum
from typing import TypeVar

from krajsoc._text import fold
from krajsoc.errors import UnknownCodeError

__all__ = ["find_member"]

Member = TypeVar("Member", bound=Enum)


def find_member(
    kind: str, text: str, names: Mapping[Member, Set[str]], allowed: Iterable[str]
) -> Member:
    """The first member one of whose folded ``names`` is ``text``, folded.

    Args:
        kind: What is looked up, for the error message, e.g. ``"competence"``.
        text: The text asked for.
        names: Each member's folded names, in the order members are tried.
        allowed: The names the error message lists.

    Raises:
        UnknownCodeError: No member answers to ``text``.
        TypeError: ``text`` is not a str.

    Examples:
        >>> from enum import StrEnum
        >>> class Answer(StrEnum):
        ...     YES = "yes"
        ...     NO = "no"
        >>> names = {Answer.YES: {"yes", "ano"}, Answer.NO: {"no", "ne"}}
        >>> find_member("answer", " ANO ", names, ["yes", "no"])
        <Answer.YES: 'yes'>
        >>> find_member("answer", "snad", names, ["yes", "no"])
        Traceback (most recent call last):
        ...
        krajsoc.errors.UnknownCodeError: unknown answer 'snad'; expected one of: yes, no
    """
    key = fold(text)
    for member, member_names in names.items():
        if key in member_names:
            return member
    raise UnknownCodeError(kind, text, allowed=allowed)
