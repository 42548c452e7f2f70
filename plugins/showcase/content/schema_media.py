"""The schema of pictures and documents, declared once: a project's gallery and documents, logos and emblems.

Declared like the rest of :mod:`showcase.content.schema`, and appended to its
blocks there: :data:`MEDIA_FACTS` to ``project.yml``, :data:`MEDIA_TEXTS` to
the language files, :data:`LOGO` to an organisation and :data:`EMBLEM` to a
funder in ``data/``. What the files hold is checked on disk by
:mod:`showcase.content.media_checks`.
"""

from __future__ import annotations

from typing import Any

from .blocks import Block, Column, Export, Field, KeyedMap, Label, ListOf, Partial
from .checking import Checker
from .fields import SLUG_RE, Choice, ImageFile, LocalizedText, Pattern, Text, Url
from .media_fields import DocumentFile, DocumentLanguage
from .model import GalleryImage, Picture, ProjectDocument, Translated
from .yamlsource import KeyPath

LOGO_WIDTHS = (160, 320, 480)
"""A logo or an emblem is shown small: these widths cover screens of one to three pixels per point."""

DOCUMENT_KINDS = ("report", "study", "brochure", "guide", "presentation", "video", "other")
"""What a document is: the closed list readers see named in their language."""


def _address(published: dict[str, Any]) -> str:
    """A file's address in the open data: absolute with a site_url, else site-relative."""
    return str(published["url"] or published["path"])


def _gallery_cell(gallery: Any, _language: str) -> list[str]:
    return [_address(image["file"]) for image in gallery]


def _documents_cell(documents: Any, _language: str) -> list[str]:
    return [_address(document["file"]) if document["file"] else str(document["url"]) for document in documents]


# -- checks of a whole block ---------------------------------------------------------------


