"""Sveltia CMS at ``/admin/``: its configuration, generated from the schema.

Browser editing for people who do not use git: everything an editor does in
the repository can be done here. The forms come from the schema's walk
(:mod:`showcase.content.schema`, :mod:`showcase.content.documents`), each
field's widget from its type (:class:`_Widgets`), so a field added to the
schema is in the forms with no edit here.

- **Project facts**: every ``content/projects/<id>/project.yml``, an entry
  collection that creates projects: the editor types the id, which becomes
  the folder (``path: {{slug}}/project``). A new project starts as a draft.
  Its image is stored in the project's folder.
- **Project texts**: the language files ``project.<language>.md`` of the same
  folders, the three languages side by side (Sveltia's ``multiple_files``
  i18n structure, which is why the files have that name:
  :mod:`showcase.content.layout`). Creating a project's texts with the same id
  as its facts completes it. The first column is the site's default
  language: Sveltia has one default locale per collection, so the fields
  required in a project's original language are not marked required here;
  the check says when the original lacks one.
- **Organisations, funders and topics** (``data/*.yml``), each a list of
  entries with their ids, names in every language side by side.
- **Interface strings**: ``data/ui/{{locale}}.yml``, all languages side by side.

Entries under chosen ids are written as lists of ``- id: ...`` entries
(contacts, figures, indicators, events, the data files), the form Sveltia edits; a name for every
language is one text per language. Empty optional fields are left out of the
files (``omit_empty_optional_fields``), as the check wants them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from ..content.blocks import Block, Field, KeyedMap, ListOf
from ..content.documents import DATA_FILES, UI_STRINGS, ui_keys
from ..content.fields import (
    COUNTRIES,
    SLUG_RE,
    Choice,
    CountryCode,
    DateValue,
    Email,
    ImageFile,
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
from ..content.layout import PROJECTS_DIR, TEXTS_STEM
from ..content.media_fields import DocumentFile
from ..content.model import SiteContent
from ..content.quantities import CURRENCIES, CurrencyCode, Number
from ..content.schema import FUNDERS, ORGANISATIONS, PROJECT_FACTS, PROJECT_TEXTS, TOPICS
from ..content.ui_placeholders import UiText
from ..content.visitor import FieldVisitor
from .redact import redact_data

ADMIN_DIR = "admin"
SVELTIA_SCRIPT = "sveltia-cms.js"
FACTS_COLLECTION = "projects"
TEXTS_COLLECTION = "texts"
DATA_COLLECTION = "data"
DATA_IMAGES = "images"
"""The folder under data/ where logos and emblems uploaded in the content editor go."""

ADMIN_INDEX_HTML = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Content editor</title>
  </head>
  <body>
    <!-- Sveltia CMS, served from this site (npm @sveltia/cms); it reads config.yml next to this page. -->
    <script src="{SVELTIA_SCRIPT}"></script>
  </body>
</html>
"""

_SLUG_HINT = (
    "The project's id: lowercase letters, digits and hyphens, like green-schools. Type the same id in "
    "Project facts and Project texts: it is the project's folder and its address, /projects/<id>/."
)
_DATA_LABELS = {ORGANISATIONS: "Organisations", FUNDERS: "Funders", TOPICS: "Topics"}


def github_repo(repo_url: str | None) -> str | None:
    """``owner/name`` of a GitHub repository address, or None."""
    if not repo_url:
        return None
    match = re.fullmatch(r"(?:https?://github\.com/|git@github\.com:)([^/\s]+/[^/\s]+?)(?:\.git)?/?", repo_url.strip())
    return match.group(1) if match else None


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _anchored(regex: str) -> str:
    return regex if regex.startswith("^") else f"^(?:{regex})$"


Widget = dict[str, Any]
"""Sveltia's options of one value (``widget`` and the rest)."""


