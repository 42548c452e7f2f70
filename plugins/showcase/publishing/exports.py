"""The open data: every project as JSON and CSV, and the JSON Schemas of the content.

Written once per build (not once per language), into the site:

- ``data/projects.json``: every project, its facts, and its texts in every
  language as the pages show them, saying for each language whether the text
  is the original, a translation, or a fallback to the original;
- ``data/projects/<id>.json``: one project, the same record;
- ``data/projects.csv``: one row per project for spreadsheets (UTF-8 with a
  byte-order mark, so that Excel shows Czech and Cyrillic right);
- ``schema/<name>.schema.json``: the JSON Schemas of :mod:`showcase.publishing.jsonschema`.

E-mail addresses are left out, like everywhere else where a harvester could
read them: they are on the project pages, for people. Contacts' addresses are
not exported; an address written in a body or a field is removed
(:mod:`showcase.publishing.redact`). CSV cells that a spreadsheet would read as
a formula are neutralised (:mod:`showcase.publishing.safe_formats`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..content.merge import Texts
from ..content.model import Project, SiteContent
from ..paths import SCHEMA_DIR, absolute_url, project_path
from .jsonschema import SCHEMA_FILES, json_schemas, schema_text
from .records import columns, csv_row, facts_json, texts_json
from .records import csv_columns as csv_columns
from .redact import redact_data
from .safe_formats import neutralised_row

DATA_DIR = "data"
PROJECTS_JSON = f"{DATA_DIR}/projects.json"
PROJECTS_CSV = f"{DATA_DIR}/projects.csv"
FORMAT_VERSION = 1


def project_json_path(project_id: str) -> str:
    """Site-relative address of one project's JSON."""
    return f"{DATA_DIR}/projects/{project_id}.json"


def schema_path(file_name: str) -> str:
    return f"{SCHEMA_DIR}/{file_name}"


def _texts(site: SiteContent, project: Project, language: str) -> dict[str, Any]:
    texts = Texts(project, language)
    if language == project.facts.original_language:
        source = "original"
    elif texts.is_fallback:
        source = "fallback"
    else:
        source = "translation"
    return {"source": source, "fields_from_original": list(texts.missing_fields), **texts_json(site, project, texts)}


def project_record(site: SiteContent, project: Project, site_url: str) -> dict[str, Any]:
    """Everything the site knows about one project, in every language.

    First what the project is (its id, original language, pages and data file),
    then every field of ``project.yml`` as its declaration exports it (see
    :mod:`showcase.publishing.records`), then ``texts.<language>``: the texts as
    that language's page shows them: ``source`` is ``original``,
    ``translation`` or ``fallback`` (no text in this language: the page shows
    the original); a translation's ``fields_from_original`` names the fields it
    leaves to the original.
    """
    pages = {}
    for language in site.languages:
        path = project_path(site, project.id, language)
        pages[language] = {"path": path, "url": absolute_url(site_url, path)}
    data_path = project_json_path(project.id)
    record: dict[str, Any] = {
        "id": project.id,
        "original_language": project.facts.original_language,
        "pages": pages,
        "data": {"path": data_path, "url": absolute_url(site_url, data_path)},
    }
    record.update(facts_json(site, project, site_url))  # original_language keeps its place
    record["texts"] = {language: _texts(site, project, language) for language in site.languages}
    return record


def projects_document(site: SiteContent, site_url: str, licence: dict[str, str], with_projects: bool = True) -> dict[str, Any]:
    """The content of ``data/projects.json`` (``with_projects=False``: without the ``projects`` list)."""
    document: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "licence": licence,
        "languages": list(site.languages),
        "default_language": site.default_language,
    }
    if with_projects:
        document["projects"] = [project_record(site, p, site_url) for p in site.projects]
    return document


def _json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- CSV -----------------------------------------------------------------------------


def projects_csv(site: SiteContent, document: dict[str, Any]) -> bytes:
    """``data/projects.csv``: UTF-8 with a byte-order mark, comma-separated, CRLF rows."""
    buffer = io.StringIO()
    declared = columns()
    writer = csv.DictWriter(buffer, fieldnames=csv_columns(site, declared), lineterminator="\r\n")
    writer.writeheader()
    for record in document["projects"]:
        writer.writerow(neutralised_row(csv_row(site, record, declared)))
    return buffer.getvalue().encode("utf-8-sig")


# -- writing -----------------------------------------------------------------------------


