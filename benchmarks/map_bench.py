"""What the maps cost: the list page's map at N projects, and the build time the maps add.

``bench_maps(base, sizes)`` writes the synthetic site of ``synthetic.py`` with one
to three places per project (near the capital of one of its countries, named
"Place k-i"), handed to the maps by the test-only hook ``tests/map_places_hook.py``
(the content has no coordinates yet), and builds it twice: with maps and with
``maps: false``. It reports the bytes of the English list page's map (the
``.sc-map`` block: SVG, legend and text list), raw and gzipped, the number of
marks on it, the largest project page's map, the maps' drawing time as the build
logs it, and the difference in build time (wall and CPU).
"""

from __future__ import annotations

import gzip
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import yaml
from synthetic import REPO, write_site

HOOK = REPO / "tests" / "map_places_hook.py"
CAPITALS = {
    "CZ": (50.09, 14.42), "BG": (42.70, 23.32), "SK": (48.15, 17.11), "HU": (47.50, 19.04), "RO": (44.43, 26.10),
    "AL": (41.33, 19.82), "RS": (44.79, 20.45), "MK": (42.00, 21.43), "TR": (39.93, 32.85), "ES": (40.42, -3.70),
    "GB": (51.51, -0.13), "DE": (52.52, 13.40), "AT": (48.21, 16.37), "PL": (52.23, 21.01),
}
"""Roughly where each synthetic country's places are: around its capital."""

_DIV = re.compile(r"<(/?)div\b")
_PROJECT_MAP = re.compile(r'<section class="sc-project-map".*?</section>', re.S)


class BuildRun(Protocol):
    """What bench.py's ``measure`` returns, as far as the maps need it."""

    wall: float
    cpu: float
    returncode: int
    log: str

    def seconds_logged(self, pattern: str) -> float | None: ...


@dataclass
class MapCost:
    projects: int
    list_map_bytes: int
    list_map_gzip: int
    marks: int
    largest_project_map: int
    drawing_seconds: float | None
    wall_with: float
    wall_without: float
    cpu_with: float
    cpu_without: float


def map_block(html: str) -> str:
    """The page's ``<div class="sc-map ...">`` element, whole (its nested divs counted); "" if none."""
    start = html.find('<div class="sc-map ')
    if start < 0:
        return ""
    depth = 0
    for tag in _DIV.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[start : html.index(">", tag.end()) + 1]
    return ""


def write_places(root: Path) -> int:
    """``map-places.yml`` for every synthetic project in ``root``; returns the number of places."""
    places: dict[str, list[dict[str, Any]]] = {}
    for facts in sorted((root / "content" / "projects").glob("*/project.yml")):
        project_id = facts.parent.name
        countries = yaml.safe_load(facts.read_text(encoding="utf-8"))["countries"]
        rng = random.Random(project_id)
        entries = []
        for i in range(1, rng.randint(1, 3) + 1):
            country = rng.choice(countries)
            lat, lon = CAPITALS[country]
            name = f"{project_id.removeprefix('project-').lstrip('0')}-{i}"
            entries.append({
                "name": {"cs": f"Místo {name}", "en": f"Place {name}", "bg": f"Място {name}"},
                "country": country,
                "lat": round(lat + rng.uniform(-1.0, 1.0), 4),
                "lon": round(lon + rng.uniform(-1.5, 1.5), 4),
            })
        places[project_id] = entries
    (root / "map-places.yml").write_text(yaml.safe_dump(places, allow_unicode=True), encoding="utf-8")
    return sum(len(e) for e in places.values())


def _with_hook(config: Path, maps: bool) -> Path:
    """A copy of ``config`` that runs the places hook, with maps on or off."""
    text = config.read_text(encoding="utf-8")
    if not maps:
        text, count = re.subn(r"^(\s+)- showcase:\n", lambda m: f"{m.group(0)}{m.group(1)}    maps: false\n", text, flags=re.M)
        assert count == 1, "mkdocs.yml has no single '- showcase:' plugin entry: update benchmarks/map_bench.py"
    path = config.with_name(f"mkdocs-maps-{'on' if maps else 'off'}.yml")
    path.write_text(text + f"\nhooks:\n  - {HOOK}\n", encoding="utf-8")
    return path


def bench_maps(
    base: Path, sizes: list[int], measure: Callable[[list[str], Path], BuildRun], mkdocs: Callable[..., list[str]]
) -> list[MapCost]:
    """Build each size with and without maps (``measure`` and ``mkdocs`` are bench.py's)."""
    costs = []
    for n in sizes:
        root = base / f"maps-n{n}"
        config = write_site(root, n)
        write_places(root)
        runs = {}
        for maps in (True, False):
            site = root / f"site-{'on' if maps else 'off'}"
            run = measure(mkdocs("build", "--strict", "-f", str(_with_hook(config, maps)), "-d", str(site)), root)
            if run.returncode != 0:
                raise SystemExit(f"mkdocs build failed for the maps at N={n}:\n{run.log[-4000:]}")
            runs[maps] = run
        site = root / "site-on"
        html = (site / "en" / "projects" / "index.html").read_text(encoding="utf-8")
        block = map_block(html)
        largest = max(
            (len(m.group(0).encode()) for page in (site / "en" / "projects").glob("*/index.html")
             for m in [_PROJECT_MAP.search(page.read_text(encoding="utf-8"))] if m),
            default=0,
        )
        costs.append(MapCost(
            projects=n,
            list_map_bytes=len(block.encode()),
            list_map_gzip=len(gzip.compress(block.encode(), mtime=0)),
            marks=block.count('class="sc-map__mark'),
            largest_project_map=largest,
            drawing_seconds=runs[True].seconds_logged(r"Maps: drawn in ([\d.]+) s"),
            wall_with=runs[True].wall, wall_without=runs[False].wall,
            cpu_with=runs[True].cpu, cpu_without=runs[False].cpu,
        ))
    return costs


def map_table(costs: list[MapCost]) -> str:
    rows = ["|    N | list map B | list map gz B | marks | project map B (largest) | drawing s | build wall s with / without | cpu s with / without | added cpu s |",
            "|-----:|-----------:|--------------:|------:|------------------------:|----------:|----------------------------:|---------------------:|------------:|"]
    for c in costs:
        drawing = f"{c.drawing_seconds:.2f}" if c.drawing_seconds is not None else "n/a"
        rows.append(
            f"| {c.projects:4d} | {c.list_map_bytes:10d} | {c.list_map_gzip:13d} | {c.marks:5d} | {c.largest_project_map:23d} | "
            f"{drawing:>9} | {c.wall_with:12.1f} / {c.wall_without:<12.1f} | {c.cpu_with:8.1f} / {c.cpu_without:<9.1f} | {c.cpu_with - c.cpu_without:11.1f} |"
        )
    return "\n".join(rows)
