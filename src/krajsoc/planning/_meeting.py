"""A meeting of a planning group, with the facts that its rules are checked against.

Everything but the group and the day is optional, and a fact not given is not checked: a meeting
without ``notice_sent_on`` gets no notice finding.

Examples:
    >>> meeting = Meeting(group="K10", date="2027-03-15", notice_sent_on="2027-02-12")
    >>> meeting.key, meeting.extraordinary
    ('K10 2027-03-15', False)
    >>> from krajsoc.planning import group
    >>> Meeting(group=group("LK", "K10"), date="2027-03-15").region
    Region('CZ051', 'Liberecký kraj')
    >>> Meeting(group="K10", date="15. března 2027").date  # any form parse_date reads
    datetime.date(2027, 3, 15)
    >>> Meeting(group="K10", date="15. 3. 27")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Meeting
    ...
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from krajsoc._boundary import described
from krajsoc.calendar import CzechDate
from krajsoc.territory import Region

__all__ = ["Meeting"]


@described
class Meeting(BaseModel):
    """A meeting (jednání) of a group: when, whether extraordinary, who convened, who was told.

    ``group`` may also be given as a :class:`~krajsoc.planning.Group`: the meeting then holds its
    code, and its region unless ``region`` is given.

    Attributes:
        group: The group's code (``'K10'``); case and diacritics do not matter.
        date: The day of the meeting.
        region: The group's region, where the meeting list mixes regions; ``None`` otherwise.
        notice_sent_on: The day the members were notified of the meeting's date.
        materials_received_on: The day the materials reached the organiser (K10: the KKS
            manager, seed 002, line 30); the last of them, where they came in parts.
        extraordinary: A mimořádné jednání, which some groups may announce at shorter notice.
        convened_by: The role that convened it (``'člen rady kraje pro sociální oblast'``).
        agenda: The items of the agenda (program jednání), as text.
        notified: The ids of the members notified; ``None`` if not recorded (not checked).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: str = Field(min_length=1, max_length=40)
    date: CzechDate
    region: Region | None = None
    notice_sent_on: CzechDate | None = None
    materials_received_on: CzechDate | None = None
    extraordinary: bool = False
    convened_by: str | None = Field(default=None, max_length=120)
    agenda: tuple[str, ...] = ()
    notified: tuple[str, ...] | None = None

    @model_validator(mode="before")
    @classmethod
    def _group_given_as_a_group(cls, data: Any) -> Any:
        # A Group is recognised by its shape: the group module imports this one, not back.
        given = data.get("group") if isinstance(data, dict) else None
        if isinstance(given, BaseModel) and hasattr(given, "code") and hasattr(given, "region"):
            data = {**data, "group": given.code}
            data.setdefault("region", given.region)
        return data

    @property
    def key(self) -> str:
        """The group and the day, ``'K10 2027-03-15'``: what a finding about it names."""
        return f"{self.group} {self.date.isoformat()}"
