"""Where a project's files are: the names every tool shares, defined once.

A project is a folder ``content/projects/<id>/`` holding ``project.yml`` (its
facts) and one ``project.<language>.md`` per language (its texts). The language
files carry the language in their name the way Sveltia CMS writes a
translated entry (its i18n ``multiple_files`` structure, ``<path>.<locale>.md``):
the content editor can then create a project, folder and language files at
once, with the languages side by side. Until the layout changed they were
named ``<language>.md``; :func:`former_texts_language` recognises that name so
that the check can say how to fix it (``showcase migrate``).
"""

from __future__ import annotations

import re

PROJECTS_DIR = "projects"
"""The folder of the projects, in the content folder."""
FACTS_FILE = "project.yml"
"""A project's facts, the same in every language."""
TEXTS_STEM = "project"
"""The name a project's language files share: ``project.<language>.md``."""

_TEXTS_FILE = re.compile(rf"{TEXTS_STEM}\.([a-z]{{2}})\.md")
_FORMER_TEXTS_FILE = re.compile(r"([a-z]{2})\.md")


def texts_file(language: str) -> str:
    """The file name of a project's texts in ``language``: ``project.cs.md``."""
    return f"{TEXTS_STEM}.{language}.md"


def texts_language(name: str) -> str | None:
    """The language of a language file called ``name``, or None if it is not one."""
    match = _TEXTS_FILE.fullmatch(name)
    return match.group(1) if match else None


def former_texts_language(name: str) -> str | None:
    """The language of a file named the way language files were before (``cs.md``), or None."""
    match = _FORMER_TEXTS_FILE.fullmatch(name)
    return match.group(1) if match else None
