"""JSON Schemas of the content files, generated from :mod:`showcase.schema`.

One schema per kind of file editors write. Editors' tools (yaml-language-server
in VS Code, Sveltia CMS) and the published open data use these; the build's own
validation uses :mod:`showcase.schema` directly, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..content.schema import DATA_FILES, PROJECT_FACTS, PROJECT_TEXTS, UI_STRINGS, FieldType

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# File name of each schema → (title, what it describes, the schema type).
_SCHEMAS: dict[str, tuple[str, str, FieldType]] = {
    "project.schema.json": (
        "Project facts",
        "content/projects/<id>/project.yml: the facts of a project, the same in every language.",
        PROJECT_FACTS,
    ),
    "project-texts.schema.json": (
        "Project texts",
        "The front matter of content/projects/<id>/<language>.md: the texts of a project in one language.",
        PROJECT_TEXTS,
    ),
    **{
        f"{name}.schema.json": (name.capitalize(), f"data/{name}.yml: {name} that projects refer to by id.", field_type)
        for name, field_type in DATA_FILES.items()
    },
    "ui.schema.json": ("Interface strings", "data/ui/<language>.yml: the interface strings of one language.", UI_STRINGS),
}

SCHEMA_FILES: tuple[str, ...] = tuple(_SCHEMAS)
"""File names of the generated schemas, e.g. ``project.schema.json``."""


def json_schema(file_name: str, base_url: str = "") -> dict[str, Any]:
    """The JSON Schema called ``file_name`` (one of :data:`SCHEMA_FILES`).

    ``base_url``, when given, makes ``$id`` the absolute address the schema is
    published at (``<base_url><file_name>``).
    """
    title, description, field_type = _SCHEMAS[file_name]
    schema: dict[str, Any] = {"$schema": DRAFT}
    if base_url:
        schema["$id"] = base_url.rstrip("/") + "/" + file_name
    schema.update({"title": title, "description": description})
    schema.update(field_type.json_schema())
    return schema


def json_schemas(base_url: str = "") -> dict[str, dict[str, Any]]:
    """Every schema, by file name."""
    return {name: json_schema(name, base_url) for name in SCHEMA_FILES}


def schema_text(schema: dict[str, Any]) -> str:
    """The text a schema file holds: stable key order, UTF-8, final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_json_schemas(directory: Path, base_url: str = "") -> list[Path]:
    """Write every schema into ``directory``; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas(base_url).items():
        path = directory / name
        path.write_text(schema_text(schema), encoding="utf-8")
        written.append(path)
    return written
