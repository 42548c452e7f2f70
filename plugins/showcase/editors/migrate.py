"""``showcase migrate``: bring every project and data file to the current layout, in one go.

What changed, and why (the content editor, Sveltia CMS, must be able to
create and edit everything; see :mod:`showcase.publishing.cms`):

- a project's language files are ``project.<language>.md``, not
  ``<language>.md`` (:mod:`showcase.content.layout`): the name Sveltia gives the
  translations of an entry;
- entries under ids whose values are blocks or numbers (``contacts``,
  ``figures``, ``indicators`` and ``events`` in ``project.yml``; ``indicators``
  and ``events`` in the language files; the entries of ``data/*.yml``, a
  funder's ``programmes``) are lists of ``- id: ...`` entries: Sveltia edits a list of
  blocks, and has no widget for a mapping of blocks under chosen keys;
- a name written once for every language (``name: ROMODROM``) is written for
  each language: Sveltia's form for it is one text per language, and would
  drop a single text on saving.

The files are rewritten only where something changes: the other fields of a
``project.yml`` keep their lines as written, plain values keep their spelling
(``NO`` stays ``NO``), and a data file keeps its opening comment. Running it
again changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..content.blocks import Block, KeyedMap, ListOf
from ..content.documents import DATA_FILES
from ..content.fields import FieldType, LocalizedText
from ..content.front_matter import split_front_matter
from ..content.layout import FACTS_FILE, PROJECTS_DIR, former_texts_language, texts_file
from ..content.schema import PROJECT_FACTS, PROJECT_TEXTS
from ..content.visitor import ScalarVisitor
from ..content.yamlsource import KeyPath, YamlDocument, parse_yaml


class Plain(str):
    """A scalar written without quotes, kept exactly as typed."""

    __slots__ = ()


_FUTURE = {"renamed": "would rename", "rewrote": "would rewrite"}


@dataclass
class Migration:
    """What a migration did (or, dry, would do): one line per file."""

    dry_run: bool = False
    done: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def did(self, verb: str, what: str) -> None:
        """Note that ``verb`` (``renamed``, ``rewrote``) was, or in a dry run would be, done to ``what``."""
        self.done.append(f"{_FUTURE[verb] if self.dry_run else verb} {what}")


class _Converted(ScalarVisitor[Any]):
    """A written value in the current form, read along its type."""

    def __init__(self, value: Any, languages: tuple[str, ...]):
        self.value = value
        self.languages = languages

    def _at(self, field_type: FieldType, value: Any) -> Any:
        return field_type.accept(_Converted(value, self.languages))

    def scalar(self, field_type: FieldType) -> Any:
        return self.value

    def localized_text(self, field_type: LocalizedText) -> Any:
        if isinstance(self.value, str):
            return {language: self.value for language in self.languages}
        return self.value

    def list_of(self, field_type: ListOf) -> Any:
        if not isinstance(self.value, list):
            return self.value
        return [self._at(field_type.item, item) for item in self.value]

    def block(self, field_type: Block) -> Any:
        if not isinstance(self.value, dict):
            return self.value
        fields = field_type.by_name
        return {key: self._at(fields[str(key)].type, item) if str(key) in fields else item for key, item in self.value.items()}

    def keyed_map(self, field_type: KeyedMap) -> Any:
        value = self.value
        if field_type.listed and isinstance(value, dict):
            entries = []
            for key, item in value.items():
                converted = self._at(field_type.value, item)
                if isinstance(field_type.value, Block) and isinstance(converted, dict):
                    entries.append({"id": Plain(str(key)), **converted})
                else:
                    entries.append({"id": Plain(str(key)), "value": converted})
            return entries
        if field_type.listed and isinstance(value, list):
            return [self._at(field_type.entry, item) for item in value]
        if isinstance(value, dict):
            return {key: self._at(field_type.value, item) for key, item in value.items()}
        return value


def _with_plain(document: YamlDocument) -> Any:
    """The document's data with every unquoted scalar as :class:`Plain`, spelt as written."""

    def at(value: Any, keypath: KeyPath) -> Any:
        if isinstance(value, dict):
            return {key: at(item, (*keypath, key)) for key, item in value.items()}
        if isinstance(value, list):
            return [at(item, (*keypath, index)) for index, item in enumerate(value)]
        raw = document.raw(keypath)
        return Plain(raw) if raw is not None else value

    return at(document.data, ())


def _scalar(value: Any) -> str:
    if isinstance(value, Plain):
        return str(value)
    if isinstance(value, str):
        # It was quoted as written (a plain scalar is a Plain): it stays quoted.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


_FLOW_WIDTH = 100
"""A block of plain values shorter than this is written on one line: ``name: {cs: ..., en: ...}``."""


def _in_flow(value: Any) -> str:
    """A scalar inside ``[...]`` or ``{...}``, where a plain one cannot hold , [ ] { } or ': '."""
    text = _scalar(value)
    if isinstance(value, Plain) and (any(c in text for c in ",[]{}") or ": " in text or " #" in text):
        return json.dumps(str(value), ensure_ascii=False)
    return text


