"""No package reaches into another package's private modules or private names.

A package of krajsoc (``krajsoc.calendar``, ``krajsoc.law``, ``krajsoc.testing`` …) keeps its
implementation in modules whose names start with ``_`` and exports what others may use from its
``__init__``. This test reads every module under ``src/krajsoc`` with :mod:`ast` and fails on

* ``from krajsoc.<package>._<module> import …`` and ``import krajsoc.<package>._<module>`` from
  outside ``<package>``;
* ``from krajsoc.<package> import _<name>`` from outside ``<package>``;
* an attribute ``_<name>`` read from a module or object imported from another package
  (``CZECH_CALENDAR._built``, ``krajsoc.calendar._tables``);
* an attribute ``_<name>`` read off any other value (``calendar._built`` on a parameter) where
  ``_<name>`` is defined in another package and nowhere in the reader's own.

The top-level private modules (``krajsoc._boundary``, ``krajsoc._text``, ``krajsoc._quote``,
``krajsoc._personal``, ``krajsoc._lookup``, ``krajsoc._version``) are shared helpers of the whole
library and may be imported by any package. Dunder names (``__version__``, ``__name__``) are not
private.
"""

from __future__ import annotations

import ast
from pathlib import Path

import krajsoc

PACKAGE = Path(krajsoc.__file__).parent


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _owner(module: str) -> str:
    """The package a module belongs to: ``krajsoc.calendar`` for ``krajsoc.calendar._tables``.

    A top-level module (``krajsoc.rules``, ``krajsoc._text``) is its own owner.
    """
    return ".".join(module.split(".")[:2])


def _is_package(module: str) -> bool:
    return (PACKAGE.parent / Path(*module.split("."))).is_dir()


def _foreign_private_module(target: str, importer: str) -> str | None:
    """The private part of ``target`` an importer outside its package may not use, if any."""
    parts = target.split(".")
    if parts[0] != "krajsoc" or len(parts) < 3 or _owner(target) == _owner(importer):
        return None
    private = [part for part in parts[2:] if _private(part)]
    return ".".join(parts) if private else None