class _Widgets(FieldVisitor[Widget]):
    """Sveltia field definitions for the schema's field types.

    A type with a closed list of values is a ``select`` (a list of them, a
    ``select`` with ``multiple``); an id in ``data/`` is a ``relation`` to the
    data file's entries, so that an organisation added here can be chosen at
    once; patterns are the schema's own.
    """

    def __init__(self, site: SiteContent):
        self.site = site
        english = Locale("en")
        self.countries = [{"label": f"{english.territories[code]} ({code})", "value": code} for code in COUNTRIES]
        self.currencies = [{"label": f"{english.currencies.get(code, code)} ({code})", "value": code} for code in CURRENCIES]

    def text(self, field_type: Text) -> Widget:
        if field_type.markdown:
            return {"widget": "markdown"}
        return {"widget": "string" if field_type.single_line else "text"}

    def integer(self, field_type: Integer) -> Widget:
        return {"widget": "number", "value_type": "int", "min": field_type.minimum}

    def boolean(self, field_type: YesNo) -> Widget:
        return {"widget": "boolean"}

    def number(self, field_type: Number) -> Widget:
        widget: dict[str, Any] = {"widget": "number", "value_type": "float"}
        if field_type.minimum is not None:
            widget["min"] = float(field_type.minimum)
        if field_type.maximum is not None:
            widget["max"] = float(field_type.maximum)
        return widget

    def pattern(self, field_type: Pattern) -> Widget:
        return {"widget": "string", "pattern": [_anchored(field_type.regex.pattern), field_type.expected]}

    def image(self, field_type: ImageFile) -> Widget:
        if field_type.where == "data":
            # Logos and emblems: uploaded to data/images/, written as the path under data/ the check wants.
            return {"widget": "image", "choose_url": False, "media_folder": f"/data/{DATA_IMAGES}", "public_folder": DATA_IMAGES}
        # Stored next to the entry (the project's folder), written as the bare file name.
        return {"widget": "image", "choose_url": False, "media_folder": "", "public_folder": ""}

    def document(self, field_type: DocumentFile) -> Widget:
        # A report or a brochure, stored next to project.yml like the project's images.
        return {"widget": "file", "choose_url": False, "media_folder": "", "public_folder": ""}

    def email(self, field_type: Email) -> Widget:
        return {"widget": "string", "type": "email"}

    def phone(self, field_type: PhoneNumber) -> Widget:
        return {"widget": "string", "pattern": [field_type.editor_pattern, field_type.expected]}

    def url(self, field_type: Url) -> Widget:
        return {"widget": "string", "type": "url", "pattern": [field_type.editor_pattern, field_type.expected]}

    def date(self, field_type: DateValue) -> Widget:
        return {"widget": "string", "pattern": [field_type.editor_pattern, field_type.editor_hint]}

    def choice(self, field_type: Choice) -> Widget:
        return {"widget": "select", "options": list(field_type.options(None))}

    def language(self, field_type: LanguageCode) -> Widget:
        # The site's languages, or any language (a document's): each named in English, as Sveltia's other choices.
        codes = field_type.options(None)  # () for the site's languages: they depend on the site
        if not codes:
            return {"widget": "select", "options": list(self.site.languages)}
        names = Locale("en").languages
        return {"widget": "select", "options": [{"label": f"{names.get(code, code)} ({code})", "value": code} for code in codes]}

    def currency(self, field_type: CurrencyCode) -> Widget:
        return {"widget": "select", "options": self.currencies}

    def country(self, field_type: CountryCode) -> Widget:
        return {"widget": "select", "options": self.countries}

    def ref(self, field_type: Ref) -> Widget:
        name = field_type.collection
        entries = f"{name}.*"
        return {
            "widget": "relation",
            "collection": DATA_COLLECTION,
            "file": name,
            "value_field": f"{entries}.id",
            "search_fields": [f"{entries}.id", *(f"{entries}.name.{language}" for language in self.site.languages)],
            "display_fields": [f"{entries}.name.en", f"{entries}.id"],
        }

    def _per_language(self) -> Widget:
        """One optional text per language of the site, each labelled with the language's English name."""
        names = Locale("en").languages
        fields = [{"name": language, "label": names.get(language, language), "widget": "string", "required": False} for language in self.site.languages]
        return {"widget": "object", "fields": fields}

    def localized_text(self, field_type: LocalizedText) -> Widget:
        return self._per_language()

    def language_names(self, field_type: LanguageNames) -> Widget:
        # A language left empty uses the name written for all.
        return self._per_language()

    def ui_text(self, field_type: UiText) -> Widget:
        return {"widget": "string"}

    def list_of(self, field_type: ListOf) -> Widget:
        item = field_type.item.accept(self)
        if item["widget"] in ("select", "relation"):
            return {**item, "multiple": True}
        if item["widget"] == "object":
            return {"widget": "list", "fields": item["fields"]}
        return {"widget": "list", "field": {"name": "item", "label": "Item", **item}}

    def block(self, field_type: Block) -> Widget:
        return {"widget": "object", "fields": self.fields(field_type)}

    def keyed_map(self, field_type: KeyedMap) -> Widget:
        if field_type.listed:
            entry = self.fields(field_type.entry)
            return {"widget": "list", "fields": entry, "summary": "{{fields.id}}"}
        # A mapping of ids to texts (labels, links): Sveltia's key-value table.
        return {"widget": "keyvalue", "key_label": "Id", "value_label": "Text"}

    def field(self, spec: Field, **extra: Any) -> dict[str, Any]:
        widget = spec.type.accept(self)
        return {"name": spec.name, "label": _label(spec.name), **widget, "required": spec.required, "hint": spec.description, **extra}

    def fields(self, block: Block, **extra: Any) -> list[dict[str, Any]]:
        return [self.field(spec, **extra) for spec in block.fields]


def _slug() -> dict[str, Any]:
    return {"editable": ["create"], "hint": _SLUG_HINT, "pattern": [f"^{SLUG_RE}$", "lowercase letters, digits and single hyphens"]}


