"""Griffe extension: render the docstrings' Sphinx roles as the docs site's cross-references.

The docstrings keep reST roles (``:class:`Deadline```, ``:func:`~krajsoc.law.act```) because they
read well in ``help()`` and in editors. mkdocstrings does not understand them, so this extension
rewrites each role, when the API reference is built, to mkdocstrings' cross-reference syntax
(``[`Deadline`][krajsoc.deadlines.Deadline]``), linking the public path under which the object is
documented. A role whose target the reference does not show becomes inline code, so a strict build
never meets a dangling link.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import griffe

_ROLE = re.compile(
    r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const):`(~?)\.?([\w.]+)(\(\))?`"
)


def _public(path: str) -> bool:
    return not any(part.startswith("_") for part in path.split("."))


class SphinxRoles(griffe.Extension):
    """Rewrite ``:role:`target``` in every docstring of the package to a cross-reference."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        self.root = pkg
        self.public: dict[str, str] = {}
        for module in self._modules(pkg):
            if _public(module.path):
                self.public.setdefault(module.path, module.path)
                exported = module.exports
                for name, member in module.members.items():
                    if name.startswith("_") or (exported is not None and name not in exported):
                        continue
                    target = member.target_path if isinstance(member, griffe.Alias) else member.path
                    self._prefer(target, f"{module.path}.{name}")
        for obj in self._objects(pkg):
            if obj.docstring is not None:
                obj.docstring.value = _ROLE.sub(
                    lambda m, o=obj: self._link(o, m), obj.docstring.value
                )

    def _prefer(self, canonical: str, public: str) -> None:
        # Of several public names for one object, keep the one sharing most of its real path.
        known = self.public.get(canonical)
        if known is None or _shared(public, canonical) > _shared(known, canonical):
            self.public[canonical] = public

    def _modules(self, module: griffe.Module) -> list[griffe.Module]:
        found = [module]
        for member in module.members.values():
            if not isinstance(member, griffe.Alias) and member.is_module:
                found += self._modules(member)  # type: ignore[arg-type]
        return found

    def _objects(self, obj: griffe.Object) -> list[griffe.Object]:
        found = [obj]
        for member in obj.members.values():
            if not isinstance(member, griffe.Alias):
                found += self._objects(member)
        return found

    def _link(self, obj: griffe.Object, match: re.Match[str]) -> str:
        short, target, call = match[1], match[2], match[3] or ""
        text = (target.rsplit(".", 1)[-1] if short else target) + call
        path = self._resolve(obj, target)
        return f"[`{text}`][{path}]" if path else f"`{text}`"

    def _resolve(self, obj: griffe.Object, target: str) -> str | None:
        head, _, rest = target.partition(".")
        canonical = None
        if head == "krajsoc":
            canonical = self._canonical(target)
        else:
            scope: griffe.Object | None = obj
            while scope is not None and canonical is None:
                if head in scope.members:
                    member = scope.members[head]
                    base = member.target_path if isinstance(member, griffe.Alias) else member.path
                    canonical = self._canonical(f"{base}.{rest}" if rest else base)
                scope = scope.parent
        if canonical is None:
            return None
        return self._documented(canonical)

    def _canonical(self, path: str) -> str | None:
        try:
            found = self.root[path.removeprefix("krajsoc.")] if path != "krajsoc" else self.root
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
        try:
            return str(found.canonical_path)
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return found.target_path if isinstance(found, griffe.Alias) else None

    def _documented(self, canonical: str) -> str | None:
        parts = canonical.split(".")
        for cut in range(len(parts), 0, -1):
            public = self.public.get(".".join(parts[:cut]))
            if public is not None:
                path = ".".join([public, *parts[cut:]])
                return path if self._shown(path) else None
        return None

    def _shown(self, path: str) -> bool:
        # The reference renders what a page names with ``::: path`` and, below it, the public
        # members with a docstring that are not submodules (``show_submodules`` is off).
        if not _public(path):
            return False
        for documented in _documented_paths():
            if path != documented and not path.startswith(documented + "."):
                continue
            parts = path.split(".")
            depth = len(documented.split("."))
            if all(
                self._is_shown_member(".".join(parts[:cut]))
                for cut in range(depth + 1, len(parts) + 1)
            ):
                return True
        return False

    def _is_shown_member(self, path: str) -> bool:
        try:
            found = self.root[path.removeprefix("krajsoc.")]
            target = found.final_target if isinstance(found, griffe.Alias) else found
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            return False
        parent = found.parent
        if parent is not None and parent.is_module:
            exported = parent.exports  # type: ignore[union-attr]
            if exported is not None and found.name not in exported:
                return False  # an imported name the module does not export is not rendered
        return not target.is_module and bool(target.docstring)


_DIRECTIVE = re.compile(r"^::: *([\w.]+)", re.MULTILINE)


@functools.cache
def _documented_paths() -> tuple[str, ...]:
    """Every identifier a docs page renders with ``::: identifier`` (mkdocs runs at the root)."""
    return tuple(
        sorted(
            {
                m
                for page in Path("docs").rglob("*.md")
                for m in _DIRECTIVE.findall(page.read_text("utf-8"))
            }
        )
    )


def _shared(a: str, b: str) -> int:
    count = 0
    for left, right in zip(a.split("."), b.split("."), strict=False):
        if left != right:
            break
        count += 1
    return count
