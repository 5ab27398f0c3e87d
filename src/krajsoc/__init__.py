"""krajsoc — the social-affairs domain of a Czech region (kraj), as a pure Python library.

Agendas, legal bases, registers, planning-group rules and deadlines, with validation and no I/O.
The pure domain core: :mod:`krajsoc.territory` (regions, municipalities, authorities),
:mod:`krajsoc.law` (acts, references, citations, validity), :mod:`krajsoc.calendar` and
:mod:`krajsoc.deadlines` (working days, § 40 periods, notice, delivery, appeal),
:mod:`krajsoc.agendas` (what a department does), :mod:`krajsoc.persons` (birth numbers, names,
IČO — masked), :mod:`krajsoc.registers` (the registers and their lifecycles),
:mod:`krajsoc.planning` (planning groups and meetings), with every outcome a
:class:`~krajsoc.findings.Report` of findings of the rules in :mod:`krajsoc.rules`, and
:mod:`krajsoc.rows` for bulk validation. :mod:`krajsoc.cli`, :mod:`krajsoc.loaders`,
:mod:`krajsoc.ics` and :mod:`krajsoc.testing` are adapters around them.

Examples:
    >>> import krajsoc
    >>> issubclass(krajsoc.KrajsocError, Exception)
    True
"""

from typing import TYPE_CHECKING

from krajsoc._exports import __getattr__ as __getattr__
from krajsoc._version import __version__

if TYPE_CHECKING:  # loaded on first use: see krajsoc._exports
    from krajsoc.errors import KrajsocError
    from krajsoc.findings import Certainty, Finding, Report, Rule, Severity

__all__ = [
    "Certainty",
    "Finding",
    "KrajsocError",
    "Report",
    "Rule",
    "Severity",
    "__version__",
]
