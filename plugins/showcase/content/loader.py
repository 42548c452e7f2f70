"""Read all content, check it against the schema, then link references.

Like Pelican: everything is read and validated first, then ids are resolved,
and only a complete, consistent :class:`SiteContent` is handed to rendering.
Every problem found on the way is collected; :func:`load_site` raises one
:class:`ContentError` holding all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .checking import INVALID, Checker, Reference, did_you_mean, is_placeholder
from .documents import COUNTRIES, DATA_FILES, OPTIONAL_DATA_FILES, UI_STRINGS
from .fields import FieldType
from .front_matter import split_front_matter
from .layout import FACTS_FILE, PROJECTS_DIR, former_texts_language, texts_file, texts_language
from .media_checks import MediaChecks
from .model import Project, ProjectFacts, ProjectTexts, SiteContent
from .pages import read_pages
from .problems import ContentError, Problem
from .publishable import content_files, named_files, unread_link
from .schema import FUNDERS, ORGANISATIONS, PROJECT_FACTS, PROJECT_TEXTS, SLUG_RE, TOPICS
from .yamlsource import YamlDocument, dotted, parse_yaml

__all__ = ["FACTS_FILE", "PROJECTS_DIR", "load_site", "written_entries"]

_PLACEHOLDER_HINT = "write the real text, or set 'draft: true' in project.yml until it is ready"


def written_entries(data: Any) -> dict[str, Any]:
    """Entries under ids as written (a list of ``- id: ...`` entries, or a mapping), including ones with problems."""
    if isinstance(data, dict):
        return {str(key): value for key, value in data.items()}
    if isinstance(data, list):
        return {str(item["id"]): item for item in data if isinstance(item, dict) and isinstance(item.get("id"), (str, int))}
    return {}


class _Reader:
    def __init__(self, languages: tuple[str, ...], roots: tuple[Path, ...] = ()):
        self.languages = languages
        self.roots = roots
        """content/ and data/: no file is read through a link leading elsewhere."""
        self.problems: list[Problem] = []
        self.references: list[Reference] = []
        # Every parsed file, so that checks made after parsing can say where.
        self.documents: dict[Path, YamlDocument] = {}
        # The files the content names (images, documents), checked once each.
        self.media = MediaChecks(self.line)
        # The fields of each file of a draft that still hold placeholders.
        self.placeholders: dict[Path, set[str]] = {}

    def line(self, path: Path, keypath: tuple[str | int, ...]) -> int | None:
        document = self.documents.get(path)
        return document.line_of(keypath) if document else None

    def read_text(self, path: Path) -> str | None:
        """The file's text without a byte-order mark, or None (a problem) if not UTF-8."""
        if (refused := unread_link(path, self.roots)) is not None:
            self.problems += refused
            return None
        try:
            return path.read_text(encoding="utf-8").lstrip("\ufeff")
        except UnicodeDecodeError as error:
            self.problems.append(Problem(path, None, "", f"the file is not UTF-8 text ({error.reason})", "save it as UTF-8"))
            return None

    def read_yaml(self, path: Path, block: FieldType) -> Any:
        document, problems = self.parse_yaml(path)
        return INVALID if document is None else self.check(document, problems, block)

    def parse_yaml(self, path: Path) -> tuple[YamlDocument | None, list[Problem]]:
        text = self.read_text(path)
        return (None, []) if text is None else parse_yaml(text, path)

    def check(self, document: YamlDocument, problems: list[Problem], block: FieldType, draft: bool = False) -> Any:
        """The checked value of ``document``; a draft's placeholders are noted in :attr:`placeholders`."""
        self.documents[document.path] = document
        self.problems += problems
        if document.data is None and problems:  # unreadable; a duplicate key still leaves the rest to check
            return INVALID
        if document.data is None:
            self.problems.append(Problem(document.path, document.first_line, "", "the file is empty", f"expected {block.expected}"))
            return INVALID
        checker = Checker(document, self.languages, draft=draft)
        value = block.check(document.data, (), checker)
        self.problems += checker.problems
        self.references += checker.references
        self.placeholders[document.path] = {str(keypath[0]) for keypath in checker.placeholders if keypath}
        return value

    def body_placeholder(self, path: Path, body: str, body_line: int, draft: bool) -> None:
        """A line of the story still holding the scaffold's placeholder: a problem unless in a draft."""
        for offset, line in enumerate(body.split("\n")):
            if is_placeholder(line):
                if draft:
                    self.placeholders.setdefault(path, set()).add("body")
                else:
                    self.problems.append(Problem(path, body_line + offset, "body", f"this is still the placeholder {line.strip()[:60]!r}", _PLACEHOLDER_HINT))
                return

    def read_language_file(self, path: Path, language: str, draft: bool = False) -> ProjectTexts | None:
        text = self.read_text(path)
        if text is None:
            return None
        split = split_front_matter(text, path)
        if isinstance(split, Problem):
            self.problems.append(split)
            return None
        if split is None:
            self.problems.append(
                Problem(path, 1, "", "the file does not start with front matter", "begin it with a line '---', the fields, and another line '---'")
            )
            return None
        front, body, body_line = split
        document, problems = parse_yaml(front, path, line_offset=0)
        if document.data is None and not problems:
            document.data = {}
        fields = self.check(document, problems, PROJECT_TEXTS, draft)
        self.body_placeholder(path, body, body_line, draft)
        if fields is INVALID:
            return None
        return ProjectTexts(fields, language=language, source=path, body=body.strip("\n"), body_line=body_line)


