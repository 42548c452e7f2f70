"""Files generated from the schema for editors: JSON Schemas and the field reference.

``showcase docs`` writes them; a test fails when the committed copies differ from
what this module generates, so the guide and the editors' tools never drift from
:mod:`showcase.schema`.

- ``schema/<name>.schema.json``: the JSON Schemas (:mod:`showcase.jsonschema`), used by
  editors' YAML tools through ``.vscode/settings.json`` and the modelines ``showcase new`` writes;
- the part of ``EDITING.md``, ``EDITING.cs.md`` and ``EDITING.bg.md`` between the
  :data:`BEGIN` and :data:`END` markers: every field, whether it is required, what it
  means (English from the schema, Czech and Bulgarian from :mod:`showcase.schema_i18n`)
  and an example.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from ..content.schema import DATA_FILES, PROJECT_FACTS, PROJECT_TEXTS, Block, Field, KeyedMap, field_reference
from ..content.schema_i18n import FIELD_DESCRIPTIONS
from ..publishing.jsonschema import json_schemas, schema_text

SCHEMA_DIR = "schema"
GUIDES = {"en": "EDITING.md", "cs": "EDITING.cs.md", "bg": "EDITING.bg.md"}
BEGIN = "<!-- BEGIN field reference: generated from plugins/showcase/content/schema.py by `showcase docs`; do not edit by hand -->"
END = "<!-- END field reference -->"

# File kind → (file name as shown, its heading in each language).
_KINDS: dict[str, tuple[str, dict[str, str]]] = {
    "project": (
        "content/projects/<id>/project.yml",
        {"en": "the facts of a project, the same in every language", "cs": "fakta o projektu, stejná ve všech jazycích", "bg": "фактите за проекта, еднакви на всички езици"},
    ),
    "texts": (
        "content/projects/<id>/<language>.md",
        {"en": "the texts of a project in one language (front matter)", "cs": "texty projektu v jednom jazyce (front matter)", "bg": "текстовете на проекта на един език (front matter)"},
    ),
    "organisations": ("data/organisations.yml", {"en": "organisations, by id", "cs": "organizace podle id", "bg": "организации по идентификатор"}),
    "funders": ("data/funders.yml", {"en": "funders and their programmes, by id", "cs": "poskytovatelé podpory a jejich programy podle id", "bg": "финансиращи организации и техните програми по идентификатор"}),
    "topics": ("data/topics.yml", {"en": "topics, by id", "cs": "témata podle id", "bg": "теми по идентификатор"}),
}
_WORDS = {
    "required": {"en": "required", "cs": "povinné", "bg": "задължително"},
    "optional": {"en": "optional", "cs": "nepovinné", "bg": "незадължително"},
}


def _blocks() -> Iterator[tuple[str, Block, str]]:
    yield "project", PROJECT_FACTS, ""
    yield "texts", PROJECT_TEXTS, ""
    for name, field_type in DATA_FILES.items():
        assert isinstance(field_type, KeyedMap) and isinstance(field_type.value, Block)
        yield name, field_type.value, "<id>."


def reference_fields() -> Iterator[tuple[str, str, Field]]:
    """Every field editors write: (file kind, dotted name, field); keys of :data:`FIELD_DESCRIPTIONS`."""
    for kind, block, prefix in _blocks():
        for name, spec in field_reference(block, prefix):
            yield kind, name, spec


def description(kind: str, name: str, spec: Field, language: str) -> str:
    """What the field means, in ``language`` (English is the schema's own)."""
    if language == "en":
        return spec.description
    return FIELD_DESCRIPTIONS[f"{kind}:{name}"][language]


def _example(spec: Field) -> str | None:
    if spec.example is None:
        return None
    text = yaml.safe_dump({spec.name: spec.example}, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False)
    return text.strip().removeprefix("{").removesuffix("}")


def field_reference_markdown(language: str) -> str:
    """The generated field reference in ``language``, without the markers."""
    lines: list[str] = []
    current = None
    for kind, name, spec in reference_fields():
        if kind != current:
            current = kind
            file_name, headings = _KINDS[kind]
            if lines:
                lines.append("")
            lines += [f"### `{file_name}`: {headings[language]}", ""]
        required = _WORDS["required" if spec.required else "optional"][language]
        line = f"- **`{name}`** ({required}): {description(kind, name, spec, language)}"
        example = _example(spec)
        if example:
            line += f" `{example}`"
        lines.append(line)
    return "\n".join(lines) + "\n"


def with_reference(text: str, language: str) -> str:
    """``text`` (a guide) with the part between the markers regenerated; ValueError without markers."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the guide has no {BEGIN!r} … {END!r} markers")
    return text[: start + len(BEGIN)] + "\n\n" + field_reference_markdown(language) + "\n" + text[end:]


def generated_files(root: Path) -> dict[Path, str]:
    """Every generated file under ``root`` and the text it must have."""
    files: dict[Path, str] = {
        root / SCHEMA_DIR / name: schema_text(schema) for name, schema in json_schemas().items()
    }
    for language, guide in GUIDES.items():
        path = root / guide
        if path.is_file():
            files[path] = with_reference(path.read_text(encoding="utf-8"), language)
    return files

