"""The one shape of every ``--json`` output: the version, the command, the data.

Every command prints ``{"krajsoc": "0.1.0", "command": "agendas", "data": ...}``, so a script
can tell which command and which release wrote a file before it reads ``data``;
:func:`~krajsoc.loaders.load_catalogue` reads the envelope of ``krajsoc agendas --json`` back.

Examples:
    >>> envelope("regions", [{"code": "CZ051"}])["command"]
    'regions'
    >>> sorted(envelope("regions", []))
    ['command', 'data', 'krajsoc']
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from krajsoc import __version__

__all__ = ["ENVELOPE_KEYS", "envelope", "write_envelope"]

ENVELOPE_KEYS = ("krajsoc", "command", "data")
"""The keys of every JSON output, in order."""

JsonData = Sequence[Mapping[str, Any]] | Mapping[str, Any]


def envelope(command: str, data: JsonData) -> dict[str, Any]:
    """``data`` wrapped with the krajsoc version and the command that produced it."""
    return {"krajsoc": __version__, "command": command, "data": data}


def write_envelope(out: TextIO, command: str, data: JsonData) -> None:
    """Write ``data`` in its envelope as indented UTF-8 JSON (Czech letters kept)."""
    out.write(json.dumps(envelope(command, data), ensure_ascii=False, indent=2) + "\n")
