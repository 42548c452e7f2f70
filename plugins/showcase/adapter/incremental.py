"""A preview that re-renders only the pages a change touches (``mkdocs serve --dirty``, which ``make serve`` runs).

In a dirty build MkDocs 1.6 renders only the pages whose
``file.is_modified()`` is true and leaves the site folder as the previous
build wrote it. The registry of page kinds says what of the content each page
shows (:meth:`~showcase.site.pages.kind.PageKind.shows`), so after a change a
page is marked modified, in every language, when:

- it shows a project whose folder changed, or that was added or deleted (the
  project's own pages, the list, its facet pages, pages whose related projects
  include it, the home page if it is there), or whose translations' history
  changed (outdated notices);
- what it shows changed (a topic page that gains or loses a project, counts,
  another related project), or it is new;
- anything else changed: ``data/``, the templates, ``mkdocs.yml``, a file of
  ``docs_dir`` outside the projects' folders, the languages; or the previous
  build failed. Then every page is.

mkdocs-static-i18n 1.3 in a dirty build: it passes ``dirty`` on to its builds
of the other languages only when ``--dirty`` is on the command line (so only
``mkdocs serve --dirty`` is incremental, not a plugin's own flag); it makes
new file objects for every language's build in its ``on_files``, so pages are
marked after it, in ``on_nav``; and it leaves the site folder as it is
between languages, as a dirty build does anyway.

The files of pages or projects that are gone are deleted from the site folder;
the sitemap keeps the entries of the pages not rendered again. The whole-site
files (feeds, exports, /admin/) are written from the whole content at every
rebuild; the search index refreshes in the background (``search_preview``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files, InclusionLevel

from ..content.model import Project
from ..site.pages.kind import PageKind, Shown
from ..site.pages.registry import SitePages
from .snapshot import Snapshot

PageKey = tuple[str, str]
"""(language, Markdown file) of one page."""


@dataclass(frozen=True)
class Changes:
    """What changed since the last build that succeeded."""

    everything: bool
    projects: frozenset[str] = frozenset()

    def touches(self, before: Shown | None, now: Shown) -> bool:
        """Whether a page that showed ``before`` (None: new page) and shows ``now`` must be rendered again."""
        if self.everything or before != now:
            return True
        return bool(self.projects) if now.projects is None else not self.projects.isdisjoint(now.projects)


EVERYTHING = Changes(everything=True)


@dataclass
class _Built:
    """The last build that succeeded, as a rebuild compares against it."""

    snapshot: Snapshot
    projects: Mapping[str, Project]
    history: Mapping[str, tuple[Any, ...]]
    shown: dict[PageKey, Shown] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)
    """The site's files, relative to the site folder."""


class Preview:
    """The pages of one ``mkdocs serve --dirty`` session, from one rebuild to the next (see the module's docstring)."""

    def __init__(self) -> None:
        self._last: _Built | None = None
        self._building = False
        self.changes = EVERYTHING
        self._shown: dict[PageKey, Shown] = {}
        self._written: set[str] = set()
        self._templates: dict[str, str | None] = {}
        """The template each editor's page named when it was last rendered: its kind."""

    # -- reading the content ----------------------------------------------------
    def reusable(self, snapshot: Snapshot) -> Mapping[str, Project] | None:
        """The projects read by the last build whose folders are as they were then (none after any other change)."""
        last = self._last
        if last is None or self._building or last.snapshot.shared != snapshot.shared:
            return None
        changed = last.snapshot.changed_projects(snapshot)
        return {name: project for name, project in last.projects.items() if name not in changed}

    def begin(self, snapshot: Snapshot, pages: SitePages) -> Changes:
        """A build of the whole site starts with ``pages``, read from ``snapshot``: what changed since the last one."""
        last = self._last
        if last is None or self._building or last.snapshot.shared != snapshot.shared:
            self.changes = EVERYTHING
        else:
            history = _history(pages)
            moved = {name for name in history.keys() | last.history.keys() if history.get(name) != last.history.get(name)}
            self.changes = Changes(False, last.snapshot.changed_projects(snapshot) | moved)
        self._building = True
        self._shown, self._written = {}, set()
        return self.changes

    # -- each language's build ----------------------------------------------------
    def template(self, src_uri: str) -> str | None:
        """The template an editor's page named when it was last rendered (what its kind is found by)."""
        return self._templates.get(src_uri)

    def is_modified(self, language: str, src_uri: str, kind: PageKind) -> bool:
        """Whether the page must be rendered again in ``language``."""
        now = self._shown[(language, src_uri)] = kind.shows(language)
        before = self._last.shown.get((language, src_uri)) if self._last is not None else None
        return self.changes.touches(before, now)

    def rendered(self, language: str, src_uri: str, kind: PageKind, template: str | None) -> None:
        """A page was rendered: what it shows (its kind is sure now, found by its template)."""
        self._shown[(language, src_uri)] = kind.shows(language)
        self._templates[src_uri] = template

    def written(self, paths: Iterable[str]) -> None:
        """Files of the site (relative to its folder) that this build wrote or keeps."""
        self._written.update(paths)

    def gone(self) -> set[str]:
        """Files the last build wrote that are not part of this one (so far)."""
        return self._last.written - self._written if self._last is not None else set()

    # -- the end ------------------------------------------------------------------
    def finish(self, snapshot: Snapshot, pages: SitePages, site_dir: Path) -> list[str]:
        """The whole site is built: delete what the last build wrote and this one does not; returns those paths."""
        last = self._last
        stale = sorted(last.written - self._written) if last is not None else []
        for path in stale:
            _delete(site_dir, path)
        self._last = _Built(snapshot, pages.site.projects_by_id, _history(pages), self._shown, self._written)
        self._building = False
        return stale

    def failed(self) -> None:
        """The build failed: the next one renders everything (pages of this one may be in the site folder)."""
        self._last = None
        self._building = False


