"""The translation status of every project in every language (``showcase status``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..content.history import ContentHistory
from ..content.model import SiteContent

STATES = ("original", "present", "outdated", "missing")
"""``original``: the language the project was written in; ``present``: a translation;
``outdated``: a translation whose original changed in git after it; ``missing``: no file,
or a file with nothing written in it yet."""


def translation_status(site: SiteContent, history: ContentHistory, root: Path) -> list[dict[str, Any]]:
    """One entry per project: its id, original language, and per language its state and dates.

    Dates (``last_change``) are the days of the last commit of each file, None when
    unknown (no git history, never committed, or changed since the last commit).
    """
    rows = []
    for project in site.projects:
        original = project.facts.original_language
        original_change = history.last_change(project.original.source)
        languages: dict[str, dict[str, Any]] = {}
        for language in site.languages:
            texts = project.texts.get(language)
            if texts is None or texts.is_empty:
                languages[language] = {"state": "missing", "file": None, "last_change": None}
                continue
            change = history.last_change(texts.source)
            if language == original:
                state = "original"
            elif history.is_outdated(project, language):
                state = "outdated"
            else:
                state = "present"
            entry: dict[str, Any] = {
                "state": state,
                "file": texts.source.resolve().relative_to(root.resolve()).as_posix(),
                "last_change": change.date.isoformat() if change else None,
            }
            if state == "outdated" and original_change is not None:
                entry["original_last_change"] = original_change.date.isoformat()
            languages[language] = entry
        rows.append({"id": project.id, "original_language": original, "languages": languages})
    return rows
