r"""Where an agenda is performed: region → regional authority → department → section.

The regional authority (krajský úřad) is named by its region (:attr:`Region.authority`); below it
a department (odbor) and its organisational unit, the section (oddělení, :class:`OrgUnit`), all
with their Czech names.

Examples:
    >>> lk = OrgUnit(Department("LK", "Odbor sociálních věcí"), "Oddělení sociální práce")
    >>> print(lk.path.replace(" / ", "\n"))
    Liberecký kraj
    Krajský úřad Libereckého kraje
    Odbor sociálních věcí
    Oddělení sociální práce
    >>> lk.key
    'oddeleni-socialni-prace'
    >>> Department("LK", " ")
    Traceback (most recent call last):
    ...
    krajsoc.errors.InvalidInputError: an empty name at name; expected a Czech name such as ...
"""

from __future__ import annotations

import attrs

from krajsoc._text import words
from krajsoc.errors import InvalidInputError
from krajsoc.territory import Region, region

__all__ = ["ORG_UNITS", "Department", "OrgUnit", "slug"]


def slug(text: str) -> str:
    """An ASCII key of a Czech name: ``'Oddělení sociální práce'`` → ``'oddeleni-socialni-prace'``.

    Examples:
        >>> slug("Plánování sociálních služeb")
        'planovani-socialnich-sluzeb'
    """
    return "-".join(words(text))


def _check_name(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidInputError(
            "an empty name",
            where=attribute.name,
            expected="a Czech name such as 'Odbor sociálních věcí'",
        )


@attrs.frozen
class Department:
    """A department (odbor) of a region's regional authority.

    Attributes:
        region: The region whose authority the department belongs to (any form of its code).
        name: The Czech name, e.g. ``'Odbor sociálních věcí'``.
    """

    region: Region = attrs.field(converter=region)
    name: str = attrs.field(validator=_check_name)

    @property
    def authority(self) -> str:
        """The regional authority's name, e.g. ``'Krajský úřad Libereckého kraje'``."""
        return self.region.authority

    @property
    def path(self) -> str:
        """Region, authority and department, separated by slashes."""
        return f"{self.region.name} / {self.authority} / {self.name}"


@attrs.frozen
class OrgUnit:
    """A unit (oddělení, "section") of a department: where an agenda is performed.

    Called ``OrgUnit``, not ``Section``, because in krajsoc a section is a § of an act
    (:attr:`krajsoc.law.LegalReference.section`). An agenda names its unit in its ``section``
    field, the word its source files use.

    Attributes:
        department: The department it belongs to.
        name: The Czech name, e.g. ``'Oddělení sociální práce'``.
    """

    department: Department
    name: str = attrs.field(validator=_check_name)

    @property
    def region(self) -> Region:
        """The region whose authority the section belongs to."""
        return self.department.region

    @property
    def key(self) -> str:
        """An ASCII key of the section's name, used in agenda ids."""
        return slug(self.name)

    @property
    def path(self) -> str:
        """Region, authority, department and section, separated by slashes."""
        return f"{self.department.path} / {self.name}"


_LK_SOCIAL = Department("LK", "Odbor sociálních věcí")
_KVK_SOCIAL = Department("KVK", "Odbor sociálních věcí")

ORG_UNITS: tuple[OrgUnit, ...] = (
    OrgUnit(_LK_SOCIAL, "Oddělení sociální práce"),
    OrgUnit(_LK_SOCIAL, "Plánování sociálních služeb"),
    OrgUnit(_KVK_SOCIAL, "Oddělení sociálně-právní ochrany dětí"),
)
"""The units (oddělení) whose agendas are built in (seeds 000, 003 and 004, checked 2026-11-23).

Seed 003 names no section for planning social services, only the department's expert group; the
agendas of § 95 ZSS sit in a unit named after the activity.
"""