PageShare = Callable[[str, int, int], bool]
"""Whether this process renders the ``index``-th of ``count`` pages of ``language`` (see :mod:`.parallel`)."""


def mark_pages(pages: SitePages, language: str, files: Files, preview: Preview | None, share: PageShare | None) -> None:
    """Tell MkDocs' dirty build which pages of ``language`` to render: those a preview's change touches, in this process's share."""
    if preview is not None:
        preview.written(file.dest_uri for file in files)
    documents = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
    for index, file in enumerate(documents):
        modified = share is None or share(language, index, len(documents))
        if preview is not None:
            kind = pages.kind(file.src_uri, preview.template(file.src_uri))
            modified = preview.is_modified(language, file.src_uri, kind) and modified
        mark_modified(file, modified)


def mark_modified(file: File, modified: bool) -> None:
    """What MkDocs' dirty build asks a file (``file.is_modified()``): whether to render its page."""
    vars(file)["is_modified"] = lambda: modified


def _history(pages: SitePages) -> dict[str, tuple[Any, ...]]:
    """Each project's last commits of its texts (its outdated notices follow from them); empty without git."""
    history = pages.history
    if not history.available:
        return {}
    return {
        project.id: tuple((language, history.last_change(texts.source)) for language, texts in sorted(project.texts.items()))
        for project in pages.site.projects
    }


def _delete(site_dir: Path, path: str) -> None:
    """Delete a file of the site and the folders it leaves empty."""
    target = site_dir / path
    target.unlink(missing_ok=True)
    folder = target.parent
    while folder != site_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


class DirtyBuildNotice(logging.Filter):
    """Drops MkDocs' warnings about dirty builds while the preview decides which pages are modified.

    MkDocs warns that a dirty build "will likely lead to inaccurate navigation
    and other links" (and ``--strict`` turns that into a failure), and that the
    site folder holds stale files: here every page a change touches is
    rendered again and stale files are deleted.
    """

    PREFIXES = ("A 'dirty' build is being performed", "The directory contains stale files")

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.PREFIXES)


def watch_with_inotify(server: Any, warn: Callable[[str], None]) -> bool:
    """Let ``mkdocs serve`` see a saved file at once (Linux's inotify) instead of within half a second.

    MkDocs 1.6 polls the watched folders every 0.5 s (its ``PollingObserver``,
    which works everywhere): half a second of the one a preview's rebuild
    should take, and a stat of every file of the site twice a second. Where
    inotify works, the paths watched so far are moved to watchdog's inotify
    observer before the server starts it; anything it cannot watch (limits)
    leaves the polling one in place. Returns whether it switched.
    """
    try:
        from watchdog import events
        from watchdog.observers.api import ObservedWatch
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return False

    changes: list[type[events.FileSystemEvent]] = [
        events.FileCreatedEvent, events.FileDeletedEvent, events.FileModifiedEvent, events.FileMovedEvent,
        events.FileClosedEvent, events.DirCreatedEvent, events.DirDeletedEvent, events.DirMovedEvent,
    ]

    class ChangesOnly(InotifyObserver):
        """inotify also reports files opened and read (the build reads mkdocs.yml): only changes count."""

        def schedule(
            self,
            event_handler: events.FileSystemEventHandler,
            path: str | Path,
            *,
            recursive: bool = False,
            event_filter: list[type[events.FileSystemEvent]] | None = None,
            follow_symlink: bool = False,
        ) -> ObservedWatch:
            return super().schedule(
                event_handler, path, recursive=recursive, event_filter=event_filter or changes, follow_symlink=follow_symlink
            )

    watched = getattr(server, "_watched_paths", None)
    if not isinstance(watched, dict):
        return False
    paths = dict(watched)
    polling = server.observer
    inotify = ChangesOnly()
    try:
        for path, count in paths.items():
            for _ in range(count):
                server.unwatch(path)
        server.observer = inotify
        for path, count in paths.items():
            for _ in range(count):
                server.watch(path)
    except OSError as error:
        warn(f"watching the files with inotify failed ({error}): MkDocs polls them every 0.5 s")
        # Back to polling, from scratch (the path that failed is half-registered).
        watched.clear()
        getattr(server, "_watch_refs", {}).clear()
        server.observer = polling
        for path, count in paths.items():
            for _ in range(count):
                server.watch(path)
        return False
    return True
