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
from .documents import DATA_FILES, UI_STRINGS
from .fields import IMAGE_EXTENSIONS, FieldType
from .front_matter import split_front_matter
from .layout import FACTS_FILE, PROJECTS_DIR, former_texts_language, texts_file, texts_language
from .model import Project, ProjectFacts, ProjectTexts, SiteContent
from .problems import ContentError, Problem
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
    def __init__(self, languages: tuple[str, ...]):
        self.languages = languages
        self.problems: list[Problem] = []
        self.references: list[Reference] = []
        # Every parsed file, so that checks made after parsing can say where.
        self.documents: dict[Path, YamlDocument] = {}
        # The fields of each file of a draft that still hold placeholders.
        self.placeholders: dict[Path, set[str]] = {}

    def line(self, path: Path, keypath: tuple[str | int, ...]) -> int | None:
        document = self.documents.get(path)
        return document.line_of(keypath) if document else None

    def read_text(self, path: Path) -> str | None:
        """The file's text without a byte-order mark, or None (a problem) if not UTF-8."""
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
            reader.problems.append(Problem(path, None, "", "the file is missing", f"create it with {block.expected}"))
            collections[name] = {}
            continue
        value = reader.read_yaml(path, block)
        collections[name] = {} if value is INVALID else value
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
    _check_keys_match(reader, facts, texts)
    if not draft:
        _check_figure_labels(reader, facts_path, facts, texts[original])
    _check_image(reader, folder, facts, texts[original])
    return Project(id=folder.name, folder=folder, facts=facts, texts=texts)


def _line_of_field(reader: _Reader, path: Path, name: str) -> int:
    """The line of field ``name`` when it is written (empty), else the first line of the front matter."""
    document = reader.documents.get(path)
    if document is None:
        return 1
    return document.lines.get((name,), document.first_line)


def _check_keys_match(reader: _Reader, facts: ProjectFacts, texts: dict[str, ProjectTexts]) -> None:
    """Labels in language files must belong to a figure, contact or link of project.yml."""
    for field in ("figures", "contacts", "links"):
        known = facts[field]
        for text in texts.values():
            for key in text[field]:
                if key not in known:
                    hint = did_you_mean(key, known) or (f"project.yml has no {field}" if not known else "ids in project.yml: " + ", ".join(known))
                    reader.problems.append(
                        Problem(text.source, reader.line(text.source, (field, key)), f"{field}.{key}", f"there is no {field[:-1] if field != 'figures' else 'figure'} {key!r} in project.yml", hint)
                    )


def _check_figure_labels(reader: _Reader, facts_path: Path, facts: ProjectFacts, original: ProjectTexts) -> None:
    """Every figure needs its label in the original: a number alone, or its id, tells a reader nothing."""
    labels = original.figures
    for index, key in enumerate(facts.figures):
        if key not in labels:
            reader.problems.append(
                Problem(
                    facts_path,
                    reader.line(facts_path, ("figures", index)),
                    f"figures[{index}]",
                    f"the figure {key!r} has no label in the original ({texts_file(original.language)})",
                    f"add it there under 'figures:' as '{key}: what the number counts'",
                )
            )


def _check_image(reader: _Reader, folder: Path, facts: ProjectFacts, original: ProjectTexts) -> None:
    """The image project.yml names must be a file in the folder, described in the original language."""
    image = facts.image
    if image is None:
        return
    facts_path = folder / FACTS_FILE
    if not (folder / image).is_file():
        present = [p.name for p in folder.iterdir() if p.suffix.lower().lstrip(".") in IMAGE_EXTENSIONS]
        reader.problems.append(
            Problem(
                facts_path,
                reader.line(facts_path, ("image",)),
                "image",
                f"there is no file {image!r} in the project's folder",
                did_you_mean(image, present) or f"put the image in {folder.name}/ next to project.yml, or delete the line",
            )
        )
    if not original.has("image_alt") and "image_alt" not in reader.placeholders.get(original.source, ()):
        reader.problems.append(
            Problem(
                original.source,
                _line_of_field(reader, original.source, "image_alt"),
                "image_alt",
                f"the original ({texts_file(original.language)}) must describe the image {image!r}",
                "add 'image_alt:' with what the image shows, for readers who cannot see it",
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



def load_site(content_dir: Path, data_dir: Path, languages: tuple[str, ...], default_language: str) -> SiteContent:
    """Read, check and link all content; raise :class:`ContentError` with every problem."""
    reader = _Reader(languages)
    collections = _read_data(reader, data_dir)
    ui = _read_ui(reader, data_dir)
    projects: list[Project] = []
    projects_dir = content_dir / PROJECTS_DIR
    if projects_dir.is_dir():
        for folder in sorted(p for p in projects_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            project = _read_project(reader, folder)
            if project is not None:
                projects.append(project)
    _link(reader, data_dir, projects)
    if reader.problems:
        raise ContentError(reader.problems, root=content_dir.parent)
    return SiteContent(
        languages=languages,
        default_language=default_language,
        organisations=collections[ORGANISATIONS],
        funders=collections[FUNDERS],
        topics=collections[TOPICS],
        ui=ui,
        projects=tuple(project for project in projects if not project.is_draft),
        drafts=tuple(project for project in projects if project.is_draft),
    )
