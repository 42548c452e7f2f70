"""A MkDocs hook for test and benchmark sites only: places with coordinates for the maps.

The content cannot hold places with coordinates yet, and invented facts do not
belong in ``content/``. A fixture site names this file under ``hooks:`` in its
``mkdocs.yml`` and writes ``map-places.yml`` beside it::

    alpha:                     # project id
      - name: {cs: Praha, en: Prague, bg: Прага}   # or one string
        country: CZ
        lat: 50.0875
        lon: 14.4214

The hook hands the maps these points, on top of what the content gives them
(each project's countries), through ``SitePages.use_places``: the same input
the content will give once places are part of it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from showcase.content.model import SiteContent, Translated
from showcase.site.maps.places import MapPlaces, MapPoint, PlaceSource, ProjectPlaces, places_from_content

PLACES_FILE = "map-places.yml"


def _points(project_id: str, entries: list[dict[str, Any]]) -> tuple[MapPoint, ...]:
    points = []
    for entry in entries:
        name = entry["name"]
        label = Translated(name if isinstance(name, dict) else {"*": str(name)})
        points.append(MapPoint(project_id, label, str(entry["country"]), float(entry["lat"]), float(entry["lon"])))
    return tuple(points)


@cache
def _source(path: Path, mtime_ns: int) -> PlaceSource:
    """One source per version of the file: the maps are drawn once for all languages."""
    data: dict[str, list[dict[str, Any]]] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def source(site: SiteContent) -> MapPlaces:
        places = places_from_content(site)
        return {
            project_id: ProjectPlaces(found.countries, _points(project_id, data.get(project_id, [])))
            for project_id, found in places.items()
        }

    return source


def on_config(config: Any) -> None:
    # Hooks run after the plugins listed in mkdocs.yml: the showcase plugin has loaded the content.
    path = Path(config.config_file_path).parent / PLACES_FILE
    config.plugins["showcase"].pages.use_places(_source(path, path.stat().st_mtime_ns))
