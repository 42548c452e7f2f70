"""The home page (``home.html``): the editors' text, the site in numbers, the map of all projects, the newest projects, ways in."""

from __future__ import annotations

from typing import Any

from .kind import EVERY_PROJECT, Shown
from .markdown import MarkdownKind

LATEST = 6
"""How many of the newest projects the home page shows."""


class HomeKind(MarkdownKind):
    """The home page of each language."""

    template = "home.html"
    keeps_toc = False

    def shows(self, language: str) -> Shown:
        """Every project: the figures, the sums awarded, the map and the ways in count or place them all (and the newest are among them)."""
        return EVERY_PROJECT

    def context(self, language: str) -> dict[str, Any]:
        return {"latest_projects": self.pages.catalogue.cards(language)[:LATEST]}
