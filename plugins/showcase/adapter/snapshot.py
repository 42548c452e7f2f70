"""What the site's source files looked like when the content was read: one stat per file, no reading.

The content is read again only when the snapshot changed; a preview reads
again only the projects whose folder changed (:mod:`.incremental`). The
snapshot has two parts: the files of each project's folder, and everything
else a page may show (``data/``, the other files of ``docs_dir``, the theme's
templates, ``mkdocs.yml``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from ..content.layout import PROJECTS_DIR

FileStat = tuple[str, int, int]
"""(path, modification time in ns, size) of one file."""


@dataclass(frozen=True)
class Snapshot:
    shared: tuple[object, ...]
    """The languages and the stats of every file outside the projects' folders."""
    projects: Mapping[str, tuple[FileStat, ...]]
    """Each project folder's files, by the folder's name (the project's id)."""

    def changed_projects(self, other: Snapshot) -> frozenset[str]:
        """The projects whose folder differs between the two (added, removed or changed)."""
        return frozenset(name for name in self.projects.keys() | other.projects.keys() if self.projects.get(name) != other.projects.get(name))


def site_snapshot(config: MkDocsConfig, data_dir: Path, languages: tuple[object, ...]) -> Snapshot:
    """The snapshot of a MkDocs site: ``docs_dir``, ``data_dir``, the theme's own templates, ``mkdocs.yml``."""
    theme_dir = config.theme.custom_dir
    others = (Path(theme_dir) if theme_dir else None, Path(config.config_file_path) if config.config_file_path else None)
    return take_snapshot(Path(config.docs_dir), data_dir, others, languages)


def take_snapshot(
    docs_dir: Path, data_dir: Path, others: tuple[Path | None, ...], languages: tuple[object, ...]
) -> Snapshot:
    """The snapshot of ``docs_dir`` (projects apart), ``data_dir`` and the folders or files in ``others`` (templates, mkdocs.yml)."""
    projects: dict[str, list[FileStat]] = {}
    shared: list[FileStat] = []
    for stat in _walk(docs_dir):
        parts = stat[0][len(str(docs_dir)) + 1 :].split(os.sep)
        # Folders the loader skips ("_drafts", ".git") are not projects.
        if len(parts) >= 3 and parts[0] == PROJECTS_DIR and not parts[1].startswith((".", "_")):
            projects.setdefault(parts[1], []).append(stat)
        else:
            shared.append(stat)
    for other in (data_dir, *others):
        if other is not None:
            shared += _walk(other)
    return Snapshot((languages, tuple(shared)), {name: tuple(stats) for name, stats in projects.items()})


def _walk(path: Path) -> Iterator[FileStat]:
    """The stat of ``path`` (a file) or of every file under it, in a stable order (links to files followed, to folders not)."""
    try:
        if not path.is_dir():
            stat = path.stat()
            yield str(path), stat.st_mtime_ns, stat.st_size
            return
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        try:
            # Linked folders are not followed: a loop is the check's to report, not a walk without end.
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file():
                stat = entry.stat()
                yield entry.path, stat.st_mtime_ns, stat.st_size
        except OSError:
            continue
