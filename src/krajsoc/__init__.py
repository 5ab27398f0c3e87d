"""krajsoc — the social-affairs domain of a Czech region (kraj), as a pure Python library.

Agendas, legal bases, registers, planning-group rules and deadlines, with validation and no I/O.
The domain packages are :mod:`krajsoc.territory` and :mod:`krajsoc.errors` (more follow);
:mod:`krajsoc.cli` and :mod:`krajsoc.testing` are adapters around them.

Examples:
    >>> import krajsoc
    >>> issubclass(krajsoc.KrajsocError, Exception)
    True
"""

from krajsoc._version import __version__
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
