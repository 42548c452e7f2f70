"""Finding projects: facet pages, the list's filters and related projects.

A facet is what projects can be grouped by: topic, country, organisation (the
one that runs a project or a partner) and funder. Each value held by at least
one project gets a page per language (``topics/<id>/``, ``countries/<cc>/``,
``organisations/<id>/``, ``funders/<id>/``) and each kind an index page
(``topics/`` ...). The project list gets filter controls whose options and
counts are computed here, at build time.

:class:`Catalogue` holds what is computed once per content change (which
projects hold which value, related projects) and, per language, the cards; the
registry of page kinds (:mod:`showcase.site.pages`) keeps one and hands out the
views below. No MkDocs here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from markupsafe import Markup

from ..content.model import Funder, Organisation, Project, Topic
from ..paths import facet_path, facet_slug
from .cards import ProjectCard
from .fact_views import money_totals, point_link
from .localize import Localizer
from .markup import plain
from .pictures import PictureView, data_picture
from .related import project_values, related_projects

if TYPE_CHECKING:
    from .pages.registry import SitePages

__all__ = ["FACET_KINDS", "Catalogue", "facet_path", "facet_slug"]

FACET_KINDS = ("topics", "countries", "organisations", "funders")
"""Facet kinds, in the order pages and filters show them; each is also its URL folder."""

_SINGULAR = {"topics": "topic", "countries": "country", "organisations": "organisation", "funders": "funder"}

RELATED_LIMIT = 3


def facet_values(project: Project) -> dict[str, tuple[str, ...]]:
    """The values a project holds, by facet kind (ids; country codes as written)."""
    shared = project_values(project)
    return {
        "topics": shared["topics"],
        "countries": shared["countries"],
        "organisations": shared["organisations"],
        "funders": tuple(dict.fromkeys(f.funder for f in project.facts.funding)),
    }


def sort_text(text: str) -> str:
    """A key that sorts names the way a reader expects, whatever their diacritics."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


