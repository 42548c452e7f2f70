"""The countries projected to EPSG:3035 and drawn into a frame as SVG path data.

An :class:`Atlas` holds one resolution of world-atlas. It projects an arc and
computes its simplification weights the first time a map needs it, and keeps
them for the rest of the process (every language, every map, every rebuild of
a preview). :meth:`Atlas.draw` turns a frame into the paths of a base map:

- the land, all of it in one path (each coast once);
- each shaded country in a path of its own (a project's countries);
- the borders between countries, each once, in one path;

simplified to what the frame's scale shows, cut to the frame, in whole units.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .frame import Extent, Frame
from .geometry import Box, Point, clip_line, clip_ring, label_point, path_data, ring_area, rounded, visvalingam_weights
from .projection import project
from .topology import AtlasMissing, Polygon, Ring, Topology, read_topology

SIMPLIFY = 0.4
"""Points whose effective area is under this many square units are left out."""

MIN_RING = 3.0
"""Islands (and holes) under this many square units are left out, but for a shaded country's largest."""

CLIP_MARGIN = 4.0
"""Shapes are cut this many units outside the frame, so that their cut edges are never seen."""

NEAR_PART = 800_000.0
"""A country's parts farther than this (metres) from its largest one (overseas territories) do not widen a map."""


@dataclass(frozen=True, eq=False)
class ProjectedArc:
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    extent: Extent

    @cached_property
    def weights(self) -> tuple[float, ...]:
        """Visvalingam effective areas in square metres (computed for the arcs a map shows, not the ones it only passes)."""
        return tuple(visvalingam_weights(self.xs, self.ys))


@dataclass(frozen=True)
class BaseMap:
    """The drawing of the countries in one frame (the same in every language)."""

    frame: Frame
    land: str
    countries: Mapping[str, str]
    """Path data of each shaded country that the frame shows."""
    borders: str

    @property
    def size(self) -> int:
        """Characters of path data: what the map weighs in the page."""
        return len(self.land) + len(self.borders) + sum(len(d) for d in self.countries.values())


def _box_gap(a: Extent, b: Extent) -> float:
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return float((dx * dx + dy * dy) ** 0.5)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


class Atlas:
    """One resolution of the world's countries in EPSG:3035, projected arc by arc when first needed."""

    def __init__(self, topology: Topology):
        self.topology = topology
        self._arcs: dict[int, ProjectedArc] = {}
        self._extents: dict[str, Extent | None] = {}
        self._anchors: dict[str, Point | None] = {}

    @property
    def resolution(self) -> str:
        return self.topology.resolution

    def has(self, code: str) -> bool:
        return code in self.topology.countries

    # -- arcs --------------------------------------------------------------------
    @cached_property
    def _lonlat_boxes(self) -> tuple[Box, ...]:
        boxes = []
        for arc in self.topology.arcs:
            lons = [p[0] for p in arc]
            lats = [p[1] for p in arc]
            boxes.append((min(lons), min(lats), max(lons), max(lats)))
        return tuple(boxes)

    def arc(self, index: int) -> ProjectedArc:
        found = self._arcs.get(index)
        if found is None:
            projected = [project(lon, lat) for lon, lat in self.topology.arcs[index]]
            xs = tuple(p[0] for p in projected)
            ys = tuple(p[1] for p in projected)
            found = self._arcs[index] = ProjectedArc(xs, ys, (min(xs), min(ys), max(xs), max(ys)))
        return found

    @cached_property
    def _border_arcs(self) -> tuple[int, ...]:
        """Arcs between two different countries: the borders (each drawn once)."""
        users: dict[int, set[str]] = {}
        for code, polygons in self.topology.countries.items():
            for polygon in polygons:
                for ring in polygon:
                    for ref in ring:
                        users.setdefault(ref if ref >= 0 else ~ref, set()).add(code)
        return tuple(sorted(index for index, codes in users.items() if len(codes) > 1))

    @cached_property
    def _ring_boxes(self) -> dict[Ring, Box]:
        boxes: dict[Ring, Box] = {}
        every = [*self.topology.land, *(p for polygons in self.topology.countries.values() for p in polygons)]
        for polygon in every:
            for ring in polygon:
                arcs = [self._lonlat_boxes[ref if ref >= 0 else ~ref] for ref in ring]
                boxes[ring] = min(b[0] for b in arcs), min(b[1] for b in arcs), max(b[2] for b in arcs), max(b[3] for b in arcs)
        return boxes

    def ring_lonlat_box(self, ring: Ring) -> Box:
        return self._ring_boxes[ring]

    # -- a country's extent and label ---------------------------------------------------
    def _ring_metres(self, ring: Ring) -> list[Point]:
        points: list[Point] = []
        for ref in ring:
            arc = self.arc(ref if ref >= 0 else ~ref)
            pairs = list(zip(arc.xs, arc.ys, strict=True))
            points += (pairs if ref >= 0 else pairs[::-1])[1 if points else 0 :]
        return points

    def extent(self, code: str) -> Extent | None:
        """The extent of a country's main land: its largest part and the parts near it, not its overseas territories."""
        if code in self._extents:
            return self._extents[code]
        parts: list[tuple[float, Extent]] = []
        for polygon in self.topology.countries.get(code, ()):
            ring = self._ring_metres(polygon[0])
            xs = [p[0] for p in ring]
            ys = [p[1] for p in ring]
            parts.append((abs(ring_area(ring)), (min(xs), min(ys), max(xs), max(ys))))
        result: Extent | None = None
        if parts:
            largest = max(parts)[1]
            near = [box for _, box in parts if _box_gap(box, largest) <= NEAR_PART]
            result = (min(b[0] for b in near), min(b[1] for b in near), max(b[2] for b in near), max(b[3] for b in near))
        self._extents[code] = result
        return result

    def anchor(self, code: str) -> Point | None:
        """Where a country's name goes (metres): well inside its largest part."""
        if code not in self._anchors:
            polygons = self.topology.countries.get(code, ())
            rings = [self._ring_metres(polygon[0]) for polygon in polygons]
            largest = max(rings, key=lambda ring: abs(ring_area(ring)), default=None)
            self._anchors[code] = label_point(largest) if largest else None
        return self._anchors[code]

    # -- drawing -----------------------------------------------------------------
    def draw(self, frame: Frame, shaded: Iterable[str], simplify: float = SIMPLIFY) -> BaseMap:
        """The land, the ``shaded`` countries and the borders in ``frame``, leaving out details under ``simplify`` square units."""
        return _Drawing(self, frame, simplify).draw(tuple(shaded))


