"""What the key facts box is made of: a :class:`Fact` (a labelled row) and what it needs of a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from markupsafe import Markup

from ..content.merge import Texts
from ..content.model import Project, SiteContent
from .localize import Localizer


@dataclass(frozen=True)
class Fact:
    key: str
    label: str
    values: tuple[Markup, ...]
    lang: str | None = None
    paths: tuple[str | None, ...] = ()
    """Site-relative address each value links to (facet pages), if any."""
    inline: bool = False
    """Several values read as one line ("Czechia, Slovakia")."""
    notes: tuple[Markup | None, ...] = ()
    """What follows each value, outside its link (a funder's amount, a partner's country), if anything."""
    mark: Markup = Markup("")
    """A value of a translation shown in the original's language: its visible mark ("in Bulgarian")."""

    @property
    def linked(self) -> tuple[tuple[Markup, str | None], ...]:
        """(value, path or None) pairs, for templates."""
        return tuple((value, self.paths[i] if i < len(self.paths) else None) for i, value in enumerate(self.values))

    @property
    def items(self) -> tuple[tuple[Markup, str | None, Markup | None], ...]:
        """(value, path or None, note or None) triples, for templates."""
        return tuple((value, path, self.notes[i] if i < len(self.notes) else None) for i, (value, path) in enumerate(self.linked))


class ProjectView(Protocol):
    """What the facts and sections need of a project page's view."""

    site: SiteContent
    project: Project
    language: str
    l10n: Localizer
    texts: Texts

    def lang_of(self, name: str) -> str | None: ...

    def mark(self, name: str) -> Markup: ...

    def markdown(self, text: str, inline: bool = True) -> Markup: ...