def _check_document(document: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    if "file" in document and "url" in document:
        checker.problem(keypath + ("url",), "a document is either a file or a url, not both", "delete one of the two lines")
    elif "file" not in document and "url" not in document:
        checker.problem(keypath, "a document needs a file or a url", "add 'file:' with a file in the project's folder, or 'url:' with its web address")


def _check_picture(picture: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    """A description per language must be one for every language: each language's pages show the picture."""
    alt: Translated | None = picture.get("alt")
    if alt is None or "*" in alt.values:
        return
    missing = [language for language in checker.languages if language not in alt.values]
    if missing:
        checker.problem(
            keypath + ("alt",),
            "the picture has no description in " + ", ".join(missing),
            "add " + ", ".join(f"'{language}:'" for language in missing) + ", or write one text for every language",
        )


# -- data/: logos and emblems ---------------------------------------------------------------


def _picture(what: str, cs: str, bg: str, alt: tuple[str, str, str], example: dict[str, Any]) -> Block:
    return Block(
        (
            Field(
                "file", ImageFile(where="data", widths=LOGO_WIDTHS), f"The image of the {what}: its path under data/ (PNG with a transparent background, or JPEG; no SVG).",
                cs=f"Obrázek: {cs}, jeho cesta ve složce data/ (PNG s průhledným pozadím nebo JPEG; SVG ne).",
                bg=f"Изображението: {bg}, пътят му в папката data/ (PNG с прозрачен фон или JPEG; без SVG).",
                required=True, example=example["file"],
            ),
            Field(
                "alt", LocalizedText(), alt[0], cs=alt[1], bg=alt[2], required=True, example=example["alt"],
            ),
        ),
        f"a {what} (file: and alt:)",
        check_whole=_check_picture,
        model=Picture,
    )


LOGO = Field(
    "logo",
    _picture(
        "logo", "logo organizace", "логото на организацията",
        (
            "What the logo says, for readers who cannot see it: usually the organisation's name, one text or one per language.",
            "Co logo říká, pro čtenáře, kteří ho nevidí: obvykle název organizace, jeden text nebo jeden pro každý jazyk.",
            "Какво казва логото – за читатели, които не могат да го видят: обикновено името на организацията, един текст или по един за всеки език.",
        ),
        {"file": "logos/romodrom.png", "alt": "ROMODROM"},
    ),
    "The organisation's logo, shown on the pages of its projects and on its own page.",
    cs="Logo organizace, zobrazené na stránkách jejích projektů a na její vlastní stránce.",
    bg="Логото на организацията, показвано на страниците на нейните проекти и на собствената ѝ страница.",
    example={"file": "logos/romodrom.png", "alt": "ROMODROM"},
)
"""Appended to an organisation of ``data/organisations.yml``."""

EMBLEM = Field(
    "emblem",
    _picture(
        "emblem", "znak poskytovatele (například vlajka EU s textem)", "емблемата на финансиращата организация (например флага на ЕС с текст)",
        (
            "What the emblem says, in each language: the words on it (\"Funded by the European Union\").",
            "Co znak říká, v každém jazyce: slova na něm („Financováno Evropskou unií“).",
            "Какво казва емблемата, на всеки език: думите върху нея („Финансирано от Европейския съюз“).",
        ),
        {"file": "emblems/eu-funded.png", "alt": {"cs": "Financováno Evropskou unií", "en": "Funded by the European Union", "bg": "Финансирано от Европейския съюз"}},
    ),
    "The emblem the funder asks funded projects to show, next to its acknowledgement (EU and EEA Grants rules ask for both).",
    cs="Znak, který poskytovatel žádá zobrazit u podpořených projektů, vedle poděkování (pravidla EU a Fondů EHP žádají obojí).",
    bg="Емблемата, която финансиращата организация изисква да се показва при подкрепените проекти, до благодарственото изречение (правилата на ЕС и на Грантовете на ЕИП изискват и двете).",
    example={"file": "emblems/eu-funded.png", "alt": {"cs": "Financováno Evropskou unií", "en": "Funded by the European Union", "bg": "Финансирано от Европейския съюз"}},
)
"""Appended to a funder of ``data/funders.yml``."""

MEDIA_STRINGS: tuple[tuple[str, str], ...] = (
    ("logos", "Accessible name of the logos of the organisations behind a project."),
    ("document_file", "Label: the format and size of a document's file (PDF, 1.2 MB)."),
    ("document_web", "Label: the website a document is published on, when it is not a file of the site."),
)
"""Interface strings of pictures and documents that label no field; appended to the site's own strings."""

# -- project.yml ------------------------------------------------------------------------------

GALLERY_IMAGE = Block(
    (
        Field(
            "file", ImageFile(alt="gallery_alt"), "The image: the name of a file in the project's folder. What it shows is in the language files, under gallery_alt.",
            cs="Obrázek: název souboru ve složce projektu. Co zachycuje, patří do jazykových souborů pod gallery_alt.",
            bg="Изображението: име на файл в папката на проекта. Какво показва, се пише в езиковите файлове под gallery_alt.",
            required=True, example="workshop.jpg",
        ),
        Field(
            "credit", Text(single_line=True, max_length=200), "Who made the picture (a photographer, an organisation).",
            cs="Kdo obrázek pořídil (fotograf, organizace).", bg="Кой е направил снимката (фотограф, организация).",
            example="Jan Novák", label=Label("Before the name of who made a picture (Photo: Jan Novák)."), export=Export(expand=False),
        ),
        Field(
            "licence", Text(single_line=True, max_length=200), "Under what terms the picture may be used: a licence's name, or a note such as 'used with permission'.",
            cs="Za jakých podmínek se obrázek smí používat: název licence nebo poznámka jako „se svolením autora“.",
            bg="При какви условия може да се използва снимката: името на лиценза или бележка като „с разрешение на автора“.",
            example="CC BY 4.0", label=Label("Before the licence of a picture."), export=Export(expand=False),
        ),
        Field(
            "licence_url", Url(), "The web address of the licence's text, when it has one.",
            cs="Webová adresa textu licence, pokud nějaký má.", bg="Уеб адресът на текста на лиценза, ако има такъв.",
            example="https://creativecommons.org/licenses/by/4.0/",
        ),
    ),
    "an image of the gallery (file:, credit:, licence:)",
    model=GalleryImage,
)

DOCUMENT = Block(
    (
        Field(
            "id", Pattern(SLUG_RE, "an id such as final-report", "use lowercase letters, digits and hyphens"), "An id of your choice; the document's title is in the language files under it.",
            cs="Id podle vaší volby; název dokumentu je v jazykových souborech pod ním.",
            bg="Идентификатор по ваш избор; заглавието на документа е в езиковите файлове под него.",
            required=True, example="final-report",
        ),
        Field(
            "file", DocumentFile(), "The document: the name of a file in the project's folder (or give url instead).",
            cs="Dokument: název souboru ve složce projektu (nebo místo toho uveďte url).",
            bg="Документът: име на файл в папката на проекта (или вместо това посочете url).",
            example="final-report.pdf",
        ),
        Field(
            "url", Url(), "The document's web address, when it is published elsewhere (a video, a report on the funder's site).",
            cs="Webová adresa dokumentu, pokud je zveřejněný jinde (video, zpráva na webu poskytovatele).",
            bg="Уеб адресът на документа, ако е публикуван другаде (видео, доклад на сайта на финансиращата организация).",
            example="https://www.youtube.com/watch?v=abc",
        ),
        Field(
            "type", Choice(DOCUMENT_KINDS), "What the document is: " + ", ".join(DOCUMENT_KINDS) + ".",
            cs="Co je dokument zač: report (zpráva), study (studie), brochure (brožura), guide (příručka), presentation (prezentace), video nebo other (jiné).",
            bg="Какъв е документът: report (доклад), study (изследване), brochure (брошура), guide (наръчник), presentation (презентация), video (видео) или other (друго).",
            required=True, example="report",
            label=Label(
                "Label: what kind of document it is.", key="document_type",
                values={
                    "report": "Kind of document: a report.", "study": "Kind of document: a study.",
                    "brochure": "Kind of document: a brochure or leaflet.", "guide": "Kind of document: a guide or handbook.",
                    "presentation": "Kind of document: a presentation (slides).", "video": "Kind of document: a video.",
                    "other": "Kind of document: any other.",
                },
            ),
        ),
        Field(
            "language", DocumentLanguage(), "The language the document is written or spoken in (ISO 639: cs, en, bg, rom...).",
            cs="Jazyk, ve kterém je dokument napsaný nebo namluvený (ISO 639: cs, en, bg, rom…).",
            bg="Езикът, на който е написан или говорен документът (ISO 639: cs, en, bg, rom…).",
            example="cs", label=Label("Label: the language a document is in.", key="document_language"),
        ),
    ),
    "a document (id:, file: or url:, type:, language:)",
    check_whole=_check_document,
    model=ProjectDocument,
)

MEDIA_FACTS: tuple[Field, ...] = (
    Field(
        "gallery", ListOf(GALLERY_IMAGE, min_items=1), "Pictures of the project, each a file in the project's folder with who made it and its licence.",
        cs="Obrázky z projektu, každý jako soubor ve složce projektu, s autorem a licencí.",
        bg="Снимки от проекта, всяка като файл в папката на проекта, с автора и лиценза ѝ.",
        example=[{"file": "workshop.jpg", "credit": "Jan Novák", "licence": "CC BY 4.0", "licence_url": "https://creativecommons.org/licenses/by/4.0/"}],
        label=Label("Heading: the pictures of a project."), page=Partial("project-gallery"),
        export=Export(csv=(Column("gallery", 17, _gallery_cell),)),
    ),
    Field(
        "documents", ListOf(DOCUMENT, min_items=1), "Reports, studies, brochures and videos of the project: a file in its folder or a web address; their titles are in the language files under the same id.",
        cs="Zprávy, studie, brožury a videa projektu: soubor v jeho složce nebo webová adresa; jejich názvy jsou v jazykových souborech pod stejným id.",
        bg="Доклади, изследвания, брошури и видеа на проекта: файл в папката му или уеб адрес; заглавията им са в езиковите файлове под същия идентификатор.",
        example=[{"id": "final-report", "file": "final-report.pdf", "type": "report", "language": "cs"}],
        label=Label("Heading: the documents of a project (reports, studies, videos)."), page=Partial("project-documents"),
        export=Export(csv=(Column("documents", 18, _documents_cell),)),
    ),
)
"""Appended to ``project.yml``'s fields."""

_NO_CSV = Export(csv=())

MEDIA_TEXTS: tuple[Field, ...] = (
    Field(
        "gallery_alt", KeyedMap(Text(single_line=True, max_length=300), "descriptions", keys=ImageFile()),
        "What each picture of the gallery shows, by its file name, for readers who cannot see it. Every language with a file of its own describes every picture.",
        cs="Co který obrázek galerie zachycuje, podle názvu jeho souboru, pro čtenáře, kteří ho nevidí. Každý jazyk, který má vlastní soubor, popisuje všechny obrázky.",
        bg="Какво показва всяка снимка от галерията, по името на файла ѝ – за читатели, които не могат да я видят. Всеки език със собствен файл описва всички снимки.",
        example={"workshop.jpg": "Participants of a workshop in Chodov sitting in a circle"}, page=Partial("project-gallery"), export=_NO_CSV,
    ),
    Field(
        "documents", KeyedMap(Text(single_line=True, max_length=300), "titles"), "The title of each document in project.yml, by the same id. Required in the original language's file.",
        cs="Název každého dokumentu z project.yml, pod stejným id. V souboru původního jazyka je povinný.",
        bg="Заглавието на всеки документ от project.yml, под същия идентификатор. Задължително е във файла на оригиналния език.",
        example={"final-report": "Final report of the project"}, page=Partial("project-documents"), export=_NO_CSV,
    ),
)
"""Appended to the language files' fields."""
