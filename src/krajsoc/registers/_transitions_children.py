"""The lifecycle of the register of children suitable for substitute family care.

The ORP sends the child's file (§ 21 zákona o SPOD, old and new numbering); the regional
authority keeps the child in its register (§ 22, old and new); the child is placed with a
selected applicant (old § 24 zprostředkování, new § 24 výběr) and removed from the register
(old § 24c, new § 23; believed). A child not placed for adoption within 6 months is offered to
the Úřad pro mezinárodněprávní ochranu dětí (secondary source, paragraph not named): the
library does not encode it as a time limit, because whether a child is sought for adoption is
a field of the entry; add it with :meth:`~krajsoc.registers.Lifecycle.with_duty`.

Examples:
    >>> CHILDREN.allowed("registered")
    ('placed', 'removed')
"""

from __future__ import annotations

from krajsoc.findings import Certainty
from krajsoc.law import LegalReference, act
from krajsoc.registers._lifecycle import Basis, Lifecycle, Transition

__all__ = ["CHILDREN"]

_SPOD = act("359/1999")

REGISTERED = Basis.single(
    "children-registered",
    czech="Krajský úřad zapsal dítě do evidence dětí vhodných pro náhradní rodinnou péči na "
    "základě spisové dokumentace od ORP.",
    english="The regional authority entered the child in the register on the ORP's file.",
    reference=LegalReference(_SPOD, section="21", section_end="22"),
    source="§ 21 (file) and § 22 (register) keep their numbers after zákon č. 242/2024 Sb.",
    certainty=Certainty.BELIEVED,
)
PLACED = Basis.single(
    "children-placed",
    czech="Dítě bylo svěřeno do péče vybraného žadatele.",
    english="The child was placed in the care of a selected applicant.",
    reference=LegalReference(_SPOD, section="24"),
    source="old § 24 zprostředkování, new § 24 výběr (Sources § 3)",
)
REMOVED = Basis.renumbered(
    "children-removed",
    czech="Dítě bylo vyřazeno z evidence.",
    english="The child was removed from the register.",
    old=LegalReference(_SPOD, section="24c"),
    old_certainty=Certainty.BELIEVED,
    new=LegalReference(_SPOD, section="23"),
)

CHILDREN = Lifecycle(
    "children",
    "evidence dětí vhodných pro náhradní rodinnou péči",
    states={
        "registered": "v evidenci",
        "placed": "svěřeno do péče",
        "removed": "vyřazeno z evidence",
    },
    events={
        "registered": "zápis do evidence (spis od ORP)",
        "placed": "svěření do péče",
        "removed": "vyřazení z evidence",
    },
    transitions=(
        Transition(None, "registered", "registered", REGISTERED),
        Transition("registered", "placed", "placed", PLACED),
        Transition("registered", "removed", "removed", REMOVED),
        Transition("placed", "removed", "removed", REMOVED),
    ),
)
"""The children's register: file from the ORP → registered → placed → removed."""
