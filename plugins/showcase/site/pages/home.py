"""The home page (``home.html``): the editors' text, then the newest projects (``showcase.cards``)."""

from __future__ import annotations

from .markdown import MarkdownKind


class HomeKind(MarkdownKind):
    """The home page of each language."""

    template = "home.html"
    keeps_toc = False
