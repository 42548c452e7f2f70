"""What the build publishes from ``content/``: an allowlist, the same for ``showcase check`` and the build.

MkDocs copies every file of its ``docs_dir`` into the site as it is. Content
comes from editors through git, pull requests and the browser editor, and the
site is public, so the build publishes only:

- **pages**: Markdown in the places pages are read from, ``content/<name>.<lang>.md``
  (home, project list, accessibility statement, open data, any page an editor
  adds) and ``content/projects/index.<lang>.md``;
- **the files the content names**: a project's image (``image:`` in
  ``project.yml``) and every file a text links to (``![plan](plan.png)``,
  ``[the report](report.pdf)``), if it is of a type a browser only shows
  (images, documents; see :data:`PUBLISHED_TYPES`): :func:`named_files`
  lists them, and what else a page can name is added there.

The sources the core reads (``project.yml``, a project's language files) reach
the site only through the pages made from them. Every other file is refused,
and each refused file is a problem with its path and the fix: a backup or
editor's file (``project.yml~``, ``en.md.orig``), Markdown outside those places
(``projects/x/old/en.md`` would become a page of its own), a file nothing
names, a link to a file outside ``content/`` or to one that is not published,
a link to a folder (a loop would never end; a folder elsewhere would be
published whole).

Hidden files and folders (``.git``, ``.DS_Store``, an editor's swap or lock file
while a file is open: ``.en.md.swp``, ``.#en.md``) are neither published nor
reported: MkDocs leaves them out too, and a preview must not fail while a file
is open in an editor.

The content is walked without following links to folders, so a link that loops
is a problem, never a walk without end.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .layout import FACTS_FILE, PROJECTS_DIR
from .model import Project
from .problems import Problem

SOURCES = (FACTS_FILE,)
"""Files of a project folder the core reads besides its language files."""

IMAGE_TYPES = ("png", "jpg", "jpeg", "webp", "gif", "avif")
DOCUMENT_TYPES = ("pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "csv", "txt", "epub")
PUBLISHED_TYPES = IMAGE_TYPES + DOCUMENT_TYPES
"""Files the site publishes when a page names them: a browser shows them, none can run a script
at the site's address (HTML, SVG, XML and JavaScript could)."""

EDITOR_FILES = ("*~", "#*#", "~$*", "*.orig", "*.rej", "*.bak", "*.old", "*.tmp", "*.swp", "*.swo", "*.sav", "*.kate-swp")
"""Backups and working files that editors and merge tools leave next to a file."""

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
"""What MkDocs renders as a page."""

_FIX_EDITOR_FILE = "delete it: it is not content; to keep such files out of git, add the pattern to .gitignore"


@dataclass(frozen=True)
class ContentFiles:
    """The verdict on every file of ``content/``."""

    published: frozenset[str]
    """Paths relative to ``content/`` (POSIX) that the build publishes as they are: pages and named files."""
    problems: tuple[Problem, ...]
    """One per refused file."""


# -- walking content/ ----------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    path: str
    """Relative to ``content/``, POSIX."""
    link_target: str | None = None
    """For a link to a file: where it leads, relative to ``content/``; ``..`` when outside."""


