"""Natural Earth's country boundaries as TopoJSON (npm ``world-atlas``), decoded.

A TopoJSON file stores each line between two countries once, as an *arc*: a
list of points quantised to integers, each point but the first a difference
from the one before; ``transform`` turns them back into degrees. A country is a
list of polygons, a polygon a list of rings (outer first, then holes), a ring
a list of arc indexes, ``~i`` (that is ``-i - 1``) meaning arc ``i`` reversed.
See https://github.com/topojson/topojson-specification.

Countries are keyed by ISO 3166-1 alpha-2 code, as projects name them:
world-atlas gives the numeric code (``"203"``), which CLDR's territory aliases
(from Babel) turn into ``CZ``; the few features without one are named below.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from babel.core import get_global

Ring = tuple[int, ...]
"""Arc indexes; ``~i`` is arc ``i`` read backwards."""
Polygon = tuple[Ring, ...]
"""The outer ring, then the holes."""

WORLD_ATLAS = Path("node_modules") / "world-atlas"
"""Where npm puts world-atlas, relative to the folder of ``package.json`` (which pins its version)."""

TOOLING = Path(__file__).resolve().parents[4]
"""The folder of the plugin's own ``package.json`` (this repository, where the plugin is installed from)."""

RESOLUTIONS = ("50m", "110m")
"""Natural Earth's scales in world-atlas, finest first (1:50 million, 1:110 million)."""

# Features world-atlas gives no numeric code. Kosovo has the code the EU and
# CLDR use (XK); Northern Cyprus is part of Cyprus (an EU member) in ISO 3166.
_NAMED = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}


def atlas_folder(site_folder: Path, setting: str = "") -> Path | None:
    """Where world-atlas is: ``setting`` (relative to the site's folder), else ``node_modules/world-atlas`` there.

    Without a setting, a site whose ``mkdocs.yml`` is not beside the
    plugin's ``package.json`` (a test or benchmark site in a temporary
    folder) uses the plugin's own ``node_modules``. None: not installed.
    """
    candidates = [site_folder / setting] if setting else [site_folder / WORLD_ATLAS, TOOLING / WORLD_ATLAS]
    return next((folder for folder in candidates if (folder / "countries-50m.json").is_file()), None)


class AtlasMissing(FileNotFoundError):
    """world-atlas is not installed where the build looks for it; the message says how to install it."""


@dataclass(frozen=True)
class Topology:
    """One resolution of world-atlas's ``countries-*.json``, decoded to degrees."""

    resolution: str
    arcs: tuple[tuple[tuple[float, float], ...], ...]
    """Each arc's points as (longitude, latitude)."""
    countries: Mapping[str, tuple[Polygon, ...]]
    land: tuple[Polygon, ...]
    """All land, each coast once (world-atlas merged the countries)."""

    def arc_points(self, ref: int) -> tuple[tuple[float, float], ...]:
        return self.arcs[ref] if ref >= 0 else self.arcs[~ref][::-1]


def _decode_arcs(data: dict[str, object]) -> tuple[tuple[tuple[float, float], ...], ...]:
    transform = data["transform"]
    assert isinstance(transform, dict)
    (kx, ky), (tx, ty) = transform["scale"], transform["translate"]
    raw = data["arcs"]
    assert isinstance(raw, list)
    arcs = []
    for arc in raw:
        dxs, dys = zip(*arc, strict=True)
        xs = [x * kx + tx for x in accumulate(dxs)]
        ys = [y * ky + ty for y in accumulate(dys)]
        arcs.append(tuple(zip(xs, ys, strict=True)))
    return tuple(arcs)


def _polygons(geometry: dict[str, object]) -> tuple[Polygon, ...]:
    kind, arcs = geometry.get("type"), geometry.get("arcs")
    assert isinstance(arcs, list)
    if kind == "Polygon":
        return (tuple(tuple(ring) for ring in arcs),)
    if kind == "MultiPolygon":
        return tuple(tuple(tuple(ring) for ring in polygon) for polygon in arcs)
    return ()


def country_code(geometry: dict[str, object]) -> str | None:
    """The ISO 3166-1 alpha-2 code of a world-atlas country, None if it has none."""
    numeric = geometry.get("id")
    if isinstance(numeric, str):
        aliases = get_global("territory_aliases").get(numeric)
        return aliases[0] if aliases and len(aliases) == 1 else None
    properties = geometry.get("properties")
    name = properties.get("name") if isinstance(properties, dict) else None
    return _NAMED.get(name) if isinstance(name, str) else None


def read_topology(path: Path, resolution: str) -> Topology:
    """Decode one world-atlas file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    countries: dict[str, tuple[Polygon, ...]] = {}
    for geometry in data["objects"]["countries"]["geometries"]:
        code = country_code(geometry)
        if code is not None:
            countries[code] = countries.get(code, ()) + _polygons(geometry)
    land = tuple(polygon for geometry in data["objects"]["land"]["geometries"] for polygon in _polygons(geometry))
    return Topology(resolution, _decode_arcs(data), countries, land)
