"""The bare-loop floor: what building the same pages costs with nothing but the essentials.

``python floor.py CONTENT_DIR OUT_DIR`` reads every page the site would build
(each project in each language, its original when the translation is missing;
the other Markdown pages of ``CONTENT_DIR``), converts its body with plain
Python-Markdown, puts it into a trivial Jinja2 template and writes it. No
validation, no theme, no navigation: the cost of reading, converting and
writing, which no site generator in Python can go below.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import markdown
from jinja2 import Template

LANGUAGES = ("cs", "en", "bg")
DEFAULT = "cs"
_TEMPLATE = Template(
    "<!doctype html>\n<html lang=\"{{ lang }}\"><head><meta charset=\"utf-8\"><title>{{ title }}</title></head>"
    "<body><main><h1>{{ title }}</h1>\n{{ content }}</main></body></html>\n"
)
_TITLE = re.compile(r"^title: *(.*)$", re.M)
_ORIGINAL = re.compile(r"^original_language: *(\w+)", re.M)


def pages(content: Path) -> list[tuple[Path, str, Path]]:
    """(source file, language, output path relative to the site) of every page."""
    result: list[tuple[Path, str, Path]] = []
    for language in LANGUAGES:
        prefix = Path() if language == DEFAULT else Path(language)
        for source in sorted(content.rglob(f"*.{language}.md")):
            if source.name.startswith("project.") and (source.parent / "project.yml").exists():
                continue  # a project's language file: its page is below
            folder = source.parent.relative_to(content)
            name = source.name.split(".")[0]
            result.append((source, language, prefix / folder / ("" if name == "index" else name) / "index.html"))
        for facts in sorted(content.glob("projects/*/project.yml")):
            folder = facts.parent
            own = folder / f"project.{language}.md"
            if not own.exists():
                match = _ORIGINAL.search(facts.read_text(encoding="utf-8"))
                own = folder / f"project.{match.group(1) if match else DEFAULT}.md"
            result.append((own, language, prefix / "projects" / folder.name / "index.html"))
    return result


def build(content: Path, out: Path) -> int:
    converter = markdown.Markdown()
    count = 0
    for source, language, target in pages(content):
        text = source.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        title = _TITLE.search(front)
        converter.reset()
        html = _TEMPLATE.render(lang=language, title=title.group(1) if title else "", content=converter.convert(body))
        path = out / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        count += 1
    return count


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
