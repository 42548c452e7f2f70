"""The kinds of value of the fields about files besides images: a document's file and its language.

Images are :class:`~showcase.content.fields.ImageFile`; both are checked on
disk by :mod:`showcase.content.media_checks`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from babel import Locale

from .checking import Checker
from .fields import LanguageCode, Pattern, file_pattern

if TYPE_CHECKING:
    from .visitor import FieldVisitor, R

DOCUMENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "epub": "application/epub+zip",
    "mp3": "audio/mpeg",
    "mp4": "video/mp4",
    "webm": "video/webm",
}
"""The kinds of document file a project may publish, by extension, with their media type.

No HTML, SVG or scripts: a published file must not be able to run anything
on the site's address.
"""


class DocumentFile(Pattern):
    """The name of a document file in the project's folder; that it exists and is what its name says is checked by the loader."""

    def __init__(self) -> None:
        super().__init__(
            file_pattern(tuple(DOCUMENT_TYPES)),
            "the file name of a document next to project.yml, like report.pdf (" + ", ".join(DOCUMENT_TYPES) + ")",
            "write only the file name, without folders or spaces; publish other kinds of file elsewhere and give their url",
        )

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.document(self)


ISO_LANGUAGES = tuple(sorted(str(code) for code in Locale("en").languages if re.fullmatch(r"[a-z]{2,3}", str(code))))
"""Every ISO 639 language code CLDR names (two letters, or three where there are none: ``rom``)."""


class DocumentLanguage(LanguageCode):
    """The language a document is written in: any language, not only the site's."""

    editor_pattern = "^[a-z]{2,3}$"

    def __init__(self) -> None:
        super().__init__()
        self.choices = ISO_LANGUAGES

    def describe(self, checker: Checker) -> str:
        return "an ISO 639 language code such as cs, en, bg or rom (Romani)"
