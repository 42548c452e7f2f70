"""Sveltia CMS at ``/admin/``: its configuration, generated from the schema and the content.

Browser editing for people who do not use git. The fields come from
:mod:`showcase.content.schema` (the same declaration the build validates against), the
list of projects and the ids editors choose from (organisations, funders,
topics) from the loaded :class:`~showcase.content.model.SiteContent`, so the
configuration is regenerated with every build.

What the configuration offers, and why:

- **Projects**: one entry per project, its language files side by side
  (``content/projects/<id>/{{locale}}.md``, Sveltia's ``{{locale}}`` placeholder in
  a file collection), the original language as the default locale, where the
  title and summary are required;
- **Project facts**: each project's ``project.yml``;
- **Interface strings**: ``data/ui/{{locale}}.yml``, all languages side by side.

Sveltia's collections cannot create a project here: an entry collection cannot
put the language in the file name of a per-project folder (``<id>/en.md``), and
a new project needs its facts and its original text at once. New projects are
started with ``showcase new`` or the GitHub web editor (EDITING.md). Fields
whose values are mappings from editor-chosen ids to blocks or numbers
(``contacts``, ``figures``, ``indicators`` and ``events`` in ``project.yml``, and
``indicators`` and ``events`` in the language files) and the files
``data/organisations.yml``, ``funders.yml`` and ``topics.yml`` (entries keyed by
id) have no Sveltia widget: they are left out of the forms, and Sveltia keeps
such fields unchanged when it saves a file.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from ..content.blocks import Block, Field, KeyedMap, ListOf
from ..content.documents import ui_keys
from ..content.fields import (
    COUNTRIES,
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
from ..content.loader import FACTS_FILE, PROJECTS_DIR
from ..content.model import SiteContent
from ..content.quantities import CURRENCIES, CurrencyCode, Number
from ..content.schema import FUNDERS, ORGANISATIONS, PROJECT_FACTS, PROJECT_TEXTS, TOPICS
from ..content.ui_placeholders import UiText
from ..content.visitor import FieldVisitor
from .redact import redact_data

ADMIN_DIR = "admin"
SVELTIA_SCRIPT = "sveltia-cms.js"

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


Widget = dict[str, Any] | None
"""Sveltia's options of one value (``widget`` and the rest); None when no widget fits."""


class _Widgets(FieldVisitor[Widget]):
    """Sveltia field definitions for the schema's field types, with the site's ids as choices.

    A type with a closed list of values is a ``select`` (a list of them, a
    ``select`` with ``multiple``); patterns are the schema's own.
    """

    def __init__(self, site: SiteContent):
        self.site = site
        english = Locale("en")
        self.choices: dict[str, list[dict[str, str]]] = {
            ORGANISATIONS: [{"label": f"{o.name.get('en', site.languages)} ({k})", "value": k} for k, o in site.organisations.items()],
            FUNDERS: [{"label": f"{f.name.get('en', site.languages)} ({k})", "value": k} for k, f in site.funders.items()],
            TOPICS: [{"label": f"{t.name.get('en', site.languages)} ({k})", "value": k} for k, t in site.topics.items()],
        }
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
        return self.pattern(field_type)

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
        return {"widget": "select", "options": self.choices[field_type.collection]}

    def localized_text(self, field_type: LocalizedText) -> Widget:
        return None

    def language_names(self, field_type: LanguageNames) -> Widget:
        # One optional text per language: a language left empty uses the name written for all.
        fields = [{"name": language, "label": language, "widget": "string", "required": False} for language in self.site.languages]
        return {"widget": "object", "fields": fields}

    def ui_text(self, field_type: UiText) -> Widget:
        return None

    def list_of(self, field_type: ListOf) -> Widget:
        item = field_type.item.accept(self)
        if item is None:
            return None
        if item["widget"] == "select":
            return {**item, "multiple": True}
        if item["widget"] == "object":
            return {"widget": "list", "fields": item["fields"]}
        return {"widget": "list", "field": {"name": "item", "label": "Item", **item}}

    def block(self, field_type: Block) -> Widget:
        # Without a widget for a required field, a saved block would lose it: leave the block out.
        if any(spec.required and spec.type.accept(self) is None for spec in field_type.fields):
            return None
        return {"widget": "object", "fields": self.fields(field_type)}

    def keyed_map(self, field_type: KeyedMap) -> Widget:
        # Sveltia edits a mapping of ids to texts; ids to numbers or blocks have no widget.
        value = field_type.value.accept(self)
        return {"widget": "keyvalue", "key_label": "Id"} if value is not None and value["widget"] in ("string", "text") else None

    def field(self, spec: Field, **extra: Any) -> dict[str, Any] | None:
        widget = spec.type.accept(self)
        if widget is None:
            return None
        return {"name": spec.name, "label": _label(spec.name), **widget, "required": spec.required, "hint": spec.description, **extra}

    def fields(self, block: Block, **extra: Any) -> list[dict[str, Any]]:
        return [f for spec in block.fields if (f := self.field(spec, **extra)) is not None]


def _project_texts(widgets: _Widgets, site: SiteContent) -> dict[str, Any]:
    files = []
    for project in site.projects:
        original = project.facts.original_language
        fields = widgets.fields(PROJECT_TEXTS, i18n=True)
        for definition in fields:
            # Required in the original's file only; a translation may leave anything out.
            definition["required"] = [original] if PROJECT_TEXTS.by_name[definition["name"]].required_in_original else False
        fields.append({"name": "body", "label": "Story", "widget": "markdown", "required": False, "i18n": True, "hint": "The story of the project, in Markdown; use ## headings for its sections."})
        files.append(
            {
                "name": project.id,
                "label": project.original.title or project.id,
                "file": f"content/{PROJECTS_DIR}/{project.id}/{{{{locale}}}}.md",
                "format": "frontmatter",
                "i18n": {"default_locale": original},
                "fields": fields,
            }
        )
    return {
        "name": "projects",
        "label": "Projects",
        "description": "The texts of each project, all languages side by side. New projects: see EDITING.md.",
        "i18n": True,
        "files": files,
    }


def _project_facts(widgets: _Widgets, site: SiteContent) -> dict[str, Any]:
    files = [
        {
            "name": project.id,
            "label": project.original.title or project.id,
            "file": f"content/{PROJECTS_DIR}/{project.id}/{FACTS_FILE}",
            "format": "yml",
            "fields": widgets.fields(PROJECT_FACTS),
        }
        for project in site.projects
    ]
    return {
        "name": "facts",
        "label": "Project facts",
        "description": "project.yml of each project: the same in every language. Figures, contacts, indicators and events are edited in git.",
        "files": files,
    }


def _ui_strings(site: SiteContent) -> dict[str, Any]:
    fields = []
    for key, description in ui_keys():
        plural = any(isinstance(site.ui[language].get(key), dict) for language in site.languages)
        field: dict[str, Any] = {"name": key, "label": key, "required": True, "hint": description, "i18n": True}
        if plural:
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
        "i18n": {"structure": "multiple_files", "locales": list(site.languages), "default_locale": site.default_language},
        "collections": [_project_texts(widgets, site), _project_facts(widgets, site), _ui_strings(site)],
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
