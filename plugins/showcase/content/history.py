"""When each content file last changed in git, and which translations are outdated.

A translation is *outdated* when the original language's file was committed
after the translation's file was last committed. The whole content tree's
history comes from ONE ``git log`` call (plus one ``git status``), not one call
per file: at 1,000 projects that is the difference between milliseconds and
minutes.

A file renamed without a change of its text (``showcase migrate`` renaming
``cs.md`` to ``project.cs.md``) keeps its history: the rename is no change, and
the commits before it count for the new name.

Without usable history nothing is outdated and nothing fails: no git, not a
repository, a shallow clone (its oldest commit seems to touch every file, so
dates would be wrong) — :attr:`ContentHistory.reason` says why. A file with
uncommitted changes, or never committed, has no date: no verdict involves it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model import Project

# Separates commits in the log output; no path contains it.
_COMMIT_MARK = "\x1e"


@lru_cache(maxsize=65536)
def _resolved(path: Path) -> Path:
    # Cached: every page and card of a project asks for its files (a system call each).
    return path.resolve()


@dataclass(frozen=True, order=True)
class Change:
    """The last commit that touched a file: its time, then its place in the log (0 = newest)."""

    time: dt.datetime
    newer_first: int = field(compare=False)
    commit: str = field(compare=False, default="")
    """The commit's hash."""

    @property
    def date(self) -> dt.date:
        return self.time.date()

    def is_after(self, other: Change) -> bool:
        """True if this change came after ``other`` (same commit: False)."""
        if self.time != other.time:
            return self.time > other.time
        # Same second: git lists the newer commit first.
        return self.newer_first < other.newer_first


@dataclass(frozen=True)
class ContentHistory:
    """The last committed change of every file under a folder."""

    changes: dict[Path, Change]
    uncommitted: frozenset[Path] = frozenset()
    reason: str | None = None
    """Why there is no history (None when there is)."""
    root: Path | None = None
    """The repository's top folder."""
    former_names: dict[Path, tuple[str, ...]] = field(default_factory=dict)
    """Each renamed file's earlier paths in the repository, newest first."""

    @property
    def available(self) -> bool:
        return self.reason is None

    def last_change(self, path: Path) -> Change | None:
        """The last commit of ``path``; None if unknown or changed since (uncommitted)."""
        if not self.changes and not self.uncommitted:
            return None
        path = _resolved(path)
        if path in self.uncommitted:
            return None
        return self.changes.get(path)

    def is_outdated(self, project: Project, language: str) -> bool:
        """True if the project's original changed in git after its ``language`` file did."""
        translation = project.texts.get(language)
        if translation is None or language == project.facts.original_language:
            return False
        original_change = self.last_change(project.original.source)
        translation_change = self.last_change(translation.source)
        if original_change is None or translation_change is None:
            return False
        return original_change.is_after(translation_change)


    def text_at(self, path: Path, commit: str) -> str | None:
        """The text ``path`` had in ``commit`` (under the name it had then); None if unknown."""
        if self.root is None or not commit:
            return None
        path = path.resolve()
        try:
            current = path.relative_to(self.root).as_posix()
        except ValueError:
            return None
        for name in (current, *self.former_names.get(path, ())):
            shown = _git(self.root, "show", f"{commit}:{name}")
            if shown is not None and shown.returncode == 0:
                return shown.stdout
        return None


NO_HISTORY = ContentHistory({}, reason="no history was read")


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except OSError:
        return None


def read_history(folder: Path) -> ContentHistory:
    """The history of every file under ``folder`` (one ``git log``); never raises."""
    folder = folder.resolve()
    if not folder.is_dir():
        return ContentHistory({}, reason=f"{folder} is not a folder")
    probe = _git(folder, "rev-parse", "--show-toplevel", "--is-shallow-repository")
    if probe is None:
        return ContentHistory({}, reason="git is not installed")
    if probe.returncode != 0:
        return ContentHistory({}, reason=f"{folder} is not in a git repository")
    top, shallow = (probe.stdout.splitlines() + ["", ""])[:2]
    if shallow.strip() == "true":
        return ContentHistory({}, reason="the repository is a shallow clone (check out with fetch-depth: 0)")
    root = Path(top.strip()).resolve()
    log = _git(folder, "log", f"--format={_COMMIT_MARK}%H %ct", "--name-status", "-M", "--", ".")
    if log is None or log.returncode != 0:
        # An empty repository (no commit yet) lands here too.
        return ContentHistory({}, reason="git log failed: " + (log.stderr.strip() if log else "no git"))
    changes: dict[Path, Change] = {}
    current: dict[str, str] = {}  # a path as a commit names it -> the path it has now
    former: dict[str, list[str]] = {}
    for index, chunk in enumerate(log.stdout.split(_COMMIT_MARK)[1:]):
        lines = chunk.splitlines()
        commit, seconds = lines[0].split()
        change = Change(dt.datetime.fromtimestamp(int(seconds), tz=dt.UTC), index, commit)
        for line in lines[1:]:
            kind, *paths = line.split("\t")
            if not paths:
                continue
            now = current.get(paths[-1], paths[-1])
            if kind.startswith("R") and len(paths) == 2:
                # Older commits name the file by its former path; a rename without a change changes nothing.
                current[paths[0]] = now
                former.setdefault(now, []).append(paths[0])
                if kind == "R100":
                    continue
            # setdefault: the log is newest first, so the first mention is the last change.
            changes.setdefault((root / now).resolve(), change)
    status = _git(folder, "status", "--porcelain", "--untracked-files=all", "--", ".")
    uncommitted: set[Path] = set()
    if status is not None and status.returncode == 0:
        for line in status.stdout.splitlines():
            name = line[3:].split(" -> ")[-1].strip('"')
            uncommitted.add((root / name).resolve())
    renamed = {(root / now).resolve(): tuple(earlier) for now, earlier in former.items()}
    return ContentHistory(changes, frozenset(uncommitted), root=root, former_names=renamed)
