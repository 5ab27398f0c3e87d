"""One step of a deadline's reasoning, and the fields its rule's sentence templates are filled with.

A :class:`~krajsoc.deadlines.Deadline` keeps the rules it applied; its
:attr:`~krajsoc.deadlines.Deadline.steps` fill each rule's Czech and English template from
:class:`StepFields` — the deadline's dates written the Czech way, its period in the template's
language and, only when a template asks, why a day is not a working day.

Examples:
    >>> from datetime import date
    >>> from krajsoc.deadlines import Period, deadline_after
    >>> print(deadline_after(date(2026, 2, 13), Period(days=15)).steps[-1].text("en"))
    28. 2. 2026 is a Saturday, so the period ends on the next working day, 2. 3. 2026 — § 40 odst. 1 písm. c) správního řádu
"""  # noqa: E501

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from krajsoc.calendar import Language, czech_date
from krajsoc.findings import Rule
from krajsoc.law import LegalReference

if TYPE_CHECKING:  # a deadline renders its steps; this module never builds one
    from krajsoc.deadlines._deadline import Deadline

__all__ = ["Step", "StepFields"]


@attrs.frozen
class Step:
    """One step of a deadline's reasoning: the rule applied, and its Czech and English sentence.

    ``str(step)`` is the Czech sentence followed by the short form of its legal reference.

    Attributes:
        rule: The rule applied (:class:`~krajsoc.findings.Rule`): its code, templates, legal
            reference, source and certainty; listed on the docs' Rules page.
        czech: The rule's Czech template filled in with the deadline's dates, e.g.
            ``'Posledním dnem lhůty 15 dnů je 8. 12. 2026.'``.
        english: The same from the English template.

    Examples:
        >>> from datetime import date
        >>> from krajsoc.deadlines import Period, deadline_after
        >>> step = deadline_after(date(2026, 11, 23), Period(days=15)).steps[1]
        >>> step.rule.code, step.reference.short
        ('deadline-count-days', '§ 40 odst. 1 písm. a) správního řádu')
        >>> str(step)
        'Posledním dnem lhůty 15 dnů je 8. 12. 2026 — § 40 odst. 1 písm. a) správního řádu'
    """

    rule: Rule
    czech: str
    english: str

    @property
    def reference(self) -> LegalReference | None:
        """The provision the step applies (the rule's); ``None`` where no statute governs."""
        return self.rule.reference

    @property
    def source(self) -> str | None:
        """What the rule follows where the statute does not decide alone; else ``None``.

        A court decision or a commentary, e.g. ``'NS 29 Odo 783/2003'``.
        """
        return self.rule.source

    def text(self, language: Language = "cs") -> str:
        """The step with its source: ``'… 2. 3. 2026 — § 40 odst. 1 písm. c) správního řádu'``."""
        sentence = self.czech if language == "cs" else self.english
        if self.rule.reference is None:
            return sentence
        return f"{sentence.removesuffix('.')} — {self.rule.reference.short}"

    def __str__(self) -> str:
        return self.text()


class StepFields(dict[str, str]):
    """A deadline's template fields in one language; why a day is off is looked up when asked."""

    def __init__(self, deadline: Deadline, language: Language) -> None:
        period, end = deadline.period, deadline.end
        # The derived days are computed once here; most deadlines share them with the end.
        self.nominal_end, latest_working_day = deadline.nominal_end, deadline.latest_working_day
        end_text = czech_date(end)
        super().__init__(
            event=czech_date(deadline.event),
            period=period.czech if language == "cs" else period.english,
            count=str(period.count),
            nominal=end_text if self.nominal_end == end else czech_date(self.nominal_end),
            end=end_text,
            latest=end_text if latest_working_day == end else czech_date(latest_working_day),
        )
        self.deadline, self.language = deadline, language

    def in_english(self) -> StepFields:
        """The same fields for the English templates: only the period's words differ."""
        english = StepFields.__new__(StepFields)
        dict.update(english, self)
        english.pop("nominal_reason", None)
        english.pop("end_reason", None)
        english["period"] = self.deadline.period.english
        english.nominal_end, english.deadline, english.language = (
            self.nominal_end,
            self.deadline,
            "en",
        )
        return english

    def __missing__(self, key: str) -> str:
        day = self.nominal_end if key == "nominal_reason" else self.deadline.end
        reason = self.deadline.calendar.day_off_reason(day, self.language)
        self[key] = reason or ""
        return self[key]