def _walk(content_dir: Path) -> tuple[list[_Entry], list[Problem]]:
    """Every file of ``content_dir`` except hidden ones; a problem for each link to a folder or to nothing."""
    root = os.path.realpath(content_dir)
    files: list[_Entry] = []
    problems: list[Problem] = []
    if not os.path.isdir(root):
        return files, problems
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(os.path.join(root, folder)) as entries:
                listed = sorted(entries, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(Problem(content_dir / folder, None, "", f"the folder cannot be read ({error.strerror})", "check its permissions"))
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            relative = posixpath.join(folder, entry.name)
            path = content_dir / relative
            if entry.is_symlink():
                found = _link(root, relative, path)
                if isinstance(found, Problem):
                    problems.append(found)
                else:
                    files.append(found)
            elif entry.is_dir(follow_symlinks=False):
                pending.append(relative)
            elif entry.is_file(follow_symlinks=False):
                files.append(_Entry(relative))
            else:
                problems.append(Problem(path, None, "", "this is not a file but a device, socket or pipe", "delete it"))
    return files, problems


def _link(root: str, relative: str, path: Path) -> _Entry | Problem:
    """A link to a file, or the problem with a link to a folder, to nothing or in a loop."""
    link = os.path.join(root, relative)
    try:
        is_folder = stat.S_ISDIR(os.stat(link).st_mode)
    except OSError:  # a target that is missing, or links that lead to each other
        return Problem(path, None, "", "this link leads nowhere (its target is missing, or links lead to each other)", "delete the link")
    target = os.path.realpath(link)
    inside = target.startswith(root + os.sep)
    if is_folder:
        containing = os.path.dirname(link)
        if containing == target or containing.startswith(target + os.sep):
            message = "this link leads to a folder that contains it: a loop, which would be read without end"
        elif not inside and target != root:
            message = "this link leads to a folder outside content/, which would be published whole"
        else:
            message = "this link leads to another folder of content/, whose files would be published twice"
        return Problem(path, None, "", message, "delete the link; put the files themselves where they belong")
    if not inside:
        return Problem(path, None, "", "this link leads to a file outside content/, which must not be published", "put the file itself here instead of a link, or delete the link")
    return _Entry(relative, os.path.relpath(target, root).replace(os.sep, "/"))


# -- what each file is ---------------------------------------------------------------


def _is_editor_file(name: str) -> bool:
    return any(fnmatchcase(name.lower(), pattern) for pattern in EDITOR_FILES)


def _is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def _page_language_problem(name: str, languages: Collection[str]) -> str | None:
    """Why ``name`` (``about.en.md``) cannot be a page of this site, or None."""
    if not name.endswith(".md"):
        return f"pages are Markdown files named <name>.<language>.md; {name!r} would not be read as one"
    stem = name[: -len(".md")]
    if "." not in stem:
        return None  # a page in the default language (static-i18n's rule)
    language = stem.rsplit(".", 1)[1]
    if language in languages:
        return None
    return f"{language!r} in {name!r} is not a language of this site ({', '.join(languages)})"


def _in_project_folder(parts: list[str]) -> bool:
    """``projects/<id>/<name>``: directly in a project's folder (one the loader reads, not ``_name``)."""
    return len(parts) == 3 and parts[0] == PROJECTS_DIR and not parts[1].startswith("_")


def _kind(path: str) -> str:
    """``page``, ``source``, ``editor``, ``unread`` (in a folder the loader skips), ``markdown`` (Markdown out of place) or ``other``."""
    parts = path.split("/")
    name = parts[-1]
    if _is_editor_file(name):
        return "editor"
    if len(parts) > 2 and parts[0] == PROJECTS_DIR and parts[1].startswith("_"):
        return "unread"
    if _is_markdown(name):
        if len(parts) == 1 or (len(parts) == 2 and parts[0] == PROJECTS_DIR and name.startswith("index.")):
            return "page"
        if _in_project_folder(parts):
            return "source"  # a project's language file: its name is the loader's to check
        return "markdown"
    if _in_project_folder(parts) and name in SOURCES:
        return "source"
    return "other"


def _file_type(path: str) -> str:
    return posixpath.splitext(path)[1].lower().lstrip(".")


def _localized(path: str, languages: Collection[str]) -> str:
    """``photo.en.jpg`` → ``photo.jpg``: static-i18n shows a language's own version of a named file."""
    stem, extension = posixpath.splitext(path)
    base, dot, language = stem.rpartition(".")
    return base + extension if dot and language in languages else path


# -- the verdict ---------------------------------------------------------------------------


def content_files(content_dir: Path, languages: Collection[str], named: Collection[str], projects: Iterable[Project] = ()) -> ContentFiles:
    """What the build publishes from ``content_dir``, and a problem for every file it refuses.

    ``named`` are the files the content names (:func:`named_files`), relative
    to ``content_dir``. The files in the folder of a project that could not be
    read (its problems are reported) are not judged, nor published: what
    names them is not known yet.
    """
    entries, problems = _walk(content_dir)
    unread = _unread_project_folders(content_dir, projects)
    named = set(named)
    published: set[str] = set()
    for entry in entries:
        parts = entry.path.split("/")
        kind = _kind(entry.path)
        if kind == "other" and len(parts) > 2 and parts[0] == PROJECTS_DIR and parts[1] in unread:
            continue
        problem = _refusal(entry.path, kind, languages, named)
        if problem is None and entry.link_target is not None:
            problem = _link_refusal(entry, kind, _kind(entry.link_target), named)
        if problem is not None:
            problems.append(Problem(content_dir / entry.path, None, "", *problem))
        elif kind in ("page", "other"):
            published.add(entry.path)
    return ContentFiles(frozenset(published), tuple(problems))


def _refusal(path: str, kind: str, languages: Collection[str], named: set[str]) -> tuple[str, str] | None:
    """(message, fix) for a file the build must not publish, or None."""
    if kind == "editor":
        return "this is a backup or an editor's working file, which the site must not publish", _FIX_EDITOR_FILE
    if kind == "page":
        problem = _page_language_problem(path.rsplit("/", 1)[-1], languages)
        return (problem, "name it <name>.<language>.md, like about.en.md") if problem else None
    if kind == "unread":
        return (
            "the folders of content/projects/ whose names start with '_' are not read, so nothing in them is published",
            "for a project being written, name the folder by its id and set 'draft: true' in its project.yml; otherwise delete the folder",
        )
    if kind == "markdown":
        return (
            "Markdown outside the places pages are read from would be published as a page of its own",
            "a project's texts are <language>.md directly in its folder, other pages content/<name>.<language>.md: move or delete it",
        )
    if kind != "other":
        return None
    if path not in named and _localized(path, languages) not in named:
        return (
            "no page names this file, so the site does not publish it",
            "name it in project.yml (image, gallery, documents) or link to it from a text, or delete it",
        )
    if _file_type(path) not in PUBLISHED_TYPES:
        return (
            f"a page names this file, but files of type {_file_type(path) or '(none)'!r} are not published: they could run scripts at the site's address",
            "publish it as an image (" + ", ".join(IMAGE_TYPES) + ") or a document (PDF ...), or link to it where it is hosted",
        )
    return None


def _link_refusal(entry: _Entry, kind: str, target_kind: str, named: set[str]) -> tuple[str, str] | None:
    """A link whose target is not itself a file the site publishes (or, for a source, reads)."""
    target = entry.link_target or ""
    if kind == "source" and target_kind in ("page", "source"):
        return None
    if target_kind == "page" or (target_kind == "other" and target in named):
        return None
    return (
        f"this link leads to {target}, which the site does not publish",
        "put the file itself here instead of a link, or delete the link",
    )


def _unread_project_folders(content_dir: Path, projects: Iterable[Project]) -> set[str]:
    projects_dir = content_dir / PROJECTS_DIR
    read = {project.id for project in projects}
    try:
        folders = {path.name for path in projects_dir.iterdir() if path.is_dir() and not path.is_symlink() and not path.name.startswith((".", "_"))}
    except OSError:
        return set()
    return folders - read


# -- what the content names ------------------------------------------------------------

# Where a text names a file: a Markdown link or image (inline, or a reference
# definition) and an HTML attribute. Each pattern is linear: no nested or
# overlapping repetition.
_INLINE_LINK = re.compile(r"\]\(\s*(?:<([^<>\n]*)>|([^\s()<>]+))")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s<>]+)", re.MULTILINE)
_HTML_ATTRIBUTE = re.compile(r"\b(?:src|href|poster)[ \t]*=[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s\"'<>`=]+))", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LINK_PATTERNS = (("](", _INLINE_LINK), ("]:", _REFERENCE), ("<", _HTML_ATTRIBUTE))
"""Each pattern, after a text it needs to find anything."""


def linked_files(text: str, folder: str) -> set[str]:
    """The local files ``text`` links to, relative to ``content/``; ``folder`` is where its page's links start from."""
    targets: set[str] = set()
    for marker, pattern in _LINK_PATTERNS:
        if marker not in text:  # most texts have no link: skip the scan
            continue
        for match in pattern.finditer(text):
            target = next((group for group in match.groups() if group is not None), "")
            resolved = _resolve(target, folder)
            if resolved:
                targets.add(resolved)
    return targets


def _resolve(target: str, folder: str) -> str | None:
    target = target.split("#", 1)[0].split("?", 1)[0].strip()
    if not target or target.startswith(("/", "\\")) or _SCHEME.match(target):
        return None
    path = posixpath.normpath(posixpath.join(folder, unquote(target)))
    return None if path.startswith("../") or path in ("..", ".") else path


def _strings(value: Any) -> Iterator[str]:
    """Every text in a value of the model (a record or another mapping, a sequence)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)


@dataclass(frozen=True)
class PageText:
    """A page's Markdown and the file it is read from, relative to ``content/``."""

    path: str
    text: str


def named_files(projects: Iterable[Project], pages: Iterable[PageText] = ()) -> set[str]:
    """Every file the content names, relative to ``content/``.

    A project names its image and every file its texts link to (body and
    fields, in every language); a page names every file its text links to.
    What else content comes to name (galleries, logos, documents) is added
    here, and is then published like these.
    """
    named: set[str] = set()
    for project in projects:
        folder = f"{PROJECTS_DIR}/{project.id}"
        if project.facts.image:
            named.add(f"{folder}/{project.facts.image}")
        for texts in project.texts.values():
            for text in _strings(texts):
                named |= linked_files(text, folder)
    for page in pages:
        named |= linked_files(page.text, posixpath.dirname(page.path))
    return named


def unread_link(path: Path, roots: tuple[Path, ...]) -> list[Problem] | None:
    """None if the core may read ``path``; else the problems of a link leading outside ``roots`` (``content/``, ``data/``).

    Such a file is never read: its text could end up quoted in a problem,
    printed in a public build log. A link in ``content/`` is reported by
    :func:`content_files`, as every file there; one in ``data/`` here.
    """
    if not roots or not path.is_symlink():
        return None
    target = os.path.realpath(path)
    real_roots = [os.path.realpath(root) for root in roots]
    if any(target.startswith(root + os.sep) for root in real_roots):
        return None
    parent = os.path.realpath(path.parent)
    if parent == real_roots[0] or parent.startswith(real_roots[0] + os.sep):
        return []
    return [Problem(path, None, "", "this file is a link to a file outside the site's folders, which is not read", "put the file itself here instead of a link")]
