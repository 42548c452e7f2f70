"""The content editor at /admin/: Sveltia CMS served by the site, configured from the schema.

A scratch site is built with ``CMS_REPO`` set (as the deploy workflow sets
it); its /admin/ is checked as files, against Sveltia's own JSON Schema of its
configuration, and in Chromium: the page loads its configuration without errors
and shows the sign-in screen (no network needed).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

from conftest import REPO, serve
from scratch import write_buildable_site
from showcase.content.documents import ui_keys
from showcase.publishing.cms import github_repo

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage

SVELTIA = REPO / "node_modules" / "@sveltia" / "cms"


def _build(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    mkdocs_yml = root / "mkdocs.yml"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(mkdocs_yml), "-d", str(root / "site")]
    environment = {k: v for k, v in os.environ.items() if k not in ("CMS_REPO", "CMS_BRANCH")}
    return subprocess.run(command, cwd=root, capture_output=True, text=True, env={**environment, **env})


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("admin")
    write_buildable_site(root)
    (root / "node_modules").symlink_to(REPO / "node_modules")
    result = _build(root, CMS_REPO="example-org/showcase", CMS_BRANCH="content")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def config(site: Path) -> dict[str, object]:
    return yaml.safe_load((site / "admin" / "config.yml").read_text(encoding="utf-8"))


def test_admin_is_one_copy_with_sveltia_from_npm(site: Path) -> None:
    assert (site / "admin" / "index.html").is_file()
    assert (site / "admin" / "sveltia-cms.js").read_bytes() == (SVELTIA / "dist" / "sveltia-cms.js").read_bytes()
    assert not list((site / "admin").rglob("*.map"))
    for language in ("en", "bg"):
        assert not (site / language / "admin").exists()
    index = (site / "admin" / "index.html").read_text(encoding="utf-8")
    assert '<script src="sveltia-cms.js"></script>' in index and "http" not in index


def test_config_is_valid_for_sveltia(config: dict[str, object]) -> None:
    schema = json.loads((SVELTIA / "schema" / "sveltia-cms.json").read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft7Validator(schema).iter_errors(config)]
    assert errors == []


def test_config_commits_to_the_configured_repository_and_branch(config: dict[str, object]) -> None:
    assert config["backend"] == {"name": "github", "repo": "example-org/showcase", "branch": "content"}
    assert config["i18n"] == {"structure": "multiple_files", "locales": ["cs", "en", "bg"], "default_locale": "cs"}


def _collection(config: dict[str, object], name: str) -> dict[str, object]:
    return next(c for c in config["collections"] if c["name"] == name)  # type: ignore[attr-defined, index]


def test_project_texts_are_created_in_a_folder_with_the_languages_side_by_side(config: dict[str, object]) -> None:
    texts = _collection(config, "texts")
    # content/projects/<id>/project.<locale>.md: Sveltia's multiple_files structure, the site's layout.
    assert (texts["folder"], texts["path"], texts["extension"], texts["i18n"], texts["create"]) == (
        "content/projects", "{{slug}}/project", "md", True, True
    )
    assert config["output"] == {"omit_empty_optional_fields": True}  # the check refuses empty values
    assert texts["slug"]["editable"] == ["create"] and texts["slug"]["pattern"][0] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    fields = {f["name"]: f for f in texts["fields"]}  # type: ignore[attr-defined]
    assert list(fields)[:3] == ["title", "subtitle", "summary"] and list(fields)[-1] == "body"
    # One default locale per collection: required-in-the-original is said in the hint, checked by the build.
    assert fields["title"]["required"] is False and "Required in the original" in fields["title"]["hint"]
    assert all(f["i18n"] is True for f in fields.values())
    assert fields["activities"]["widget"] == "list" and [f["name"] for f in fields["activities"]["fields"]] == ["title", "text"]
    assert fields["figures"]["widget"] == "keyvalue"


def test_project_facts_create_a_project_and_edit_every_field(config: dict[str, object]) -> None:
    facts = _collection(config, "projects")
    assert (facts["folder"], facts["path"], facts["extension"], facts["format"], facts["create"]) == (
        "content/projects", "{{slug}}/project", "yml", "yml", True
    )
    fields = {f["name"]: f for f in facts["fields"]}  # type: ignore[attr-defined]
    assert fields["draft"] == {**fields["draft"], "widget": "boolean", "default": True}  # a new project starts as a draft
    # An id in data/ is chosen among the data file's entries, new ones included.
    assert {k: fields["organisation"][k] for k in ("widget", "collection", "file", "value_field")} == {
        "widget": "relation", "collection": "data", "file": "organisations", "value_field": "organisations.*.id"
    }
    assert fields["original_language"]["options"] == ["cs", "en", "bg"]
    assert {"label": "Czechia (CZ)", "value": "CZ"} in fields["countries"]["options"]
    # Entries under ids are lists, each with its id first: Sveltia edits them.
    assert [f["name"] for f in fields["contacts"]["fields"]] == ["id", "name", "organisation", "phone", "email", "address", "country"]
    assert [(f["name"], f["widget"]) for f in fields["figures"]["fields"]] == [("id", "string"), ("value", "number")]
    assert fields["links"]["widget"] == "keyvalue"
    assert fields["image"] == {**fields["image"], "widget": "image", "media_folder": "", "public_folder": ""}
    # Partners, money, a duration, places, results, pictures and documents: every field has its form.
    partner = {f["name"]: f for f in fields["partners"]["fields"]}
    assert fields["partners"]["widget"] == "list"
    assert (partner["organisation"]["widget"], partner["organisation"]["file"]) == ("relation", "organisations")
    assert partner["role"]["options"] == ["lead", "partner", "associated"]
    budget = {f["name"]: f for f in fields["budget"]["fields"]}
    assert budget["amount"]["widget"] == "number" and budget["amount"]["min"] == 0
    assert {"label": "Euro (EUR)", "value": "EUR"} in budget["currency"]["options"]
    funding = {f["name"]: f for f in fields["funding"]["fields"]}
    assert [f["name"] for f in funding["amount"]["fields"]] == ["amount", "currency"]
    assert [f["name"] for f in fields["period"]["fields"]] == ["start", "end", "months"]
    place = {f["name"]: f for f in fields["places"]["fields"]}
    assert fields["places"]["widget"] == "list"
    assert [f["name"] for f in place["names"]["fields"]] == ["cs", "en", "bg"]
    assert (place["lat"]["min"], place["lat"]["max"], place["lon"]["min"], place["lon"]["max"]) == (-90, 90, -180, 180)
    assert place["name"]["required"] is True and place["lat"]["required"] is False
    assert [f["name"] for f in fields["indicators"]["fields"]] == ["id", "baseline", "target", "achieved", "date"]
    assert [f["name"] for f in fields["events"]["fields"]] == ["id", "date", "end"]
    gallery = {f["name"]: f for f in fields["gallery"]["fields"]}
    assert (gallery["file"]["widget"], gallery["file"]["media_folder"]) == ("image", "")
    document = {f["name"]: f for f in fields["documents"]["fields"]}
    assert (document["file"]["widget"], document["file"]["media_folder"]) == ("file", "")


def test_data_files_are_lists_of_entries_with_names_in_every_language(config: dict[str, object]) -> None:
    files = {f["name"]: f for f in _collection(config, "data")["files"]}  # type: ignore[attr-defined]
    assert {name: f["file"] for name, f in files.items()} == {
        "organisations": "data/organisations.yml", "funders": "data/funders.yml", "topics": "data/topics.yml", "countries": "data/countries.yml"
    }
    (organisations,) = files["organisations"]["fields"]
    assert (organisations["widget"], organisations["root"]) == ("list", True)
    entry = {f["name"]: f for f in organisations["fields"]}
    assert list(entry) == ["id", "name", "country", "website", "logo", "seat"]
    logo_file = next(f for f in entry["logo"]["fields"] if f["name"] == "file")
    # Uploaded under data/, written as the path from data/ the check wants.
    assert (logo_file["widget"], logo_file["media_folder"], logo_file["public_folder"]) == ("image", "/data/images", "images")
    assert [f["name"] for f in entry["name"]["fields"]] == ["cs", "en", "bg"]
    (funders,) = files["funders"]["fields"]
    programmes = next(f for f in funders["fields"] if f["name"] == "programmes")
    assert [f["name"] for f in programmes["fields"]] == ["id", "name"]


def test_interface_strings_cover_every_ui_key(config: dict[str, object]) -> None:
    ui = _collection(config, "interface")["files"][0]  # type: ignore[index]
    assert ui["file"] == "data/ui/{{locale}}.yml"
    names = [f["name"] for f in ui["fields"]]
    assert names == [key for key, _ in ui_keys()]
    plural = next(f for f in ui["fields"] if f["name"] == "project_count")
    assert plural["widget"] == "object"


def test_without_a_repository_admin_is_not_built(tmp_path: Path) -> None:
    write_buildable_site(tmp_path)
    result = _build(tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "site" / "admin").exists()
    assert "The content editor (/admin/) is not built: set cms_repo or repo_url" in result.stderr


def test_missing_sveltia_fails_the_strict_build_with_a_clear_message(tmp_path: Path) -> None:
    write_buildable_site(tmp_path)  # no node_modules next to its mkdocs.yml
    result = _build(tmp_path, CMS_REPO="example-org/showcase")
    assert result.returncode != 0
    assert "The content editor (/admin/) needs Sveltia CMS from npm, missing at" in result.stderr
    assert "run `make node-deps` (npm ci)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("url", "repo"),
    [
        ("https://github.com/example-org/showcase", "example-org/showcase"),
        ("https://github.com/example-org/showcase.git", "example-org/showcase"),
        ("git@github.com:example-org/showcase.git", "example-org/showcase"),
        ("https://gitlab.com/example-org/showcase", None),
        (None, None),
    ],
)
def test_repository_from_repo_url(url: str | None, repo: str | None) -> None:
    assert github_repo(url) == repo


@pytest.fixture(scope="module")
def admin_url(site: Path) -> Iterator[str]:
    with serve(site) as base:
        yield base + "admin/"


# Hosts Sveltia CMS 0.221 itself contacts from the editors' page: its update check and UI
# translations (unpkg.com), its fonts (cdn.jsdelivr.net) and GitHub's status (githubstatus.com).
# Readers' pages never load /admin/. A new host here fails the test: look at it first.
SVELTIA_HOSTS = {"unpkg.com", "cdn.jsdelivr.net", "www.githubstatus.com"}


@pytest.mark.browser
def test_admin_loads_its_config_and_shows_the_sign_in_screen(browser: Browser, admin_url: str) -> None:
    context = browser.new_context(locale="en-US", service_workers="block")
    page = context.new_page()
    host = urlsplit(admin_url).netloc
    errors: list[str] = []
    requests: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        url = message.location.get("url", "")
        # Requests to other hosts are refused below: their failure is expected, nothing else is.
        if message.type == "error" and not (urlsplit(url).netloc in SVELTIA_HOSTS and "ERR_INTERNET_DISCONNECTED" in message.text):
            errors.append(f"{message.text} ({url})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    # Nothing leaves the machine: requests to other hosts are answered "offline".
    page.route(lambda url: urlsplit(url).netloc != host, lambda route: route.abort("internetdisconnected"))
    try:
        page.goto(admin_url)
        page.get_by_role("button", name=re.compile(r"Sign In with\W*GitHub")).wait_for(timeout=30_000)
        page.get_by_role("button", name="Sign In Using Access Token").wait_for()
        assert any(urlsplit(url).path == "/admin/config.yml" for url in requests), requests
        assert errors == []
        assert {urlsplit(url).netloc for url in requests} - {host} <= SVELTIA_HOSTS
    finally:
        context.close()
