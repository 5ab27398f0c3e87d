"""Regions (kraje) as values, and the lookup of a region by any of its codes or names.

Examples:
    >>> region("CZ051") is region("LK") is region("CZ-51") is region("liberecky kraj")
    True
    >>> region("LK").name, region("LK").nuts_code, region("LK").authority
    ('Liberecký kraj', 'CZ051', 'Krajský úřad Libereckého kraje')
    >>> region("XX")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownRegionError: unknown region 'XX'; expected a CZ-NUTS code, ...
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from krajsoc._boundary import text_value
from krajsoc._text import fold
from krajsoc.errors import UnknownRegionError
from krajsoc.findings import Certainty
from krajsoc.territory._region_data import REGION_ROWS

__all__ = ["REGIONS", "Region", "region"]


@text_value(
    parse=lambda text: region(text),
    dump=lambda value: value.nuts_code,
    from_mapping=lambda data: _region_from_mapping(data),
    object_schema={
        "type": "object",
        "description": "An object with the region's code in 'nuts_code' or 'code' (any form the "
        "text accepts); other keys, such as a dumped region's, are ignored.",
        "properties": {
            "nuts_code": {"type": "string", "description": "Any code or name of the region."},
            "code": {"type": "string", "description": "Read when 'nuts_code' is absent."},
        },
        "anyOf": [{"required": ["nuts_code"]}, {"required": ["code"]}],
    },
    title="Region",
    description=(
        "A Czech region (kraj): CZ-NUTS code, ISO 3166-2 code, abbreviation or Czech "
        "name; serialised as the CZ-NUTS code."
    ),
    examples=["CZ051", "LK", "CZ-51", "Liberecký kraj"],
)
@attrs.frozen(order=True)
class Region:
    """A region (kraj), one of the 14 higher territorial self-governing units.

    Regions order by their CZ-NUTS code. As a pydantic field a region accepts any code or name
    that :func:`region` understands and serialises to its CZ-NUTS code.

    Attributes:
        nuts_code: CZ-NUTS code, e.g. ``'CZ051'``.
        name: Official Czech name, e.g. ``'Liberecký kraj'``.
        name_genitive: The name in the genitive, as in "Krajský úřad *Libereckého kraje*".
        iso_code: ISO 3166-2 code, e.g. ``'CZ-51'``.
        abbreviation: Abbreviation regional authorities use, e.g. ``'LK'``.
        seat: The seat of the region's authority.
        authority: Name of the regional authority (krajský úřad; in Prague the Magistrát).
        certainty: How sure the codes are: verified against a source, or believed.

    Examples:
        >>> region("KVK")
        Region('CZ041', 'Karlovarský kraj')
    """

    nuts_code: str
    name: str
    name_genitive: str = attrs.field(eq=False, repr=False)
    iso_code: str = attrs.field(eq=False, repr=False)
    abbreviation: str = attrs.field(eq=False, repr=False)
    seat: str = attrs.field(eq=False, repr=False)
    authority: str = attrs.field(eq=False, repr=False)
    certainty: Certainty = attrs.field(eq=False, repr=False)
    aliases: tuple[str, ...] = attrs.field(eq=False, repr=False, default=())

    @property
    def verified(self) -> bool:
        """Whether the codes were verified against a source (read-only; see :attr:`certainty`)."""
        return self.certainty.is_verified

    def __repr__(self) -> str:
        return f"Region({self.nuts_code!r}, {self.name!r})"

    def __str__(self) -> str:
        return self.name


def _region_from_mapping(data: Mapping[str, Any]) -> Region:
    code = data.get("nuts_code", data.get("code"))
    if not isinstance(code, str):
        raise UnknownRegionError("region", data, hint=_HINT)  # quoted by its key names only
    return region(code)


REGIONS: tuple[Region, ...] = tuple(
    Region(
        nuts_code=nuts,
        name=name,
        name_genitive=genitive,
        iso_code=iso,
        abbreviation=abbreviation,
        seat=seat,
        authority=authority,
        certainty=Certainty.VERIFIED if verified else Certainty.BELIEVED,
        aliases=aliases,
    )
    for name, genitive, nuts, iso, abbreviation, seat, authority, verified, aliases in REGION_ROWS
)
"""All 14 regions, in CZ-NUTS order."""


def _index(regions: tuple[Region, ...]) -> dict[str, Region]:
    index: dict[str, Region] = {}
    for item in regions:
        keys = {
            item.nuts_code,
            item.iso_code,
            item.iso_code.replace("-", ""),
            item.abbreviation,
            item.name,
            item.name_genitive,
            *item.aliases,
        }
        for key in keys:
            folded = fold(key)
            clash = index.setdefault(folded, item)
            if clash is not item:  # a data error: two regions would answer to one key
                raise AssertionError(f"region key {key!r} is ambiguous")
    return index


_BY_KEY = _index(REGIONS)
_HINT = (
    "a CZ-NUTS code, ISO 3166-2 code or abbreviation ("
    + ", ".join(f"{item.nuts_code} {item.iso_code} {item.abbreviation}" for item in REGIONS)
    + ") or a Czech name such as 'Liberecký kraj'"
)


def region(code: str | Region) -> Region:
    """Find a region by CZ-NUTS code, ISO 3166-2 code, abbreviation or Czech name.

    Case, diacritics and surrounding spaces do not matter: ``"sck"`` finds Středočeský kraj.
    Every form of one region returns the very same object.

    Args:
        code: ``'CZ051'``, ``'CZ-51'``, ``'LK'``, ``'Liberecký kraj'`` — or a :class:`Region`.

    Returns:
        The region.

    Raises:
        UnknownRegionError: No region answers to ``code`` (also a :class:`LookupError`); the
            message lists the accepted forms and abbreviations.
        TypeError: ``code`` is neither text nor a region.

    Examples:
        >>> region("Ústecký kraj").abbreviation
        'ÚK'
        >>> region("uk").name
        'Ústecký kraj'
    """
    if isinstance(code, Region):
        return code
    if not isinstance(code, str):
        raise TypeError(f"region() takes a code or name as str, not {type(code).__name__}")
    found = _BY_KEY.get(fold(code))
    if found is None:
        raise UnknownRegionError("region", code.strip(), hint=_HINT)
    return found
