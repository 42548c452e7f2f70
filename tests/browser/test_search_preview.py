"""Search in the preview (``mkdocs serve``): rebuilds keep the previous index and refresh it in the background.

A real ``mkdocs serve`` of a scratch site, a real edit of a project's file and
Debian's Chromium searching the preview.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from scratch import write_buildable_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

NEW_WORD = "Quokkaventure"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status), str(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return int(error.code), ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _wait_for(check: object, what: str, log: Path, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while not callable(check) or not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}; mkdocs serve said:\n{log.read_text(encoding='utf-8')[-4000:]}")
        time.sleep(0.2)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, site root folder, server log) of ``mkdocs serve`` on a scratch site."""
    config = write_buildable_site(tmp_path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
            cwd=tmp_path, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, stdout=out, stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}/"
            _wait_for(lambda: _get(f"{base}en/search/")[0] == 200, "mkdocs serve did not start", log)
            yield base, tmp_path, log
        finally:
            server.terminate()
            server.wait(30)


def _search(browser: Browser, url: str) -> list[str]:
    context = browser.new_context(locale="en-GB", service_workers="block")
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        # Done when the status says how many were found, or nothing (not "Searching…").
        page.wait_for_function(
            "() => { const s = document.querySelector('.sc-search__status').textContent; return s && !s.includes('…'); }",
            timeout=10000,
        )
        return [str(h) for h in page.eval_on_selector_all(".sc-search__result a", "a => a.map(x => new URL(x.href).pathname)")]
    finally:
        context.close()


def test_rebuilds_serve_the_previous_index_at_once_and_the_refreshed_one_soon(
    preview: tuple[str, Path, Path], browser: Browser
) -> None:
    base, root, log = preview
    assert _search(browser, f"{base}en/search/?q=alpha") == ["/en/projects/alpha/"]
    assert _search(browser, f"{base}en/search/?q={NEW_WORD}") == []

    source = root / "content" / "projects" / "alpha" / "project.en.md"
    source.write_text(source.read_text(encoding="utf-8") + f"\n{NEW_WORD} in the body.\n", encoding="utf-8")
    _wait_for(lambda: NEW_WORD in _get(f"{base}en/projects/alpha/")[1], "the edit was not shown", log)
    # The page is shown before Pagefind ran again, and search still works (the previous index).
    assert _get(f"{base}pagefind/pagefind-entry.json")[0] == 200
    assert "Search index: the previous build's, refreshing in the background" in log.read_text(encoding="utf-8")
    # Then the refreshed index finds the new word, without another edit.
    _wait_for(lambda: "Search index refreshed" in log.read_text(encoding="utf-8"), "the index was not refreshed", log)
    assert _search(browser, f"{base}en/search/?q={NEW_WORD}") == ["/en/projects/alpha/"]
    assert _search(browser, f"{base}search/?q={NEW_WORD}") == []  # still one index per language