class Catalogue:
    """Which projects hold which facet value, and the views that show them.

    One per loaded content (:class:`SitePages` makes it); it caches per language.
    """

    def __init__(self, pages: SitePages):
        self.pages = pages
        self.site = pages.site
        self._cards: dict[str, dict[str, ProjectCard]] = {}
        self._positions: dict[str, dict[str, int]] = {}

    # -- language-independent --------------------------------------------------
    @cached_property
    def postings(self) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
        """kind → value → ids of the projects holding it (values with no project are absent)."""
        result: dict[str, dict[str, list[str]]] = {kind: {} for kind in FACET_KINDS}
        for project in self.site.projects:
            for kind, values in facet_values(project).items():
                for value in values:
                    result[kind].setdefault(value, []).append(project.id)
        return {kind: {value: tuple(ids) for value, ids in values.items()} for kind, values in result.items()}

    @cached_property
    def _slugs(self) -> Mapping[tuple[str, str], str]:
        return {(kind, facet_slug(kind, value)): value for kind, values in self.postings.items() for value in values}

    def find(self, kind: str, slug: str) -> str | None:
        """The value of ``kind`` whose URL segment is ``slug``, if it has projects."""
        return self._slugs.get((kind, slug))

    @cached_property
    def related(self) -> Mapping[str, tuple[str, ...]]:
        """Project id → ids of its related projects, best first (the same in every language)."""
        newest = {card.id: i for i, card in enumerate(self.cards(self.site.default_language))}
        return related_projects(self.site.projects, RELATED_LIMIT, order=lambda p: newest[p.id])

    # -- per language -------------------------------------------------------------
    def card_map(self, language: str) -> Mapping[str, ProjectCard]:
        """Every project's card in ``language``, newest first."""
        if language not in self._cards:
            cards = sorted((self.pages.project_page(p.id, language).card for p in self.site.projects), key=lambda c: c.sort_key)
            self._cards[language] = {card.id: card for card in cards}
            self._positions[language] = {card.id: n for n, card in enumerate(cards)}
        return self._cards[language]

    def cards(self, language: str) -> list[ProjectCard]:
        return list(self.card_map(language).values())

    def cards_of(self, ids: tuple[str, ...], language: str, *, keep_order: bool = False) -> list[ProjectCard]:
        """The cards of ``ids`` in ``language``: newest first, or in the given order."""
        cards = self.card_map(language)
        if keep_order:
            return [cards[i] for i in ids]
        return [cards[i] for i in sorted(ids, key=self._positions[language].__getitem__)]

    def related_cards(self, project_id: str, language: str) -> list[ProjectCard]:
        return self.cards_of(self.related.get(project_id, ()), language, keep_order=True)

    def name(self, kind: str, value: str, language: str) -> str:
        """The name of a facet value in ``language`` (plain text)."""
        site = self.site
        if kind == "countries":
            return self.pages.localizer(language).country(value)
        named: Organisation | Topic | Funder
        if kind == "topics":
            named = site.topics[value]
        elif kind == "organisations":
            named = site.organisations[value]
        else:
            named = site.funders[value]
        return named.name.get(language, site.languages)

    def facet_page(self, kind: str, value: str, language: str) -> FacetPage:
        return FacetPage(self, kind, value, language)

    def facet_index(self, kind: str, language: str) -> FacetIndexPage:
        return FacetIndexPage(self, kind, language)

    def filters(self, language: str) -> tuple[FilterGroup, ...]:
        """The filter controls of the project list, with the number of projects of each option."""
        t = self.pages.localizer(language).t
        groups: list[FilterGroup] = []
        for kind in FACET_KINDS:
            param = _SINGULAR[kind]
            options = [
                FilterOption(value, self.name(kind, value, language), len(ids))
                for value, ids in self.postings[kind].items()
            ]
            options.sort(key=lambda o: (sort_text(o.name), o.value))
            if kind == "funders":
                options = self._with_programmes(options, language)
            label = t("filter_funder") if kind == "funders" else t(f"facet_{param}")
            groups.append(FilterGroup(param, kind, label, t(f"filter_any_{param}"), tuple(options)))

        statuses: dict[str, int] = {}
        years: dict[int, int] = {}
        for card in self.cards(language):
            data = card.data
            if data["status"]:
                statuses[data["status"]] = statuses.get(data["status"], 0) + 1
            for year in data["years"].split():
                years[int(year)] = years.get(int(year), 0) + 1
        status_options = tuple(
            FilterOption(status, t(f"filter_status_{status}"), statuses[status])
            for status in ("ongoing", "completed")
            if status in statuses
        )
        groups.append(FilterGroup("status", "status", t("status"), t("filter_any_status"), status_options))
        year_options = tuple(FilterOption(str(y), str(y), years[y]) for y in sorted(years, reverse=True))
        groups.append(FilterGroup("year", "years", t("filter_year"), t("filter_any_year"), year_options))
        return tuple(groups)

    def _with_programmes(self, funders: list[FilterOption], language: str) -> list[FilterOption]:
        """Each funder followed by its programmes that have projects (value ``funder.programme``)."""
        counts: dict[tuple[str, str], int] = {}
        for project in self.site.projects:
            for funding in dict.fromkeys(project.facts.funding):
                if funding.programme:
                    key = (funding.funder, funding.programme)
                    counts[key] = counts.get(key, 0) + 1
        result: list[FilterOption] = []
        for option in funders:
            result.append(option)
            programmes = self.site.funders[option.value].programmes
            for (funder, programme), count in sorted(counts.items()):
                if funder == option.value:
                    name = programmes[programme].name.get(language, self.site.languages)
                    result.append(FilterOption(f"{funder}.{programme}", name, count, level=1))
        return result


@dataclass(frozen=True)
class FilterOption:
    value: str
    name: str
    count: int
    level: int = 0
    """1 for a programme under its funder."""


@dataclass(frozen=True)
class FilterGroup:
    """One filter of the project list: a URL parameter matched against a card's ``data-<facet>``."""

    param: str
    facet: str
    label: str
    any_label: str
    options: tuple[FilterOption, ...]


@dataclass(frozen=True)
class FacetEntry:
    """A value on a facet kind's index page."""

    name: Markup
    path: str
    count: int


