"""The map engine piece by piece: projection, world-atlas, simplification, clipping, frames, groups, labels, input."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from conftest import REPO
from scratch import load, write_scratch_site
from showcase.content.model import Translated
from showcase.site.maps.atlas import Atlas, load_atlas
from showcase.site.maps.drawing import PROJECT_MAP, SiteMaps
from showcase.site.maps.frame import SPAN_STEP, fit
from showcase.site.maps.geometry import clip_line, clip_ring, label_point, path_data, ring_area, visvalingam_weights
from showcase.site.maps.layout import group_points, place_labels, text_box
from showcase.site.maps.places import MapPoint, ProjectPlaces, places_from_content
from showcase.site.maps.projection import project, unproject
from showcase.site.maps.topology import AtlasMissing, atlas_folder, country_code

ATLAS = REPO / "node_modules" / "world-atlas"


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return load_atlas(ATLAS, "50m")


def test_projection_is_epsg_3035_as_in_the_epsg_guidance_example() -> None:
    # EPSG Guidance Note 7-2, Lambert Azimuthal Equal Area (EPSG:3035): 50° N, 5° E.
    easting, northing = project(5.0, 50.0)
    assert easting == pytest.approx(3962799.45, abs=0.01)
    assert northing == pytest.approx(2999718.85, abs=0.01)
    assert project(10.0, 52.0) == pytest.approx((4321000.0, 3210000.0))


@pytest.mark.parametrize(("lon", "lat"), [(5.0, 50.0), (25.63, 42.43), (-9.1, 38.7), (44.5, 40.2), (-21.9, 64.1)])
def test_unproject_inverts_project(lon: float, lat: float) -> None:
    assert unproject(*project(lon, lat)) == pytest.approx((lon, lat), abs=1e-6)


def test_the_north_is_not_inflated() -> None:
    # Equal-area: a degree square at 60° N covers half the area of one at 0° N... on the
    # sphere; measured here between 40° and 60° N, where Mercator would make it 1.76 times
    # larger than it is (sec² 60° / sec² 40°), the projection keeps true areas.
    def area(lat: float) -> float:
        ring = [project(10, lat), project(11, lat), project(11, lat + 1), project(10, lat + 1)]
        return abs(ring_area(ring))

    true_ratio = (math.sin(math.radians(61)) - math.sin(math.radians(60))) / (math.sin(math.radians(41)) - math.sin(math.radians(40)))
    assert area(60) / area(40) == pytest.approx(true_ratio, rel=0.01)


def test_world_atlas_countries_by_iso_code(atlas: Atlas) -> None:
    countries = atlas.topology.countries
    for code in ("CZ", "BG", "AL", "TR", "HU", "ES", "GB", "MK", "BA", "ME", "RS", "MT", "LI", "AD"):
        assert code in countries, code
    # Features world-atlas gives no numeric code: Kosovo by its name; Northern Cyprus is Cyprus.
    assert "XK" in countries
    assert country_code({"properties": {"name": "N. Cyprus"}}) == "CY"
    assert country_code({"id": "203", "properties": {"name": "Czechia"}}) == "CZ"
    assert country_code({"properties": {"name": "Siachen Glacier"}}) is None


def test_a_country_extent_leaves_out_overseas_territories(atlas: Atlas) -> None:
    france = atlas.extent("FR")
    assert france is not None
    west, south, east, north = france
    # French Guiana (South America) and Réunion are far; Corsica is near.
    guiana = project(-53.0, 4.0)
    corsica = project(9.1, 42.1)
    assert not (west <= guiana[0] <= east and south <= guiana[1] <= north)
    assert west <= corsica[0] <= east and south <= corsica[1] <= north


def test_missing_world_atlas_says_how_to_install_it(tmp_path: Path) -> None:
    assert atlas_folder(tmp_path, "no/such/folder") is None
    with pytest.raises(AtlasMissing, match=r"run `make node-deps` \(npm ci\)"):
        load_atlas(tmp_path, "50m")


def test_visvalingam_keeps_the_ends_and_drops_straight_points_first() -> None:
    xs = [0.0, 1.0, 2.0, 3.0, 4.0]
    ys = [0.0, 0.0, 5.0, 0.0, 0.0]
    weights = visvalingam_weights(xs, ys)
    assert weights[0] == weights[-1] == math.inf
    assert weights[1] < weights[2] and weights[3] < weights[2]
    # A point's weight is never less than that of a point removed before it.
    assert visvalingam_weights([0.0, 1.0, 2.0], [0.0, 0.0, 0.0]) == [math.inf, 0.0, math.inf]


def test_clip_ring_cuts_to_the_box() -> None:
    ring = [(-10.0, -10.0), (10.0, -10.0), (10.0, 10.0), (-10.0, 10.0)]
    cut = clip_ring(ring, (0.0, 0.0, 20.0, 20.0))
    assert sorted(cut) == sorted([(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)])
    assert clip_ring([(30.0, 30.0), (40.0, 30.0), (40.0, 40.0)], (0.0, 0.0, 20.0, 20.0)) == []


def test_clip_line_keeps_the_parts_inside() -> None:
    parts = clip_line([(-5.0, 5.0), (5.0, 5.0), (5.0, 25.0), (15.0, 25.0), (15.0, 5.0)], (0.0, 0.0, 20.0, 20.0))
    assert parts == [[(0.0, 5.0), (5.0, 5.0), (5.0, 20.0)], [(15.0, 20.0), (15.0, 5.0)]]


def test_path_data_is_whole_units_relative_after_the_first_point() -> None:
    assert path_data([[(10, 20), (13, 20), (13, 15)]], closed=True) == "M10 20l3 0 0-5z"
    assert path_data([[(0, 0), (-2, -3)], [(5, 5), (6, 5)]], closed=False) == "M0 0l-2-3M5 5l1 0"


def test_label_point_is_inside_a_concave_ring() -> None:
    # A "U": its centroid falls in the gap, the label point must not.
    ring = [(0.0, 0.0), (30.0, 0.0), (30.0, 30.0), (20.0, 30.0), (20.0, 10.0), (10.0, 10.0), (10.0, 30.0), (0.0, 30.0)]
    x, y = label_point(ring)
    assert not (10 < x < 20 and y > 10)
    assert 0 < x < 30 and 0 < y < 30


def test_fit_keeps_the_aspect_ratio_a_margin_and_a_minimum_span() -> None:
    frame = fit((0.0, 0.0, 1_000_000.0, 200_000.0), 480, 360, 0.1, 500_000)
    assert (frame.east - frame.west) / (frame.north - frame.south) == pytest.approx(480 / 360, rel=0.01)
    # The margin, less what snapping the centre to its grid may take (a 32nd of the span).
    assert frame.west <= -50_000 and frame.east >= 1_050_000 and frame.south <= -20_000 and frame.north >= 220_000
    small = fit((0.0, 0.0, 1000.0, 1000.0), 480, 360, 0.1, 500_000)
    assert 500_000 <= small.east - small.west < 500_000 * SPAN_STEP
    assert small.to_units(500.0, 500.0) == pytest.approx((240, 180), abs=1.5)  # edges in whole kilometres
    # Nearby areas of about the same size share a frame (and its drawing).
    assert fit((2_000.0, 1_000.0, 998_000.0, 201_000.0), 480, 360, 0.1, 500_000) == frame


def _point(name: str, project_id: str = "p") -> MapPoint:
    return MapPoint(project_id, Translated({"*": name}), "CZ", 0.0, 0.0)


def test_points_that_would_overlap_are_grouped_in_reading_order() -> None:
    placed = [((100.0, 100.0), _point("a", "p1")), ((105.0, 100.0), _point("b", "p2")), ((50.0, 10.0), _point("c", "p3"))]
    marks = group_points(placed, radius=10)
    assert [tuple(p.label.get("en") for p in m.points) for m in marks] == [("c",), ("a", "b")]
    assert (marks[1].x, marks[1].y) == (102.5, 100.0)
    assert marks[1].is_group and not marks[0].is_group
    # Two places of one project are one point, not a group.
    same = group_points([((0.0, 0.0), _point("a", "p")), ((1.0, 1.0), _point("b", "p"))], radius=10)
    assert len(same) == 1 and not same[0].is_group


def test_labels_are_placed_clear_of_marks_and_of_each_other() -> None:
    taken = [(95.0, 95.0, 105.0, 105.0), (115.0, 95.0, 125.0, 105.0)]
    labels = [("Alpha", (100.0, 100.0), 5.0), ("Beta", (120.0, 100.0), 5.0)]
    placements = place_labels(labels, 13, list(taken), (0.0, 0.0, 300.0, 300.0))
    boxes = [text_box(text, 13, at) for (text, _, _), at in zip(labels, placements, strict=True) if at]
    assert len(boxes) == 2
    for box in boxes:
        for other in [*taken, *boxes]:
            if other is not box:
                assert box[2] <= other[0] or other[2] <= box[0] or box[3] <= other[1] or other[3] <= box[1]


def test_map_input_from_the_content_is_each_project_s_countries(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    site = load(tmp_path)
    assert places_from_content(site) == {"alpha": ProjectPlaces(("CZ", "SK")), "beta": ProjectPlaces(("BG",))}


def test_a_project_map_shades_its_countries_and_marks_its_places() -> None:
    prague = MapPoint("p", Translated({"*": "Praha"}), "CZ", 50.0875, 14.4214)
    maps = SiteMaps({"p": ProjectPlaces(("CZ", "SK"), (prague,)), "q": ProjectPlaces(("AL", "TR"))}, ATLAS)
    drawing = maps.project("p")
    assert drawing is not None and drawing.style == PROJECT_MAP
    assert drawing.shaded == ("CZ", "SK")
    [mark] = drawing.marks
    assert (mark.x, mark.y) == pytest.approx(drawing.frame.to_units(*project(14.4214, 50.0875)))
    assert 0 < mark.x < drawing.frame.width and 0 < mark.y < drawing.frame.height
    # A project far apart (Albania and Turkey) stays within the size budget of a project map.
    wide = maps.project("q")
    assert wide is not None and wide.base.size <= PROJECT_MAP.budget and not wide.marks
    all_projects = maps.all()
    assert all_projects is not None and all_projects.shaded == ("AL", "CZ", "SK", "TR")
    assert maps.project("unknown") is None
