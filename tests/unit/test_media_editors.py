"""The editors' tools offer the picture and document fields, from the schema: `showcase new` and the CMS."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from media_site import ALPHA, write_media_site
from scratch import load
from showcase.editors.cli import main
from showcase.publishing.cms import cms_config


def _run(mkdocs_yml: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(["--config", str(mkdocs_yml), *args], out, err), out.getvalue() + err.getvalue()


def _field(fields: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(field for field in fields if field["name"] == name)


def test_showcase_new_offers_the_fields_and_their_examples_pass_the_check(tmp_path: Path) -> None:
    mkdocs_yml = write_media_site(tmp_path)
    assert _run(mkdocs_yml, "new", "gamma", "--title", "Gamma", "--language", "en")[0] == 0
    folder = tmp_path / "content/projects/gamma"
    facts, english = folder / "project.yml", folder / "project.en.md"
    facts_text, english_text = facts.read_text(encoding="utf-8"), english.read_text(encoding="utf-8")
    for name in ("gallery:", "  - file: workshop.jpg", "    credit: Jan Novák", "documents:", "    type: report", "    language: cs"):
        assert f"\n# {name}" in facts_text, name
    for name in ("gallery_alt: {workshop.jpg:", "documents: {final-report:"):
        assert f"\n# {name}" in english_text, name
    # Uncommented as an editor would, with the files the examples name in the folder, they pass the check.
    uncommented, inside = [], False
    for line in facts_text.splitlines():
        inside = line.startswith(("# gallery:", "# documents:")) or (inside and line.startswith("#   "))
        uncommented.append(line.removeprefix("# ") if inside else line)
    # The placeholders filled in, and the draft published.
    filled = {"draft: true": "", "organisation: 'TODO: fill in'": "organisation: romodrom", "countries: 'TODO: fill in'": "countries: [CZ]"}
    facts_lines = [next((new for old, new in filled.items() if line.startswith(old)), line) for line in uncommented]
    facts.write_text("\n".join(facts_lines) + "\n", encoding="utf-8")
    english_lines = [line.removeprefix("# ") if line.startswith(("# gallery_alt:", "# documents:")) else line for line in english_text.splitlines()]
    english_lines = ["summary: The gamma project." if line.startswith("summary:") else "The story." if line.startswith("TODO:") else line for line in english_lines]
    english.write_text("\n".join(english_lines) + "\n", encoding="utf-8")
    (folder / "workshop.jpg").write_bytes((tmp_path / ALPHA / "workshop.jpg").read_bytes())
    (folder / "final-report.pdf").write_bytes((tmp_path / ALPHA / "final-report.pdf").read_bytes())
    assert _run(mkdocs_yml, "check") == (0, "No problems: 3 projects in 3 languages (cs, en, bg).\n")
    gamma = load(tmp_path).project("gamma")
    assert [entry.file for entry in gamma.facts.gallery] == ["workshop.jpg"] and gamma.facts.documents[0].type == "report"


def test_the_cms_offers_the_fields(tmp_path: Path) -> None:
    write_media_site(tmp_path)
    config = cms_config(load(tmp_path), "owner/repo", "main")
    facts, texts = (next(c for c in config["collections"] if c["name"] == name) for name in ("projects", "texts"))
    alpha_facts = facts["fields"]
    gallery = _field(alpha_facts, "gallery")
    assert gallery["widget"] == "list" and [f["name"] for f in gallery["fields"]] == ["file", "credit", "licence", "licence_url"]
    assert _field(gallery["fields"], "file")["required"] is True
    documents = _field(alpha_facts, "documents")
    kinds = _field(documents["fields"], "type")
    assert kinds["widget"] == "select" and kinds["options"] == ["report", "study", "brochure", "guide", "presentation", "video", "other"]
    languages = _field(documents["fields"], "language")["options"]
    assert {"label": "Romany (rom)", "value": "rom"} in languages and {"label": "Czech (cs)", "value": "cs"} in languages
    alpha_texts = texts["fields"]
    assert _field(alpha_texts, "gallery_alt")["widget"] == "keyvalue" and _field(alpha_texts, "documents")["widget"] == "keyvalue"
    # The original's titles are required by the build, not by the form (a translation may leave them out).
    assert _field(alpha_texts, "documents")["required"] is False
    # The project's own language stays a choice of the site's languages.
    assert _field(alpha_facts, "original_language")["options"] == ["cs", "en", "bg"]
