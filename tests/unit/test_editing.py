"""Files generated from the schema stay in sync with it: JSON Schemas, the field reference, editor settings."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO
from showcase.editors.cli import main
from showcase.editors.editing import BEGIN, END, GUIDES, generated_files, reference_fields
from showcase.publishing.jsonschema import SCHEMA_FILES


@pytest.mark.parametrize("path", sorted(generated_files(REPO)), ids=lambda p: p.relative_to(REPO).as_posix())
def test_committed_file_equals_the_generated_one(path: Path) -> None:
    expected = generated_files(REPO)[path]
    assert path.is_file(), f"{path.relative_to(REPO)} is missing: run `showcase docs`"
    assert path.read_text(encoding="utf-8") == expected, f"{path.relative_to(REPO)} is out of date: run `showcase docs`"


def test_every_schema_and_guide_is_generated() -> None:
    names = {p.relative_to(REPO).as_posix() for p in generated_files(REPO)}
    assert names == {f"schema/{name}" for name in SCHEMA_FILES} | set(GUIDES.values())


def test_every_field_is_described_in_english_czech_and_bulgarian() -> None:
    for kind, name, spec in reference_fields():
        assert set(spec.descriptions) == set(GUIDES), (kind, name)
        assert all(text.strip() and text.endswith(".") for text in spec.descriptions.values()), (kind, name)
        assert len(set(spec.descriptions.values())) == len(GUIDES), f"{kind}:{name}: a description is not translated"


@pytest.mark.parametrize(("language", "guide"), GUIDES.items())
def test_guide_lists_every_field_in_its_language(language: str, guide: str) -> None:
    text = (REPO / guide).read_text(encoding="utf-8")
    reference = text[text.index(BEGIN) : text.index(END)]
    for _kind, name, spec in reference_fields():
        described = spec.descriptions[language]
        assert f"- **`{name}`** (" in reference and described in reference, (guide, name)


def test_docs_check_finds_a_stale_guide_and_docs_repairs_it(tmp_path: Path) -> None:
    shutil.copyfile(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    guide = (REPO / "EDITING.md").read_text(encoding="utf-8")
    (tmp_path / "EDITING.md").write_text(guide.replace("- **`status`** (optional): ", "- **`status`** (optional): Old text. "), encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--config", str(tmp_path / "mkdocs.yml"), "docs", *args], out, err)
        return code, out.getvalue(), err.getvalue()

    assert run("--check") == (1, "out of date: EDITING.md\n", "Run `showcase docs` to regenerate them from plugins/showcase/content/schema.py.\n")
    assert run() == (0, "updated: EDITING.md\n", "")
    assert (tmp_path / "EDITING.md").read_text(encoding="utf-8") == guide
    assert run("--check") == (0, "The schemas and field references are up to date.\n", "")


def test_vscode_maps_the_schemas_to_the_files_they_describe() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    # Front matter sits in Markdown files, which the YAML extension does not read: no mapping for project-texts.
    assert {Path(schema).name for schema in mapping} == set(SCHEMA_FILES) - {"project-texts.schema.json"}
    for schema, globs in mapping.items():
        assert (REPO / schema).is_file(), schema
        for pattern in globs:
            assert list(REPO.glob(pattern)), f"{pattern} matches no file"
    extensions = json.loads((REPO / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
