"""A map in the reader's language, for ``partials/showcase/map.html``.

The drawing (:mod:`.drawing`) is shared by every language; the view adds the
map's title and description, country and place names, each mark's accessible
name and link, the legend and the same places as a text list. Values are
escaped HTML (:class:`markupsafe.Markup`) or plain numbers and paths.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from markupsafe import Markup

from ...paths import facet_path
from ..facets import sort_text
from ..markup import plain
from .drawing import MapDrawing
from .geometry import Box
from .layout import Mark, Placement, clear, mark_box, place_labels, text_box

if TYPE_CHECKING:
    from ..pages.registry import SitePages

POINT_RADIUS = 6.0
LABEL_SIZE = 16.0
COUNTRY_LABEL_SIZE = 14.0
"""Font sizes of place and country names in map units, as showcase.css sets them: labels are kept apart by them."""
CAPITALS_WIDTH = 1.25
"""Country names are in letter-spaced capitals: this much wider than the same text in small letters."""
MAP_ID = "sc-map"
"""The id of a page's map and the prefix of its parts' ids (a page has one map)."""


def group_radius(count: int) -> float:
    """A group's bubble grows with its number of projects, slowly, to a limit."""
    return min(10 + 3 * math.log2(count), 22)


@dataclass(frozen=True)
class Label:
    text: Markup
    x: int
    y: int
    anchor: str


@dataclass(frozen=True)
class CountryShape:
    code: str
    d: str


@dataclass(frozen=True)
class MarkView:
    x: int
    y: int
    radius: float
    count: int | None
    """A group's number of projects; None for a point."""
    href: str | None
    """Site path of the mark's one project (for ``| url``); None for a group or a map without links."""
    fragment: str | None
    """``#id`` of a group's entry in the text list."""
    name: Markup
    """The accessible name: place and project, or places and number of projects."""
    places: Markup
    label: Label | None


@dataclass(frozen=True)
class ProjectLink:
    title: Markup
    path: str
    lang: str | None


@dataclass(frozen=True)
class Entry:
    """One mark in the text list: its places and, on maps with links, its projects."""

    id: str
    places: Markup
    projects: tuple[ProjectLink, ...]


@dataclass(frozen=True)
class CountryEntry:
    """A shaded country in the text list of a map without places: its page and its number of projects."""

    code: str
    name: Markup
    path: str | None
    count: int


@dataclass(frozen=True)
class MapView:
    kind: str
    id: str
    width: int
    height: int
    extent: str
    title: Markup
    desc: Markup
    land: str
    borders: str
    countries: tuple[CountryShape, ...]
    country_labels: tuple[Label, ...]
    marks: tuple[MarkView, ...]
    entries: tuple[Entry, ...]
    country_entries: tuple[CountryEntry, ...]
    legend: tuple[tuple[str, Markup], ...]
    """(symbol, text): ``country``, ``point``, ``group``."""
    links: bool
    """Its marks are links (else the whole map is one image)."""
    filterable: bool
    """The list's filters act on it (``filters.js``)."""
    list_heading: Markup


