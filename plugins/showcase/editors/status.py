"""The translation status of every project in every language (``showcase status``), field by field.

For each translation: its state, the day it last changed, the fields it lacks
(the original has them, the translation does not: the page shows the
original's, marked) and, when the original changed after it, the fields whose
original text changed since the translation was last committed (read from
git: the original as it was then, compared with the original now).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ..content.front_matter import split_front_matter
from ..content.history import ContentHistory
from ..content.merge import Texts
from ..content.model import Project, SiteContent
from ..content.schema import BODY, text_fields

STATES = ("original", "present", "outdated", "missing")
"""``original``: the language the project was written in; ``present``: a translation;
``outdated``: a translation whose original changed in git after it; ``missing``: no file,
or a file with nothing written in it yet."""


def _fields_of(text: str | None) -> dict[str, Any] | None:
    """The fields of a language file's text as written (front matter and body), or None if unreadable."""
    if text is None:
        return None
    split = split_front_matter(text.lstrip("\ufeff"), Path("."))
    if not isinstance(split, tuple):
        return None
    front, body, _ = split
    try:
        data = yaml.safe_load(front)
    except yaml.YAMLError:
        return None
    fields = dict(data) if isinstance(data, dict) else {}
    fields[BODY] = body.strip()
    return fields


def outdated_fields(project: Project, language: str, history: ContentHistory) -> list[str] | None:
    """The translated fields whose original changed after the translation was last committed; None if unknown."""
    translation = project.texts.get(language)
    if translation is None:
        return None
    change = history.last_change(translation.source)
    if change is None:
        return None
    then = _fields_of(history.text_at(project.original.source, change.commit))
    now = _fields_of(project.original.source.read_text(encoding="utf-8"))
    if then is None or now is None:
        return None
    return [name for name in text_fields() if translation.has(name) and then.get(name) != now.get(name)]


def _entry(project: Project, language: str, history: ContentHistory, root: Path) -> dict[str, Any]:
    texts = project.texts.get(language)
    if texts is None or texts.is_empty:
        return {"state": "missing", "file": None, "last_change": None, "missing_fields": [], "outdated_fields": []}
    original = project.facts.original_language
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
        "missing_fields": list(Texts(project, language).missing_fields),
        "outdated_fields": [],
    }
    if state == "outdated":
        original_change = history.last_change(project.original.source)
        if original_change is not None:
            entry["original_last_change"] = original_change.date.isoformat()
        fields = outdated_fields(project, language, history)
        # Unknown (the original's past text unreadable): every translated field may be.
        entry["outdated_fields"] = fields if fields is not None else [name for name in text_fields() if texts.has(name)]
    return entry


def translation_status(site: SiteContent, history: ContentHistory, root: Path) -> list[dict[str, Any]]:
    """One entry per project (drafts too, marked): its id, original language, and per language
    its state, dates, missing and outdated fields.

    Dates (``last_change``) are the days of the last commit of each file, None when
    unknown (no git history, never committed, or changed since the last commit).
    """
    rows = []
    for project in sorted((*site.projects, *site.drafts), key=lambda p: p.id):
        languages = {language: _entry(project, language, history, root) for language in site.languages}
        rows.append({"id": project.id, "draft": project.is_draft, "original_language": project.facts.original_language, "languages": languages})
    return rows


def status_table(rows: list[dict[str, Any]], languages: Sequence[str]) -> list[str]:
    """The projects × languages table of states and dates, then what each translation lacks or must update."""
    header = ["project", *languages]
    body = []
    for row in rows:
        cells = [row["id"] + (" (draft)" if row["draft"] else "")]
        for language in languages:
            entry = row["languages"][language]
            cells.append(entry["state"] + (f" {entry['last_change']}" if entry["last_change"] else ""))
        body.append(cells)
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in [header, *body]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    details = []
    for row in rows:
        for language in languages:
            entry = row["languages"][language]
            parts = []
            if entry["missing_fields"]:
                parts.append("lacks " + ", ".join(entry["missing_fields"]))
            if entry["outdated_fields"]:
                parts.append("original changed in " + ", ".join(entry["outdated_fields"]))
            if parts:
                details.append(f"  {row['id']} {language}: {'; '.join(parts)}")
    if details:
        lines += ["", "Translations to finish:", *details]
    return lines
