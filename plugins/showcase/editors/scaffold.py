"""The files of a new project, every field written out and explained, from the schema.

``project.yml`` and one ``project.<language>.md`` per language. The project is a
draft (``draft: true``): checked, never published. What the editor must write
is a placeholder starting ``TODO:`` (:data:`~showcase.content.checking.PLACEHOLDER_MARK`),
which the check accepts in a draft and refuses anywhere else, so nothing
half-written is published and no real-looking value (an organisation's id) is
there to be forgotten. Every optional field is commented out with an example.
Each field is explained by its description from :mod:`showcase.content.schema`
in the language of the file (``project.yml``: the editor's), so the files
explain themselves and cannot drift from what the build accepts. Each starts
with a ``yaml-language-server`` modeline pointing at the JSON Schema.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..content.blocks import Block, Field, shape, written
from ..content.checking import PLACEHOLDER_MARK
from ..content.layout import FACTS_FILE, PROJECTS_DIR, texts_file
from ..content.schema import PROJECT_FACTS, PROJECT_TEXTS, SLUG_RE
from ..paths import SCHEMA_DIR

COMMENT_COLUMN = 40

# What the scaffold says in the editor's language (the field descriptions come from the schema).
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "required": "required",
        "required_in_original": "required in the original",
        "an_id": "an id of your choice",
        "fill_in": "fill in",
        "facts": "The facts of the project, the same in every language. Lines starting with # are optional\n"
        "fields: delete the # (and the space after it) to use one. Replace every 'TODO: ...', then\n"
        "delete 'draft: true' to publish the project. Every field is explained in EDITING.md.",
        "original": "The texts of the project in its original language. Lines starting with # are optional.\n"
        "Replace every 'TODO: ...'.",
        "translation": "The translation into English. Every field is optional: a field left out (or this whole\n"
        "file left as it is) shows the original. Delete the # of each field you translate.",
        "body": "the story of the project, in Markdown. Use ## headings for its sections.",
    },
    "cs": {
        "required": "povinné",
        "required_in_original": "povinné v původním jazyce",
        "an_id": "id, které si zvolíte",
        "fill_in": "doplňte",
        "facts": "Fakta o projektu, stejná ve všech jazycích. Řádky začínající # jsou nepovinná pole:\n"
        "pole použijete, když smažete # (i mezeru za ním). Nahraďte každé „TODO: …“ a pak projekt\n"
        "zveřejněte smazáním řádku „draft: true“. Každé pole vysvětluje EDITING.cs.md.",
        "original": "Texty projektu v jeho původním jazyce. Řádky začínající # jsou nepovinné.\n"
        "Nahraďte každé „TODO: …“.",
        "translation": "Překlad do češtiny. Všechna pole jsou nepovinná: místo vynechaného pole (nebo celého\n"
        "souboru ponechaného tak, jak je) se ukáže originál. U každého přeloženého pole smažte #.",
        "body": "příběh projektu v Markdownu. Jeho části uvozujte nadpisy ##.",
    },
    "bg": {
        "required": "задължително",
        "required_in_original": "задължително на оригиналния език",
        "an_id": "идентификатор по ваш избор",
        "fill_in": "попълнете",
        "facts": "Фактите за проекта, еднакви на всички езици. Редовете, започващи с #, са незадължителни\n"
        "полета: изтрийте # (и интервала след него), за да използвате поле. Заменете всяко „TODO: …“,\n"
        "след това изтрийте „draft: true“, за да публикувате проекта. Всяко поле е обяснено в EDITING.bg.md.",
        "original": "Текстовете на проекта на оригиналния му език. Редовете, започващи с #, са незадължителни.\n"
        "Заменете всяко „TODO: …“.",
        "translation": "Преводът на български. Всички полета са незадължителни: вместо пропуснато поле (или\n"
        "целия файл, оставен както е) се показва оригиналът. Изтрийте # пред всяко преведено поле.",
        "body": "историята на проекта, в Markdown. Разделяйте частите ѝ със заглавия ##.",
    },
}


def words(language: str) -> dict[str, str]:
    """The scaffold's own words in ``language`` (English for a language it does not speak)."""
    return _WORDS.get(language, _WORDS["en"])


MAX_SLUG_LENGTH = 100
"""Characters of a project id: it is a folder name (at most 255 bytes) and a part of every address of the project."""


def slug_problem(slug: str) -> str | None:
    """Why ``slug`` cannot be a project id, or None if it can."""
    if len(slug) > MAX_SLUG_LENGTH:
        return f"the project id is {len(slug)} characters long; at most {MAX_SLUG_LENGTH} are allowed: choose a shorter one (it becomes the page address)"
    if not re.fullmatch(SLUG_RE, slug):
        return f"{slug!r} is not a valid project id: use lowercase letters, digits and single hyphens, like 'green-schools' (it becomes the page address)"
    return None


