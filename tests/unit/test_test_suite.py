"""The test suite's layout: `make test` runs every test, `make test-fast` the quick selection,
and every test module is in the folder that gives it its markers (see tests/conftest.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import REPO


def _pytest_command(target: str) -> str:
    """The pytest command line ``make TARGET`` runs, read from ``make -n`` (which runs nothing)."""
    environment = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ARGS"}}
    result = subprocess.run(["make", "-n", target], cwd=REPO, capture_output=True, text=True, env=environment, check=True)
    found = re.search(r"-m pytest(.*?)\|\|", result.stdout)
    assert found, result.stdout
    return found.group(1).strip()


def test_make_test_runs_every_test_and_test_fast_leaves_out_browser_and_gate() -> None:
    assert _pytest_command("test") == ""
    assert _pytest_command("test-fast") == "-m 'not browser and not gate'"


def test_every_test_module_is_in_unit_build_or_browser() -> None:
    tests = REPO / "tests"
    misplaced = [p.relative_to(tests).as_posix() for p in tests.rglob("test_*.py") if p.parent.parent != tests or p.parent.name not in {"unit", "build", "browser"}]
    assert not misplaced, f"move to tests/unit/, tests/build/ or tests/browser/ (see tests/conftest.py): {misplaced}"


def test_tests_in_build_and_browser_are_marked_by_their_folder() -> None:
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-m", "not build and not browser", "tests/build", "tests/browser"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 5, result.stdout + result.stderr  # 5: no test collected
