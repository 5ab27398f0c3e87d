"""The command line in hostile surroundings: narrow encodings, a closed or full output, calendar
edges. It never prints a traceback; it ends with one line and an exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = [
    ("regions",),
    ("deadline", "2026-11-23", "15 dnů"),
    ("demo",),
    ("workday", "2026-12-24"),
    ("cite", "§ 93 odst. 1 zákona č. 108/2006 Sb."),
]


def _run(
    *argv: str, env: dict[str, str] | None = None, stdin: bytes = b"", **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONIOENCODING"}
    environment.update(env or {})
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "krajsoc", *argv],
        env=environment,
        input=stdin,
        capture_output="stdout" not in kwargs,
        timeout=60,
        check=False,
        **kwargs,
    )


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "cp1250"},
        {"PYTHONIOENCODING": "cp852"},
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    ],
    ids=["cp1250", "cp852", "ascii", "LC_ALL=C"],
)
@pytest.mark.parametrize("argv", COMMANDS, ids=[argv[0] for argv in COMMANDS])
def test_a_narrow_output_encoding_falls_back_instead_of_crashing(
    env: dict[str, str], argv: tuple[str, ...]
) -> None:
    done = _run(*argv, env=env)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert done.stdout


def test_a_closed_standard_output_ends_with_one_line_and_a_failure(tmp_path: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m krajsoc regions >&-",
        shell=True,
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().count("\n") == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_ends_with_one_line_and_a_failure() -> None:
    with open("/dev/full", "wb") as full:
        done = _run("demo", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode != 0
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().splitlines() == [
        "krajsoc: cannot write the output: No space left on device"
    ]


@pytest.mark.parametrize("day", ["2000-01-01", "2000-01-03", "2100-12-31"])
def test_workday_answers_for_every_date_of_the_calendar(day: str) -> None:
    done = _run("workday", day, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)["data"]
    assert answer["date"] == day
    assert None in (answer["working_day_before"], answer["working_day_after"])


def test_non_utf8_standard_input_is_refused_like_a_non_utf8_file() -> None:
    done = _run("cite", "--extract", "-", stdin="§ 93 ZSS, zákon".encode("cp1250"))
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "krajsoc cite: cannot read '-': not UTF-8 text"
