"""The built-in planning groups, and finding a region's group by its code.

Liberecký kraj: K10, K21, KOOS, the department's expert group (ODBORNA), the focus groups
(FOKUSNI); Karlovarský kraj: the regular meetings with child-protection staff (SETKANI-SPOD) and
the governor's advisory board (PORADNI-SBOR). A caller's own groups (e.g. read by
``krajsoc.loaders.load_groups``) are passed as ``among=``: machinery as arguments, the built-in
groups only the default.

Examples:
    >>> [item.code for item in groups("Liberecký kraj")]
    ['K10', 'K21', 'KOOS', 'ODBORNA', 'FOKUSNI']
    >>> group("CZ041", "setkani-spod").meetings.frequency
    Recurrence('dle potřeby, nejméně 3x ročně')
    >>> group("LK", "K99")
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownGroupError: unknown planning group 'K99' in Liberecký kraj; expected one of: K10, K21, KOOS, ODBORNA, FOKUSNI
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable

from krajsoc.errors import UnknownGroupError
from krajsoc.planning._data_karlovy_vary import KARLOVY_VARY_GROUPS
from krajsoc.planning._data_liberec import LIBEREC_GROUPS
from krajsoc.planning._group import Group
from krajsoc.territory import Region, region

__all__ = ["GROUPS", "group", "groups"]

GROUPS: tuple[Group, ...] = tuple(
    Group.model_validate(row) for row in (*LIBEREC_GROUPS, *KARLOVY_VARY_GROUPS)
)
"""Every built-in planning group, region by region."""


def groups(region_code: str | Region, *, among: Iterable[Group] | None = None) -> tuple[Group, ...]:
    """The planning groups of a region, built-in or from ``among``, in their order.

    Args:
        region_code: The region, in any form :func:`~krajsoc.territory.region` reads.
        among: The groups to choose from; the built-in :data:`GROUPS` by default.

    Raises:
        UnknownRegionError: No region answers to ``region_code``.
    """
    found = region(region_code)
    pool = GROUPS if among is None else tuple(among)
    for item in pool:
        if not isinstance(item, Group):
            raise TypeError(f"groups(among=...) takes Group values, not {type(item).__name__}")
    return tuple(item for item in pool if item.region == found)


def group(region_code: str | Region, code: str, *, among: Iterable[Group] | None = None) -> Group:
    """A region's planning group by its code, case and diacritics ignored.

    Args:
        region_code: ``'LK'``, ``'CZ051'``, ``'Liberecký kraj'`` or a region.
        code: The group's code, e.g. ``'K10'`` or ``'koos'``.
        among: The groups to choose from; the built-in :data:`GROUPS` by default.

    Raises:
        UnknownRegionError: No region answers to ``region_code``.
        UnknownGroupError: The region has no group with ``code``; the message names its groups
            (both are ``LookupError``).
    """
    if not isinstance(code, str):
        raise TypeError(f"group() takes the group's code as str, not {type(code).__name__}")
    found = region(region_code)
    candidates = groups(found, among=among)
    for item in candidates:
        if item.is_code(code):
            return item
    raise UnknownGroupError(
        code.strip()[:40], region=found.name, allowed=[item.code for item in candidates]
    )
