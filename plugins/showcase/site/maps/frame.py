"""The part of the projected plane a map shows, and its scale.

A frame is a rectangle in EPSG:3035 metres (see :mod:`.projection`) drawn into
``width`` × ``height`` units (the SVG ``viewBox``), fitted around what the map
must show with a margin, at the map's aspect ratio.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .geometry import Box, Point
from .projection import unproject

Extent = tuple[float, float, float, float]
"""(west, south, east, north) in EPSG:3035 metres: easting and northing grow to the east and north."""


@dataclass(frozen=True)
class Frame:
    west: float
    south: float
    east: float
    north: float
    width: int
    height: int

    @property
    def scale(self) -> float:
        """Units per metre."""
        return self.width / (self.east - self.west)

    @property
    def metres_per_unit(self) -> float:
        return (self.east - self.west) / self.width

    def to_units(self, x: float, y: float) -> Point:
        """A point in metres as map units (y downwards)."""
        k = self.scale
        return (x - self.west) * k, (self.north - y) * k

    def box(self, margin: float = 0.0) -> Box:
        """The frame in units, grown by ``margin`` on every side."""
        return -margin, -margin, self.width + margin, self.height + margin

    def lonlat_box(self, pad: float = 1.0) -> Box:
        """(west, south, east, north) in degrees around the frame, ``pad`` degrees wider.

        The frame's edges are curves in degrees: sampled, not just its corners.
        """
        lons: list[float] = []
        lats: list[float] = []
        steps = 12
        for i in range(steps + 1):
            t = i / steps
            x = self.west + (self.east - self.west) * t
            y = self.south + (self.north - self.south) * t
            for px, py in ((x, self.south), (x, self.north), (self.west, y), (self.east, y)):
                lon, lat = unproject(px, py)
                lons.append(lon)
                lats.append(lat)
        return min(lons) - pad, min(lats) - pad, max(lons) + pad, min(90.0, max(lats) + pad)

    @property
    def extent_text(self) -> str:
        """The frame in whole metres, west south east north: what a reader of the SVG needs to georeference it."""
        return f"{self.west:.0f} {self.south:.0f} {self.east:.0f} {self.north:.0f}"


def union(extents: list[Extent]) -> Extent | None:
    if not extents:
        return None
    return (
        min(e[0] for e in extents),
        min(e[1] for e in extents),
        max(e[2] for e in extents),
        max(e[3] for e in extents),
    )


SPAN_STEP = 2 ** 0.125
"""Frames are this much wider than the next smaller one (a ladder from 100 km): maps of nearby areas share a scale."""
CENTRE_GRID = 16
"""A frame's centre snaps to a grid of its width (and height) divided by this."""


def fit(extent: Extent, width: int, height: int, margin: float, min_span: float) -> Frame:
    """The frame of ``width`` × ``height`` units that shows ``extent`` with ``margin`` (a share of its span) on every side.

    ``min_span`` (metres) keeps a map of one town or a small country from
    zooming in so far that its neighbours are lost. The span is rounded up to
    a step of a ladder and the centre to a grid, both far finer than the
    margin: maps of about the same area share their frame, so their drawing is
    made once, and a reader sees them at the same scale.
    """
    west, south, east, north = extent
    span_x = max(east - west, 1.0) * (1 + 2 * margin)
    span_y = max(north - south, 1.0) * (1 + 2 * margin)
    # Grow the short side to the map's aspect ratio, then both to the minimum and the ladder.
    aspect = width / height
    span_x = max(span_x, span_y * aspect, min_span)
    span_x = 100_000.0 * SPAN_STEP ** math.ceil(math.log(span_x / 100_000.0, SPAN_STEP) - 1e-9)
    span_y = span_x / aspect
    cx = _snap((west + east) / 2, span_x / CENTRE_GRID)
    cy = _snap((south + north) / 2, span_y / CENTRE_GRID)
    km = 1000.0
    left = round((cx - span_x / 2) / km) * km
    bottom = round((cy - span_y / 2) / km) * km
    right = left + round(span_x / km) * km
    top = bottom + round(span_y / km) * km
    return Frame(left, bottom, right, top, width, height)


def _snap(value: float, step: float) -> float:
    return round(value / step) * step
