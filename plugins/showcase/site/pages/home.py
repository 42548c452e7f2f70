"""The home page (``home.html``): the editors' text, then the newest projects."""

from __future__ import annotations

from typing import Any

from .kind import Shown
from .markdown import MarkdownKind

LATEST = 6
"""How many of the newest projects the home page shows."""


class HomeKind(MarkdownKind):
    """The home page of each language."""

    template = "home.html"

    def shows(self, language: str) -> Shown:
        """The newest projects, and how many there are in all."""
        cards = self.pages.catalogue.cards(language)
        return Shown(tuple(card.id for card in cards[:LATEST]), len(cards))

    def context(self, language: str) -> dict[str, Any]:
        return {"latest_projects": self.pages.catalogue.cards(language)[:LATEST]}
