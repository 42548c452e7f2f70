"""Files generated from the schema for editors: JSON Schemas and the field reference.

``showcase docs`` writes them; a test fails when the committed copies differ from
what this module generates, so the guide and the editors' tools never drift from
the schema (:mod:`showcase.content.schema`, :mod:`showcase.content.documents`).

- ``schema/<name>.schema.json``: the JSON Schemas (:mod:`showcase.publishing.jsonschema`), used by
  editors' YAML tools through ``.vscode/settings.json`` and the modelines ``showcase new`` writes;
- the part of ``EDITING.md``, ``EDITING.cs.md`` and ``EDITING.bg.md`` between the
  :data:`BEGIN` and :data:`END` markers: every field, whether it is required, what it
  means (each field's description in that language, from its declaration) and an
  example.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from ..content.blocks import Field, walk
from ..content.documents import DOCUMENTS
from ..paths import SCHEMA_DIR
from ..publishing.jsonschema import json_schemas, schema_text

GUIDES = {"en": "EDITING.md", "cs": "EDITING.cs.md", "bg": "EDITING.bg.md"}
BEGIN = "<!-- BEGIN field reference: generated from plugins/showcase/content/schema.py by `showcase docs`; do not edit by hand -->"
END = "<!-- END field reference -->"
_WORDS = {
    "required": {"en": "required", "cs": "povinné", "bg": "задължително"},
    "optional": {"en": "optional", "cs": "nepovinné", "bg": "незадължително"},
}


def reference_fields() -> Iterator[tuple[str, str, Field]]:
    """Every field editors write: (file kind, dotted name, field), file by file."""
    for document in DOCUMENTS:
        if document.in_reference:
            for name, spec in walk(document.type):
                yield document.kind, name, spec


def _example(spec: Field) -> str | None:
    if spec.example is None:
        return None
    text = yaml.safe_dump({spec.name: spec.example}, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False)
    return text.strip().removeprefix("{").removesuffix("}")


def field_reference_markdown(language: str) -> str:
    """The generated field reference in ``language``, without the markers."""
    lines: list[str] = []
    current = None
    documents = {document.kind: document for document in DOCUMENTS}
    for kind, name, spec in reference_fields():
        if kind != current:
            current = kind
            if lines:
                lines.append("")
            lines += [f"### `{documents[kind].path}`: {documents[kind].headings[language]}", ""]
        required = _WORDS["required" if spec.required else "optional"][language]
        line = f"- **`{name}`** ({required}): {spec.descriptions[language]}"
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

