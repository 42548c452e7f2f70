"""A project as open data: its JSON record and its CSV row, made from the schema's declarations.

Each field of ``project.yml`` and of the language files is in the record under
its declared key (``Field.export``), as its type says (a :class:`FieldVisitor`):
an id with the names of what it stands for in every language, a date in ISO
form, a block as an object, entries by id as a list with their ids. The CSV
columns are the fields' declared :class:`~showcase.content.blocks.Column`\\ s,
each made from the field's value in the record. E-mail addresses are declared
``Export(json=False)``: they are in no export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..content.blocks import Block, Column, Field, KeyedMap, ListOf, shape
from ..content.documents import DATA_FILES
from ..content.fields import (
    Choice,
    CountryCode,
    DateValue,
    FieldType,
    Flag,
    ImageFile,
    Integer,
    LocalizedText,
    Pattern,
    PhoneNumber,
    Ref,
    Text,
    UiText,
    Url,
)
from ..content.locales import country_name
from ..content.merge import Texts
from ..content.model import Project, SiteContent
from ..content.schema import BODY, PROJECT_FACTS, PROJECT_TEXTS
from ..content.visitor import FieldVisitor
from ..paths import absolute_url, project_image_path

LIST_SEPARATOR = "; "


def _empty(field_type: FieldType) -> Any:
    """A field not written, in JSON: null, [] or {} (entries by id that are blocks are a list: [])."""
    nested = shape(field_type)
    if nested.container == "map":
        return [] if nested.block is not None else {}
    return [] if nested.container == "list" else None


@dataclass(frozen=True)
class _Context:
    site: SiteContent
    project: Project
    site_url: str


def field_json(context: _Context, spec: Field, value: Any, parent: Any = None) -> Any:
    """The JSON value of field ``spec`` holding ``value`` (``parent``: the block it is in)."""
    export = spec.export
    if export.via:
        return _VIAS[export.via](context, value, parent)
    if value is None or value == () or value == {}:
        block = shape(spec.type).block
        if export.null_fields and block is not None:
            return {sub.json_key: None for sub in block.fields if sub.export.json}
        return _empty(spec.type)
    if not export.expand:
        return value
    return spec.type.accept(_Json(context, value))


def block_json(context: _Context, block: Block, record: Any) -> dict[str, Any]:
    return {spec.json_key: field_json(context, spec, record.get(spec.name), record) for spec in block.fields if spec.export.json}


class _Json(FieldVisitor[Any]):
    """One written value as JSON, read from its type."""

    def __init__(self, context: _Context, value: Any):
        self.context = context
        self.value = value

    def text(self, field_type: Text) -> Any:
        return self.value or None

    def integer(self, field_type: Integer) -> Any:
        return self.value

    def flag(self, field_type: Flag) -> Any:
        return self.value

    def pattern(self, field_type: Pattern) -> Any:
        return self.value

    def image(self, field_type: ImageFile) -> Any:
        path = project_image_path(self.context.project)
        return {"file": self.value, "path": path, "url": absolute_url(self.context.site_url, path)}

    def phone(self, field_type: PhoneNumber) -> Any:
        return self.value.text

    def url(self, field_type: Url) -> Any:
        return self.value

    def date(self, field_type: DateValue) -> Any:
        return self.value.iso()

    def choice(self, field_type: Choice) -> Any:
        return self.value

    def country(self, field_type: CountryCode) -> Any:
        return {"code": self.value, "name": {language: country_name(self.value, language) for language in self.context.site.languages}}

    def ref(self, field_type: Ref) -> Any:
        # An entry of data/ with what its declaration exports (a funder: its name, not its programmes).
        entry = self.context.site.collection(field_type.collection)[self.value]
        block = shape(DATA_FILES[field_type.collection]).block
        assert block is not None
        return {"id": self.value, **block_json(self.context, block, entry)}

    def localized_text(self, field_type: LocalizedText) -> Any:
        site = self.context.site
        return {language: self.value.get(language, site.languages) for language in site.languages}

    def ui_text(self, field_type: UiText) -> Any:
        return self.value

    def list_of(self, field_type: ListOf) -> Any:
        return [field_type.item.accept(_Json(self.context, item)) for item in self.value]

    def block(self, field_type: Block) -> Any:
        return block_json(self.context, field_type, self.value)

    def keyed_map(self, field_type: KeyedMap) -> Any:
        if shape(field_type).block is not None:
            # Entries that are blocks (contacts) become a list, each with its id first.
            return [{"id": key, **field_type.value.accept(_Json(self.context, item))} for key, item in self.value.items()]
        return {key: field_type.value.accept(_Json(self.context, item)) for key, item in self.value.items()}


def _programme(context: _Context, programme: Any, funding: Any) -> Any:
    """A funding's programme: an entry of its funder's programmes."""
    if not programme:
        return None
    site = context.site
    entry = site.funders[funding.funder].programmes[programme]
    return {"id": entry.id, "name": {language: entry.name.get(language, site.languages) for language in site.languages}}


_VIAS: dict[str, Callable[[_Context, Any, Any], Any]] = {"programme": _programme}
"""Exports of fields whose type alone does not say how (``Export(via=...)``)."""


def facts_json(site: SiteContent, project: Project, site_url: str) -> dict[str, Any]:
    """Every field of ``project.yml`` the open data holds, by its key, in declaration order."""
    return block_json(_Context(site, project, site_url), PROJECT_FACTS, project.facts)


def texts_json(site: SiteContent, project: Project, texts: Texts) -> dict[str, Any]:
    """Every field of a language file, and the body, as ``texts`` shows them (falling back to the original)."""
    context = _Context(site, project, "")
    values = {spec.json_key: field_json(context, spec, texts.get(spec.name)) for spec in PROJECT_TEXTS.fields if spec.export.json}
    return {**values, BODY: texts.get(BODY) or None}


# -- CSV --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvColumn:
    """A column of the CSV: its name, where it goes, and its cell from a record (and a language)."""

    name: str
    order: int
    per_language: bool
    cell: Callable[[dict[str, Any], str], Any]


def _address(entry: dict[str, Any]) -> str:
    return str(entry["url"] or entry["path"])


SITE_COLUMNS = (
    CsvColumn("id", 0, False, lambda record, _: record["id"]),
    CsvColumn("data_json", 17, False, lambda record, _: _address(record["data"])),
    CsvColumn("text", 0, True, lambda record, language: record["texts"][language]["source"]),
    CsvColumn("url", 4, True, lambda record, language: _address(record["pages"][language])),
)
"""Columns that are no field: the project's id, its addresses, where its text in a language comes from."""