def _flow_map(value: dict[Any, Any]) -> str:
    return "{" + ", ".join(f"{key}: {_in_flow(item)}" for key, item in value.items()) + "}"


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def emit(value: Any, indent: int = 0) -> list[str]:
    """Block-style YAML lines for ``value`` (a list of scalars in flow style: ``[CZ, SK]``)."""
    space = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if _is_scalar(item):
                lines.append(f"{space}{key}: {_scalar(item)}".rstrip())
            elif isinstance(item, list) and all(_is_scalar(v) for v in item):
                lines.append(f"{space}{key}: [{', '.join(_in_flow(v) for v in item)}]")
            elif isinstance(item, dict) and all(_is_scalar(v) for v in item.values()) and len(flow := _flow_map(item)) <= _FLOW_WIDTH - indent:
                lines.append(f"{space}{key}: {flow}")
            elif not item:
                lines.append(f"{space}{key}: {'{}' if isinstance(item, dict) else '[]'}")
            else:
                lines.append(f"{space}{key}:")
                lines += emit(item, indent + 2)
        return lines
    assert isinstance(value, list)
    for item in value:
        if _is_scalar(item) or not item:
            lines.append(f"{space}- {_scalar(item) if _is_scalar(item) else json.dumps(item)}")
            continue
        inner = emit(item, indent + 2)
        lines.append(f"{space}- {inner[0][indent + 2:]}")
        lines += inner[1:]
    return lines


def _read(path: Path) -> YamlDocument | None:
    document, problems = parse_yaml(path.read_text(encoding="utf-8").lstrip("\ufeff"), path)
    return None if problems or document.data is None else document


def _fields_text(document: YamlDocument, text: str, block: Block, languages: tuple[str, ...]) -> tuple[str, list[str]]:
    """``project.yml`` (or a language file's front matter) with the fields that change rewritten in place; their names."""
    data = _with_plain(document)
    if not isinstance(data, dict):
        return text, []
    lines = text.split("\n")
    starts = sorted((document.lines[(key,)] - 1, key) for key in data if (key,) in document.lines)
    changed: list[str] = []
    by_name = block.by_name
    for number, (start, key) in reversed(list(enumerate(starts))):
        spec = by_name.get(str(key))
        if spec is None:
            continue
        converted = spec.type.accept(_Converted(data[key], languages))
        if converted == data[key]:
            continue
        end = starts[number + 1][0] if number + 1 < len(starts) else len(lines)
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        lines[start:end] = emit({key: converted})
        changed.insert(0, str(key))
    return "\n".join(lines), changed


def _texts_text(path: Path, text: str, languages: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """A language file with the fields of its front matter that change rewritten in place; None if it cannot be read."""
    split = split_front_matter(text, path)
    if not isinstance(split, tuple):
        return None
    front = split[0]
    document, problems = parse_yaml(front, path)
    if problems:
        return None
    if not isinstance(document.data, dict):
        return text, []
    start = text.index(front, 3)  # just after the opening '---'
    new_front, changed = _fields_text(document, front, PROJECT_TEXTS, languages)
    return text[:start] + new_front + text[start + len(front) :], changed


def _data_text(document: YamlDocument, text: str, field_type: FieldType, languages: tuple[str, ...]) -> str | None:
    """A data file in the current form, its opening comment kept; None if it is already."""
    data = _with_plain(document)
    converted = field_type.accept(_Converted(data, languages))
    if converted == data:
        return None
    header = []
    for line in text.split("\n"):
        if not line.startswith("#"):
            break
        header.append(line)
    body: list[str] = []
    for entry in converted if isinstance(converted, list) else [converted]:
        body += ([""] if body else []) + emit([entry])
    return "\n".join([*header, *body]) + "\n"


def migrate(content_dir: Path, data_dir: Path, languages: tuple[str, ...], root: Path, dry_run: bool = False) -> Migration:
    """Bring the projects under ``content_dir`` and the files in ``data_dir`` to the current layout."""
    result = Migration(dry_run)

    def shown(path: Path) -> str:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    projects = content_dir / PROJECTS_DIR
    folders = sorted(p for p in projects.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))) if projects.is_dir() else []
    for folder in folders:
        for path in sorted(folder.glob("*.md")):
            language = former_texts_language(path.name)
            if language is None or language not in languages:
                continue
            target = folder / texts_file(language)
            if target.exists():
                result.problems.append(f"{shown(path)}: not renamed, {shown(target)} exists too: keep one of them")
                continue
            if not dry_run:
                path.rename(target)
            result.did("renamed", f"{shown(path)} to {target.name}")
        for language in languages:
            path = folder / texts_file(language)
            if not path.is_file() and dry_run and (folder / f"{language}.md").is_file():
                path = folder / f"{language}.md"  # a dry run renamed nothing
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            converted = _texts_text(path, text, languages)
            if converted is None:
                result.problems.append(f"{shown(path)}: not converted: fix what `showcase check` says about it first")
            elif converted[1]:
                if not dry_run:
                    path.write_text(converted[0], encoding="utf-8")
                result.did("rewrote", f"{shown(path)} ({', '.join(converted[1])})")
        facts = folder / FACTS_FILE
        document = _read(facts) if facts.is_file() else None
        if document is not None:
            text = facts.read_text(encoding="utf-8")
            new_text, changed = _fields_text(document, text, PROJECT_FACTS, languages)
            if changed:
                if not dry_run:
                    facts.write_text(new_text, encoding="utf-8")
                result.did("rewrote", f"{shown(facts)} ({', '.join(changed)})")
        elif facts.is_file():
            result.problems.append(f"{shown(facts)}: not converted: fix what `showcase check` says about it first")
    for name, field_type in DATA_FILES.items():
        path = data_dir / f"{name}.yml"
        if not path.is_file():
            continue
        document = _read(path)
        if document is None:
            result.problems.append(f"{shown(path)}: not converted: fix what `showcase check` says about it first")
            continue
        data_text = _data_text(document, path.read_text(encoding="utf-8"), field_type, languages)
        if data_text is not None:
            if not dry_run:
                path.write_text(data_text, encoding="utf-8")
            result.did("rewrote", shown(path))
    return result
