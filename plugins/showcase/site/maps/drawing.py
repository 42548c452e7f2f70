"""The maps of one site, drawn once per build and shared by every language.

:class:`SiteMaps` draws, when first asked for, the map of a project (its
countries and places), of all projects (the list and the home page) and of a
country (its page). A drawing is language-free: frame, countries, marks; the
views (:mod:`.views`) add names in the reader's language.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .atlas import SIMPLIFY, Atlas, BaseMap, load_atlas
from .frame import Extent, Frame, fit, union
from .geometry import Point
from .layout import Mark, group_points
from .places import MapPlaces, MapPoint
from .projection import project


@dataclass(frozen=True)
class MapStyle:
    """A kind of map: its size in units, how it is fitted, how close points may come before they are grouped."""

    kind: str
    width: int
    height: int
    margin: float
    """Space around what the map must show, as a share of its span."""
    min_span: float
    """Metres: the least width a map shows."""
    group_radius: float
    """Units: points closer than this are drawn as one mark."""
    budget: int
    """Characters of path data the countries may take; over it, they are simplified further."""


PROJECT_MAP = MapStyle("project", 480, 360, 0.12, 1_000_000, 14, 11_000)
ALL_MAP = MapStyle("all", 640, 520, 0.04, 2_000_000, 24, 40_000)
COUNTRY_MAP = MapStyle("country", 480, 360, 0.1, 800_000, 16, 11_000)

COARSE_BELOW = 7000.0
"""Metres per unit above which Natural Earth's 1:110 million countries are detailed enough (else 1:50 million)."""


@dataclass(frozen=True)
class MapDrawing:
    """One map, the same in every language."""

    style: MapStyle
    base: BaseMap
    marks: tuple[Mark, ...]
    anchors: Mapping[str, Point]
    """Where each shaded country's name goes (units), for the countries whose point lies in the frame."""

    @property
    def frame(self) -> Frame:
        return self.base.frame

    @property
    def shaded(self) -> tuple[str, ...]:
        return tuple(self.base.countries)


def _point_extent(point: MapPoint) -> Extent:
    x, y = project(point.lon, point.lat)
    return x, y, x, y


class SiteMaps:
    """Every map of a site, drawn when first asked for (``None``: nothing to show)."""

    def __init__(self, places: MapPlaces, atlas_dir: Path):
        self.places = places
        self.atlas_dir = atlas_dir
        self.seconds = 0.0
        """Time spent drawing, for the build's log."""
        self._drawings: dict[tuple[str, str], MapDrawing | None] = {}
        self._bases: dict[tuple[str, Frame, tuple[str, ...]], BaseMap] = {}

    def atlas(self, resolution: str) -> Atlas:
        return load_atlas(self.atlas_dir, resolution)

    # -- the maps ------------------------------------------------------------------
    def project(self, project_id: str) -> MapDrawing | None:
        """A project's countries and places."""
        places = self.places.get(project_id)
        if places is None:
            return None
        return self._cached(("project", project_id), PROJECT_MAP, places.countries, places.points)

    def all(self) -> MapDrawing | None:
        """Every project's countries and places."""
        countries = sorted({code for places in self.places.values() for code in places.countries})
        points = [point for places in self.places.values() for point in places.points]
        return self._cached(("all", ""), ALL_MAP, countries, points)

    def country(self, code: str) -> MapDrawing | None:
        """A country and its projects' places in it."""
        points = [point for places in self.places.values() for point in places.points if point.country == code]
        return self._cached(("country", code), COUNTRY_MAP, (code,), points)

    # -- drawing -------------------------------------------------------------------
    def _cached(
        self, key: tuple[str, str], style: MapStyle, countries: Iterable[str], points: Iterable[MapPoint]
    ) -> MapDrawing | None:
        if key not in self._drawings:
            start = time.perf_counter()
            self._drawings[key] = self._draw(style, tuple(countries), tuple(points))
            self.seconds += time.perf_counter() - start
        return self._drawings[key]

    def _draw(self, style: MapStyle, countries: tuple[str, ...], points: tuple[MapPoint, ...]) -> MapDrawing | None:
        fine = self.atlas("50m")
        shaded = tuple(code for code in dict.fromkeys(countries) if fine.has(code))
        extents = [e for e in (fine.extent(code) for code in shaded) if e is not None]
        extents += [_point_extent(point) for point in points]
        extent = union(extents)
        if extent is None:
            return None
        frame = fit(extent, style.width, style.height, style.margin, style.min_span)
        coarse = self.atlas("110m")
        atlas = coarse if frame.metres_per_unit > COARSE_BELOW and all(coarse.has(c) for c in shaded) else fine
        base = self._base(atlas, frame, shaded, style.budget)
        placed = [(frame.to_units(*project(point.lon, point.lat)), point) for point in points]
        marks = group_points(placed, style.group_radius)
        anchors: dict[str, Point] = {}
        for code in shaded:
            anchor = fine.anchor(code)
            if anchor is not None:
                x, y = frame.to_units(*anchor)
                if 0 <= x <= frame.width and 0 <= y <= frame.height:
                    anchors[code] = (x, y)
        return MapDrawing(style, base, marks, anchors)

    def _base(self, atlas: Atlas, frame: Frame, shaded: tuple[str, ...], budget: int) -> BaseMap:
        """The countries in ``frame``, simplified further while they weigh more than ``budget``."""
        key = (atlas.resolution, frame, shaded)
        found = self._bases.get(key)
        if found is None:
            simplify = SIMPLIFY
            found = atlas.draw(frame, shaded, simplify)
            while found.size > budget and simplify < 100:
                simplify *= 2
                found = atlas.draw(frame, shaded, simplify)
            self._bases[key] = found
        return found
