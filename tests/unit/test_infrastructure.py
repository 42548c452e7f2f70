"""CI runs the README's test command, and that command really runs pytest."""

from __future__ import annotations

import re

from conftest import REPO


def _recipe(makefile: str, target: str) -> str:
    """The recipe (tab-indented lines, with continuations) of ``target:`` in a Makefile."""
    lines = makefile.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"{re.escape(target)}\s*:(?!=)", line))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line)
    return "\n".join(recipe)


def test_ci_runs_make_test_which_runs_pytest_unmasked() -> None:
    ci_commands = [
        line.strip()
        for line in (REPO / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert any(re.match(r"(exec\s+)?make test\b", c) for c in ci_commands), ci_commands

    recipe = _recipe((REPO / "Makefile").read_text(), "test")
    # pytest runs, and its exit status (5 = no tests collected) is what the target exits with.
    assert "-m pytest" in recipe and "exit $$rc" in recipe, recipe
