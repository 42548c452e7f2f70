"""Search in the reader's language: a Pagefind index of the built site.

Pagefind (from PyPI, with its binary; it runs offline) reads the written HTML
once every language is built and writes ``pagefind/`` at the site root: one
index per ``<html lang>``, so that a Czech page searches Czech pages only. It
folds diacritics itself ("budovani" finds "Budování"). Only elements marked
``data-pagefind-body`` are indexed (project and facet pages), so the site's
chrome, lists and related cards do not match. The browser loads
``pagefind/pagefind.js`` and the index chunks only when the reader searches
(``assets/javascripts/search.js``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEARCH_PATH = "search"
"""The search page of each language: ``search/``, ``en/search/``..."""

INDEX_DIR = "pagefind"
"""Where the index and Pagefind's script are written, under the site root."""


class SearchIndexError(Exception):
    """Pagefind failed; the message holds its output."""


def build_search_index(site_dir: Path) -> str:
    """Index the HTML under ``site_dir`` into ``site_dir/pagefind``; returns Pagefind's summary.

    Raises :class:`SearchIndexError` with Pagefind's output when it fails or
    when it found no page to index (a template lost ``data-pagefind-body``).
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", INDEX_DIR]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"could not run Pagefind ({error}): is pagefind[bin] installed?") from None
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind failed (exit {result.returncode}):\n{output}")
    if not (site_dir / INDEX_DIR / "pagefind-entry.json").is_file() or "Indexed 0 pages" in output:
        raise SearchIndexError(f"Pagefind indexed no page:\n{output}")
    summary = [line.strip() for line in output.splitlines() if line.strip().startswith("Indexed")]
    return ", ".join(summary)
