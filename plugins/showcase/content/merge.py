"""A translation overlaid on its original, field by field.

Like a Lektor translation: each field of the language's file overlays the
original; what the translation leaves out is taken from the original. Plain
data, for the pages as for the open data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Project, ProjectTexts
from .schema import text_fields


@dataclass(frozen=True)
class Texts:
    """The texts of a project in one language, falling back field by field to the original."""

    project: Project
    language: str

    @property
    def translation(self) -> ProjectTexts | None:
        """The file of this language; None if there is none or nothing is written in it yet."""
        translation = self.project.texts.get(self.language)
        return None if translation is None or translation.is_empty else translation

    def source(self, name: str) -> ProjectTexts:
        """The file that provides field ``name`` for this language."""
        translation = self.translation
        if translation is not None and translation.has(name):
            return translation
        return self.project.original

    def get(self, name: str) -> Any:
        """The value of field ``name`` (or ``body``) this language shows."""
        return self.source(name).get(name)

    def language_of(self, name: str) -> str:
        return self.source(name).language

    @property
    def is_fallback(self) -> bool:
        """No file in this language: the whole page shows the original."""
        return self.translation is None

    @property
    def missing_fields(self) -> tuple[str, ...]:
        """Fields the original has and an existing translation lacks."""
        if self.translation is None or self.language == self.project.facts.original_language:
            return ()
        return tuple(
            name for name in text_fields() if self.project.original.has(name) and not self.translation.has(name)
        )
