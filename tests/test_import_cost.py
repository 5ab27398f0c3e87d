"""What start-up imports: nothing heavy until a fixture, a strategy or a citation is used.

The time each costs is measured in ``benchmarks/test_import_bench.py``; these tests check, in a
fresh interpreter, which modules are loaded, so that a change that imports too early fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CORE = ("krajsoc.law", "krajsoc.agendas", "krajsoc.deadlines", "krajsoc.findings", "krajsoc.errors")


def loaded_after(statement: str, *, no_plugins: bool = False) -> set[str]:
    """The modules loaded in a fresh interpreter after ``statement``."""
    env = dict(os.environ)
    env.pop("HYPOTHESIS_NO_PLUGINS", None)
    if no_plugins:
        env["HYPOTHESIS_NO_PLUGINS"] = "1"
    code = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> set[str]:
    return {name for name in modules if name.startswith(CORE) or name.split(".")[0] == "pydantic"}


def test_importing_hypothesis_imports_no_krajsoc_package() -> None:
    assert _heavy(loaded_after("import hypothesis")) == set()


def test_the_pytest_plugin_imports_no_krajsoc_package() -> None:
    assert _heavy(loaded_after("import krajsoc.testing.plugin")) == set()


def test_from_type_still_draws_krajsoc_types_registered_on_import() -> None:
    code = (
        "import hypothesis\n"
        "from hypothesis import strategies as st\n"
        "from krajsoc.territory import REGIONS, Region\n"
        "from krajsoc.deadlines import Period\n"
        "assert st.from_type(Region).example() in REGIONS\n"
        "assert isinstance(st.from_type(Period).example(), Period)\n"
    )
    assert "krajsoc.testing.strategies" in loaded_after(code)


def test_from_type_draws_types_imported_before_hypothesis() -> None:
    code = (
        "from krajsoc.territory import REGIONS, Region\n"
        "from hypothesis import strategies as st\n"
        "assert st.from_type(Region).example() in REGIONS\n"
    )
    loaded_after(code)


def test_without_the_entry_point_importing_the_strategies_registers_them() -> None:
    code = (
        "from hypothesis import strategies as st\n"
        "import krajsoc.testing.strategies\n"
        "from krajsoc.territory import REGIONS, Region\n"
        "assert st.from_type(Region).example() in REGIONS\n"
    )
    loaded_after(code, no_plugins=True)


def test_importing_the_law_compiles_no_citation_pattern() -> None:
    code = (
        "import krajsoc.law\n"
        "from krajsoc.law._citation_pattern import _built_in\n"
        "from krajsoc.law._name_patterns import act_name_pattern\n"
        "assert _built_in.cache_info().currsize == 0\n"
        "assert act_name_pattern.cache_info().currsize == 0\n"
        "krajsoc.law.extract_citations('§ 5 ZSS')\n"
        "next(krajsoc.law.extract_citations('§ 5 ZSS'))\n"
        "assert _built_in.cache_info().currsize == 1\n"
    )
    loaded_after(code)


@pytest.mark.parametrize("name", ["Rule", "Finding", "Report", "Severity", "KrajsocError"])
def test_the_top_level_names_load_on_first_use(name: str) -> None:
    import krajsoc

    assert getattr(krajsoc, name).__name__ == name
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        krajsoc.Nothing  # noqa: B018