def _project_facts(widgets: _Widgets) -> dict[str, Any]:
    fields = widgets.fields(PROJECT_FACTS)
    for definition in fields:
        if definition["name"] == "draft":
            # A project made here starts as a draft: saved and checked, published once the box is cleared.
            definition.update(default=True, required=False)
    return {
        "name": FACTS_COLLECTION,
        "label": "Project facts",
        "label_singular": "Project",
        "description": "project.yml of each project: the same in every language. A new project: create it here "
        "with its id, then its texts (Project texts) with the same id. It stays a draft, unpublished, until 'Draft' is cleared.",
        "folder": f"content/{PROJECTS_DIR}",
        "path": "{{slug}}/" + TEXTS_STEM,
        "extension": "yml",
        "format": "yml",
        "create": True,
        "slug": _slug(),
        "summary": "{{slug}}",
        "fields": fields,
    }


def _project_texts(widgets: _Widgets) -> dict[str, Any]:
    fields = widgets.fields(PROJECT_TEXTS, i18n=True)
    for definition in fields:
        spec = PROJECT_TEXTS.by_name[definition["name"]]
        # Required in the original's file only, and Sveltia has one default locale per collection.
        definition["required"] = False
        if spec.required_in_original:
            definition["hint"] = spec.description
    fields.append({"name": "body", "label": "Story", "widget": "markdown", "required": False, "i18n": True, "hint": "The story of the project, in Markdown; use ## headings for its sections."})
    return {
        "name": TEXTS_COLLECTION,
        "label": "Project texts",
        "label_singular": "Project texts",
        "description": "The texts of each project, all languages side by side (project.<language>.md). A language "
        "left empty shows the original. The title and the summary are required in the project's original language.",
        "folder": f"content/{PROJECTS_DIR}",
        "path": "{{slug}}/" + TEXTS_STEM,
        "extension": "md",
        "format": "frontmatter",
        "i18n": True,
        "create": True,
        "slug": _slug(),
        "summary": "{{title}} ({{slug}})",
        "fields": fields,
    }


def _data_files(widgets: _Widgets) -> dict[str, Any]:
    files = []
    for name, field_type in DATA_FILES.items():
        entries = widgets.field(Field(name, field_type, f"Every entry of data/{name}.yml, each with its id."))
        entries.update(label=_DATA_LABELS.get(name, _label(name)), root=True)
        files.append({"name": name, "label": _DATA_LABELS.get(name, _label(name)), "file": f"data/{name}.yml", "format": "yml", "fields": [entries]})
    return {
        "name": DATA_COLLECTION,
        "label": "Organisations, funders, topics",
        "description": "The entries projects refer to by id. Names in each language side by side.",
        "files": files,
    }


def _ui_strings(widgets: _Widgets, site: SiteContent) -> dict[str, Any]:
    fields = []
    types = UI_STRINGS.by_name
    for key, description in ui_keys():
        field: dict[str, Any] = {"name": key, "label": key, "required": True, "hint": description, "i18n": True}
        if not isinstance(types[key].type, UiText):
            widget: Widget = types[key].type.accept(widgets)
            field.update(widget)
        elif any(isinstance(site.ui[language].get(key), dict) for language in site.languages):
            forms = [{"name": form, "label": form, "widget": "string", "required": form == "other"} for form in UiText.forms]
            field.update(widget="object", fields=forms)
        else:
            field["widget"] = "string"
        fields.append(field)
    return {
        "name": "interface",
        "label": "Interface strings",
        "description": "The words of the site itself, all languages side by side.",
        "i18n": True,
        "files": [{"name": "ui", "label": "Interface strings", "file": "data/ui/{{locale}}.yml", "format": "yml", "i18n": True, "fields": fields}],
    }


def cms_config(site: SiteContent, repo: str, branch: str, site_url: str = "") -> dict[str, Any]:
    """The Sveltia CMS configuration (``admin/config.yml``) for ``site``."""
    widgets = _Widgets(site)
    config: dict[str, Any] = {
        "backend": {"name": "github", "repo": repo, "branch": branch},
        "media_folder": "content/assets",
        # The check reads an empty optional field as a mistake; Sveltia would write it as ''.
        "output": {"omit_empty_optional_fields": True},
        "slug": {"encoding": "ascii", "clean_accents": True},
        "i18n": {"structure": "multiple_files", "locales": list(site.languages), "default_locale": site.default_language},
        "collections": [_project_facts(widgets), _project_texts(widgets), _data_files(widgets), _ui_strings(widgets, site)],
    }
    if site_url:
        config["site_url"] = site_url
    return config


def write_admin(target: Path, config: dict[str, Any], sveltia_dist: Path) -> list[Path]:
    """Write ``/admin/`` into ``target``: the page, its configuration and Sveltia's script.

    Sveltia's script and its chunks are copied from the npm package's ``dist``
    (without source maps: 17 MB nobody reading the site needs).
    """
    target.mkdir(parents=True, exist_ok=True)
    written = [target / "index.html", target / "config.yml"]
    (target / "index.html").write_text(ADMIN_INDEX_HTML, encoding="utf-8")
    header = "# Sveltia CMS configuration, generated by the showcase plugin from plugins/showcase/content/schema.py.\n"
    text = yaml.safe_dump(redact_data(config), allow_unicode=True, sort_keys=False, width=120)
    (target / "config.yml").write_text(header + text, encoding="utf-8")
    for source in sorted(sveltia_dist.rglob("*.js")):
        destination = target / source.relative_to(sveltia_dist)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    return written
