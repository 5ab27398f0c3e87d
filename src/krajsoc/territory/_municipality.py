"""Municipal offices of types II and III and military-district offices, per region.

Examples:
    >>> [m.name for m in municipalities("LK", AuthorityType.MUNICIPAL_TYPE_III)][:3]
    ['Česká Lípa', 'Frýdlant', 'Jablonec nad Nisou']
    >>> len(municipalities("LK", "pou")), len(municipalities("KVK", "orp"))
    (21, 7)
    >>> municipalities("PK")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UncoveredRegionError: no built-in municipality data for Plzeňský kraj; ...
"""

from __future__ import annotations

import attrs

from krajsoc.errors import UncoveredRegionError, UnknownCodeError
from krajsoc.findings import Certainty
from krajsoc.territory._authority import AuthorityType
from krajsoc.territory._municipality_data import (
    COVERED_REGIONS,
    MILITARY_DISTRICT_ROWS,
    ORP_ROWS,
)
from krajsoc.territory._region import Region, region

__all__ = ["MUNICIPALITIES", "Municipality", "municipalities"]


@attrs.frozen(order=True)
class Municipality:
    """A municipality whose office is of type II (POU) or III (ORP), or a military district.

    Attributes:
        region_code: CZ-NUTS code of its region.
        name: Czech name.
        authority_type: The highest type of its office: ``MUNICIPAL_TYPE_III`` for an ORP,
            ``MUNICIPAL_TYPE_II`` for a POU that is not an ORP, ``MILITARY_DISTRICT`` for an újezd.
        district: Name of the ORP whose administrative district (správní obvod) it lies in;
            ``None`` for a military district.
        orp_code: ČSÚ code (code list 65) where the municipality is an ORP, else ``None``.
        certainty: How sure the entry is: verified against a source (ORP names and codes),
            otherwise believed.

    Examples:
        >>> liberec = municipalities("LK", "orp")[4]
        >>> liberec.name, liberec.is_orp, liberec.is_pou, liberec.orp_code
        ('Liberec', True, True, '5105')
    """

    region_code: str
    name: str
    authority_type: AuthorityType
    district: str | None = None
    orp_code: str | None = None
    certainty: Certainty = attrs.field(default=Certainty.BELIEVED, eq=False)

    @property
    def verified(self) -> bool:
        """Whether the entry was verified against a source (read-only; see :attr:`certainty`)."""
        return self.certainty.is_verified

    @property
    def is_orp(self) -> bool:
        """An obec s rozšířenou působností (type III)."""
        return self.authority_type is AuthorityType.MUNICIPAL_TYPE_III

    @property
    def is_pou(self) -> bool:
        """A municipality with a pověřený obecní úřad (type II); every ORP is one too."""
        return self.authority_type in _POU_TYPES

    @property
    def region(self) -> Region:
        """The region the municipality lies in."""
        return region(self.region_code)

    def __str__(self) -> str:
        return self.name


_POU_TYPES = frozenset({AuthorityType.MUNICIPAL_TYPE_II, AuthorityType.MUNICIPAL_TYPE_III})


def _build() -> tuple[Municipality, ...]:
    built: list[Municipality] = []
    for region_code, district, orp_code, pou_names in ORP_ROWS:
        for name in pou_names:
            is_orp = name == district
            built.append(
                Municipality(
                    region_code=region_code,
                    name=name,
                    authority_type=(
                        AuthorityType.MUNICIPAL_TYPE_III
                        if is_orp
                        else AuthorityType.MUNICIPAL_TYPE_II
                    ),
                    district=district,
                    orp_code=orp_code if is_orp else None,
                    # ORP names and codes are verified; POU names believed
                    certainty=Certainty.VERIFIED if is_orp else Certainty.BELIEVED,
                )
            )
    built.extend(
        Municipality(region_code, name, AuthorityType.MILITARY_DISTRICT)
        for region_code, name in MILITARY_DISTRICT_ROWS
    )
    return tuple(built)


MUNICIPALITIES: tuple[Municipality, ...] = _build()
"""Every built-in municipality: ORP and POU of the covered regions, and the military districts."""

_ORDER = {row[1]: index for index, row in enumerate(ORP_ROWS)}


def municipalities(
    region_code: str | Region, authority_type: AuthorityType | str | None = None
) -> tuple[Municipality, ...]:
    """List a region's municipalities of type II and III (and its military districts).

    Args:
        region_code: The region, in any form :func:`~krajsoc.territory.region` accepts.
        authority_type: Keep only those whose office has these powers: ``"orp"`` (type III),
            ``"pou"`` (type II — which includes every ORP), ``"ujezd"`` (military districts);
            an :class:`AuthorityType` or any form :meth:`AuthorityType.parse` accepts.
            ``None`` keeps all.

    Returns:
        The municipalities in district order (each ORP first, then the other POU of its
        district), military districts last.

    Raises:
        UnknownRegionError: The region is unknown.
        UncoveredRegionError: The region is known, but its municipalities are not built in.
        UnknownCodeError: ``authority_type`` is not understood, or names type I or the
            regional office, whose lists are not held.

    Examples:
        >>> [m.name for m in municipalities("KVK", "ujezd")]
        ['Hradiště']
    """
    found = region(region_code)
    if found.nuts_code not in COVERED_REGIONS:
        covered = [region(code).abbreviation for code in COVERED_REGIONS]
        raise UncoveredRegionError("municipality data", found.name, covered=covered)
    wanted = _wanted_types(authority_type)
    return tuple(
        item
        for item in MUNICIPALITIES
        if item.region_code == found.nuts_code and item.authority_type in wanted
    )


def _wanted_types(authority_type: AuthorityType | str | None) -> frozenset[AuthorityType]:
    if authority_type is None:
        return frozenset(AuthorityType)
    parsed = (
        authority_type
        if isinstance(authority_type, AuthorityType)
        else AuthorityType.parse(authority_type)
    )
    if parsed is AuthorityType.MUNICIPAL_TYPE_II:
        return _POU_TYPES
    if parsed not in _LISTED_TYPES:
        # Type I is every municipality (about 6,250) and a region has one regional office:
        # neither is a list this module holds, so asking for one is a mistake, not an empty list.
        raise UnknownCodeError(
            "municipality list",
            parsed.abbreviation,
            hint="orp, pou or ujezd (type I municipalities and regional offices are not listed)",
        )
    return frozenset({parsed})


_LISTED_TYPES = frozenset({*_POU_TYPES, AuthorityType.MILITARY_DISTRICT})
