"""The GitHub Actions workflows: linted, and the Pages workflow deploys only what passed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from quality import WORKFLOWS, iter_problems, workflow_files, workflow_problems

PAGES_WORKFLOW = WORKFLOWS / "pages.yml"


def _load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    # YAML 1.1 reads the key `on` as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


@pytest.mark.gate
def test_every_workflow_passes_check_jsonschema_and_actionlint() -> None:
    files = workflow_files()
    assert PAGES_WORKFLOW in files
    problems = list(iter_problems(workflow_problems(files)))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("linter", "old", "new"),
    [
        # Not a valid workflow: an unknown key where a job's keys go.
        ("check-jsonschema", "    runs-on: ubuntu-latest\n    timeout-minutes: 30", "    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    run-on: x"),
        # Valid YAML and schema, but a job that needs a job that does not exist.
        ("actionlint", "needs: build", "needs: biuld"),
        # An expression reading a step that does not exist.
        ("actionlint", "steps.pages.outputs.base_url", "steps.page.outputs.base_url"),
    ],
)
def test_the_linters_catch_a_broken_workflow(tmp_path: Path, linter: str, old: str, new: str) -> None:
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    text = PAGES_WORKFLOW.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in pages.yml: update the test"
    (folder / "pages.yml").write_text(text.replace(old, new), encoding="utf-8")
    shutil.copy(PAGES_WORKFLOW, folder / "unchanged.yml")
    problems = workflow_problems(workflow_files(folder))
    assert problems[linter], problems
    assert all("unchanged.yml" not in problem for problem in iter_problems(problems)), problems


def test_pages_workflow_builds_on_pull_requests_and_deploys_only_from_main() -> None:
    workflow = _load(PAGES_WORKFLOW)
    assert {"pull_request", "push", "workflow_dispatch"} <= set(workflow["on"])
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"]["group"].startswith("pages")

    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert "pages" not in build["permissions"] or build["permissions"]["pages"] == "read"
    steps = build["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    runs = [step.get("run", "") for step in steps]
    assert uses[0] == "actions/checkout" and steps[0]["with"]["fetch-depth"] == 0
    python = steps[uses.index("actions/setup-python")]["with"]
    assert python["cache"] == "pip" and python["cache-dependency-path"] == "pyproject.toml"
    assert steps[uses.index("actions/setup-node")]["with"]["cache"] == "npm"
    # The tests run before the build, the strict build before the upload.
    test_at = next(i for i, run in enumerate(runs) if run in {".ci/run", "make test"})
    build_at = next(i for i, run in enumerate(runs) if "showcase.adapter.parallel --strict" in run)
    assert test_at < uses.index("actions/configure-pages") < build_at < uses.index("actions/upload-pages-artifact")
    assert "steps.pages.outputs.base_url" in steps[build_at]["env"]["SITE_URL"]
    assert not any(step.get("continue-on-error") for step in steps)

    # Deploys only on a push to main, only after the build job passed.
    assert deploy["needs"] == "build"
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    # Deployments on main are queued, never cancelled half-way.
    assert "refs/heads/main" in str(workflow["concurrency"]["cancel-in-progress"])
