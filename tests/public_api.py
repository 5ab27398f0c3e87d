"""Discovery of krajsoc's public modules and domain types, shared by the meta-tests."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from types import ModuleType

import krajsoc

# Adapters have public modules too, but they hold no domain types.
ADAPTERS = ("krajsoc.cli", "krajsoc.frames", "krajsoc.ics", "krajsoc.loaders", "krajsoc.testing")


def public_modules() -> list[ModuleType]:
    """``krajsoc`` and every module below it whose dotted path has no ``_``-prefixed part."""
    names = ["krajsoc"] + [
        info.name
        for info in pkgutil.walk_packages(krajsoc.__path__, prefix="krajsoc.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    return [importlib.import_module(name) for name in sorted(names)]


def domain_types() -> list[type]:
    """Every class exported by a public core module that is a domain type (not an error)."""
    found: dict[str, type] = {}
    for module in public_modules():
        if module.__name__.startswith(ADAPTERS):
            continue
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if (
                inspect.isclass(value)
                and value.__module__.startswith("krajsoc.")
                and not issubclass(value, BaseException)
                and not issubclass(value, enum.Enum)
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]
