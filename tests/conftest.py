"""Shared fixtures: the real content loaded once, the real site built once, a local server
for it, and a browser; the markers each test gets from its folder.

- ``site`` (session): the real content, as the core loads it (``load_site``).
- ``build_site(mkdocs_yml, site_dir)`` runs ``mkdocs build --strict`` and returns the
  CompletedProcess (for tests that build fixture sites with their own mkdocs.yml).
- ``built_site`` (session): the real site, built once; ``.root``, ``.page(url_path)``
  (BeautifulSoup) and ``.html(url_path)``.
- ``served_site`` (session): base URL (``http://127.0.0.1:PORT/``) serving ``built_site.root``.
- ``browser`` (session): Debian's Chromium through Playwright's sync API.
- ``recorded_tab``: a new tab in ``browser`` and a :class:`Recorder` of its requests,
  failed responses and script errors.

The tests are in three folders, by what they need to run, and the folder gives
each test its marker (``pytest_collection_modifyitems`` below):

- ``unit/``: no build, no browser (the core, the loader, the schema, the command
  line on scratch copies); the few that build anyway are marked ``build``.
- ``build/``: run ``mkdocs build`` of the real or a fixture site and read the
  output back. Marked ``build``.
- ``browser/``: Debian's Chromium through Playwright. Marked ``browser``.

Wherever a test is, using ``built_site`` or ``served_site`` marks it ``build`` and
using ``browser`` marks it ``browser``. ``gate`` (the release quality gates) is
set by hand. ``make test`` runs every test; ``make test-fast`` leaves out
``browser`` and ``gate``. The helpers (``scratch.py``, ``gitrepo.py`` and the other
modules beside this one) stay in this folder, imported by their names (pytest
puts the folder of the rootdir's conftest on ``sys.path``); the three folders
are on it too, for the test modules that import another one's cases.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from showcase.content.loader import load_site
from showcase.content.model import SiteContent

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request, Response

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

sys.path.insert(0, str(REPO / "tools"))
# Test modules import each other's cases (test_cli those of test_content_validation):
# each folder of tests is importable whatever folder the importing module is in.
sys.path[:0] = [str(TESTS / folder) for folder in ("unit", "build", "browser")]
from localsite import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

__all__ = ["REPO", "CHROMIUM", "CHROMIUM_ARGS", "SITE_URL", "BuiltSite", "build_site"]

SITE_URL = "https://showcase.example.org/"
"""The ``site_url`` the real site is built with in the tests: another host, at its
root (tests/build/test_any_address.py builds and crawls the site under a sub-path)."""


FOLDER_MARKERS = {"build": "build", "browser": "browser"}
"""Marker of every test in ``tests/<folder>/``."""

FIXTURE_MARKERS = {"built_site": "build", "served_site": "build", "browser": "browser"}
"""Marker of every test that uses the fixture, directly or through another fixture."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(TESTS).parts[0] if item.path.is_relative_to(TESTS) else ""
        markers = {FOLDER_MARKERS.get(folder)} | {FIXTURE_MARKERS.get(name) for name in getattr(item, "fixturenames", ())}
        for marker in sorted(m for m in markers if m):
            if item.get_closest_marker(marker) is None:
                item.add_marker(marker)


def build_site(
    mkdocs_yml: Path, site_dir: Path, site_url: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict -f mkdocs_yml -d site_dir`` from the repository root.

    ``site_url`` is passed as the environment variable ``SITE_URL`` (empty: none);
    ``env`` adds to (or overrides) the environment.
    Does not check the exit code: the caller asserts on ``returncode``, ``stdout`` and
    ``stderr`` (MkDocs logs its warnings and errors to stderr).
    """
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(mkdocs_yml), "-d", str(site_dir)]
    environment = {**os.environ, "SITE_URL": site_url, **(env or {})}
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env=environment)


def _page_file(root: Path, url_path: str) -> Path:
    """``"en/projects/roma-net/"`` -> ``root/en/projects/roma-net/index.html``; ``""``/``"/"`` -> ``root/index.html``."""
    rel = url_path.split("#", 1)[0].split("?", 1)[0].strip("/")
    if rel.endswith((".html", ".xml", ".json", ".csv")):
        return root / rel
    return root / rel / "index.html" if rel else root / "index.html"


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    log: str = ""
    """What the build logged (MkDocs logs to stderr)."""

    def file(self, url_path: str) -> Path:
        return _page_file(self.root, url_path)

    def html(self, url_path: str) -> str:
        path = self.file(url_path)
        assert path.is_file(), f"no page at /{url_path.lstrip('/')} (looked for {path})"
        return path.read_text(encoding="utf-8")

    def page(self, url_path: str) -> BeautifulSoup:
        return BeautifulSoup(self.html(url_path), "html.parser")


def _format_failure(result: subprocess.CompletedProcess[str]) -> str:
    return (
        f"{' '.join(map(str, result.args))}\nexited with {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


@pytest.fixture(scope="session")
def site() -> SiteContent:
    """The real content (``content/``, ``data/``), loaded once by the core.

    Modules testing a scratch site of their own name their fixture ``site`` as well;
    theirs is the one their tests get.
    """
    from scratch import DEFAULT_LANGUAGE, LANGUAGES  # scratch imports this module

    return load_site(REPO / "content", REPO / "data", LANGUAGES, DEFAULT_LANGUAGE)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site_dir = tmp_path_factory.mktemp("built-site") / "site"
    result = build_site(REPO / "mkdocs.yml", site_dir, SITE_URL)
    assert result.returncode == 0, _format_failure(result)
    return BuiltSite(root=site_dir, log=result.stderr)


@pytest.fixture(scope="session")
def served_site(built_site: BuiltSite) -> Iterator[str]:
    """Base URL, ending in ``/``, of ``built_site.root`` served on 127.0.0.1."""
    with serve(built_site.root) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium (never a Playwright-downloaded one)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Recorder:
    """Every request a page makes, and every response with an error status."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def on_request_failed(self, request: Request) -> None:
        # net::ERR_ABORTED is the browser cancelling a request it no longer needs (the page
        # navigated while the favicon loaded), not a request the site failed to answer.
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.failure} {request.url}")

    def outside(self, base: str) -> list[str]:
        host = urlsplit(base).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and urlsplit(url).netloc != host
        ]


@pytest.fixture
def recorded_tab(browser: Browser) -> Iterator[tuple[Page, Recorder]]:
    """A fresh browser tab, with a :class:`Recorder` of its requests, failures and script errors."""
    context = browser.new_context(locale="en-GB", service_workers="block")
    page = context.new_page()
    recorder = Recorder()
    page.on("request", recorder.on_request)
    page.on("response", recorder.on_response)
    page.on("requestfailed", recorder.on_request_failed)
    page.on("pageerror", lambda error: recorder.errors.append(str(error)))
    try:
        yield page, recorder
    finally:
        context.close()