class _Drawing:
    """One frame being drawn: arcs in units, simplified to the frame's scale (each computed once)."""

    def __init__(self, atlas: Atlas, frame: Frame, simplify: float):
        self.atlas = atlas
        self.frame = frame
        self.threshold = simplify / frame.scale**2
        self.view = frame.lonlat_box()
        self.clip = frame.box(CLIP_MARGIN)
        self._units: dict[int, list[Point]] = {}

    def arc_units(self, index: int) -> list[Point]:
        """An arc in units; only its ends when it lies beyond one side of the frame.

        Such an arc and the straight line between its ends lie in the same
        half-plane outside the frame, so cutting the ring to the frame gives
        the same shape either way: a coast far from the map costs two points.
        """
        found = self._units.get(index)
        if found is None:
            arc = self.atlas.arc(index)
            to_units, threshold = self.frame.to_units, self.threshold
            west, south, east, north = arc.extent
            left, top = to_units(west, north)
            right, bottom = to_units(east, south)
            if _overlaps((left, top, right, bottom), self.clip):
                points = [to_units(x, y) for x, y, w in zip(arc.xs, arc.ys, arc.weights, strict=True) if w >= threshold]
            else:
                points = [to_units(arc.xs[0], arc.ys[0]), to_units(arc.xs[-1], arc.ys[-1])]
            found = self._units[index] = points
        return found

    def ring(self, ring: Ring) -> list[Point]:
        points: list[Point] = []
        for ref in ring:
            arc = self.arc_units(ref if ref >= 0 else ~ref)
            points += (arc if ref >= 0 else arc[::-1])[1 if points else 0 :]
        return points

    def shape(self, polygons: Iterable[Polygon], keep_largest: bool) -> list[list[tuple[int, int]]]:
        """The rings of ``polygons`` in the frame, rounded; with ``keep_largest``, the largest outer ring even if it is tiny."""
        rings: list[list[tuple[int, int]]] = []
        largest: tuple[float, list[tuple[int, int]]] | None = None
        for polygon in polygons:
            for n, ring in enumerate(polygon):
                if not _overlaps(self.atlas.ring_lonlat_box(ring), self.view):
                    continue
                cut = rounded(clip_ring(self.ring(ring), self.clip), closed=True)
                if len(cut) < 3:
                    continue
                area = abs(ring_area(cut))
                if n == 0 and (largest is None or area > largest[0]):
                    largest = (area, cut)
                if area >= MIN_RING:
                    rings.append(cut)
        if keep_largest and largest is not None and largest[1] not in rings:
            rings.append(largest[1])
        return rings

    def draw(self, shaded: tuple[str, ...]) -> BaseMap:
        topology = self.atlas.topology
        land = self.shape(topology.land, keep_largest=False)
        countries: dict[str, str] = {}
        for code in shaded:
            rings = self.shape(topology.countries.get(code, ()), keep_largest=True)
            if rings:
                countries[code] = path_data(rings, closed=True)
        lines: list[list[tuple[int, int]]] = []
        boxes = self.atlas._lonlat_boxes
        for index in self.atlas._border_arcs:
            if _overlaps(boxes[index], self.view):
                for part in clip_line(self.arc_units(index), self.clip):
                    line = rounded(part, closed=False)
                    if len(line) > 1:
                        lines.append(line)
        return BaseMap(self.frame, path_data(land, closed=True), countries, path_data(lines, closed=False))


@cache
def _atlas(path: Path, mtime_ns: int, resolution: str) -> Atlas:
    return Atlas(read_topology(path, resolution))


def load_atlas(atlas_dir: Path, resolution: str) -> Atlas:
    """The countries at ``resolution`` (``50m``, ``110m``) from world-atlas in ``atlas_dir``.

    Read once per process and kept (with every arc projected so far) until
    the file changes: every language, map and preview rebuild shares it.
    """
    path = atlas_dir / f"countries-{resolution}.json"
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise AtlasMissing(f"the maps need npm's world-atlas, missing at {path}: run `make node-deps` (npm ci)") from None
    return _atlas(path, mtime, resolution)