def _read_data(reader: _Reader, data_dir: Path) -> dict[str, Any]:
    collections: dict[str, Any] = {}
    for name, block in DATA_FILES.items():
        path = data_dir / f"{name}.yml"
        if not path.is_file():
            if name not in OPTIONAL_DATA_FILES:
                reader.problems.append(Problem(path, None, "", "the file is missing", f"create it with {block.expected}"))
            collections[name] = {}
            continue
        value = reader.read_yaml(path, block)
        collections[name] = {} if value is INVALID else value
        reader.media.check_data(path, block, collections[name], data_dir)
    return collections


def _read_ui(reader: _Reader, data_dir: Path) -> dict[str, Mapping[str, Any]]:
    ui: dict[str, Mapping[str, Any]] = {}
    for language in reader.languages:
        path = data_dir / "ui" / f"{language}.yml"
        if not path.is_file():
            reader.problems.append(Problem(path, None, "", f"the interface strings of {language!r} are missing", "copy data/ui/en.yml and translate it"))
            continue
        value = reader.read_yaml(path, UI_STRINGS)
        if value is not INVALID:
            ui[language] = value
    return ui


def _is_draft(document: YamlDocument | None) -> bool:
    return document is not None and isinstance(document.data, dict) and document.data.get("draft") is True


def _language_files(reader: _Reader, folder: Path) -> dict[str, Path]:
    """The project's language files by language; any other Markdown file is a problem."""
    files: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".md":
            continue
        language = texts_language(path.name)
        if language is not None and language in reader.languages:
            files[language] = path
            continue
        former = former_texts_language(path.name)
        if former is not None and former in reader.languages:
            hint = f"rename it to {texts_file(former)}; `showcase migrate` renames the files of every project"
            reader.problems.append(Problem(path, None, "", f"{path.name!r} is the former name of the {former!r} language file", hint))
            continue
        near = did_you_mean(path.name, [texts_file(code) for code in reader.languages])
        hint = " ".join(filter(None, (near, "language files are named " + ", ".join(texts_file(code) for code in reader.languages))))
        reader.problems.append(Problem(path, None, "", f"{path.name!r} is not the file of a language of this site", hint))
    return files


