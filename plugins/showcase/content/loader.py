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

from . import schema
from .front_matter import split_front_matter
from .model import (
    Activity,
    Contact,
    Findings,
    Funder,
    Funding,
    Organisation,
    Period,
    Programme,
    Project,
    ProjectFacts,
    ProjectTexts,
    Quote,
    SiteContent,
    Topic,
    Translated,
)
from .problems import ContentError, Problem
from .schema import INVALID, Checker, Reference, did_you_mean
from .yamlsource import YamlDocument, dotted, parse_yaml

PROJECTS_DIR = "projects"
FACTS_FILE = "project.yml"
_LANGUAGE_FILE = re.compile(r"[a-z]{2}\.md")


class _Reader:
    def __init__(self, languages: tuple[str, ...]):
        self.languages = languages
        self.problems: list[Problem] = []
        self.references: list[Reference] = []
        # Every parsed file, so that checks made after parsing can say where.
        self.documents: dict[Path, YamlDocument] = {}

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

    def read_yaml(self, path: Path, block: schema.FieldType) -> Any:
        text = self.read_text(path)
        if text is None:
            return INVALID
        document, problems = parse_yaml(text, path)
        return self.check(document, problems, block)

    def check(self, document: YamlDocument, problems: list[Problem], block: schema.FieldType) -> Any:
        self.documents[document.path] = document
        self.problems += problems
        if document.data is None and problems:  # unreadable; a duplicate key still leaves the rest to check
            return INVALID
        if document.data is None:
            self.problems.append(Problem(document.path, document.first_line, "", "the file is empty", f"expected {block.expected}"))
            return INVALID
        checker = Checker(document, self.languages)
        value = block.check(document.data, (), checker)
        self.problems += checker.problems
        self.references += checker.references
        return value

    def read_language_file(self, path: Path, language: str) -> ProjectTexts | None:
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
        fields = self.check(document, problems, schema.PROJECT_TEXTS)
        if fields is INVALID:
            return None
        return ProjectTexts(
            language=language,
            source=path,
            title=fields.get("title"),
            subtitle=fields.get("subtitle"),
            summary=fields.get("summary"),
            geographic_scope=fields.get("geographic_scope"),
            places=tuple(fields.get("places", ())),
            goals=tuple(fields.get("goals", ())),
            target_groups=tuple(fields.get("target_groups", ())),
            activities=tuple(Activity(**a) for a in fields.get("activities", ())),
            findings=Findings(**{k: tuple(v) for k, v in fields["findings"].items()}) if "findings" in fields else None,
            quotes=tuple(Quote(**q) for q in fields.get("quotes", ())),
            figures=fields.get("figures", {}),
            contacts=fields.get("contacts", {}),
            links=fields.get("links", {}),
            acknowledgement=fields.get("acknowledgement"),
            image_alt=fields.get("image_alt"),
            body=body.strip("\n"),
            body_line=body_line,
        )


def _read_data(reader: _Reader, data_dir: Path) -> dict[str, Any]:
    collections: dict[str, Any] = {}
    for name, block in schema.DATA_FILES.items():
        path = data_dir / f"{name}.yml"
        if not path.is_file():
            reader.problems.append(Problem(path, None, "", "the file is missing", f"create it with {block.expected}"))
            collections[name] = {}
            continue
        value = reader.read_yaml(path, block)
        collections[name] = {} if value is INVALID else value
    return collections


def _read_ui(reader: _Reader, data_dir: Path) -> dict[str, dict[str, Any]]:
    ui: dict[str, dict[str, Any]] = {}
    for language in reader.languages:
        path = data_dir / "ui" / f"{language}.yml"
        if not path.is_file():
            reader.problems.append(Problem(path, None, "", f"the interface strings of {language!r} are missing", "copy data/ui/en.yml and translate it"))
            continue
        value = reader.read_yaml(path, schema.UI_STRINGS)
        if value is not INVALID:
            ui[language] = value
    return ui


