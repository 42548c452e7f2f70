"""One declaration per field: a field added to the schema reaches every output, with no other code change.

The test declares two optional fields in tests/schema_additions.py, like the
fields of showcase.content.schema: a number in project.yml (``volunteers``,
shown in the key facts box) and a Markdown text in the language files
(``outcomes``, a section of the page). It adds them to the declared blocks,
in-process with monkeypatch (undone after each test), and for a real
``mkdocs build`` in a subprocess with a MkDocs hook file in the scratch site.
No other code knows them. Then: a wrong value is a ``file:line: field:``
problem; a built project page shows both, with their labels, in all three
languages; they are in the JSON and CSV exports, the JSON Schemas, the editors'
field reference, ``showcase new``'s files and the CMS configuration.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.numbers import format_decimal
from bs4 import BeautifulSoup

from conftest import REPO, build_site
from schema_additions import HOOK, OUTCOMES, VOLUNTEERS, add_fields
from scratch import LANGUAGES, load, replace_text, write_buildable_site
from showcase.content.blocks import Partial, Section
from showcase.content.problems import ContentError
from showcase.content.schema import PROJECT_FACTS, PROJECT_TEXTS
from showcase.editors.cli import main
from showcase.editors.editing import field_reference_markdown
from showcase.publishing.cms import cms_config
from showcase.publishing.jsonschema import json_schema

ALPHA = "content/projects/alpha"
PAGES = {"cs": "projects/alpha/index.html", "en": "en/projects/alpha/index.html", "bg": "bg/projects/alpha/index.html"}
BABEL = {"cs": "cs_CZ", "en": "en_GB", "bg": "bg_BG"}
LABELS = {
    "cs": {"volunteers": "Dobrovolníci", "outcomes": "Výsledky"},
    "en": {"volunteers": "Volunteers", "outcomes": "Outcomes"},
    "bg": {"volunteers": "Доброволци", "outcomes": "Резултати"},
}
OUTCOMES_TEXT = {"en": "Three new **community centres**.", "cs": "Tři nová komunitní centra."}


def _write_site(root: Path) -> Path:
    """The scratch site with values for the new fields; returns its mkdocs.yml (with the hook)."""
    mkdocs_yml = write_buildable_site(root)
    replace_text(root / ALPHA / "project.yml", "status: completed\n", "status: completed\nvolunteers: 1200\n")
    for language, text in OUTCOMES_TEXT.items():
        path = root / ALPHA / f"project.{language}.md"
        replace_text(path, "\n---\n\n", f"\noutcomes: {text}\n---\n\n")
    # The labels are interface strings: a site that shows the new fields adds them to data/ui/*.yml
    # (the schema makes them required: test_the_label_is_a_required_interface_string).
    for language, labels in LABELS.items():
        with (root / "data" / "ui" / f"{language}.yml").open("a", encoding="utf-8") as ui:
            ui.write("".join(f"\n{key}: {label}" for key, label in labels.items()) + "\n")
    (root / "add_fields.py").write_text(HOOK, encoding="utf-8")
    with mkdocs_yml.open("a", encoding="utf-8") as config:
        config.write("\nhooks:\n  - add_fields.py\n")
    return mkdocs_yml


@pytest.fixture
def added(monkeypatch: pytest.MonkeyPatch) -> None:
    add_fields(monkeypatch.setattr)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("added-fields")
    result = build_site(_write_site(root), root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _line_of(path: Path, start: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(root)
    return [problem.format(root) for problem in info.value.problems]


# -- validation ---------------------------------------------------------------------------------


def test_without_the_declaration_the_fields_are_unknown(tmp_path: Path) -> None:
    _write_site(tmp_path)
    problems = _problems(tmp_path)
    assert any(p.startswith(f"{ALPHA}/project.yml:") and ": volunteers: unknown field" in p for p in problems), problems
    assert any(p.startswith(f"{ALPHA}/project.en.md:") and ": outcomes: unknown field" in p for p in problems), problems


def test_the_fields_are_validated(tmp_path: Path, added: None) -> None:
    _write_site(tmp_path)
    site = load(tmp_path)
    alpha = site.project("alpha")
    assert alpha.facts["volunteers"] == 1200 and site.project("beta").facts["volunteers"] is None
    assert alpha.texts["en"]["outcomes"] == OUTCOMES_TEXT["en"]

    facts, english = tmp_path / ALPHA / "project.yml", tmp_path / ALPHA / "project.en.md"
    replace_text(facts, "volunteers: 1200", "volunteers: many")
    replace_text(english, f"outcomes: {OUTCOMES_TEXT['en']}", "outcomes: [one, two]")
    assert _problems(tmp_path) == [
        f"{ALPHA}/project.en.md:{_line_of(english, 'outcomes:')}: outcomes: expected Markdown text, found a list",
        f"{ALPHA}/project.yml:{_line_of(facts, 'volunteers:')}: volunteers: expected a whole number of at least 0, found 'many'",
    ]


def test_the_label_is_a_required_interface_string(tmp_path: Path, added: None) -> None:
    _write_site(tmp_path)
    replace_text(tmp_path / "data" / "ui" / "bg.yml", f"\noutcomes: {LABELS['bg']['outcomes']}\n", "\n")
    (problem,) = [p for p in _problems(tmp_path) if "outcomes" in p]
    assert re.fullmatch(r"data/ui/bg\.yml:\d+: outcomes: this required field is missing \(add 'outcomes:' with text, .*\)", problem), problem


# -- the built site ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_shows_both_fields_with_their_labels(built: Path, language: str) -> None:
    page = BeautifulSoup((built / PAGES[language]).read_text(encoding="utf-8"), "html.parser")
    ui = yaml.safe_load((built.parent / "data" / "ui" / f"{language}.yml").read_text(encoding="utf-8"))
    labels = [dt.get_text(strip=True) for dt in page.select(".sc-facts dt")]
    # In the facts box at its declared place: after the topics, before the original language.
    assert labels[-3:] == [ui["topics"], LABELS[language]["volunteers"], ui["original_language"]]
    value = page.select_one(".sc-facts__value--volunteers")
    assert value is not None and value.get_text(strip=True) == format_decimal(1200, locale=BABEL[language])
    section = page.select_one("section.sc-section--outcomes")
    assert section is not None and section.h2 is not None
    assert section.h2.get_text(strip=True) == LABELS[language]["outcomes"]
    text = section.select_one(".sc-section__text")
    assert text is not None
    if language == "cs":
        assert text.get_text(strip=True) == OUTCOMES_TEXT["cs"] and text.get("lang") is None
    else:  # English, and Bulgarian falling back to it (alpha has no project.bg.md)
        assert "<strong>community centres</strong>" in str(text)
        assert text.get("lang") == (None if language == "en" else "en")


def test_the_exports_hold_both_fields(built: Path) -> None:
    document = json.loads((built / "data" / "projects.json").read_text(encoding="utf-8"))
    alpha, beta = document["projects"]
    assert list(alpha)[-2:] == ["volunteers", "texts"] and alpha["volunteers"] == 1200 and beta["volunteers"] is None
    assert [alpha["texts"][language]["outcomes"] for language in LANGUAGES] == [
        OUTCOMES_TEXT["cs"], OUTCOMES_TEXT["en"], OUTCOMES_TEXT["en"]
    ]
    rows = list(csv.DictReader(io.StringIO((built / "data" / "projects.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[0]["volunteers"] == "1200" and rows[1]["volunteers"] == ""
    assert [rows[0][f"outcomes_{language}"] for language in LANGUAGES] == [OUTCOMES_TEXT["cs"], OUTCOMES_TEXT["en"], OUTCOMES_TEXT["en"]]
    published = json.loads((built / "schema" / "project.schema.json").read_text(encoding="utf-8"))
    assert published["properties"]["volunteers"]["type"] == "integer"


# -- the editors' tools -----------------------------------------------------------------------------


def test_the_json_schemas_describe_both_fields(added: None) -> None:
    assert json_schema("project.schema.json")["properties"]["volunteers"] == {
        "type": "integer", "minimum": 0, "description": VOLUNTEERS.description
    }
    assert json_schema("project-texts.schema.json")["properties"]["outcomes"] == {
        "type": "string", "minLength": 1, "description": OUTCOMES.description
    }


@pytest.mark.parametrize("language", ["en", "cs", "bg"])
def test_the_field_reference_lists_both_fields(added: None, language: str) -> None:
    reference = field_reference_markdown(language)
    optional = {"en": "optional", "cs": "nepovinné", "bg": "незадължително"}[language]
    assert f"- **`volunteers`** ({optional}): {VOLUNTEERS.descriptions[language]} `volunteers: 12`" in reference
    assert f"- **`outcomes`** ({optional}): {OUTCOMES.descriptions[language]} `outcomes: Three new community centres.`" in reference


def test_showcase_new_writes_both_fields_and_they_check(tmp_path: Path, added: None) -> None:
    mkdocs_yml = _write_site(tmp_path)

    def run(*args: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(["--config", str(mkdocs_yml), *args], out, err), out.getvalue() + err.getvalue()

    assert run("new", "gamma", "--language", "en")[0] == 0
    facts, english = tmp_path / "content/projects/gamma/project.yml", tmp_path / "content/projects/gamma/project.en.md"
    facts_line = next(line for line in facts.read_text(encoding="utf-8").splitlines() if line.startswith("# volunteers:"))
    texts_line = next(line for line in english.read_text(encoding="utf-8").splitlines() if line.startswith("# outcomes:"))
    assert facts_line.split(" # ") == ["# volunteers: 12".ljust(39), VOLUNTEERS.description]
    assert texts_line.split(" # ")[1] == OUTCOMES.description
    # Uncommented, as an editor would, the examples pass the check.
    replace_text(facts, facts_line, facts_line.removeprefix("# "))
    replace_text(english, texts_line, texts_line.removeprefix("# "))
    # A draft: checked, listed, not published.
    assert run("check") == (
        0,
        "No problems: 2 projects in 3 languages (cs, en, bg).\n"
        "1 draft, not published (delete 'draft: true' in project.yml to publish):\n"
        "  content/projects/gamma/project.yml\n",
    )


def test_the_cms_edits_both_fields_and_their_labels(tmp_path: Path, added: None) -> None:
    _write_site(tmp_path)
    config = cms_config(load(tmp_path), "example-org/showcase", "main")
    collections: dict[str, Any] = {c["name"]: c for c in config["collections"]}
    facts = {f["name"]: f for f in collections["projects"]["fields"]}
    assert facts["volunteers"] == {
        "name": "volunteers", "label": "Volunteers", "widget": "number", "value_type": "int", "min": 0,
        "required": False, "hint": VOLUNTEERS.description,
    }
    texts = {f["name"]: f for f in collections["texts"]["fields"]}
    assert texts["outcomes"] == {
        "name": "outcomes", "label": "Outcomes", "widget": "markdown", "required": False, "hint": OUTCOMES.description, "i18n": True
    }
    interface = [f["name"] for f in collections["interface"]["files"][0]["fields"]]
    assert {"volunteers", "outcomes"} <= set(interface)


def test_every_partial_the_declarations_name_exists() -> None:
    partials = REPO / "theme_overrides" / "partials" / "showcase"
    for block in (PROJECT_FACTS, PROJECT_TEXTS):
        for spec in block.fields:
            if isinstance(spec.page, Section):
                assert (partials / f"section-{spec.page.kind}.html").is_file(), spec.name
                assert spec.label is not None, f"{spec.name}: a section is headed by its label"
            elif isinstance(spec.page, Partial):
                assert (partials / f"{spec.page.name}.html").is_file(), spec.name