def _read_project(reader: _Reader, folder: Path) -> Project | None:
    facts_path = folder / FACTS_FILE
    if not facts_path.is_file():
        reader.problems.append(
            Problem(facts_path, None, "", "the project folder has no project.yml", "every project needs one: see CONTENT.md")
        )
        return None
    if not re.fullmatch(SLUG_RE, folder.name):
        reader.problems.append(
            Problem(folder, None, "", f"the folder name {folder.name!r} is not a valid project id", "use lowercase letters, digits and hyphens: it becomes the page address")
        )
    document, problems = reader.parse_yaml(facts_path)
    draft = _is_draft(document)
    facts: ProjectFacts = INVALID if document is None else reader.check(document, problems, PROJECT_FACTS, draft)
    texts: dict[str, ProjectTexts] = {}
    for language, path in _language_files(reader, folder).items():
        read = reader.read_language_file(path, language, draft)
        if read is not None:
            texts[language] = read
    if facts is INVALID:
        return None
    original = facts["original_language"]
    if original not in texts:
        if not (folder / texts_file(original)).is_file() and not (folder / f"{original}.md").is_file():  # a former name is reported already
            reader.problems.append(
                Problem(facts_path, reader.line(facts_path, ("original_language",)), "original_language", f"the original language is {original!r} but {texts_file(original)} does not exist", f"create {texts_file(original)} or correct original_language")
            )
        return None
    source = texts[original].source
    for spec in PROJECT_TEXTS.fields:
        if spec.required_in_original and not texts[original].has(spec.name) and spec.name not in reader.placeholders.get(source, ()):
            reader.problems.append(
                Problem(source, _line_of_field(reader, source, spec.name), spec.name, f"the original ({texts_file(original)}) must have a {spec.name}", f"add '{spec.name}:' to its front matter")
            )
    _check_keys_match(reader, facts, texts, texts[original], draft)
    facts_clean = not any(problem.file == facts_path for problem in reader.problems)
    reader.media.check_project(folder.name, folder, facts_path, facts, texts, original, facts_clean)
    return Project(id=folder.name, folder=folder, facts=facts, texts=texts)


_LABELLED = ("figures", "contacts", "links", "indicators", "events")
"""Entries of project.yml by id whose texts are in the language files under the same id."""

_NEEDS_LABEL = {"figures": "a label", "indicators": "a label", "events": "a title"}
"""Of those, the ones the page cannot show without their text in the original language."""


def _line_of_field(reader: _Reader, path: Path, name: str) -> int:
    """The line of field ``name`` when it is written (empty), else the first line of the front matter."""
    document = reader.documents.get(path)
    if document is None:
        return 1
    return document.lines.get((name,), document.first_line)


def _entry(reader: _Reader, path: Path, field: str, key: str, index: int) -> tuple[int | None, str]:
    """The line and the field name of the entry ``key`` of ``field``: under its id, or the ``index``-th ``- id:`` entry."""
    document = reader.documents.get(path)
    if document is not None and (field, index) in document.lines:
        return document.lines[(field, index)], f"{field}[{index}]"
    return reader.line(path, (field, key)), f"{field}.{key}"


def _check_keys_match(reader: _Reader, facts: ProjectFacts, texts: dict[str, ProjectTexts], original: ProjectTexts, draft: bool) -> None:
    """Texts in language files must belong to an entry of project.yml; figures, indicators and events need theirs in the original (a draft's may wait)."""
    for field in _LABELLED:
        known = facts[field]
        for text in texts.values():
            for index, key in enumerate(text[field]):
                if key not in known:
                    hint = did_you_mean(key, known) or (f"project.yml has no {field}" if not known else "ids in project.yml: " + ", ".join(known))
                    reader.problems.append(
                        Problem(text.source, *_entry(reader, text.source, field, key, index), f"there is no {field[:-1]} {key!r} in project.yml", hint)
                    )
    if draft:
        return
    facts_path = original.source.parent / FACTS_FILE
    for field, what in _NEEDS_LABEL.items():
        for index, key in enumerate(facts[field]):
            if key not in original[field]:
                reader.problems.append(
                    Problem(
                        facts_path,
                        *_entry(reader, facts_path, field, key, index),
                        f"the {field[:-1]} {key!r} has no {what.split()[1]} in the original ({texts_file(original.language)})",
                        f"add it to {texts_file(original.language)}: under '{field}:', the id {key!r} and {what}",
                    )
                )


def _written(reader: _Reader, data_dir: Path, collection: str) -> dict[str, Any]:
    """The entries of a data file as written, including ones with problems.

    References are checked against these: one mistyped field in an
    organisation must not also make every project that names it "unknown".
    """
    document = reader.documents.get(data_dir / f"{collection}.yml")
    return written_entries(document.data if document is not None else None)


