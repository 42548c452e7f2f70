"""A fixture site with places on its maps: the scratch site, two more projects, and coordinates from a test-only hook.

``build_map_site(root)`` builds it into ``root/site``. ``write_map_site(root)`` writes the site of ``scratch.py`` plus ``gamma`` (Czechia and
Austria) and ``balkans`` (six countries of the Western Balkans), ``map-places.yml``
with the places below, and a ``mkdocs.yml`` that runs ``map_places_hook.py``; it
returns the ``mkdocs.yml``. The coordinates are those of the towns' centres,
for tests only: the real content has no coordinates yet.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

import yaml

from conftest import REPO, BuiltSite, build_site
from scratch import write_buildable_site


def _place(cs: str, en: str, bg: str, country: str, lat: float, lon: float) -> dict[str, Any]:
    return {"name": {"cs": cs, "en": en, "bg": bg}, "country": country, "lat": lat, "lon": lon}


PRAGUE = _place("Praha", "Prague", "Прага", "CZ", 50.0875, 14.4214)
KLADNO = _place("Kladno", "Kladno", "Кладно", "CZ", 50.1473, 14.1029)
BRATISLAVA = _place("Bratislava", "Bratislava", "Братислава", "SK", 48.1486, 17.1077)
VIENNA = _place("Vídeň", "Vienna", "Виена", "AT", 48.2082, 16.3738)
STARA_ZAGORA = _place("Stara Zagora", "Stara Zagora", "Стара Загора", "BG", 42.4258, 25.6345)
KAZANLAK = _place("Kazanlak", "Kazanlak", "Казанлък", "BG", 42.6194, 25.3930)
BALKANS = [
    _place("Tirana", "Tirana", "Тирана", "AL", 41.3275, 19.8187),
    _place("Skadar", "Shkodër", "Шкодра", "AL", 42.0693, 19.5033),
    _place("Skopje", "Skopje", "Скопие", "MK", 41.9981, 21.4254),
    _place("Bělehrad", "Belgrade", "Белград", "RS", 44.7866, 20.4489),
    _place("Sarajevo", "Sarajevo", "Сараево", "BA", 43.8563, 18.4131),
    _place("Podgorica", "Podgorica", "Подгорица", "ME", 42.4304, 19.2594),
    _place("Priština", "Pristina", "Прищина", "XK", 42.6629, 21.1655),
]

PLACES: dict[str, list[dict[str, Any]]] = {
    "alpha": [PRAGUE, BRATISLAVA],
    "beta": [STARA_ZAGORA, KAZANLAK],
    "gamma": [KLADNO, VIENNA],
    "balkans": BALKANS,
}
"""Project id → its places. On the list's map Prague and Kladno (alpha, gamma) make one
group, Bratislava and Vienna (alpha, gamma) another; Stara Zagora and Kazanlak are one
project's (beta): one point."""

FILES = {
    "content/projects/gamma/project.yml": """\
        original_language: en
        organisation: khamoro
        period: {start: 2020-01, end: 2020-12}
        countries: [CZ, AT]
        """,
    "content/projects/gamma/project.en.md": """\
        ---
        title: Gamma project
        summary: The gamma project.
        ---

        Body of gamma.
        """,
    "content/projects/balkans/project.yml": """\
        original_language: en
        organisation: romodrom
        period: {start: 2019-01, end: 2019-12}
        countries: [AL, MK, RS, BA, ME, XK]
        """,
    "content/projects/balkans/project.en.md": """\
        ---
        title: Balkan network
        summary: Six countries of the Western Balkans.
        ---

        Body of the Balkan network.
        """,
    "content/projects/balkans/project.bg.md": """\
        ---
        title: Балканска мрежа
        summary: Шест държави от Западните Балкани.
        ---

        Текст.
        """,
}


def write_map_site(root: Path) -> Path:
    mkdocs_yml = write_buildable_site(root)
    # The pages the footer links to, so that a crawl of the fixture finds no broken link.
    for page in [*REPO.glob("content/open-data.*.md"), *REPO.glob("content/accessibility.*.md"), *REPO.glob("content/about.*.md")]:
        shutil.copyfile(page, root / "content" / page.name)
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "map-places.yml").write_text(yaml.safe_dump(PLACES, allow_unicode=True), encoding="utf-8")
    with mkdocs_yml.open("a", encoding="utf-8") as file:
        file.write(f"\nhooks:\n  - {REPO / 'tests' / 'map_places_hook.py'}\n")
    return mkdocs_yml


def build_map_site(root: Path) -> BuiltSite:
    """The fixture site written and built (``mkdocs build --strict``) into ``root/site``."""
    result = build_site(write_map_site(root), root / "site")
    assert result.returncode == 0, result.stderr
    return BuiltSite(root / "site", result.stderr)
