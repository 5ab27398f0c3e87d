"""The API reference renders the docstrings' Sphinx roles as links, or as code, never raw."""

from __future__ import annotations

from pathlib import Path

import griffe
import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def package() -> griffe.Module:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # the extension reads which names the docs pages render
        extensions = griffe.load_extensions(f"{ROOT / 'docs/hooks/sphinx_roles.py'}:SphinxRoles")
        loaded = griffe.load("krajsoc", search_paths=[str(ROOT / "src")], extensions=extensions)
    assert isinstance(loaded, griffe.Module)
    return loaded


def test_a_role_becomes_a_link_to_the_public_path(package: griffe.Module) -> None:
    docstring = package["deadlines"].docstring
    assert docstring is not None
    assert "[`Period`][krajsoc.deadlines.Period]" in docstring.value


def test_no_docstring_keeps_a_raw_role(package: griffe.Module) -> None:
    raw = [":class:`", ":func:`", ":meth:`", ":attr:`", ":data:`", ":mod:`", ":exc:`"]

    def walk(obj: griffe.Object) -> list[str]:
        found = [obj.path] if obj.docstring and any(r in obj.docstring.value for r in raw) else []
        for member in obj.members.values():
            if not isinstance(member, griffe.Alias):
                found += walk(member)
        return found

    assert walk(package) == []
