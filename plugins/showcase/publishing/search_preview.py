"""The search index during ``mkdocs serve``: rebuilds do not wait for Pagefind.

``mkdocs serve`` rebuilds on each saved change (every page, or with
``--dirty`` the pages the change touches); indexing the whole site again would
add Pagefind's time to every rebuild. So the first build of a preview indexes as ``mkdocs build`` does, and
keeps a copy of the index; each rebuild puts that copy back at once (search
works, with the results of the previous build) and refreshes the index in a
background thread, which swaps the fresh index in when Pagefind is done, unless
another rebuild started meanwhile (then that rebuild's refresh wins). An editor
sees the changed page as soon as it is built, and search results catch up a
few seconds later, without reloading the page. Pagefind runs then at a lower
priority, so that it does not slow down the next rebuild.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .search import INDEX_DIR, SearchIndexError, build_search_index

Log = Callable[[str], None]


class PreviewIndex:
    """The search index of one ``mkdocs serve`` session (see the module's docstring)."""

    def __init__(self, info: Log, warning: Log) -> None:
        self._info = info
        self._warning = warning
        self._lock = threading.Lock()
        self._generation = 0
        self._work = Path(tempfile.mkdtemp(prefix="showcase-preview-search-"))
        self._saved: Path | None = None

    def build_started(self) -> None:
        """A (re)build starts: a refresh still running must not touch its site folder."""
        with self._lock:
            self._generation += 1

    def build_done(self, site_dir: Path, languages: Sequence[str]) -> str | None:
        """Index ``site_dir`` (first build, raises :class:`SearchIndexError`) or restore and refresh it (rebuilds).

        Returns Pagefind's summary after the first build, ``None`` after a rebuild.
        """
        with self._lock:
            generation = self._generation
            saved = self._saved
            # A dirty rebuild (mkdocs serve --dirty) left the index in place.
            if saved is not None and not (site_dir / INDEX_DIR).is_dir():
                shutil.copytree(saved, site_dir / INDEX_DIR)
        if saved is None:
            summary = build_search_index(site_dir, languages)
            self._save(site_dir, generation)
            return summary
        threading.Thread(target=self._refresh, args=(site_dir, languages, generation), daemon=True).start()
        return None

    def _save(self, site_dir: Path, generation: int) -> None:
        """Keep a copy of ``site_dir``'s index for the next rebuild."""
        copy = self._work / f"index-{generation}"
        shutil.copytree(site_dir / INDEX_DIR, copy)
        with self._lock:
            old, self._saved = self._saved, copy
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def _refresh(self, site_dir: Path, languages: Sequence[str], generation: int) -> None:
        staging = self._work / f"site-{generation}"
        try:
            # Pagefind reads the site folder; a new rebuild may empty it meanwhile,
            # so the result counts only if no rebuild started in between.
            summary = build_search_index(site_dir, languages, output=staging, background=True)
        except (SearchIndexError, OSError) as error:
            with self._lock:
                current = generation == self._generation
            if current:
                self._warning(f"search index not refreshed (search shows the previous build): {error}")
            return
        with self._lock:
            if generation != self._generation:
                shutil.rmtree(staging, ignore_errors=True)
                return
            shutil.rmtree(site_dir / INDEX_DIR, ignore_errors=True)
            shutil.copytree(staging, site_dir / INDEX_DIR)
            old, self._saved = self._saved, staging
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        self._info(f"Search index refreshed: {summary}")

    def close(self) -> None:
        """Forget the saved index (the end of ``mkdocs serve``)."""
        with self._lock:
            self._generation += 1
        shutil.rmtree(self._work, ignore_errors=True)
