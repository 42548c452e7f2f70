"""The content model: what the site knows after reading and checking the content.

Plain data, no MkDocs: a later move to another engine reuses all of it.
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast, overload

from .locales import country_name

if TYPE_CHECKING:
    # The records of money, places, partners, results and events (they build on Record and Value below).
    from .facts_model import Event, Indicator, Money, Partner, Place, Seat
    from .media import MediaFile


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, to the month, or only to the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """The ISO 8601 form at its own precision: 2021-01-01, 2023-10 or 2013."""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class Phone:
    """A phone number as written, and the digits a ``tel:`` link dials."""

    text: str

    @property
    def dial(self) -> str:
        # "+355 (0) 42 ..." : the trunk prefix (0) is not dialled from abroad.
        return "+" + re.sub(r"\D", "", re.sub(r"\(0\)", "", self.text))

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Translated:
    """A name that may differ by language; ``*`` holds a name for every language."""

    values: Mapping[str, str]

    def get(self, language: str, fallback: tuple[str, ...] = ()) -> str:
        for key in (language, "*", *fallback):
            if key in self.values:
                return self.values[key]
        return next(iter(self.values.values()))


class Record(Mapping[str, Any]):
    """The checked values of one block of the schema, by field name.

    A block's check builds its record (the block names the class, see
    :class:`showcase.content.blocks.Block`) holding every field the block
    declares: a field that is not written holds its type's empty value (None,
    ``()`` or ``{}``). So a field added to the schema is in every record with no
    edit here; subclasses only name, as :class:`Value` attributes, the fields
    that code reads by attribute. ``id`` is the entry's key for blocks kept under
    ids (contacts, organisations, funders, programmes, topics).
    """

    __slots__ = ("_values", "id")

    def __init__(self, values: Mapping[str, Any] | None = None, /, *, id: str = "", **fields: Any) -> None:
        self._values: dict[str, Any] = {**(values or {}), **fields}
        self.id = id

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record):
            return NotImplemented
        return type(self) is type(other) and self.id == other.id and self._values == other._values

    def __hash__(self) -> int:
        return hash((type(self), self.id, tuple(self._values.items())))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._values.items())
        return f"{type(self).__name__}({f'id={self.id!r}, ' if self.id else ''}{fields})"

    def replace(self, **changes: Any) -> Self:
        """A copy with the fields ``changes`` set to new values (like :func:`dataclasses.replace`)."""
        changed = copy.copy(self)
        changed._values = {**self._values, **changes}
        return changed

    def has(self, name: str) -> bool:
        """Whether field ``name`` is written: not missing, empty or blank."""
        value = self._values.get(name)
        return bool(value.strip() if isinstance(value, str) else value)


T = TypeVar("T")
_REQUIRED: Any = object()


class Value(Generic[T]):
    """A typed attribute of a :class:`Record`: the value of the field of the same name.

    ``default`` is what a record made without that field (in a test) answers;
    without one, the field is required.
    """

    def __init__(self, default: T = _REQUIRED) -> None:
        self.default = default
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, record: None, owner: type) -> Value[T]: ...

    @overload
    def __get__(self, record: Record, owner: type) -> T: ...

    def __get__(self, record: Record | None, owner: type) -> Value[T] | T:
        if record is None:
            return self
        if self.default is _REQUIRED:
            return cast(T, record[self.name])
        return cast(T, record.get(self.name, self.default))


class Picture(Record):
    """An image in ``data/`` (a logo, an emblem) with its description."""

    file = Value[str]()
    alt = Value[Translated]()


class Organisation(Record):
    name = Value[Translated]()
    country = Value[str | None](None)
    website = Value[str | None](None)
    logo = Value[Picture | None](None)
    seat: Value[Seat | None] = Value(None)


class Programme(Record):
    name = Value[Translated]()


class Funder(Record):
    name = Value[Translated]()
    acknowledgement = Value[Translated | None](None)
    programmes = Value[Mapping[str, Programme]]({})
    emblem = Value[Picture | None](None)


class Topic(Record):
    name = Value[Translated]()


class Period(Record):
    start = Value[PartialDate | None](None)
    end = Value[PartialDate | None](None)
    months = Value[int | None](None)
    """How long the project runs, when that is what is known."""


class Funding(Record):
    funder = Value[str]()
    programme = Value[str | None](None)
    amount: Value[Money | None] = Value(None)
    """What the funder awarded."""


class Contact(Record):
    name = Value[str | None](None)
    organisation = Value[str | None](None)
    phone = Value[Phone | None](None)
    email = Value[str | None](None)
    address = Value[str | None](None)
    country = Value[str | None](None)


class Activity(Record):
    title = Value[str]()
    text = Value[str | None](None)


class Quote(Record):
    text = Value[str]()
    attribution = Value[str]()


class GalleryImage(Record):
    file = Value[str]()
    credit = Value[str | None](None)
    licence = Value[str | None](None)
    licence_url = Value[str | None](None)


class ProjectDocument(Record):
    """A report, study, video... of a project: a file in its folder or an address.

    Its ``id`` field (``self["id"]``, which :attr:`key` reads) names its title in the language files.
    """

    file = Value[str | None](None)
    url = Value[str | None](None)
    type = Value[str]()
    language = Value[str | None](None)

    @property
    def key(self) -> str:
        return str(self["id"])


class Findings(Record):
    benefits = Value[tuple[str, ...]](())
    challenges = Value[tuple[str, ...]](())
    lessons = Value[tuple[str, ...]](())


class ProjectFacts(Record):
    """What ``project.yml`` says: the same in every language."""

    original_language = Value[str]()
    organisation = Value[str]()
    countries = Value[tuple[str, ...]]()
    partners: Value[tuple[Partner, ...]] = Value(())
    funding = Value[tuple[Funding, ...]](())
    registration_number = Value[str | None](None)
    application_id = Value[str | None](None)
    project_code = Value[str | None](None)
    internal_id = Value[str | None](None)
    period = Value[Period | None](None)
    status = Value[str | None](None)
    topics = Value[tuple[str, ...]](())
    figures = Value[Mapping[str, int]]({})
    links = Value[Mapping[str, str]]({})
    image = Value[str | None](None)
    """File name of the project's image, in the project's folder."""
    image_credit = Value[str | None](None)
    gallery = Value[tuple[GalleryImage, ...]](())
    documents = Value[tuple[ProjectDocument, ...]](())
    budget: Value[Money | None] = Value(None)
    places: Value[tuple[Place, ...]] = Value(())
    indicators: Value[Mapping[str, Indicator]] = Value({})
    events: Value[Mapping[str, Event]] = Value({})

    @property
    def contacts(self) -> tuple[Contact, ...]:
        """The contacts in the order written (``self["contacts"]`` has them by id)."""
        contacts: Mapping[str, Contact] = self.get("contacts") or {}
        return tuple(contacts.values())


class ProjectTexts(Record):
    """What one language file says: its front matter by field name, and its Markdown ``body``.

    ``None`` or empty means "not written".
    """

    __slots__ = ("language", "source", "body_line")

    def __init__(
        self, values: Mapping[str, Any] | None = None, /, *, language: str, source: Path, body_line: int = 1, **fields: Any
    ) -> None:
        super().__init__(values, **fields)
        self.language = language
        self.source = source
        self.body_line = body_line

    title = Value[str | None](None)
    subtitle = Value[str | None](None)
    summary = Value[str | None](None)
    geographic_scope = Value[str | None](None)
    goals = Value[tuple[str, ...]](())
    target_groups = Value[tuple[str, ...]](())
    activities = Value[tuple[Activity, ...]](())
    findings = Value[Findings | None](None)
    quotes = Value[tuple[Quote, ...]](())
    figures = Value[Mapping[str, str]]({})
    contacts = Value[Mapping[str, str]]({})
    links = Value[Mapping[str, str]]({})
    acknowledgement = Value[str | None](None)
    image_alt = Value[str | None](None)
    gallery_alt = Value[Mapping[str, str]]({})
    """What each image of the gallery shows, by its file name."""
    documents = Value[Mapping[str, str]]({})
    """The title of each document, by its id."""
    indicators = Value[Mapping[str, Record]]({})
    events = Value[Mapping[str, Record]]({})
    body = Value[str]("")

    @property
    def is_empty(self) -> bool:
        """Nothing written yet (a file as ``showcase new`` makes it for a translation)."""
        return not any(self.has(name) for name in self)


@dataclass(frozen=True)
class Project:
    id: str
    folder: Path
    facts: ProjectFacts
    texts: Mapping[str, ProjectTexts]

    @property
    def original(self) -> ProjectTexts:
        return self.texts[self.facts.original_language]

    @property
    def is_draft(self) -> bool:
        """Being written: checked, never published (``draft: true`` in ``project.yml``)."""
        return self.facts.get("draft") is True


@dataclass(frozen=True)
class SiteContent:
    """Everything the site is built from, read and checked."""

    languages: tuple[str, ...]
    default_language: str
    organisations: Mapping[str, Organisation]
    funders: Mapping[str, Funder]
    topics: Mapping[str, Topic]
    ui: Mapping[str, Mapping[str, Any]]
    projects: tuple[Project, ...]
    """The published projects: every page, list, export, feed and index is made of these."""
    published: frozenset[str] = frozenset()
    """The files of content/ the build publishes as they are (pages, files they name), relative to it (content/publishable.py)."""
    media: Mapping[str, MediaFile] = field(default_factory=dict)
    """Every file the content names (images, documents), checked, by :func:`~showcase.content.media.media_key`."""
    drafts: tuple[Project, ...] = ()
    """Projects being written (``draft: true``): checked, never published."""
    country_names: Mapping[str, Translated] = field(default_factory=dict)
    """The site's own names of countries (``data/countries.yml``), by ISO code; CLDR names the others."""

    def country_name(self, code: str, language: str) -> str:
        """The name of the country ``code`` in ``language``: the site's own if it set one for the language, else CLDR's."""
        own = self.country_names.get(code)
        if own is not None and (language in own.values or "*" in own.values):
            return own.get(language)
        return country_name(code, language)

    @cached_property
    def projects_by_id(self) -> Mapping[str, Project]:
        return {project.id: project for project in self.projects}

    def project(self, project_id: str) -> Project:
        """The project with id ``project_id`` (KeyError if there is none)."""
        return self.projects_by_id[project_id]

    def collection(self, name: str) -> Mapping[str, Organisation | Funder | Topic]:
        """The entries of ``data/<name>.yml`` by id: ``organisations``, ``funders`` or ``topics``."""
        collections: dict[str, Mapping[str, Organisation | Funder | Topic]] = {"organisations": self.organisations, "funders": self.funders, "topics": self.topics}
        return collections[name]

    def ui_text(self, language: str, key: str) -> str:
        """The interface string ``key`` in ``language`` (its ``other`` form if it has plural forms)."""
        text = self.ui[language][key]
        return str(text["other"] if isinstance(text, dict) else text)
