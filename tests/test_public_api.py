"""The declared public surface: sorted literal ``__all__``, names that resolve, no leaks."""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

import pytest

from tests.public_api import public_modules

MODULES = public_modules()


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's (RUF022) order: CONSTANTS, then Classes, then functions."""
    group = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return group, name


def _is_package(module: ModuleType) -> bool:
    return hasattr(module, "__path__")


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_public_module_declares_a_sorted_all(module: ModuleType) -> None:
    exported = module.__all__
    assert list(exported) == sorted(exported, key=_isort_key), f"{module.__name__}: sort __all__"
    assert len(set(exported)) == len(exported)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_exported_name_resolves_and_is_not_a_private_module(module: ModuleType) -> None:
    for name in module.__all__:
        value = getattr(module, name)
        assert not name.startswith("_") or name == "__version__"
        if inspect.ismodule(value):
            assert not any(part.startswith("_") for part in value.__name__.split("."))


@pytest.mark.parametrize("module", [m for m in MODULES if _is_package(m)], ids=lambda m: m.__name__)
def test_package_init_holds_only_a_docstring_imports_and_all(module: ModuleType) -> None:
    tree = ast.parse(inspect.getsource(module))
    for index, node in enumerate(tree.body):
        is_docstring = (
            index == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        )
        is_import = isinstance(node, ast.Import | ast.ImportFrom)
        is_all = isinstance(node, ast.Assign | ast.AnnAssign) and "__all__" in ast.unparse(node)
        # Names loaded on first use (PEP 562) are imported for the type checker only.
        is_for_type_checker = (
            isinstance(node, ast.If)
            and ast.unparse(node.test) == "TYPE_CHECKING"
            and all(isinstance(inner, ast.Import | ast.ImportFrom) for inner in node.body)
        )
        assert is_docstring or is_import or is_all or is_for_type_checker, (
            f"{module.__name__} line {node.lineno}: only imports and __all__ belong here"
        )


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_public_name_has_a_docstring(module: ModuleType) -> None:
    assert module.__doc__, f"{module.__name__} has no module docstring"
    for name in module.__all__:
        value = getattr(module, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{module.__name__}.{name} has no docstring"
