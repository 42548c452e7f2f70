"""The content model: what the site knows after reading and checking the content.

Plain data, no MkDocs: a later move to another engine reuses all of it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any


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
class Period:
    start: PartialDate | None = None
    end: PartialDate | None = None


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


@dataclass(frozen=True)
class Organisation:
    id: str
    name: Translated
    country: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class Programme:
    id: str
    name: Translated


@dataclass(frozen=True)
class Funder:
    id: str
    name: Translated
    acknowledgement: Translated | None = None
    programmes: Mapping[str, Programme] = field(default_factory=dict)


@dataclass(frozen=True)
class Topic:
    id: str
    name: Translated


@dataclass(frozen=True)
class Funding:
    funder: str
    programme: str | None = None


@dataclass(frozen=True)
class Contact:
    id: str
    name: str | None = None
    organisation: str | None = None
    phone: Phone | None = None
    email: str | None = None
    address: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Activity:
    title: str
    text: str | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str


@dataclass(frozen=True)
class Findings:
    benefits: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProjectFacts:
    """What ``project.yml`` says: the same in every language."""

    original_language: str
    organisation: str
    countries: tuple[str, ...]
    partners: tuple[str, ...] = ()
    funding: tuple[Funding, ...] = ()
    registration_number: str | None = None
    identifier: str | None = None
    period: Period | None = None
    status: str | None = None
    topics: tuple[str, ...] = ()
    figures: Mapping[str, int] = field(default_factory=dict)
    contacts: tuple[Contact, ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)
    image: str | None = None
    """File name of the project's image, in the project's folder."""


TEXT_FIELDS = (
    "title",
    "subtitle",
    "summary",
    "geographic_scope",
    "places",
    "goals",
    "target_groups",
    "activities",
    "findings",
    "quotes",
    "figures",
    "contacts",
    "links",
    "acknowledgement",
    "image_alt",
    "body",
)
"""Fields of a language file, in the order a page shows them."""


@dataclass(frozen=True)
class ProjectTexts:
    """What one language file says. ``None`` or empty means "not written"."""

    language: str
    source: Path
    title: str | None = None
    subtitle: str | None = None
    summary: str | None = None
    geographic_scope: str | None = None
    places: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    activities: tuple[Activity, ...] = ()
    findings: Findings | None = None
    quotes: tuple[Quote, ...] = ()
    figures: Mapping[str, str] = field(default_factory=dict)
    contacts: Mapping[str, str] = field(default_factory=dict)
    links: Mapping[str, str] = field(default_factory=dict)
    acknowledgement: str | None = None
    image_alt: str | None = None
    body: str = ""
    body_line: int = 1

    def has(self, name: str) -> bool:
        value: Any = getattr(self, name)
        return bool(value.strip() if isinstance(value, str) else value)

    @property
    def is_empty(self) -> bool:
        """Nothing written yet (a file as ``showcase new`` makes it for a translation)."""
        return not any(self.has(name) for name in TEXT_FIELDS)


@dataclass(frozen=True)
class Project:
    id: str
    folder: Path
    facts: ProjectFacts
    texts: Mapping[str, ProjectTexts]

    @property
    def original(self) -> ProjectTexts:
        return self.texts[self.facts.original_language]


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
    published: frozenset[str] = frozenset()
    """The files of content/ the build publishes as they are (pages, files they name), relative to it (content/publishable.py)."""

    @cached_property
    def projects_by_id(self) -> Mapping[str, Project]:
        return {project.id: project for project in self.projects}

    def project(self, project_id: str) -> Project:
        """The project with id ``project_id`` (KeyError if there is none)."""
        return self.projects_by_id[project_id]