def _flow(value: Any) -> str:
    """A value as one line of YAML."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False).strip()
    return text.removesuffix("\n...").removesuffix("...").strip()


def _line(indent: int, text: str, comment: str, commented: bool) -> str:
    line = ("# " if commented else "") + " " * indent + text
    return f"{line.ljust(COMMENT_COLUMN - 1)} # {comment}" if comment else line


def _description(spec: Field, language: str) -> str:
    return spec.descriptions.get(language) or spec.description


class _Writer:
    """Lines of YAML for fields, explained in one language."""

    def __init__(self, language: str):
        self.language = language
        self.words = words(language)

    def field(self, spec: Field, value: Any, indent: int, commented: bool) -> list[str]:
        """Lines for ``spec`` holding ``value``, its description as a comment."""
        nested = shape(written(spec.type))
        kind, inner = nested.container, nested.block
        comment = _description(spec, self.language)
        if inner is not None and isinstance(value, (dict, list)):
            lines = [_line(indent, f"{spec.name}:", comment, commented)]
            if kind == "map" and isinstance(value, dict):
                for key, item in value.items():
                    lines.append(_line(indent + 2, f"{key}:", self.words["an_id"], commented))
                    lines += self.block(inner, item, indent + 4, commented)
                return lines
            for item in value if isinstance(value, list) else [value]:
                if kind == "list":
                    block = self.block(inner, item, indent + 4, commented)
                    # "- " takes the place of the first field's last two spaces of indentation.
                    mark = "# " if commented else ""
                    block[0] = mark + " " * (indent + 2) + "- " + block[0].removeprefix(mark + " " * (indent + 4))
                    lines += block
                else:
                    lines += self.block(inner, item, indent + 2, commented)
            return lines
        return [_line(indent, f"{spec.name}: {_flow(value)}", comment, commented)]

    def block(self, block: Block, value: dict[str, Any], indent: int, commented: bool) -> list[str]:
        lines: list[str] = []
        for spec in block.fields:
            if spec.name in value:
                lines += self.field(spec, value[spec.name], indent, commented)
        return lines

    def required(self, spec: Field, value: Any, which: str) -> str:
        description = _description(spec, self.language).split(". ")[0].removesuffix(".")
        return _line(0, f"{spec.name}: {_flow(value)}", f"{self.words[which]}: {description}.", False)

    def placeholder(self) -> str:
        """A value for the editor to write (its description is the comment beside it)."""
        return f"{PLACEHOLDER_MARK} {self.words['fill_in']}"


def _example(spec: Field) -> Any:
    """The field's example, or one built from its subfields' examples."""
    if spec.example is not None:
        return spec.example
    nested = shape(written(spec.type))
    if nested.block is not None:
        item = {sub.name: _example(sub) for sub in nested.block.fields if _example(sub) is not None}
        return [item] if nested.container == "list" else {"my-id": item} if nested.container == "map" else item
    return None


def _modeline(folder: Path, root: Path, schema_file: str) -> str:
    relative = Path(os.path.relpath(root / SCHEMA_DIR / schema_file, folder)).as_posix()
    return f"# yaml-language-server: $schema={relative}"


def _comments(text: str) -> list[str]:
    return [f"# {line}" for line in text.split("\n")]


@dataclass(frozen=True)
class NewProject:
    """What ``showcase new`` needs to know about the site and the project."""

    root: Path
    content_dir: Path
    languages: tuple[str, ...]
    original: str
    """The language the editor writes the project in."""
    title: str | None = None
    """The title as the editor typed it; None: a placeholder."""


def facts_text(site: NewProject, folder: Path) -> str:
    """The text of a new ``project.yml``: a draft, explained in the editor's language."""
    writer = _Writer(site.original)
    lines = [_modeline(folder, site.root, "project.schema.json"), *_comments(writer.words["facts"]), ""]
    for spec in PROJECT_FACTS.fields:
        if spec.name == "draft":
            lines.append(_line(0, "draft: true", _description(spec, site.original), False))
        elif spec.required:
            value = site.original if spec.name == "original_language" else writer.placeholder()
            lines.append(writer.required(spec, value, "required"))
        elif (example := _example(spec)) is not None:
            lines += writer.field(spec, example, 0, True)
    return "\n".join(lines) + "\n"


def texts_text(site: NewProject, folder: Path, language: str) -> str:
    """The text of a new ``project.<language>.md``: placeholders in the original, all commented out otherwise."""
    writer = _Writer(language)
    is_original = language == site.original
    lines = ["---", _modeline(folder, site.root, "project-texts.schema.json")]
    lines += _comments(writer.words["original" if is_original else "translation"])
    for spec in PROJECT_TEXTS.fields:
        if is_original and spec.required_in_original:
            value = site.title if spec.name == "title" and site.title else writer.placeholder()
            lines.append(writer.required(spec, value, "required_in_original"))
        elif (example := _example(spec)) is not None:
            lines += writer.field(spec, example, 0, True)
    lines += ["---", ""]
    if is_original:
        lines += [f"{PLACEHOLDER_MARK} {writer.words['body']}", ""]
    return "\n".join(lines)


def scaffold(site: NewProject, slug: str) -> list[Path]:
    """Write the files of project ``slug``; returns them. The folder must not exist."""
    folder = site.content_dir / PROJECTS_DIR / slug
    folder.mkdir(parents=True)
    written_files = [folder / FACTS_FILE]
    (folder / FACTS_FILE).write_text(facts_text(site, folder), encoding="utf-8")
    for language in site.languages:
        path = folder / texts_file(language)
        path.write_text(texts_text(site, folder, language), encoding="utf-8")
        written_files.append(path)
    return written_files
