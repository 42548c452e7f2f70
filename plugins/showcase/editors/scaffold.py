"""The files of a new project, every field written out and explained, from the schema.

``project.yml`` and one ``<language>.md`` per language: required fields with a
value that passes the check (the editor replaces it), every optional field
commented out with an example, each with its description from
:mod:`showcase.content.schema` — so the files explain themselves and cannot drift from
what the build accepts. Each starts with a ``yaml-language-server`` modeline
pointing at the JSON Schema, for editors that complete and check YAML.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..content.blocks import Block, Field, shape
from ..content.loader import FACTS_FILE, PROJECTS_DIR
from ..content.schema import PROJECT_FACTS, PROJECT_TEXTS, SLUG_RE
from ..paths import SCHEMA_DIR

COMMENT_COLUMN = 40


MAX_SLUG_LENGTH = 100
"""Characters of a project id: it is a folder name (at most 255 bytes) and a part of every address of the project."""


def slug_problem(slug: str) -> str | None:
    """Why ``slug`` cannot be a project id, or None if it can."""
    if len(slug) > MAX_SLUG_LENGTH:
        return f"the project id is {len(slug)} characters long; at most {MAX_SLUG_LENGTH} are allowed: choose a shorter one (it becomes the page address)"
    if not re.fullmatch(SLUG_RE, slug):
        return f"{slug!r} is not a valid project id: use lowercase letters, digits and single hyphens, like 'green-schools' (it becomes the page address)"
    return None


def _flow(value: Any) -> str:
    """A value as one line of YAML."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False).strip()
    return text.removesuffix("\n...").removesuffix("...").strip()


def _line(indent: int, text: str, comment: str, commented: bool) -> str:
    line = ("# " if commented else "") + " " * indent + text
    return f"{line.ljust(COMMENT_COLUMN - 1)} # {comment}" if comment else line


def _describe(spec: Field, required: bool) -> str:
    return ("required: " if required else "") + spec.description


def _field_lines(spec: Field, value: Any, indent: int, commented: bool, required: bool = False) -> list[str]:
    """Lines of YAML for ``spec`` holding ``value``, with descriptions as comments."""
    nested = shape(spec.type)
    kind, inner = nested.container, nested.block
    comment = _describe(spec, required)
    if inner is not None and isinstance(value, (dict, list)):
        lines = [_line(indent, f"{spec.name}:", comment, commented)]
        entries = value if isinstance(value, list) else [value]
        if kind == "map" and isinstance(value, dict):
            for key, item in value.items():
                lines.append(_line(indent + 2, f"{key}:", "an id of your choice", commented))
                lines += _block_lines(inner, item, indent + 4, commented)
            return lines
        for item in entries:
            if kind == "list":
                block = _block_lines(inner, item, indent + 4, commented)
                # "- " takes the place of the first field's last two spaces of indentation.
                mark = "# " if commented else ""
                block[0] = mark + " " * (indent + 2) + "- " + block[0].removeprefix(mark + " " * (indent + 4))
                lines += block
            else:
                lines += _block_lines(inner, item, indent + 2, commented)
        return lines
    return [_line(indent, f"{spec.name}: {_flow(value)}", comment, commented)]


def _block_lines(block: Block, value: dict[str, Any], indent: int, commented: bool) -> list[str]:
    lines: list[str] = []
    for spec in block.fields:
        if spec.name in value:
            lines += _field_lines(spec, value[spec.name], indent, commented)
    return lines


def _example(spec: Field) -> Any:
    """The field's example, or one built from its subfields' examples."""
    if spec.example is not None:
        return spec.example
    nested = shape(spec.type)
    if nested.block is not None:
        item = {sub.name: _example(sub) for sub in nested.block.fields if _example(sub) is not None}
        return [item] if nested.container == "list" else {"my-id": item} if nested.container == "map" else item
    return None


def _modeline(folder: Path, root: Path, schema_file: str) -> str:
    relative = Path(os.path.relpath(root / SCHEMA_DIR / schema_file, folder)).as_posix()
    return f"# yaml-language-server: $schema={relative}"


@dataclass(frozen=True)
class NewProject:
    """What ``showcase new`` needs to know about the site."""

    root: Path
    content_dir: Path
    languages: tuple[str, ...]
    organisations: tuple[str, ...]


def facts_text(site: NewProject, folder: Path, original: str) -> str:
    """The text of a new ``project.yml``."""
    required_values: dict[str, Any] = {
        "original_language": original,
        "organisation": site.organisations[0] if site.organisations else "my-organisation",
        "countries": ["CZ"],
    }
    lines = [
        _modeline(folder, site.root, "project.schema.json"),
        "# The facts of the project, the same in every language. Lines starting with #",
        "# are optional fields: delete the # (and the space after it) to use one.",
        "# Every field is explained in EDITING.md.",
        "",
    ]
    for spec in PROJECT_FACTS.fields:
        if spec.required:
            value = required_values.get(spec.name, spec.example)
            lines += [_line(0, f"{spec.name}: {_flow(value)}", _describe(spec, True), False)]
        else:
            example = _example(spec)
            if example is not None:
                lines += _field_lines(spec, example, 0, True)
    return "\n".join(lines) + "\n"


def texts_text(site: NewProject, folder: Path, language: str, original: str, slug: str) -> str:
    """The text of a new ``<language>.md``: filled in for the original, all commented out otherwise."""
    is_original = language == original
    lines = ["---", _modeline(folder, site.root, "project-texts.schema.json")]
    if is_original:
        lines.append("# The texts of the project in its original language. Lines starting with # are optional.")
    else:
        lines += [
            f"# The translation into {language!r}. Every field is optional: a field left out (or this whole",
            "# file left as it is) shows the original. Delete the # of each field you translate.",
        ]
    title = slug.replace("-", " ").capitalize()
    # Values that pass the check and say what to write; another field required in the original gets its example.
    placeholders = {"title": title, "summary": f"What {title} does, in one or two plain sentences."}
    for spec in PROJECT_TEXTS.fields:
        if is_original and spec.required_in_original:
            value = placeholders.get(spec.name, spec.example)
            comment = "required in the original: " + spec.description.split(". Required")[0].removesuffix(".") + "."
            lines.append(_line(0, f"{spec.name}: {_flow(value)}", comment, False))
        else:
            example = _example(spec)
            if example is not None:
                lines += _field_lines(spec, example, 0, True)
    lines += ["---", ""]
    if is_original:
        lines += ["The story of the project, in Markdown. Use `##` headings for its sections.", ""]
    return "\n".join(lines)


def scaffold(site: NewProject, slug: str, original: str) -> list[Path]:
    """Write the files of project ``slug``; returns them. The folder must not exist."""
    folder = site.content_dir / PROJECTS_DIR / slug
    folder.mkdir(parents=True)
    written = [folder / FACTS_FILE]
    (folder / FACTS_FILE).write_text(facts_text(site, folder, original), encoding="utf-8")
    for language in site.languages:
        path = folder / f"{language}.md"
        path.write_text(texts_text(site, folder, language, original, slug), encoding="utf-8")
        written.append(path)
    return written
