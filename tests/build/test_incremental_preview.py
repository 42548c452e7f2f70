"""The preview's rebuilds render only the pages a change touches, and the site is then what a full build writes.

A real ``mkdocs serve --dirty`` (what ``make serve`` runs) of a scratch site,
real edits of its files, and after each the folder it serves compared, file by
file and byte for byte, with a fresh ``mkdocs build --strict`` of the same
files. Left out of the comparison: ``pagefind/``, the search index, which the
preview refreshes in the background (see test_search_preview.py).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import build_site
from scratch import replace_text, write_buildable_site

pytestmark = pytest.mark.build

GAMMA = {
    "project.yml": "original_language: en\norganisation: romodrom\ncountries: [CZ]\ntopics: [roma-inclusion]\n"
    "period: {start: 2023-05}\n",
    "project.en.md": "---\ntitle: Gamma project\nsummary: The gamma project.\n---\n\nBody of gamma.\n",
}
DELTA = {
    "project.yml": "original_language: cs\norganisation: khamoro\ncountries: [SK]\ntopics: [networking]\n",
    "project.cs.md": "---\ntitle: Projekt delta\nsummary: Projekt delta česky.\n---\n\nText projektu delta.\n",
}


@dataclass
class Preview:
    root: Path
    url: str
    log: Path
    tmp: Path

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8")

    @property
    def site(self) -> Path:
        (site,) = self.tmp.glob("mkdocs_*")
        return site

    def rebuilt(self, before: int, limit: float = 60) -> None:
        """Wait until a rebuild after the ``before``-th one is over and no other is pending."""
        deadline = time.monotonic() + limit
        while True:
            text = self.text()
            done, started = text.count("Reloading browsers"), text.count("Detected file changes")
            if "Aborted" in text or "Error" in text:
                pytest.fail(f"the rebuild failed:\n{text[-4000:]}")
            if done > before and done == started:
                return
            if time.monotonic() > deadline:
                pytest.fail(f"no rebuild within {limit} s:\n{text[-4000:]}")
            time.sleep(0.1)

    def builds(self) -> int:
        return self.text().count("Reloading browsers")


def _write_project(projects: Path, name: str, files: dict[str, str]) -> None:
    """A new project folder, moved into place at once (one change for the watcher)."""
    staging = projects.parent.parent / f".staging-{name}"
    staging.mkdir()
    for file, text in files.items():
        (staging / file).write_text(text, encoding="utf-8")
    staging.rename(projects / name)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    root = tmp_path / "site-source"
    root.mkdir()
    config = write_buildable_site(root)
    _write_project(root / "content" / "projects", "gamma", GAMMA)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(tmp)}
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--strict", "-f", str(config), "-a", f"127.0.0.1:{port}"],
            cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
        try:
            running = Preview(root, f"http://127.0.0.1:{port}/", log, tmp)
            deadline = time.monotonic() + 120
            while "Serving on" not in running.text():
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"mkdocs serve did not start:\n{running.text()[-4000:]}")
                time.sleep(0.2)
            yield running
        finally:
            server.terminate()
            server.wait(30)


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).parts[0] != "pagefind"
    }


def _assert_same_as_full_build(preview: Preview, tmp_path: Path, step: str) -> None:
    full = tmp_path / f"full-{step}"
    result = build_site(preview.root / "mkdocs.yml", full, site_url=preview.url)
    assert result.returncode == 0, result.stderr
    served, built = _files(preview.site), _files(full)
    assert sorted(served) == sorted(built), f"{step}: files differ"
    different = [name for name in built if served[name] != built[name]]
    assert different == [], f"{step}: these files differ from a full build"


def _rendered(preview: Preview, since: int) -> str:
    """The log of the rebuilds after the first ``since`` characters."""
    return preview.text()[since:]


def test_each_rebuild_writes_what_a_full_build_writes(preview: Preview, tmp_path: Path) -> None:
    projects = preview.root / "content" / "projects"
    _assert_same_as_full_build(preview, tmp_path, "start")

    # A text: the project's pages and the pages showing it change, the site is otherwise the same.
    builds, seen = preview.builds(), len(preview.text())
    alpha_page = (preview.site / "en" / "projects" / "alpha" / "index.html").stat().st_mtime_ns
    urbact_page = (preview.site / "funders" / "urbact" / "index.html").stat().st_mtime_ns
    replace_text(projects / "alpha" / "project.en.md", "title: Alpha project", "title: Alpha project renamed")
    preview.rebuilt(builds)
    assert "Alpha project renamed" in (preview.site / "en" / "projects" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert (preview.site / "en" / "projects" / "alpha" / "index.html").stat().st_mtime_ns > alpha_page
    # The page of a funder of beta alone does not show alpha: not rendered again.
    assert (preview.site / "funders" / "urbact" / "index.html").stat().st_mtime_ns == urbact_page
    assert "Read 3 projects" in _rendered(preview, seen)
    _assert_same_as_full_build(preview, tmp_path, "text")

    # A topic: gamma moves from one topic page to another.
    builds = preview.builds()
    replace_text(projects / "gamma" / "project.yml", "topics: [roma-inclusion]", "topics: [networking]")
    preview.rebuilt(builds)
    _assert_same_as_full_build(preview, tmp_path, "topic")

    # A new project, with a country no other project has: new facet pages.
    builds = preview.builds()
    _write_project(projects, "delta", DELTA)
    preview.rebuilt(builds)
    assert (preview.site / "projects" / "delta" / "index.html").is_file()
    _assert_same_as_full_build(preview, tmp_path, "new")

    # A deleted project: its pages, its export and the facet pages only it had are gone.
    builds = preview.builds()
    shutil.rmtree(projects / "beta")
    preview.rebuilt(builds)
    assert not (preview.site / "projects" / "beta").exists()
    assert not (preview.site / "countries" / "bg").exists()
    _assert_same_as_full_build(preview, tmp_path, "deleted")
