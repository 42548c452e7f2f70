"""What the build does once and reuses: content read once for all languages,
the same YAML whichever parser PyYAML has, plain text not sent through Markdown.

These keep large sites fast (see benchmarks/); each asserts that the shortcut
gives exactly what the long way gives.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from conftest import REPO, BuiltSite
from scratch import DEFAULT_LANGUAGE, LANGUAGES
from showcase.content import yamlsource
from showcase.content.front_matter import split_front_matter
from showcase.content.loader import load_site
from showcase.site.markup import _render_markdown, render_markdown


def test_content_is_read_once_for_all_languages(built_site: BuiltSite) -> None:
    # static-i18n builds cs, en and bg one after another, each running every hook.
    built = [line for line in built_site.log.splitlines() if "Building '" in line and "documentation" in line]
    assert len(built) == 3, built_site.log
    reads = [line for line in built_site.log.splitlines() if "showcase: Read" in line]
    assert reads == [reads[0]] and "Read 5 projects in 3 languages" in reads[0], built_site.log


def _yaml_sources() -> list[Path]:
    return sorted(p for p in [*REPO.glob("content/**/*"), *REPO.glob("data/**/*.yml")] if p.suffix in (".yml", ".md"))


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
@pytest.mark.parametrize("path", _yaml_sources(), ids=lambda p: str(p.relative_to(REPO)))
def test_libyaml_reads_what_the_python_parser_reads(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        split = split_front_matter(text, path)
        assert isinstance(split, tuple)
        text = split[0]
    fast, fast_problems = yamlsource.parse_yaml(text, path)
    monkeypatch.setattr(yamlsource, "_FAST_LOADER", yaml.SafeLoader)
    slow, slow_problems = yamlsource.parse_yaml(text, path)
    assert (fast.data, fast.lines, fast.raw_scalars, fast_problems) == (slow.data, slow.lines, slow.raw_scalars, slow_problems)
    assert slow.raw_scalars, "plain scalars are recorded (a country code NO must stay NO)"


TRICKY = [
    "Plain sentence, with commas: and colons; 50 % of (all) people – yes/no.",
    "Čeština s háčky a čárkami", "Български текст с точка.", "Ellipsis… and “typographic” ‘quotes’ „here“",
    "- a list item", "+ another", "* a third", "1. numbered", "1986. A year", "12 months of work",
    "Text -- dash", "Wait...", 'Quote "x"', "It's", "a  b", "Trailing ", " Leading", "A & B", "x < y",
    "**bold** start", "Line\nbreak", "Hash # tag", "#heading", "Under_score", "`code`", "<b>x</b>",
    "E-mail: someone@example.org", "Tab\there", "Link [x](https://example.org)", "Escaped \\* star",
    "Angle <<quotes>>", "Ends with two spaces  ", "Pro-Roma NGOs 2021—2022", "A\u00a0no-break space",
    "> quoted", "    indented code", "Setext\n===", "Www.example.org and https://example.org/",
]


def _markdown_fields() -> list[str]:
    site = load_site(REPO / "content", REPO / "data", LANGUAGES, DEFAULT_LANGUAGE)
    values: list[str] = []
    for project in site.projects:
        for texts in project.texts.values():
            values += [*texts.goals, *texts.target_groups, *(a.text for a in texts.activities if a.text)]
            if texts.findings:
                values += [*texts.findings.benefits, *texts.findings.challenges, *texts.findings.lessons]
    return values


@pytest.mark.parametrize("inline", [True, False])
def test_plain_text_renders_as_markdown_would(inline: bool) -> None:
    values = TRICKY + _markdown_fields()
    for text in values:
        assert render_markdown(text, inline) == _render_markdown.__wrapped__(text, inline), text
    # The shortcut is taken for most real texts (it is what makes it worth having).
    plain = [text for text in values if render_markdown(text) == text]
    assert len(plain) > len(values) / 3


def test_the_exports_a_preview_reuses_are_the_exports_written_anew() -> None:
    from conftest import SITE_URL
    from showcase.publishing import exports
    from showcase.publishing.redact import redact_data

    site = load_site(REPO / "content", REPO / "data", LANGUAGES, DEFAULT_LANGUAGE)
    licence = dict(exports.DEFAULT_LICENCE)
    whole = exports._json_text(redact_data(exports.projects_document(site, SITE_URL, licence))).encode("utf-8")
    cache = exports.ExportCache()
    first = exports.export_files(site, SITE_URL, licence, cache)
    # projects.json is put together from each project's JSON: the same bytes as writing it whole.
    assert first[exports.PROJECTS_JSON] == whole
    assert exports.export_files(site, SITE_URL, licence, cache) == first == exports.export_files(site, SITE_URL, licence)
    # Content read again (other objects, another title) is exported again.
    reread = load_site(REPO / "content", REPO / "data", LANGUAGES, DEFAULT_LANGUAGE)
    project = reread.projects[0]
    retitled = project.original.replace(title="Another title")
    project = dataclasses.replace(project, texts={**project.texts, retitled.language: retitled})
    reread = dataclasses.replace(reread, projects=(project, *reread.projects[1:]))
    again = exports.export_files(reread, SITE_URL, licence, cache)
    assert b"Another title" in again[exports.project_json_path(project.id)]
    assert again[exports.PROJECTS_JSON] != first[exports.PROJECTS_JSON]
