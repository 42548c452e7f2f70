"""The loader's checks of the files the content names, and of what describes them.

For every file a checked value names (:func:`~showcase.content.media.file_values`):
it exists, an image decodes and is within the limits, a document is what its
name says; every image is described, in the original and in every language
that has a translation of its own; descriptions and titles in the language
files belong to an image or a document of ``project.yml``. Each problem is
reported at the line of the value, like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from .blocks import shape
from .checking import did_you_mean
from .fields import IMAGE_EXTENSIONS, FieldType, ImageFile
from .layout import texts_file
from .media import MediaFile, Trouble, file_values, media_key, read_document, read_image
from .media_fields import DocumentFile
from .model import ProjectFacts, ProjectTexts
from .problems import Problem
from .schema import PROJECT_FACTS, PROJECT_TEXTS
from .yamlsource import KeyPath, dotted

LineOf = Callable[[Path, KeyPath], int | None]
"""The line of a value in a file the loader read."""


class MediaChecks:
    """Checks each named file once, whoever names it; collects the files and the problems."""

    def __init__(self, line: LineOf):
        self.line = line
        self.problems: list[Problem] = []
        self.media: dict[str, MediaFile] = {}
        self._failed: set[str] = set()

    @property
    def named(self) -> set[str]:
        """The keys of every file a value names, whether its checks passed or not (a bad file is named all the same)."""
        return {*self.media, *self._failed}

    def _problem(self, path: Path, keypath: KeyPath, message: str, hint: str | None) -> None:
        self.problems.append(Problem(path, self.line(path, keypath), dotted(keypath), message, hint))

    def check_files(self, named_in: Path, field_type: FieldType, value: Any, base: Path, project_id: str | None) -> None:
        """Every file ``value`` (read from ``named_in``) names, relative to ``base``."""
        for keypath, file_type, name in file_values(field_type, value):
            self._check_file(named_in, keypath, file_type, name, base, project_id)

    def _check_file(self, named_in: Path, keypath: KeyPath, file_type: ImageFile | DocumentFile, name: str, base: Path, project_id: str | None) -> None:
        key = media_key(file_type, name, project_id)
        widths = file_type.widths if isinstance(file_type, ImageFile) else ()
        if key in self.media:
            known = self.media[key]
            self.media[key] = replace(known, widths=tuple(sorted({*known.widths, *widths})))
            return
        source = base / name
        if key in self._failed:
            return
        if not source.is_file():
            self._failed.add(key)
            where = "under data/" if project_id is None else "in the project's folder"
            extensions = IMAGE_EXTENSIONS if isinstance(file_type, ImageFile) else None
            siblings = source.parent.iterdir() if source.parent.is_dir() else iter(())
            near = [p.relative_to(base).as_posix() for p in siblings if extensions is None or p.suffix.lower().lstrip(".") in extensions]
            fix = did_you_mean(name, near) or f"put the file {'there' if project_id is None else 'next to project.yml'}, or correct the name"
            self._problem(named_in, keypath, f"there is no file {name!r} {where}", fix)
            return
        if not source.resolve().is_relative_to(base.resolve()):
            # A symbolic link out of the content: the build publishes only what the content folders hold.
            self._failed.add(key)
            self._problem(named_in, keypath, f"{name!r} is a link to a file outside {'data/' if project_id is None else 'the project'}", "put the file itself there")
            return
        if isinstance(file_type, ImageFile):
            image = read_image(source)
            if isinstance(image, Trouble):
                self._failed.add(key)
                self._problem(named_in, keypath, f"{name!r}: {image.message}", image.fix)
                return
            info, digest = image
            self.media[key] = MediaFile(key, source, "image", source.stat().st_size, digest, info, widths)
            return
        document = read_document(source, source.suffix.lstrip("."))
        if isinstance(document, Trouble):
            self._failed.add(key)
            self._problem(named_in, keypath, f"{name!r}: {document.message}", document.fix)
            return
        size, digest = document
        self.media[key] = MediaFile(key, source, "document", size, digest)

    # -- a project -----------------------------------------------------------------------

    def check_project(
        self, project_id: str, folder: Path, facts_path: Path, facts: ProjectFacts, texts: Mapping[str, ProjectTexts], original: str, facts_clean: bool
    ) -> None:
        """The files ``project.yml`` names, and their descriptions and titles in the language files.

        ``facts_clean``: ``project.yml`` had no problem. A list item with one is
        left out of the checked facts, so descriptions and titles are checked
        against the facts only when it had none (else every description of a
        mistyped entry would be reported too).
        """
        self.check_files(facts_path, PROJECT_FACTS, facts, folder, project_id)
        if not self._unique(facts_path, facts) or not facts_clean:
            return
        described = [texts[original], *(t for language, t in texts.items() if language != original and not t.is_empty)]
        for _, file_type, name in file_values(PROJECT_FACTS, facts):
            if isinstance(file_type, ImageFile) and file_type.alt:
                for text in described:
                    self._check_described(text, file_type.alt, name, text.language == original)
        self._check_text_keys(facts, texts.values(), original)

    def _check_described(self, text: ProjectTexts, alt: str, image: str, is_original: bool) -> None:
        by_file = shape(PROJECT_TEXTS.by_name[alt].type).container == "map"
        if text.has(alt) and (not by_file or image in text[alt]):
            return
        which = f"the original ({texts_file(text.language)}) must" if is_original else f"the translation {texts_file(text.language)} must also"
        written = self.line(text.source, (alt,)) if text.has(alt) else None
        fix = f"add a line '{image}: <what it shows>' under '{alt}:'" if by_file else f"add '{alt}:' with what the image shows"
        self.problems.append(
            Problem(
                text.source, written or 1, f"{alt}.{image}" if by_file else alt, f"{which} describe the image {image!r}",
                f"{fix}, in this file's language, for readers who cannot see it",
            )
        )

    def _unique(self, facts_path: Path, facts: ProjectFacts) -> bool:
        """No image twice in the gallery, no document id twice (reported if there is)."""
        before = len(self.problems)
        named = {"gallery": [entry.file for entry in facts.gallery], "documents": [entry.key for entry in facts.documents]}
        for field, values in named.items():
            seen: set[str] = set()
            for index, value in enumerate(values):
                if value in seen:
                    what = "the image" if field == "gallery" else "the id"
                    self._problem(facts_path, (field, index), f"{what} {value!r} is listed twice", "delete one of them")
                seen.add(value)
        return len(self.problems) == before

    def _check_text_keys(self, facts: ProjectFacts, texts: Iterable[ProjectTexts], original: str) -> None:
        """Descriptions of images the gallery has, titles of documents project.yml lists, and every document titled in the original."""
        known = {"gallery_alt": list(dict.fromkeys(entry.file for entry in facts.gallery)), "documents": list(dict.fromkeys(entry.key for entry in facts.documents))}
        for text in texts:
            for field, names in known.items():
                for key in text[field]:
                    if key not in names:
                        what = "no image" if field == "gallery_alt" else "no document"
                        hint = did_you_mean(key, names) or ("the ones in project.yml: " + ", ".join(names) if names else f"project.yml has no {'gallery' if field == 'gallery_alt' else 'documents'}")
                        self._problem(text.source, (field, key), f"project.yml has {what} {key!r}", hint)
            if text.language == original:
                for document in facts.documents:
                    if document.key not in text.documents:
                        where = self.line(text.source, ("documents",)) if text.has("documents") else 1
                        self.problems.append(
                            Problem(
                                text.source, where, f"documents.{document.key}", f"the original ({texts_file(text.language)}) must give the title of the document {document.key!r}",
                                f"add 'documents:' with a line '{document.key}: <its title>'",
                            )
                        )

    # -- data/ ----------------------------------------------------------------------------

    def check_data(self, path: Path, field_type: FieldType, value: Any, data_dir: Path) -> None:
        """The images an entry of ``data/`` names (logos, emblems), under ``data_dir``; each is described beside it."""
        self.check_files(path, field_type, value, data_dir, None)
