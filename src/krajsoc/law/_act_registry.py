"""The registry of acts as a value a caller extends: a region adds its own decrees.

:data:`BUILT_IN_ACTS` holds the acts of Sources § 1, the EU acts and the constitutional order;
:meth:`ActRegistry.with_acts` (or ``|``) gives a new registry with more acts, which
:func:`~krajsoc.law.parse_citation`, :func:`~krajsoc.law.extract_citations`,
:func:`~krajsoc.law.check_reference` and :func:`~krajsoc.law.act` take as ``acts=``. Each registry
builds its name index and compiles its patterns once, on first use, and keeps them: build a
region's registry once and pass the same value to every call.

Examples:
    >>> from krajsoc.law import Act, ActKind, parse_citation
    >>> fire = Act(3, 2019, kind=ActKind.REGIONAL_REGULATION, issuer="Libereckého kraje",
    ...            title="kterým se vydává požární poplachový plán")
    >>> liberec = BUILT_IN_ACTS.with_acts(fire)
    >>> parse_citation("čl. 2 nařízení Libereckého kraje č. 3/2019", acts=liberec)
    (LegalReference('čl. 2 nařízení Libereckého kraje č. 3/2019'),)
    >>> len(liberec) == len(BUILT_IN_ACTS) + 1, fire in liberec, fire in BUILT_IN_ACTS
    (True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from krajsoc.errors import DuplicateIdError
from krajsoc.law._act import Act, ActKind
from krajsoc.law._names import BUILT_IN_INDEX, NameIndex
from krajsoc.law._registry import ACTS, resolve_in

__all__ = ["BUILT_IN_ACTS", "ActRegistry", "registry"]


def _sorted_unique(acts: Iterable[Act]) -> tuple[Act, ...]:
    found: dict[tuple[int, str, int, int], Act] = {}
    for item in acts:
        if not isinstance(item, Act):
            raise TypeError(f"an act registry holds Act values, not {type(item).__name__}")
        if item.key in found:
            raise DuplicateIdError("act", item.id, where="ActRegistry")
        found[item.key] = item
    return tuple(sorted(found.values()))


@attrs.frozen(eq=False)
class ActRegistry:
    """The acts citations may name, with the name index and patterns built for them.

    Immutable: :meth:`with_acts` returns a new registry. Registries compare by identity, since
    each keeps the patterns compiled for it.

    Attributes:
        acts: The acts, in order of series, year and number; no two with the same id.
    """

    acts: tuple[Act, ...] = attrs.field(converter=_sorted_unique)
    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    def with_acts(self, *acts: Act) -> ActRegistry:
        """This registry with ``acts`` added; an act with the id of one held replaces it.

        Raises:
            DuplicateIdError: Two of ``acts`` have the same id.
            TypeError: One of ``acts`` is not an :class:`~krajsoc.law.Act`.

        Examples:
            >>> from krajsoc.law import Act, ActKind
            >>> own = Act(1, 2020, kind=ActKind.REGIONAL_ORDINANCE, issuer="Karlovarského kraje")
            >>> BUILT_IN_ACTS.with_acts(own).get(own.id) is own
            True
        """
        added = _sorted_unique(acts)
        keys = {item.key for item in added}
        kept = [item for item in self.acts if item.key not in keys]
        extended = ActRegistry((*kept, *added))
        extended._cache["derive"] = (*self._cache.get("derive", ()), *added)
        return extended

    def __or__(self, other: ActRegistry | Iterable[Act]) -> ActRegistry:
        """``BUILT_IN_ACTS | region``: the acts of both, the right one's winning."""
        given = other.acts if isinstance(other, ActRegistry) else tuple(other)
        return self.with_acts(*(item for item in given if item not in self))

    def __len__(self) -> int:
        return len(self.acts)

    def __iter__(self) -> Iterator[Act]:
        return iter(self.acts)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Act):
            return self.index.by_key.get(item.key) is item
        return isinstance(item, str) and item in self.index.by_id

    def __repr__(self) -> str:
        return f"<ActRegistry of {len(self.acts)} acts>"

    def get(self, act_id: str) -> Act | None:
        """The act with the id ``act_id`` (``'108/2006'``, ``'(EU) 2016/679'``), or ``None``."""
        return self.index.by_id.get(act_id)

    def resolve(self, number: int, year: int, kind: ActKind | None = None) -> Act:
        """The act ``number/year`` of ``kind``'s series, or a new act with unknown title."""
        return resolve_in(self.index.by_key, number, year, kind)

    @property
    def index(self) -> NameIndex:
        """Every name form of the acts, built on first use."""
        found = self._cache.get("index")
        if found is None:
            found = NameIndex.build(self.acts, derive_stems=self._cache.get("derive", ()))
            self._cache["index"] = found
        return found

    def compiled(self, name: str, build: Any) -> re.Pattern[str]:
        """The pattern ``name`` of this registry, compiled by ``build(self)`` on first use."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = build(self)
        return found  # type: ignore[no-any-return]


BUILT_IN_ACTS = ActRegistry(ACTS)
"""The built-in registry: the default of every ``acts=`` argument."""
BUILT_IN_ACTS._cache["index"] = BUILT_IN_INDEX


def registry(acts: ActRegistry | None) -> ActRegistry:
    """``acts``, or the built-in registry for ``None``; anything else is a :class:`TypeError`."""
    if acts is None:
        return BUILT_IN_ACTS
    if not isinstance(acts, ActRegistry):
        raise TypeError(
            f"acts= takes an ActRegistry, not {type(acts).__name__}; "
            "use BUILT_IN_ACTS.with_acts(...)"
        )
    return acts
