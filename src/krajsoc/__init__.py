"""krajsoc — the social-affairs domain of a Czech region (kraj), as a pure Python library.

Agendas, legal bases, registers, planning-group rules and deadlines, with validation and no I/O.
The domain packages are :mod:`krajsoc.territory` and :mod:`krajsoc.errors` (more follow);
:mod:`krajsoc.cli` and :mod:`krajsoc.testing` are adapters around them.

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
