"""The kinds of substitute family care (náhradní rodinná péče) a register entry is about.

Examples:
    >>> SubstituteCare("pestounska pece"), SubstituteCare.BOTH.value
    (<SubstituteCare.FOSTER_CARE: 'pěstounská péče'>, 'osvojení i pěstounská péče')
"""

from __future__ import annotations

from krajsoc._czech_enum import CzechEnum

__all__ = ["SubstituteCare"]


class SubstituteCare(CzechEnum):
    """Osvojení, pěstounská péče, or both: what an applicant asks for, or a child is suited to.

    References:
        old § 19a and § 21 odst. 1, new § 23a odst. 1 zákona č. 359/1999 Sb. (zprostředkování
        osvojení nebo pěstounské péče).
    """

    ADOPTION = "osvojení"
    FOSTER_CARE = "pěstounská péče"
    BOTH = "osvojení i pěstounská péče"

    __aliases__ = {  # noqa: RUF012
        "ADOPTION": ("adoption", "osvojeni"),
        "FOSTER_CARE": ("foster care", "pestounska"),
        "BOTH": ("both", "osvojení a pěstounská péče", "osvojení nebo pěstounská péče"),
    }