def _read_project(reader: _Reader, folder: Path) -> Project | None:
    facts_path = folder / FACTS_FILE
    if not facts_path.is_file():
        reader.problems.append(
            Problem(facts_path, None, "", "the project folder has no project.yml", "every project needs one: see CONTENT.md")
        )
        return None
    if not re.fullmatch(schema.SLUG_RE, folder.name):
        reader.problems.append(
            Problem(folder, None, "", f"the folder name {folder.name!r} is not a valid project id", "use lowercase letters, digits and hyphens: it becomes the page address")
        )
    facts = reader.read_yaml(facts_path, schema.PROJECT_FACTS)
    texts: dict[str, ProjectTexts] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".md":
            continue
        language = path.stem
        if not _LANGUAGE_FILE.fullmatch(path.name) or language not in reader.languages:
            reader.problems.append(
                Problem(
                    path,
                    None,
                    "",
                    f"{path.name!r} is not the file of a language of this site",
                    " ".join(filter(None, (did_you_mean(path.stem, reader.languages), "language files are named " + ", ".join(f"{code}.md" for code in reader.languages)))),
                )
            )
            continue
        read = reader.read_language_file(path, language)
        if read is not None:
            texts[language] = read
    if facts is INVALID:
        return None
    original = facts["original_language"]
    if original not in texts:
        if not (folder / f"{original}.md").is_file():
            reader.problems.append(
                Problem(facts_path, reader.line(facts_path, ("original_language",)), "original_language", f"the original language is {original!r} but {original}.md does not exist", f"create {original}.md or correct original_language")
            )
        return None
    for name in ("title", "summary"):
        if not texts[original].has(name):
            reader.problems.append(
                Problem(texts[original].source, 1, name, f"the original ({original}.md) must have a {name}", f"add '{name}:' to its front matter")
            )
    _check_keys_match(reader, facts, texts)
    _check_image(reader, folder, facts, texts[original])
    period = facts.get("period")
    return Project(
        id=folder.name,
        folder=folder,
        facts=ProjectFacts(
            original_language=original,
            organisation=facts["organisation"],
            countries=tuple(facts["countries"]),
            partners=tuple(facts.get("partners", ())),
            funding=tuple(Funding(**f) for f in facts.get("funding", ())),
            registration_number=facts.get("registration_number"),
            identifier=facts.get("identifier"),
            period=Period(period.get("start"), period.get("end")) if period else None,
            status=facts.get("status"),
            topics=tuple(facts.get("topics", ())),
            figures=facts.get("figures", {}),
            contacts=tuple(Contact(id=key, **value) for key, value in facts.get("contacts", {}).items()),
            links=facts.get("links", {}),
            image=facts.get("image"),
        ),
        texts=texts,
    )


def _check_keys_match(reader: _Reader, facts: dict[str, Any], texts: dict[str, ProjectTexts]) -> None:
    """Labels in language files must belong to a figure, contact or link of project.yml."""
    for field in ("figures", "contacts", "links"):
        known = facts.get(field, {})
        for text in texts.values():
            for key in getattr(text, field):
                if key not in known:
                    hint = did_you_mean(key, known) or (f"project.yml has no {field}" if not known else "ids in project.yml: " + ", ".join(known))
                    reader.problems.append(
                        Problem(text.source, reader.line(text.source, (field, key)), f"{field}.{key}", f"there is no {field[:-1] if field != 'figures' else 'figure'} {key!r} in project.yml", hint)
                    )


def _check_image(reader: _Reader, folder: Path, facts: dict[str, Any], original: ProjectTexts) -> None:
    """The image project.yml names must be a file in the folder, described in the original language."""
    image = facts.get("image")
    if image is None:
        return
    facts_path = folder / FACTS_FILE
    if not (folder / image).is_file():
        present = [p.name for p in folder.iterdir() if p.suffix.lower().lstrip(".") in schema.IMAGE_EXTENSIONS]
        reader.problems.append(
            Problem(
                facts_path,
                reader.line(facts_path, ("image",)),
                "image",
                f"there is no file {image!r} in the project's folder",
                did_you_mean(image, present) or f"put the image in {folder.name}/ next to project.yml, or delete the line",
            )
        )
    if not original.has("image_alt"):
        reader.problems.append(
            Problem(
                original.source,
                1,
                "image_alt",
                f"the original ({original.language}.md) must describe the image {image!r}",
                "add 'image_alt:' with what the image shows, for readers who cannot see it",
            )
        )


def _written(reader: _Reader, data_dir: Path, collection: str) -> dict[str, Any]:
    """The entries of a data file as written, including ones with problems.

    References are checked against these: one mistyped field in an
    organisation must not also make every project that names it "unknown".
    """
    document = reader.documents.get(data_dir / f"{collection}.yml")
    data = document.data if document is not None else None
    return {str(key): value for key, value in data.items()} if isinstance(data, dict) else {}


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
    funders = _written(reader, data_dir, schema.FUNDERS)
    for project in projects:
        for index, funding in enumerate(project.facts.funding):
            funder = funders.get(funding.funder)
            programmes = funder.get("programmes") if isinstance(funder, dict) else None
            programmes = programmes if isinstance(programmes, dict) else {}
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
    reader = _Reader(languages)
    collections = _read_data(reader, data_dir)
    ui = _read_ui(reader, data_dir)
    projects: list[Project] = []
    projects_dir = content_dir / PROJECTS_DIR
    if projects_dir.is_dir():
        for folder in sorted(p for p in projects_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            project = reuse.get(folder.name) if reuse else None
            if project is None:
                project = _read_project(reader, folder)
            if project is not None:
                projects.append(project)
    _link(reader, data_dir, projects)
    if reader.problems:
        raise ContentError(reader.problems, root=content_dir.parent)
    return SiteContent(
        languages=languages,
        default_language=default_language,
        organisations={
            key: Organisation(key, Translated(v["name"]), v.get("country"), v.get("website"))
            for key, v in collections[schema.ORGANISATIONS].items()
        },
        funders={
            key: Funder(
                key,
                Translated(v["name"]),
                Translated(v["acknowledgement"]) if "acknowledgement" in v else None,
                {p: Programme(p, Translated(pv["name"])) for p, pv in v.get("programmes", {}).items()},
            )
            for key, v in collections[schema.FUNDERS].items()
        },
        topics={key: Topic(key, Translated(v["name"])) for key, v in collections[schema.TOPICS].items()},
        ui=ui,
        projects=tuple(projects),
    )
