"""Entry point Hypothesis calls when it is imported: makes ``st.from_type`` know krajsoc's types.

Every process that imports Hypothesis runs this hook, so it must cost next to nothing: it imports
no krajsoc package and no strategy. It registers, for each krajsoc type, a *callable* that
imports the strategies on first use (Hypothesis resolves it when ``st.from_type(Region)`` is
first drawn from). A type can only be registered once its class exists, so:

* for a public krajsoc module already imported when Hypothesis is, the hook registers its
  types at once;
* for the others, it puts a finder first on ``sys.meta_path`` that watches for the import of
  ``krajsoc`` and its public packages and registers their types when each has finished
  loading. The finder returns ``None`` at once for any other module.

Importing :mod:`krajsoc.testing.strategies` itself registers the strategies directly, even with
the entry point disabled (``HYPOTHESIS_NO_PLUGINS=1``).
"""

from __future__ import annotations

import enum
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

__all__ = ["register_module", "setup"]

_STRATEGIES = "krajsoc.testing.strategies"
_ADAPTERS = ("cli", "loaders", "testing")


def _watched(name: str) -> bool:
    """Whether ``name`` is ``krajsoc`` or one of its public core packages (``krajsoc.law``)."""
    if name == "krajsoc":
        return True
    parts = name.split(".")
    return (
        len(parts) == 2
        and parts[0] == "krajsoc"
        and not parts[1].startswith("_")
        and parts[1] not in _ADAPTERS
    )


def _strategy_for(thing: type[Any]) -> Any:
    """The strategy for ``thing``, importing the strategies on the first call."""
    from krajsoc.testing.strategies._registry import TYPE_STRATEGIES

    make = TYPE_STRATEGIES.get(thing)
    return NotImplemented if make is None else make()


def register_module(module: ModuleType) -> list[type[Any]]:
    """Register a lazy strategy for each krajsoc class ``module`` exports; return the classes.

    Enums (Hypothesis draws their members itself) and exceptions are left out, and so are names
    not loaded yet (``krajsoc`` loads ``Rule`` on first use; ``krajsoc.findings`` registers it).
    """
    from hypothesis import strategies as st  # already imported: Hypothesis runs this hook

    found = []
    for name in getattr(module, "__all__", ()):
        value = vars(module).get(name)  # never getattr: it would load a lazy name
        if (
            isinstance(value, type)
            and value.__module__.startswith("krajsoc.")
            and not issubclass(value, BaseException | enum.Enum)
        ):
            st.register_type_strategy(value, _strategy_for)
            found.append(value)
    return found


class _AfterImport(importlib.abc.Loader):
    """A module's own loader, which registers the module's types once it has run."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        if _STRATEGIES not in sys.modules:  # loaded strategies registered themselves
            register_module(module)

    def __getattr__(self, name: str) -> Any:  # resource readers and the like: the real loader's
        return getattr(self._loader, name)


class _Watcher(importlib.abc.MetaPathFinder):
    """Finds krajsoc's public packages through the other finders and wraps their loaders."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not _watched(fullname):
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _AfterImport(spec.loader)
                return spec
        return None


def setup() -> None:
    """Make ``st.from_type`` draw krajsoc's types, importing nothing until a type is drawn."""
    if _STRATEGIES in sys.modules:
        return  # importing the strategies is what imported Hypothesis; they registered already
    for name, module in list(sys.modules.items()):
        if _watched(name) and module is not None:
            register_module(module)
    if not any(isinstance(finder, _Watcher) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Watcher())