class ExportCache:
    """Each project's record and JSON as last exported, for the same :class:`Project` object.

    A preview's rebuild reads again only the projects whose folder changed,
    with the same ``data/`` (other projects keep their object): only theirs
    are exported again. Writing the JSON of every project is most of the
    exports' time, and the exports a third of a rebuild at 1,000 projects.
    """

    def __init__(self) -> None:
        self._projects: dict[str, tuple[Project, tuple[Any, ...], dict[str, Any], str, bytes]] = {}

    def project(self, site: SiteContent, project: Project, site_url: str, licence: dict[str, str]) -> tuple[dict[str, Any], str, bytes]:
        """The project's redacted record, its JSON (as nested in projects.json) and its own file."""
        key = (site_url, tuple(licence.items()))
        found = self._projects.get(project.id)
        if found is not None and found[0] is project and found[1] == key:
            return found[2], found[3], found[4]
        record = redact_data(project_record(site, project, site_url))
        single = _json_text({"format_version": FORMAT_VERSION, "licence": licence, **record}).encode("utf-8")
        nested = json.dumps(record, ensure_ascii=False, indent=2)
        self._projects[project.id] = (project, key, record, nested, single)
        return record, nested, single


_PROJECTS_MARK = "\x00projects\x00"


def _projects_json(document: dict[str, Any], nested: list[str]) -> str:
    """``_json_text(document)``, its ``projects`` list made of the records' JSON already written."""
    text = _json_text({**document, "projects": _PROJECTS_MARK})
    items = ",\n".join("    " + item.replace("\n", "\n    ") for item in nested)
    listed = "[\n" + items + "\n  ]" if nested else "[]"
    return text.replace(json.dumps(_PROJECTS_MARK), listed, 1)


def export_files(site: SiteContent, site_url: str, licence: dict[str, str], cache: ExportCache | None = None) -> dict[str, bytes]:
    """Every export file, by its site-relative path (``cache``: what an earlier call wrote, see :class:`ExportCache`)."""
    cache = cache or ExportCache()
    document = redact_data({**projects_document(site, site_url, licence, with_projects=False), "projects": []})
    files: dict[str, bytes] = {}
    nested: list[str] = []
    for project in site.projects:
        record, text, single = cache.project(site, project, site_url, licence)
        document["projects"].append(record)
        nested.append(text)
        files[project_json_path(project.id)] = single
    files = {PROJECTS_JSON: _projects_json(document, nested).encode("utf-8"), **files}
    files[PROJECTS_CSV] = projects_csv(site, document)
    base = absolute_url(site_url, SCHEMA_DIR + "/") or ""
    for name, schema in json_schemas(base).items():
        files[schema_path(name)] = schema_text(schema).encode("utf-8")
    return files


def write_files(site_dir: Path, files: dict[str, bytes], log: Callable[[str], None] | None = None) -> None:
    """Write ``files`` (site-relative path → bytes) under ``site_dir``."""
    for relative, data in files.items():
        path = site_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if log:
        log(f"Wrote {len(files)} files")


# -- the "Open data" page -------------------------------------------------------------

DEFAULT_LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
"""The licence of the data when ``mkdocs.yml`` sets no ``extra.open_data_licence``."""


@dataclass(frozen=True)
class Download:
    """One link of the "Open data" page: label, site-relative path, media type."""

    label: str
    path: str
    type: str
    lang: str | None = None


def open_data_downloads(site: SiteContent, language: str, feed: str) -> list[Download]:
    """The files the "Open data" page links to, labelled in ``language``.

    ``feed`` is the path of the language's Atom feed.
    """
    downloads = [
        Download(site.ui_text(language, "export_projects_json"), PROJECTS_JSON, "application/json"),
        Download(site.ui_text(language, "export_projects_csv"), PROJECTS_CSV, "text/csv"),
        Download(site.ui_text(language, "export_feed"), feed, "application/atom+xml"),
    ]
    return downloads


def project_downloads(site: SiteContent, language: str) -> list[Download]:
    """Each project's JSON, labelled by its title in ``language`` (with the title's language)."""
    result = []
    for project in sorted(site.projects, key=lambda p: p.id):
        texts = Texts(project, language)
        title_lang = texts.language_of("title")
        result.append(
            Download(str(texts.get("title")), project_json_path(project.id), "application/json", title_lang if title_lang != language else None)
        )
    return result


def schema_downloads() -> list[Download]:
    """The JSON Schemas, labelled by their file names."""
    return [Download(name, schema_path(name), "application/schema+json") for name in SCHEMA_FILES]
