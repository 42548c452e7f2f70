"""The list of all projects (``projects.html``): the editors' text, the filters and every card.

All it needs is the language's ``showcase`` (cards, filters, browse links).
"""

from __future__ import annotations

from .markdown import MarkdownKind


class ProjectListKind(MarkdownKind):
    """The project list of each language."""

    template = "projects.html"
    keeps_toc = False