def _field_columns(spec: Field, in_texts: bool) -> list[CsvColumn]:
    declared = spec.export.csv if spec.export.csv is not None else (Column(spec.name, per_language=in_texts),)
    key = spec.json_key
    columns = []
    for column in declared:
        cell = column.cell or (lambda value, _language: value)
        if in_texts:
            read = (lambda c, k: lambda record, language: c(record["texts"][language][k], language))(cell, key)
        else:
            read = (lambda c, k: lambda record, language: c(record[k], language))(cell, key)
        columns.append(CsvColumn(column.name, column.order, column.per_language or in_texts, read))
    return columns


def columns() -> list[CsvColumn]:
    """Every column of the CSV, in order: the site's and the declared ones."""
    fields = [column for spec in PROJECT_FACTS.fields if spec.export.json for column in _field_columns(spec, False)]
    fields += [column for spec in PROJECT_TEXTS.fields if spec.export.json for column in _field_columns(spec, True)]
    return sorted([*SITE_COLUMNS, *fields], key=lambda column: column.order)  # stable: declaration order within an order


def csv_columns(site: SiteContent, declared: list[CsvColumn] | None = None) -> list[str]:
    """Column names: facts first, then each language's columns with a ``_<language>`` suffix."""
    declared = declared or columns()
    names = [c.name for c in declared if not c.per_language]
    return names + [f"{c.name}_{language}" for language in site.languages for c in declared if c.per_language]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = [f"{key}={item}" for key, item in value.items()]
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value if v)
    return str(value)


def csv_row(site: SiteContent, record: dict[str, Any], declared: list[CsvColumn]) -> dict[str, str]:
    """One project's row: every column of :func:`csv_columns`."""
    row = {c.name: _cell(c.cell(record, "")) for c in declared if not c.per_language}
    for language in site.languages:
        row |= {f"{c.name}_{language}": _cell(c.cell(record, language)) for c in declared if c.per_language}
    return row
