"""What the maps show of each project: its countries, shaded, and its places with coordinates, as points.

:func:`places_from_content` derives it from the content model: each place
of ``project.yml`` with coordinates becomes a :class:`MapPoint`; a place
without them (a region) only shades its country. Anything else may supply the
same input: a test site sets its own source on
:class:`~showcase.site.pages.registry.SitePages`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ...content.model import SiteContent, Translated


@dataclass(frozen=True)
class MapPoint:
    """A place of a project with coordinates: one point on the maps."""

    project_id: str
    label: Translated
    """The place's name, by language (``Stara Zagora`` / ``Стара Загора``)."""
    country: str
    """ISO 3166-1 alpha-2 code of the country the place is in."""
    lat: float
    lon: float


@dataclass(frozen=True)
class ProjectPlaces:
    """One project on the maps."""

    countries: tuple[str, ...]
    """Shaded: the project's countries (ISO 3166-1 alpha-2)."""
    points: tuple[MapPoint, ...] = ()


MapPlaces = Mapping[str, ProjectPlaces]
"""Each project's places, by project id."""

PlaceSource = Callable[[SiteContent], MapPlaces]
"""Where the maps' input comes from."""


def places_from_content(site: SiteContent) -> dict[str, ProjectPlaces]:
    """The maps' input from the content model: each project's countries, and its places with coordinates as points.

    A place without coordinates (a region) shades its country, which is one
    of the project's countries already (the schema checks it).
    """
    return {
        project.id: ProjectPlaces(
            project.facts.countries,
            tuple(
                MapPoint(project.id, Translated({language: place.name(language) for language in site.languages}), place.country, place.lat, place.lon)
                for place in project.facts.places
                if place.lat is not None and place.lon is not None
            ),
        )
        for project in site.projects
    }
