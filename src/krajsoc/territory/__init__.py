"""Territory and authorities: the 14 regions, their ORP and POU, authority types, competences.

Examples:
    >>> from krajsoc.territory import region, municipalities
    >>> region("LK").name
    'Liberecký kraj'
    >>> len(municipalities("LK", "orp"))
    10
"""

from krajsoc.territory._authority import AuthorityType, Competence
from krajsoc.territory._municipality import MUNICIPALITIES, Municipality, municipalities
from krajsoc.territory._municipality_data import COVERED_REGIONS
from krajsoc.territory._region import REGIONS, Region, region

__all__ = [
    "COVERED_REGIONS",
    "MUNICIPALITIES",
    "REGIONS",
    "AuthorityType",
    "Competence",
    "Municipality",
    "Region",
    "municipalities",
    "region",
]
