"""The public API as text: every public module's ``__all__`` and each name's signature.

Regenerate the committed snapshot after a deliberate change (and say so in CHANGELOG.md)::

    python -m tests.api_snapshot > tests/data/public_api.txt
"""

from __future__ import annotations

import enum
import inspect
import re
from typing import Any

from tests.public_api import public_modules

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _signature(value: Any) -> str:
    try:
        return _ADDRESS.sub("", str(inspect.signature(value)))
    except (TypeError, ValueError):  # a builtin or a class without an inspectable __init__
        return "(...)"


def describe(name: str, value: Any) -> str:
    """One line for an exported name: its kind and, for a callable, its signature."""
    if inspect.ismodule(value):
        return f"{name}: module {value.__name__}"
    if inspect.isclass(value) and issubclass(value, enum.Enum):
        members = ", ".join(member.name for member in value)
        return f"{name}: enum({value.__bases__[0].__name__}) {members}"
    if inspect.isclass(value):
        bases = ", ".join(base.__name__ for base in value.__bases__)
        return f"{name}: class({bases}){_signature(value)}"
    if callable(value):
        return f"{name}{_signature(value)}"
    return f"{name}: {type(value).__name__}"


def api_snapshot() -> str:
    """The snapshot text: a ``[module]`` header per public module, then a line per name."""
    lines: list[str] = []
    for module in public_modules():
        lines.append(f"[{module.__name__}]")
        lines += [describe(name, getattr(module, name)) for name in module.__all__]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(api_snapshot(), end="")
