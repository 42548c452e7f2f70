"""The generated JSON Schemas are valid and accept the real content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import frontmatter
import jsonschema
import pytest
import yaml

from showcase.publishing.jsonschema import SCHEMA_FILES, json_schema

ROOT = Path(__file__).resolve().parents[2]


def _as_json(value: Any) -> Any:
    """YAML as an editor's tool sees it: dates are strings."""
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _files() -> list[tuple[str, Path]]:
    cases = [("project.schema.json", p) for p in sorted(ROOT.glob("content/projects/*/project.yml"))]
    cases += [("project-texts.schema.json", p) for p in sorted(ROOT.glob("content/projects/*/??.md"))]
    cases += [(f"{n}.schema.json", ROOT / "data" / f"{n}.yml") for n in ("organisations", "funders", "topics")]
    cases += [("ui.schema.json", p) for p in sorted(ROOT.glob("data/ui/*.yml"))]
    return cases


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema(name))


@pytest.mark.parametrize(("name", "path"), _files(), ids=lambda v: str(v.relative_to(ROOT)) if isinstance(v, Path) else v)
def test_real_content_matches_its_schema(name: str, path: Path) -> None:
    data = frontmatter.load(path).metadata if path.suffix == ".md" else yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.path)}: {e.message}" for e in jsonschema.Draft202012Validator(json_schema(name)).iter_errors(_as_json(data))]
    assert errors == []


def test_schema_rejects_what_validation_rejects() -> None:
    validator = jsonschema.Draft202012Validator(json_schema("project.schema.json"))
    assert not validator.is_valid({"original_language": "en", "organisation": "x", "countries": ["CZ"], "colour": "red"})
    assert not validator.is_valid({"original_language": "en", "organisation": "x", "countries": ["UK"]})
    assert not validator.is_valid({"original_language": "en", "countries": ["CZ"]})
    assert validator.is_valid({"original_language": "en", "organisation": "x", "countries": ["CZ"]})


def test_published_id_is_absolute() -> None:
    assert json_schema("project.schema.json", "https://example.org/schema/")["$id"] == "https://example.org/schema/project.schema.json"
