"""A build never leaves a half-written site: a failed one leaves the previous site byte for byte as it was.

The site is built with ``mkdocs build --strict -d DIR`` as the other tests
build it; then builds that fail at different moments (the content check, a
warning in the Bulgarian build that ``--strict`` turns into a failure only after
every page is written, an error while pages are rendered) must leave ``DIR``
exactly as it was, and no staging folder behind. A build that succeeds replaces
it whole, keeping its hidden entries as MkDocs does.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import build_site
from scratch import replace_text, write_buildable_site


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file (bytes) and link (target) under ``folder``, by relative path."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = f"-> {path.readlink()}"
        elif path.is_file():
            found[key] = path.read_bytes()
    return found


def _leftovers(root: Path) -> list[str]:
    return sorted(path.name for path in root.iterdir() if path.name.startswith(".site"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch site built once; each test copies it."""
    root = tmp_path_factory.mktemp("staged")
    write_buildable_site(root)
    result = build_site(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def site(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "root"
    shutil.copytree(built, root, symlinks=True)  # its mkdocs.yml names its folders relative to itself
    (root / "site" / ".git").mkdir()
    (root / "site" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (root / "site" / ".nojekyll").write_text("", encoding="utf-8")
    return root


def _break_content(root: Path) -> None:
    replace_text(root / "content/projects/alpha/project.yml", "countries: [CZ, SK]", "countries: [CZ, UK]")


def _warn_in_bulgarian(root: Path) -> None:
    path = root / "content" / "index.bg.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n[Липсва](missing-page.md)\n", encoding="utf-8")


def _fail_while_rendering(root: Path) -> None:
    replace_text(root / "mkdocs.yml", "      data_dir: data\n", "      data_dir: data\n      project_template: no-such-template.html\n")


@pytest.mark.parametrize(
    ("breaks", "says"),
    [
        pytest.param(_break_content, "'UK' is not an ISO 3166 country code", id="content-problem"),
        pytest.param(_warn_in_bulgarian, "Aborted with 1 warnings in strict mode!", id="strict-warning-in-a-nested-language-build"),
        pytest.param(_fail_while_rendering, "no-such-template.html", id="error-while-rendering"),
    ],
)
def test_a_failed_build_leaves_the_previous_site_as_it_was(site: Path, breaks: Callable[[Path], None], says: str) -> None:
    before = _snapshot(site / "site")
    assert "index.html" in before and "bg/index.html" in before and ".git/HEAD" in before
    breaks(site)
    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 1
    assert says in result.stdout + result.stderr
    assert _snapshot(site / "site") == before
    assert _leftovers(site) == []


def test_a_build_that_succeeds_replaces_the_whole_site_and_keeps_its_hidden_files(site: Path) -> None:
    (site / "site" / "stale.html").write_text("<p>from an old build</p>", encoding="utf-8")
    replace_text(site / "content" / "projects" / "alpha" / "project.en.md", "title: Alpha project", "title: Alpha renamed")
    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 0, result.stderr
    built = site / "site"
    assert "Alpha renamed" in (built / "en" / "projects" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert not (built / "stale.html").exists(), "a clean build, as MkDocs makes it"
    assert (built / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages\n"
    assert (built / ".nojekyll").exists()
    assert _leftovers(site) == []
    # A folder left by a build that was killed is cleared by the next one.
    (site / ".site.partial").mkdir()
    (site / ".site.partial" / "half.html").write_text("<p>half", encoding="utf-8")
    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 0, result.stderr
    assert _leftovers(site) == [] and not (built / "half.html").exists()
