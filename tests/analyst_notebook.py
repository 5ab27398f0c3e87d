"""Run ``examples/analyst.ipynb`` in a Jupyter kernel of this interpreter; refresh its outputs.

The docs site renders the committed notebook with its outputs as they are (mkdocs-jupyter with
``execute: false``), so the build stays offline and deterministic.
``tests/test_analyst_notebook.py`` executes a fresh copy and fails on any cell error or on text
output that differs from the committed one. After changing the notebook or what it shows,
refresh the committed outputs:

    python -m tests.analyst_notebook
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import nbformat
from ipykernel.kernelspec import write_kernel_spec
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parents[1] / "examples" / "analyst.ipynb"
TIMEOUT = 120  # seconds per cell; the whole notebook takes a few seconds


def execute(path: Path = NOTEBOOK) -> Any:
    """The notebook at ``path``, executed in its folder by a ``python3`` kernel of this Python.

    The kernel spec is written to a temporary folder put first on ``JUPYTER_PATH``, so the kernel
    runs ``sys.executable`` (this environment, with krajsoc installed) whatever kernels the machine
    has elsewhere; nothing is downloaded or installed.
    """
    notebook = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    saved = {name: os.environ.get(name) for name in ("JUPYTER_PATH", "JUPYTER_PLATFORM_DIRS")}
    with tempfile.TemporaryDirectory() as folder:
        write_kernel_spec(Path(folder, "kernels", "python3"))
        os.environ["JUPYTER_PATH"] = folder
        os.environ["JUPYTER_PLATFORM_DIRS"] = "1"  # the paths Jupyter moves to, without warnings
        try:
            client = NotebookClient(
                notebook,
                kernel_name="python3",
                timeout=TIMEOUT,
                record_timing=False,  # no timestamps: the committed copy changes with its outputs
                resources={"metadata": {"path": str(path.parent)}},
            )
            client.execute()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    return notebook


def text_outputs(notebook: Any) -> list[list[str]]:
    """Each code cell's outputs as text (plain text and HTML), images left out."""
    found = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        texts = []
        for output in cell.outputs:
            if output.output_type == "stream":
                texts.append(output.text)
            elif output.output_type in {"execute_result", "display_data"}:
                data = output.data
                kinds = ("text/html", "text/plain")
                texts.extend(str(data[kind]) for kind in kinds if kind in data)
            elif output.output_type == "error":
                texts.append(f"{output.ename}: {output.evalue}")
        found.append(texts)
    return found


def main() -> int:
    """Execute the notebook and write it back with its outputs."""
    notebook = execute()
    nbformat.write(notebook, NOTEBOOK)  # type: ignore[no-untyped-call]
    print(f"{NOTEBOOK}: executed, {len(notebook.cells)} cells", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