def _resolve(node: ast.ImportFrom, importer: str, is_init: bool) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    if not is_init:
        base = base[:-1]
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def private_uses(source: str, module: str, *, is_init: bool = False) -> list[str]:
    """Each use, in ``source`` (the module ``module``), of another package's private parts."""
    found: list[str] = []
    foreign: set[str] = set()  # local names bound to another package's modules or objects
    tree = ast.parse(source, module)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                bad = _foreign_private_module(alias.name, module)
                if bad:
                    found.append(f"{module}:{node.lineno}: import {bad}")
                if alias.name.startswith("krajsoc.") and _owner(alias.name) != _owner(module):
                    foreign.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(node, module, is_init)
            if not target.startswith("krajsoc") or _owner(target) == _owner(module):
                continue
            bad = _foreign_private_module(target, module)
            if bad:
                found.append(f"{module}:{node.lineno}: from {bad} import …")
            for alias in node.names:
                if _private(alias.name) and target != "krajsoc":
                    found.append(f"{module}:{node.lineno}: from {target} import {alias.name}")
                elif target != "krajsoc" or _is_package(f"krajsoc.{alias.name}"):
                    foreign.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in foreign:
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def defined_private_names(source: str) -> set[str]:
    """The ``_``-names ``source`` defines: functions, classes, attributes, fields, globals."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            found.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)  # object.__setattr__(self, "_built", ...)
    return {name for name in found if _private(name)}


def foreign_private_attributes(
    source: str, module: str, own: set[str], others: set[str]
) -> list[str]:
    """Each ``value._name`` in ``source`` whose name only another package defines.

    ``own`` holds the private names the module's package defines, ``others`` those the other
    packages define; ``self._x`` and ``cls._x`` are always a class's own.
    """
    found = []
    for node in ast.walk(ast.parse(source, module)):
        if not (isinstance(node, ast.Attribute) and _private(node.attr)):
            continue
        if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
            continue
        if node.attr in others and node.attr not in own:
            found.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
    return found


def _private_names_by_package() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for path in _modules():
        owner = _owner(_module_name(path))
        names.setdefault(owner, set()).update(
            defined_private_names(path.read_text(encoding="utf-8"))
        )
    return names


def test_the_scan_reads_every_package() -> None:
    owners = {_owner(_module_name(path)) for path in _modules()}
    assert {"krajsoc.calendar", "krajsoc.deadlines", "krajsoc.law", "krajsoc.testing"} <= owners


def test_no_module_uses_another_packages_private_modules_or_names() -> None:
    found = [
        use
        for path in _modules()
        for use in private_uses(
            path.read_text(encoding="utf-8"), _module_name(path), is_init=path.stem == "__init__"
        )
    ]
    assert found == []


def test_no_module_reads_a_private_attribute_only_another_package_defines() -> None:
    by_package = _private_names_by_package()
    found = []
    for path in _modules():
        module = _module_name(path)
        own = by_package[_owner(module)]
        others = set().union(*(names for key, names in by_package.items() if key != _owner(module)))
        found += foreign_private_attributes(path.read_text(encoding="utf-8"), module, own, others)
    assert found == []


def test_the_scan_finds_a_private_attribute_read_off_a_parameter() -> None:
    calendar = (
        "class CzechCalendar:\n"
        "    def _build(self):\n"
        "        object.__setattr__(self, '_built', 1)\n"
    )
    deadlines = (
        "def deadline_after(event, calendar):\n    return calendar._built or calendar._build()\n"
    )
    others = defined_private_names(calendar)
    own = defined_private_names(deadlines)
    assert foreign_private_attributes(deadlines, "krajsoc.deadlines._counting", own, others) == [
        "krajsoc.deadlines._counting:2: calendar._built",
        "krajsoc.deadlines._counting:2: calendar._build",
    ]
    assert foreign_private_attributes(calendar, "krajsoc.calendar._x", others, own) == []


def test_the_scan_finds_a_private_module_imported_across_packages() -> None:
    source = "from krajsoc.calendar._tables import DAYS\n"
    assert private_uses(source, "krajsoc.deadlines._counting") == [
        "krajsoc.deadlines._counting:1: from krajsoc.calendar._tables import …"
    ]


def test_the_scan_finds_a_plain_import_of_a_private_module() -> None:
    source = "import krajsoc.law._patterns as patterns\n"
    assert private_uses(source, "krajsoc.cli._law") == [
        "krajsoc.cli._law:1: import krajsoc.law._patterns"
    ]


def test_the_scan_finds_a_private_name_imported_from_a_package() -> None:
    source = "from krajsoc.calendar import _tables\n"
    assert private_uses(source, "krajsoc.deadlines._batch") == [
        "krajsoc.deadlines._batch:1: from krajsoc.calendar import _tables"
    ]


def test_the_scan_finds_a_private_attribute_of_another_packages_object() -> None:
    source = (
        "from krajsoc.calendar import CZECH_CALENDAR\n"
        "import krajsoc.law\n"
        "tables = CZECH_CALENDAR._built\n"
        "pattern = krajsoc.law._patterns.CITATION\n"
    )
    assert private_uses(source, "krajsoc.deadlines._counting") == [
        "krajsoc.deadlines._counting:3: CZECH_CALENDAR._built",
        "krajsoc.deadlines._counting:4: krajsoc.law._patterns",
    ]


def test_the_scan_allows_a_packages_own_private_modules_and_the_shared_helpers() -> None:
    source = (
        "from krajsoc.deadlines._period import Period\n"
        "from krajsoc._text import fold\n"
        "from krajsoc._quote import quote\n"
        "from krajsoc import __version__\n"
        "from . import _rules\n"
        "from ._period import add_months\n"
        "x = Period._private_helper\n"
    )
    assert private_uses(source, "krajsoc.deadlines._counting") == []


def test_the_scan_resolves_relative_imports_across_packages() -> None:
    source = "from ..calendar._tables import DAYS\n"
    assert private_uses(source, "krajsoc.deadlines._batch") == [
        "krajsoc.deadlines._batch:1: from krajsoc.calendar._tables import …"
    ]