@dataclass
class FacetPage:
    """The page of one topic, country, organisation or funder in one language."""

    catalogue: Catalogue
    kind: str
    value: str
    language: str
    l10n: Localizer = field(init=False)

    def __post_init__(self) -> None:
        self.l10n = self.catalogue.pages.localizer(self.language)

    @property
    def name_text(self) -> str:
        return self.catalogue.name(self.kind, self.value, self.language)

    @property
    def title(self) -> Markup:
        return plain(self.name_text)

    @property
    def kind_label(self) -> Markup:
        """What the page is about: "Topic", "Country"..."""
        return plain(self.l10n.t(f"facet_{_SINGULAR[self.kind]}"))

    @property
    def path(self) -> str:
        return facet_path(self.catalogue.site, self.kind, self.value, self.language)

    @cached_property
    def cards(self) -> list[ProjectCard]:
        return self.catalogue.cards_of(self.catalogue.postings[self.kind][self.value], self.language)

    @property
    def count(self) -> Markup:
        return plain(self.l10n.plural("project_count", len(self.cards)))

    @property
    def description(self) -> str:
        """One plain sentence for ``<meta name="description">`` and search results."""
        return f"{self.l10n.t(f'facet_{_SINGULAR[self.kind]}')}: {self.name_text} · {self.l10n.plural('project_count', len(self.cards))}"

    @property
    def country(self) -> tuple[Markup, str | None] | None:
        """An organisation's country, and the path of its page when it has one."""
        if self.kind != "organisations":
            return None
        code = self.catalogue.site.organisations[self.value].country
        if code is None:
            return None
        name = plain(self.l10n.country(code))
        has_page = code in self.catalogue.postings["countries"]
        return name, facet_path(self.catalogue.site, "countries", code, self.language) if has_page else None

    @cached_property
    def money(self) -> tuple[Markup, tuple[Markup, ...]] | None:
        """A funder's awarded sums, or the budgets of the projects an organisation runs: per currency, never
        converted, each with its number of projects; with the label that says which. None when no sum is known."""
        if self.kind not in ("funders", "organisations"):
            return None
        site = self.catalogue.site
        projects = [site.project(project_id) for project_id in self.catalogue.postings[self.kind][self.value]]
        if self.kind == "funders":
            sums = [(project.id, f.amount) for project in projects for f in project.facts.funding if f.funder == self.value and f.amount]
        else:
            sums = [(project.id, project.facts.budget) for project in projects if project.facts.organisation == self.value and project.facts.budget]
        totals = money_totals(sums)
        if not totals:
            return None
        label = plain(self.l10n.t("facet_awarded" if self.kind == "funders" else "facet_budgets"))
        return label, tuple(
            Markup("{} ({})").format(self.l10n.money(total), self.l10n.plural("project_count", count)) for total, count in totals
        )

    @property
    def seat(self) -> Markup | None:
        """An organisation's seat: its town, and its point linked to OpenStreetMap."""
        if self.kind != "organisations":
            return None
        seat = self.catalogue.site.organisations[self.value].seat
        if seat is None:
            return None
        city = seat.city(self.language)
        if seat.lat is None or seat.lon is None:
            return plain(city)
        return Markup("{} {}").format(city, point_link(self.l10n, city, seat.lat, seat.lon))

    @property
    def website(self) -> str | None:
        return self.catalogue.site.organisations[self.value].website if self.kind == "organisations" else None

    @property
    def index_path(self) -> str:
        return facet_path(self.catalogue.site, self.kind, None, self.language)

    @property
    def picture(self) -> PictureView | None:
        """An organisation's logo or a funder's emblem, at the top of its page."""
        site = self.catalogue.site
        found = site.organisations[self.value].logo if self.kind == "organisations" else site.funders[self.value].emblem if self.kind == "funders" else None
        return data_picture(site, self.language, found, eager=True) if found else None


@dataclass
class FacetIndexPage:
    """The page listing every value of one facet kind that has projects."""

    catalogue: Catalogue
    kind: str
    language: str

    @property
    def title_text(self) -> str:
        return self.catalogue.pages.localizer(self.language).t(f"facet_{self.kind}_index")

    @property
    def title(self) -> Markup:
        return plain(self.title_text)

    @property
    def path(self) -> str:
        return facet_path(self.catalogue.site, self.kind, None, self.language)

    @cached_property
    def entries(self) -> tuple[FacetEntry, ...]:
        c = self.catalogue
        entries = [
            (c.name(self.kind, value, self.language), value, len(ids)) for value, ids in c.postings[self.kind].items()
        ]
        entries.sort(key=lambda e: (sort_text(e[0]), e[1]))
        return tuple(
            FacetEntry(plain(name), facet_path(c.site, self.kind, value, self.language), count)
            for name, value, count in entries
        )


def browse_links(pages: SitePages, language: str) -> tuple[tuple[str, Markup], ...]:
    """(path, label) of each facet kind's index page: the list's "browse by" links."""
    t = pages.localizer(language).t
    return tuple((facet_path(pages.site, kind, None, language), plain(t(f"facet_{kind}_index"))) for kind in FACET_KINDS)
