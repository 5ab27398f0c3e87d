"""No module of a krajsoc package imports, directly or through others, a module that imports it.

The import graph is grimp's (the library import-linter is built on), which sees imports inside
functions too: a cycle hidden in a function is still a cycle.
"""

from __future__ import annotations

import grimp
import pytest

# Imports for the type checker only are left out, as in the import-linter contract: a rule names
# the LegalReference it rests on in its annotations, while law reports through findings.
GRAPH = grimp.build_graph(
    "krajsoc", include_external_packages=False, exclude_type_checking_imports=True
)
PACKAGES = sorted(
    {".".join(module.split(".")[:2]) for module in GRAPH.modules if module.count(".") >= 2}
)


def cycles_in(package: str, graph: grimp.ImportGraph = GRAPH) -> list[tuple[str, ...]]:
    """Each import of a module in ``package`` by another that it reaches back to, as a chain."""
    found = []
    for importer in sorted(graph.find_descendants(package) | {package}):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if imported == importer or not imported.startswith(package + "."):
                continue
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                found.append((importer, *back))
    return found


def test_the_graph_holds_every_package() -> None:
    assert {"krajsoc.calendar", "krajsoc.deadlines", "krajsoc.law"} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle_inside_a_package(package: str) -> None:
    assert cycles_in(package) == []


def test_the_check_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert cycles_in("pkg", graph) == [
        ("pkg.a", "pkg.b", "pkg.c", "pkg.a"),
        ("pkg.b", "pkg.c", "pkg.a", "pkg.b"),
        ("pkg.c", "pkg.a", "pkg.b", "pkg.c"),
    ]
