r"""Where an agenda is performed: region → regional authority → department → section.

The regional authority (krajský úřad) is named by its region (:attr:`Region.authority`); below it
a department (odbor) and a section (oddělení), all with their Czech names.

Examples:
    >>> lk = Section(Department("LK", "Odbor sociálních věcí"), "Oddělení sociální práce")
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

__all__ = ["SECTIONS", "Department", "Section", "slug"]


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
class Section:
    """A section (oddělení) of a department.

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

SECTIONS: tuple[Section, ...] = (
    Section(_LK_SOCIAL, "Oddělení sociální práce"),
    Section(_LK_SOCIAL, "Plánování sociálních služeb"),
    Section(_KVK_SOCIAL, "Oddělení sociálně-právní ochrany dětí"),
)
"""The sections whose agendas are built in (source: seeds 000, 003 and 004, checked 2026-11-23).

Seed 003 names no section for planning social services, only the department's expert group; the
agendas of § 95 ZSS sit in a unit named after the activity.
"""
