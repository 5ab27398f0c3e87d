"""The analyst notebook runs in a real Jupyter kernel, its committed outputs are current, and its
docs page asks no third party for anything."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import nbformat
import pytest

from tests.analyst_notebook import NOTEBOOK, execute, text_outputs

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Jupyter's own, at start


def _module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def executed() -> Any:
    return execute(NOTEBOOK)


def test_every_cell_of_the_notebook_runs_without_an_error(executed: Any) -> None:
    errors = [
        f"cell {index}: {output.ename}: {output.evalue}"
        for index, cell in enumerate(executed.cells)
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert errors == []
    assert all(cell.execution_count for cell in executed.cells if cell.cell_type == "code"), (
        "a cell did not run"
    )


def test_the_committed_outputs_are_those_of_a_fresh_run(executed: Any) -> None:
    committed = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    assert text_outputs(committed) == text_outputs(executed), (
        "examples/analyst.ipynb shows stale outputs; refresh them: python -m tests.analyst_notebook"
    )


def test_the_notebook_draws_its_plots(executed: Any) -> None:
    images = [
        output
        for cell in executed.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "image/png" in output.get("data", {})
    ]
    assert images


def test_the_shipped_csv_is_what_its_generator_makes_cp1250_and_semicolons() -> None:
    maker = _module(ROOT / "examples" / "data" / "make_rozhodnuti.py")
    data = (ROOT / "examples" / "data" / "rozhodnuti.csv").read_bytes()
    assert data == maker.csv_bytes()
    assert data.startswith("spis;orp;druh;kanál;připraveno;vyzvednuto\r\n".encode("cp1250"))
    assert data.count(b"\r\n") == maker.ROWS + 1


def test_the_docs_link_the_notebook_from_the_docs_folder() -> None:
    link = ROOT / "docs" / "analyst.ipynb"  # a symbolic link in git; a copy in an sdist may be
    assert link.resolve() == NOTEBOOK.resolve() or link.read_bytes() == NOTEBOOK.read_bytes()


def test_the_rendered_notebook_has_no_script_from_a_third_party() -> None:
    from mkdocs_jupyter.convert import nb2html  # type: ignore[import-untyped]

    hook = _module(ROOT / "docs" / "hooks" / "notebook_offline.py")
    html = nb2html(str(NOTEBOOK), custom_mathjax_url="", include_requirejs=False)
    assert re.search(r"<script[^>]*>[^<]*https://", html), "the template changed: check the hook"
    cleaned = hook.offline(html)
    scripts = re.findall(r"<script\b[^>]*>.*?</script>", cleaned, flags=re.DOTALL)
    assert scripts and not [script for script in scripts if "https://" in script]
    assert 'src=""' not in cleaned and "mathjax" not in cleaned.lower()
    assert "Konce lhůt" in cleaned or "Read the CSV" in cleaned  # the notebook itself is kept
