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

import ctypes
import gc
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..paths import language_prefix

SEARCH_PATH = "search"
"""The search page of each language: ``search/``, ``en/search/``..."""

INDEX_DIR = "pagefind"
"""Where the index and Pagefind's script are written, under the site root."""

_ENTRY = "pagefind-entry.json"


class SearchIndexError(Exception):
    """Pagefind failed; the message holds its output."""


def _escape_glob(name: str) -> str:
    return re.sub(r"([\\{}\[\]*?,!])", r"\\\1", name)


def language_globs(site_dir: Path, languages: Sequence[str]) -> dict[str, str]:
    """The glob of each language's HTML under ``site_dir``: the default (first) language at the root, the others under ``<lang>/``.

    The default language's glob names the root's own entries, as Pagefind's
    globs cannot exclude a folder.
    """
    default, *others = languages
    skipped = {*others, INDEX_DIR}
    own = sorted(
        f"{_escape_glob(entry.name)}/**/*.html" if entry.is_dir() else _escape_glob(entry.name)
        for entry in site_dir.iterdir()
        if entry.name not in skipped and (entry.is_dir() or entry.suffix == ".html")
    )
    globs = {default: "{" + ",".join(own) + "}"}
    globs.update({language: f"{language_prefix(language, default)}**/*.html" for language in others})
    return globs


def _run_pagefind(site_dir: Path, glob: str, output: Path, background: bool = False) -> str:
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", glob, "--output-path", str(output)]
    # In the background (a preview's refresh) it yields the processor to the next rebuild.
    nice = shutil.which("nice") if background else None
    if nice:
        command = [nice, "-n", "10", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"could not run Pagefind ({error}): is pagefind[bin] installed?") from None
    output_text = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind failed (exit {result.returncode}):\n{output_text}")
    if not (output / _ENTRY).is_file() or "Indexed 0 pages" in output_text:
        raise SearchIndexError(f"Pagefind indexed no page (glob {glob}):\n{output_text}")
    return output_text


def _merge_bundle(source: Path, target: Path) -> None:
    """Add the bundle in ``source`` (other languages) to the one in ``target``.

    Index files are named after their language and content hash, so only the
    entry file (which lists the languages) differs; the shared files (script,
    WebAssembly) are the same Pagefind's and must be identical.
    """
    for path in source.rglob("*"):
        if not path.is_file() or path.name == _ENTRY and path.parent == source:
            continue
        destination = target / path.relative_to(source)
        if destination.exists():
            if destination.read_bytes() != path.read_bytes():
                raise SearchIndexError(f"Pagefind wrote two different {path.relative_to(source)}")
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, destination)
    entry = json.loads((target / _ENTRY).read_text(encoding="utf-8"))
    added = json.loads((source / _ENTRY).read_text(encoding="utf-8"))
    entry["languages"].update(added["languages"])
    (target / _ENTRY).write_text(json.dumps(entry, separators=(",", ":")), encoding="utf-8")


def release_free_memory() -> None:
    """Return the memory this process no longer uses to the system (glibc only; elsewhere nothing).

    Pagefind runs while the build's process is still alive: what Python freed
    but the C allocator keeps would add to Pagefind's memory.
    """
    gc.collect()
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


def build_search_index(site_dir: Path, languages: Sequence[str], output: Path | None = None, background: bool = False) -> str:
    """Index the HTML under ``site_dir`` into ``site_dir/pagefind`` (or ``output``); returns Pagefind's summary.

    ``languages`` lists the site's languages, the default one (built at the
    root) first. Pagefind runs once per language, over that language's pages
    only, and the three bundles are merged into one: Pagefind holds one
    language's pages in memory at a time instead of all of them (at 1,000
    projects, a third of the memory), and the bundle is what one run over the
    whole site writes (one index per ``<html lang>``, loaded by the browser per
    language). Nothing is written to ``site_dir`` unless every run succeeded.

    ``background``: Pagefind runs at a lower priority (a preview's refresh).

    Raises :class:`SearchIndexError` with Pagefind's output when it fails or
    when it found no page to index (a template lost ``data-pagefind-body``).
    """
    summary = []
    with tempfile.TemporaryDirectory(prefix="showcase-pagefind-") as temp:
        bundle = Path(temp) / INDEX_DIR
        for number, (language, glob) in enumerate(language_globs(site_dir, languages).items()):
            written = bundle if number == 0 else Path(temp) / language
            text = _run_pagefind(site_dir, glob, written, background)
            if number:
                _merge_bundle(written, bundle)
            indexed = [line.strip() for line in text.splitlines() if line.strip().startswith("Indexed")]
            summary.append(f"{language}: " + ", ".join(indexed))
        target = site_dir / INDEX_DIR if output is None else output
        shutil.rmtree(target, ignore_errors=True)
        shutil.move(bundle, target)
    return "; ".join(summary)