class MapViews:
    """Makes the views of one language's maps."""

    def __init__(self, pages: SitePages, language: str):
        self.pages = pages
        self.site = pages.site
        self.language = language
        self.l10n = pages.localizer(language)

    def place_names(self, mark: Mark) -> str:
        names = dict.fromkeys(point.label.get(self.language, self.site.languages) for point in mark.points)
        return ", ".join(names)

    def _places_in_countries(self, mark: Mark) -> str:
        """``Prague, Kladno (Czechia); Vienna (Austria)``: for the text list."""
        by_country: dict[str, list[str]] = {}
        for point in mark.points:
            names = by_country.setdefault(point.country, [])
            name = point.label.get(self.language, self.site.languages)
            if name not in names:
                names.append(name)
        return "; ".join(f"{', '.join(names)} ({self.l10n.country(code)})" for code, names in by_country.items())

    def _short_places(self, mark: Mark) -> str:
        names = list(dict.fromkeys(point.label.get(self.language, self.site.languages) for point in mark.points))
        return ", ".join(names[:3]) + ("…" if len(names) > 3 else "")

    def _project_link(self, project_id: str) -> ProjectLink:
        card = self.pages.catalogue.card_map(self.language)[project_id]
        return ProjectLink(card.title, card.path, card.lang)

    def view(self, drawing: MapDrawing, title: str, *, links: bool, filterable: bool = False, labels: bool = True) -> MapView:
        t, l10n = self.l10n.t, self.l10n
        frame = drawing.frame
        box = (2.0, 2.0, frame.width - 2.0, frame.height - 2.0)
        marks: list[MarkView] = []
        entries: list[Entry] = []
        radii = [group_radius(len(m.project_ids)) if links and m.is_group else POINT_RADIUS for m in drawing.marks]
        taken = [mark_box(m.x, m.y, r) for m, r in zip(drawing.marks, radii, strict=True)]
        texts = [self.place_names(m) for m in drawing.marks]
        placements: list[Placement | None] = [None] * len(drawing.marks)
        if labels:
            placements = place_labels(
                [(text, (m.x, m.y), r) for text, m, r in zip(texts, drawing.marks, radii, strict=True)], LABEL_SIZE, taken, box
            )
        country_labels = self._country_labels(drawing, taken, box) if drawing.style.kind == "project" else ()
        for n, (mark, radius, text, at) in enumerate(zip(drawing.marks, radii, texts, placements, strict=True), 1):
            entry_id = f"{MAP_ID}-{n}"
            projects = tuple(self._project_link(pid) for pid in mark.project_ids) if links else ()
            group = links and mark.is_group
            if group:
                name = t("map_point", place=self._short_places(mark), project=l10n.plural("project_count", len(projects)))
            elif projects:
                name = t("map_point", place=text, project=str(projects[0].title.striptags()))
            else:
                name = text
            label = Label(plain(text), round(at.x), round(at.y), at.anchor) if at else None
            marks.append(
                MarkView(
                    round(mark.x), round(mark.y), radius, len(projects) if group else None,
                    projects[0].path if projects and not group else None, f"#{entry_id}" if group else None,
                    plain(name), plain(self._short_places(mark)), label,
                )
            )
            entries.append(Entry(entry_id, plain(self._places_in_countries(mark)), projects))
        return MapView(
            kind=drawing.style.kind,
            id=MAP_ID,
            width=frame.width,
            height=frame.height,
            extent=frame.extent_text,
            title=plain(title),
            desc=plain(self._desc(drawing, texts, links)),
            land=drawing.base.land,
            borders=drawing.base.borders,
            countries=tuple(CountryShape(code, d) for code, d in drawing.base.countries.items()),
            country_labels=country_labels,
            marks=tuple(marks),
            entries=tuple(entries),
            country_entries=self._country_entries(drawing) if drawing.style.kind == "all" and not drawing.marks else (),
            legend=self._legend(drawing, marks),
            links=links and bool(marks),
            filterable=filterable,
            list_heading=plain(t("map_places") if drawing.marks else t("map_countries")),
        )

    def _country_labels(self, drawing: MapDrawing, taken: list[Box], box: Box) -> tuple[Label, ...]:
        """The shaded countries' names at their anchors, where they fit among the places' labels; else left out.

        Not moved aside to make room: moved, a small country's name would land in its neighbour.
        """
        labels = []
        size = COUNTRY_LABEL_SIZE
        for code, (x, y) in drawing.anchors.items():
            name = self.l10n.country(code)
            at = Placement(x, y + size * 0.35, "middle")
            found = text_box(name, size * CAPITALS_WIDTH, at)
            if clear(found, taken, box):
                taken.append(found)
                labels.append(Label(plain(name), round(at.x), round(at.y), "middle"))
        return tuple(labels)

    def _desc(self, drawing: MapDrawing, places: list[str], links: bool) -> str:
        t = self.l10n.t
        parts = []
        if drawing.shaded:
            names = ", ".join(sorted((self.l10n.country(code) for code in drawing.shaded), key=sort_text))
            parts.append(t("map_desc_countries", countries=names))
        if drawing.marks and not links:
            parts.append(t("map_desc_places", places=", ".join(places)))
        if drawing.marks and links:
            parts.append(t("map_desc_links"))
        return " ".join(parts)

    def _country_entries(self, drawing: MapDrawing) -> tuple[CountryEntry, ...]:
        postings = self.pages.catalogue.postings["countries"]
        entries = [
            CountryEntry(
                code,
                plain(self.l10n.country(code)),
                facet_path(self.site, "countries", code, self.language) if code in postings else None,
                len(postings.get(code, ())),
            )
            for code in drawing.shaded
        ]
        return tuple(sorted(entries, key=lambda e: sort_text(self.l10n.country(e.code))))

    def _legend(self, drawing: MapDrawing, marks: list[MarkView]) -> tuple[tuple[str, Markup], ...]:
        t = self.l10n.t
        legend: list[tuple[str, Markup]] = []
        if drawing.shaded:
            key = "map_legend_country" if drawing.style.kind == "project" else "map_legend_countries"
            legend.append(("country", plain(t(key))))
        if any(mark.count is None for mark in marks):
            legend.append(("point", plain(t("map_legend_point"))))
        if any(mark.count is not None for mark in marks):
            legend.append(("group", plain(t("map_legend_group"))))
        return tuple(legend)


class LanguageMaps:
    """``showcase.maps`` in templates: the maps of one language, each made once (None: no map)."""

    def __init__(self, pages: SitePages, language: str):
        self.pages = pages
        self.views = MapViews(pages, language)
        self._made: dict[tuple[str, str], MapView | None] = {}

    def _make(self, key: tuple[str, str]) -> MapView | None:
        maps = self.pages.maps
        if maps is None:
            return None
        kind, value = key
        t = self.views.l10n.t
        if kind == "project":
            drawing = maps.project(value)
            return self.views.view(drawing, t("map_title_project"), links=False) if drawing else None
        if kind == "country":
            drawing = maps.country(value)
            title = t("map_title_country", country=self.views.l10n.country(value))
            return self.views.view(drawing, title, links=True, labels=len(drawing.marks) <= 12) if drawing else None
        if kind == "home":
            # The list's map, without what the filters need: made once.
            found = self._get("list")
            return replace(found, filterable=False) if found else None
        drawing = maps.all()
        return self.views.view(drawing, t("map_title_all"), links=True, filterable=True, labels=False) if drawing else None

    def _get(self, kind: str, value: str = "") -> MapView | None:
        key = (kind, value)
        if key not in self._made:
            self._made[key] = self._make(key)
        return self._made[key]

    def project(self, project_id: str) -> MapView | None:
        """A project page's map: its countries shaded, its places named (not links: the page is theirs)."""
        return self._get("project", project_id)

    def country(self, code: str) -> MapView | None:
        """A country page's map: the country, its projects' places linking to them."""
        return self._get("country", code)

    @property
    def projects(self) -> MapView | None:
        """The project list's map of every project, which the list's filters act on."""
        return self._get("list")

    @property
    def home(self) -> MapView | None:
        """The home page's map of every project."""
        return self._get("home")
