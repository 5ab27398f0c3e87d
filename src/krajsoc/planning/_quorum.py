"""Quorum and decisions, where a group's rules set them: a configurable rule and a statutory model.

The seeds give K10, K21 and KOOS no quorum (Sources § 8), so their groups have none. The one
statutory model found is the ORP's child-protection commission, § 38 odst. 4 zákona o SPOD: it
has a quorum when the chair or the deputy chair and at least two further members are present, it
decides by a majority of those present, and the chair's vote breaks a tie —
:data:`ORP_COMMISSION_QUORUM`. A local group's own rules (e.g. "a majority of the members") are a
:class:`QuorumRule` of its own, not law.

Examples:
    >>> rule = ORP_COMMISSION_QUORUM
    >>> rule.has_quorum(present=3, chair_present=True), rule.has_quorum(3, chair_present=False)
    (True, False)
    >>> rule.adopted(present=4, in_favour=2, chair_in_favour=True)
    True
    >>> rule.adopted(present=5, in_favour=2, chair_in_favour=True)
    False
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from krajsoc._boundary import described

__all__ = ["ORP_COMMISSION_QUORUM", "QuorumRule"]


@described
class QuorumRule(BaseModel):
    """When a group can decide, and when a proposal is adopted.

    Attributes:
        chair_or_deputy: The chair or a deputy chair must be present.
        chair_roles: The roles that count as chair or deputy (case and diacritics ignored).
        others_present: At least this many voting members present besides the chair or deputy.
        majority_of_members: More than half of all voting members must be present.
        chair_breaks_tie: On a tie the chair's vote decides.
        source: Where the rule comes from (a provision, the group's rules of procedure).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    chair_or_deputy: bool = False
    chair_roles: tuple[str, ...] = ("předseda", "místopředseda")
    others_present: int = Field(default=0, ge=0)
    majority_of_members: bool = False
    chair_breaks_tie: bool = False
    source: str = Field(min_length=1)

    def required(self, members: int | None = None) -> int:
        """How many voting members must be present, counting the chair (for ``members``)."""
        needed = self.others_present + (1 if self.chair_or_deputy else 0)
        if self.majority_of_members and members is not None:
            needed = max(needed, members // 2 + 1)
        return needed

    def has_quorum(
        self, present: int, chair_present: bool = True, members: int | None = None
    ) -> bool:
        """Whether ``present`` voting members (and the chair, if needed) make a quorum."""
        if self.chair_or_deputy and not chair_present:
            return False
        return present >= self.required(members)

    def adopted(self, present: int, in_favour: int, chair_in_favour: bool | None = None) -> bool:
        """Whether a proposal is adopted by a majority of those present, the chair breaking a tie.

        A tie is half of those present voting in favour; the chair then decides if the rule
        says so and ``chair_in_favour`` tells how the chair voted.
        """
        if 2 * in_favour > present:
            return True
        tie = 2 * in_favour == present
        return tie and self.chair_breaks_tie and bool(chair_in_favour)


ORP_COMMISSION_QUORUM = QuorumRule(
    chair_or_deputy=True,
    others_present=2,
    chair_breaks_tie=True,
    source="§ 38 odst. 4 zákona č. 359/1999 Sb. (komise pro sociálně-právní ochranu dětí ORP)",
)
"""The statutory model: chair or deputy plus two members; majority of those present; chair's tie."""
