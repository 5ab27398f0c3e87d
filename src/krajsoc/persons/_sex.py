"""A person's sex as a birth number records it.

Examples:
    >>> Sex("zena"), Sex.MALE.value
    (<Sex.FEMALE: 'žena'>, 'muž')
"""

from __future__ import annotations

from krajsoc._czech_enum import CzechEnum

__all__ = ["Sex"]


class Sex(CzechEnum):
    """The sex a birth number records: its month part is raised by 50 for a woman.

    References:
        § 13 odst. 3 zákona č. 133/2000 Sb., o evidenci obyvatel a rodných číslech.
    """

    MALE = "muž"
    FEMALE = "žena"

    __aliases__ = {"MALE": ("m", "male"), "FEMALE": ("z", "f", "female")}  # noqa: RUF012
