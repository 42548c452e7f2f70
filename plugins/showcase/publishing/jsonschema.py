"""JSON Schemas of the content files, generated from the schema's declarations.

One schema per kind of file editors write (:data:`showcase.content.documents.DOCUMENTS`).
Editors' tools (yaml-language-server in VS Code, Sveltia CMS) and the published
open data use these; the build's own validation uses the declarations directly,
so the two cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from ..content.blocks import Block, KeyedMap, ListOf
from ..content.documents import DOCUMENTS
from ..content.fields import (
    COUNTRIES,
    SLUG_RE,
    Choice,
    CountryCode,
    DateValue,
    Email,
    Integer,
    LanguageCode,
    LocalizedText,
    Pattern,
    PhoneNumber,
    Ref,
    Text,
    Url,
    YesNo,
)
from ..content.geography import LanguageNames
from ..content.quantities import CurrencyCode, Number
from ..content.ui_placeholders import UiText
from ..content.visitor import FieldVisitor

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_ID_PATTERN = f"^{SLUG_RE}$"


class _JsonSchema(FieldVisitor[dict[str, Any]]):
    """The JSON Schema of one field type."""

    def text(self, field_type: Text) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "minLength": 1}
        if field_type.max_length:
            schema["maxLength"] = field_type.max_length
        return schema

    def integer(self, field_type: Integer) -> dict[str, Any]:
        return {"type": "integer", "minimum": field_type.minimum}

    def boolean(self, field_type: YesNo) -> dict[str, Any]:
        return {"type": "boolean"}

    def number(self, field_type: Number) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "number"}
        if field_type.minimum is not None:
            schema["minimum"] = int(field_type.minimum) if field_type.minimum == int(field_type.minimum) else float(field_type.minimum)
        if field_type.maximum is not None:
            schema["maximum"] = int(field_type.maximum) if field_type.maximum == int(field_type.maximum) else float(field_type.maximum)
        return schema

    def pattern(self, field_type: Pattern) -> dict[str, Any]:
        # JSON Schema's patterns match anywhere in the text; the check matches the whole of it.
        return {"type": "string", "pattern": f"^(?:{field_type.regex.pattern})$"}

    def email(self, field_type: Email) -> dict[str, Any]:
        return {"type": "string", "format": "email"}

    def phone(self, field_type: PhoneNumber) -> dict[str, Any]:
        return {"type": "string", "pattern": field_type.editor_pattern}

    def url(self, field_type: Url) -> dict[str, Any]:
        return {"type": "string", "format": "uri", "pattern": field_type.editor_pattern}

    def date(self, field_type: DateValue) -> dict[str, Any]:
        return {"type": ["string", "integer"], "pattern": field_type.editor_pattern, "description": field_type.expected}

    def choice(self, field_type: Choice) -> dict[str, Any]:
        options = field_type.options(None)
        return {"type": "string", "enum": list(options)} if options else {"type": "string"}

    def language(self, field_type: LanguageCode) -> dict[str, Any]:
        return {"type": "string", "pattern": field_type.editor_pattern}

    def currency(self, field_type: CurrencyCode) -> dict[str, Any]:
        return {"type": "string", "enum": list(field_type.options(None))}

    def country(self, field_type: CountryCode) -> dict[str, Any]:
        return {"type": "string", "enum": list(COUNTRIES)}

    def ref(self, field_type: Ref) -> dict[str, Any]:
        return {"type": "string", "pattern": _ID_PATTERN}

    def localized_text(self, field_type: LocalizedText) -> dict[str, Any]:
        return {
            "oneOf": [
                {"type": "string", "minLength": 1},
                {"type": "object", "propertyNames": {"pattern": LanguageCode.editor_pattern}, "additionalProperties": {"type": "string"}},
            ]
        }

    def language_names(self, field_type: LanguageNames) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": LanguageCode.editor_pattern},
            "additionalProperties": {"type": "string", "minLength": 1},
        }

    def ui_text(self, field_type: UiText) -> dict[str, Any]:
        return {"oneOf": [{"type": "string"}, {"type": "object", "required": ["other"]}]}

    def list_of(self, field_type: ListOf) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": field_type.item.accept(self)}
        if field_type.min_items:
            schema["minItems"] = field_type.min_items
        if field_type.unique:
            schema["uniqueItems"] = True
        return schema

    def block(self, field_type: Block) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "additionalProperties": False,
            "properties": {f.name: self._described(f.type.accept(self), f.description) for f in field_type.fields},
        }
        required = [f.name for f in field_type.fields if f.required]
        if required:
            schema["required"] = required
        return schema

    @staticmethod
    def _described(schema: dict[str, Any], description: str) -> dict[str, Any]:
        return {**schema, "description": description}

    def keyed_map(self, field_type: KeyedMap) -> dict[str, Any]:
        if field_type.listed:
            return field_type.written.accept(self)
        names = field_type.keys.accept(self) if field_type.keys is not None else {"pattern": _ID_PATTERN}
        return {"type": "object", "propertyNames": names, "additionalProperties": field_type.value.accept(self)}


_DOCUMENTS = {document.schema_file: document for document in DOCUMENTS}

SCHEMA_FILES: tuple[str, ...] = tuple(_DOCUMENTS)
"""File names of the generated schemas, e.g. ``project.schema.json``."""


def json_schema(file_name: str, base_url: str = "") -> dict[str, Any]:
    """The JSON Schema called ``file_name`` (one of :data:`SCHEMA_FILES`).

    ``base_url``, when given, makes ``$id`` the absolute address the schema is
    published at (``<base_url><file_name>``).
    """
    document = _DOCUMENTS[file_name]
    schema: dict[str, Any] = {"$schema": DRAFT}
    if base_url:
        schema["$id"] = base_url.rstrip("/") + "/" + file_name
    schema.update({"title": document.title, "description": document.description})
    body: dict[str, Any] = document.type.accept(_JsonSchema())
    schema.update(body)
    return schema


def json_schemas(base_url: str = "") -> dict[str, dict[str, Any]]:
    """Every schema, by file name."""
    return {name: json_schema(name, base_url) for name in SCHEMA_FILES}


def schema_text(schema: dict[str, Any]) -> str:
    """The text a schema file holds: stable key order, UTF-8, final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
