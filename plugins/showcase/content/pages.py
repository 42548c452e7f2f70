"""The editors' own pages (``content/<name>.<lang>.md``, ``content/projects/index.<lang>.md``): their front matter, declared and checked like every other file.

Home, project list, accessibility statement, open data and any page an editor
adds are Markdown files that MkDocs renders; only their front matter is the
site's to check, with the same schema machinery as a project's files, before
anything is built (``showcase check`` and the build alike).

Their front matter is split the way MkDocs splits it (a first line ``---``,
then YAML up to a line ``---`` or ``...``), so what is checked is exactly what
the build reads. A page without front matter is a problem too: MkDocs would
read any ``name: value`` lines at its top as fields, and every page needs a
title.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol

from .blocks import Block, Field
from .fields import Choice, FieldType, Ref, Text, YesNo
from .front_matter import MAX_FILE_LENGTH
from .layout import PROJECTS_DIR
from .problems import Problem
from .publishable import PageText
from .schema import ORGANISATIONS
from .yamlsource import YamlDocument, parse_yaml

PAGE_TEMPLATES = ("main.html", "home.html", "projects.html", "open-data.html", "accessibility.html", "about.html")
"""The templates an editor's page can name; each is a page kind of the site (``site/pages/``)."""

# MkDocs' own (mkdocs.utils.meta.YAML_RE): where the build finds the front matter.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


class _PlainText(Text):
    """Text shown as it is; an e-mail address in it is spelled out by the build (``adapter/page_safety.py``)."""

    def __init__(self, single_line: bool, max_length: int):
        super().__init__(markdown=True, max_length=max_length, single_line=single_line)
        self.expected = "text"


PAGE = Block(
    (
        Field("title", _PlainText(single_line=True, max_length=200), "The page's title: its heading, its name in the navigation and in the browser's tab.", required=True, example="Open data"),
        Field("description", _PlainText(single_line=False, max_length=400), "One or two sentences for search engines and link previews.", example="Every project on this site as open data."),
        Field("template", Choice(PAGE_TEMPLATES), "What the page shows besides its text: home.html (the newest projects), projects.html (every project, with filters), open-data.html (the downloads), accessibility.html (the statement's contact and date), about.html (the publisher's contact); main.html or none: the text alone.", example="open-data.html"),
        Field("organisation", Ref(ORGANISATIONS), "An organisation the page is about (id in data/organisations.yml): search engines get its details.", example="khamoro"),
        Field("robots", Choice(("noindex", "nofollow", "noindex, nofollow")), "noindex: keep the page out of search engines and the sitemap.", example="noindex"),
        Field("sitemap", YesNo(), "false: leave the page out of the sitemap.", example=False),
    ),
    "the front matter of a page (title: and optional description:, template:)",
)
"""Front matter of an editor's page."""


class ContentReader(Protocol):
    """What the loader's reader offers: its problems, reading a file, checking a document against a block."""

    problems: list[Problem]

    def read_text(self, path: Path) -> str | None: ...

    def check(self, document: YamlDocument, problems: list[Problem], block: FieldType) -> Any: ...


def page_files(content_dir: Path) -> list[Path]:
    """The editors' pages: ``content/*.md`` and ``content/projects/index*.md`` (hidden files are not pages)."""
    found = [*content_dir.glob("*.md"), *(content_dir / PROJECTS_DIR).glob("index*.md")]
    return sorted(path for path in found if not path.name.startswith(".") and path.is_file())


def read_pages(reader: ContentReader, content_dir: Path) -> list[PageText]:
    """Check the front matter of every page; returns each page's text, for the files it names."""
    pages = []
    for path in page_files(content_dir):
        text = reader.read_text(path)
        if text is None:
            continue
        if len(text) > MAX_FILE_LENGTH:
            reader.problems.append(Problem(path, None, "", f"the file is {len(text):,} characters long; at most {MAX_FILE_LENGTH:,} are read", "shorten it: a page this long is not read either"))
            continue
        pages.append(PageText(path.relative_to(content_dir).as_posix(), text))
        front = _FRONT_MATTER.match(text)
        if front is None:
            how = "its front matter is never closed" if text.startswith("---") else "it does not start with front matter"
            reader.problems.append(
                Problem(path, 1, "", f"a page needs a title, but {how}", "begin it with a line '---', then 'title: ...', then another line '---'")
            )
            continue
        document, problems = parse_yaml(front.group(1), path, line_offset=1)
        if document.data is None and not problems:
            document.data = {}
        reader.check(document, problems, PAGE)
    return pages
