"""The import-linter contract is shown to fail: a copy of the package with a planted bad import.

CI runs ``lint-imports`` on the real tree; this test proves the contract would catch a core module
importing an I/O module or an adapter, so a green ``lint-imports`` means something.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import krajsoc

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")


def _lint_copy(tmp_path: Path, module: str, planted: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "src"
    shutil.copytree(Path(krajsoc.__file__).parent, source / "krajsoc")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = source / "krajsoc" / module
    target.write_text(target.read_text("utf-8") + f"\n{planted}\n", "utf-8")
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(source), "PATH": str(LINT_IMPORTS.parent)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_unchanged_copy_keeps_every_contract(tmp_path: Path) -> None:
    done = _lint_copy(tmp_path, "territory/_region.py", "")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_core_module_importing_os_breaks_the_contract(tmp_path: Path) -> None:
    done = _lint_copy(tmp_path, "territory/_region.py", "import os  # planted")
    assert done.returncode != 0
    assert "krajsoc.territory._region -> os" in done.stdout


def test_a_core_module_importing_the_cli_breaks_the_contract(tmp_path: Path) -> None:
    done = _lint_copy(tmp_path, "errors.py", "import krajsoc.cli  # planted")
    assert done.returncode != 0
    assert "BROKEN" in done.stdout