def _link(reader: _Reader, data_dir: Path, projects: list[Project]) -> None:
    """Check that every referenced id exists; programmes must belong to their funder."""
    for reference in reader.references:
        known = _written(reader, data_dir, reference.collection)
        if reference.id not in known:
            reader.problems.append(
                Problem(
                    reference.document.path,
                    reference.document.line_of(reference.keypath),
                    dotted(reference.keypath),
                    f"there is no {reference.collection[:-1]} {reference.id!r} in data/{reference.collection}.yml",
                    did_you_mean(reference.id, known) or f"add it to data/{reference.collection}.yml",
                )
            )
    funders = _written(reader, data_dir, FUNDERS)
    for project in projects:
        for index, funding in enumerate(project.facts.funding):
            funder = funders.get(funding.funder)
            programmes = written_entries(funder.get("programmes") if isinstance(funder, dict) else None)
            if funding.programme and funder is not None and funding.programme not in programmes:
                reader.problems.append(
                    Problem(
                        project.folder / FACTS_FILE,
                        reader.line(project.folder / FACTS_FILE, ("funding", index, "programme")),
                        f"funding[{index}].programme",
                        f"the funder {funding.funder!r} has no programme {funding.programme!r} in data/funders.yml",
                        did_you_mean(funding.programme, programmes) or ("its programmes: " + ", ".join(programmes) if programmes else "it has no programmes: delete the line"),
                    )
                )



def load_site(
    content_dir: Path,
    data_dir: Path,
    languages: tuple[str, ...],
    default_language: str,
    reuse: Mapping[str, Project] | None = None,
) -> SiteContent:
    """Read, check and link all content; raise :class:`ContentError` with every problem.

    ``reuse``: projects read and checked before, by id, whose folders and
    ``data/`` have not changed since; they are taken as they are instead of
    being read again (a preview reads only the project an editor saved).
    """
    reader = _Reader(languages, roots=(content_dir, data_dir))
    collections = _read_data(reader, data_dir)
    ui = _read_ui(reader, data_dir)
    projects: list[Project] = []
    projects_dir = content_dir / PROJECTS_DIR
    if projects_dir.is_dir():
        for folder in sorted(p for p in projects_dir.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith((".", "_"))):
            project = reuse.get(folder.name) if reuse else None
            if project is None:
                project = _read_project(reader, folder)
            else:
                # Read before and unchanged: its named files are listed again (they passed their checks then).
                reader.media.check_project(project.id, folder, folder / FACTS_FILE, project.facts, project.texts, project.facts.original_language, True)
            if project is not None:
                projects.append(project)
    # What is published from content/: pages and the files they name, nothing else.
    # The files a value names (images, documents) are named too; images are published only resized.
    named = named_files(projects, read_pages(reader, content_dir)) | {key for key in reader.media.named if not key.startswith("data/")}
    files = content_files(content_dir, languages, named, projects)
    reader.problems += files.problems
    resized = {key for key, media in reader.media.media.items() if media.image is not None}
    _link(reader, data_dir, projects)
    reader.problems += reader.media.problems
    if reader.problems:
        raise ContentError(reader.problems, root=content_dir.parent)
    drafts = frozenset(project.id for project in projects if project.is_draft)
    return SiteContent(
        languages=languages,
        default_language=default_language,
        organisations=collections[ORGANISATIONS],
        funders=collections[FUNDERS],
        topics=collections[TOPICS],
        country_names=collections[COUNTRIES],
        ui=ui,
        projects=tuple(project for project in projects if not project.is_draft),
        drafts=tuple(project for project in projects if project.is_draft),
        published=frozenset(key for key in files.published - resized if not _in_draft(key, drafts)),
        media={key: media for key, media in reader.media.media.items() if not _in_draft(key, drafts)},
    )


def _in_draft(key: str, drafts: frozenset[str]) -> bool:
    """Whether ``key`` (a path in content/) is in the folder of a draft: checked, never published."""
    parts = key.split("/")
    return len(parts) > 2 and parts[0] == PROJECTS_DIR and parts[1] in drafts
