"""A small valid site written into a temporary folder, for tests that break it.

``write_scratch_site(root)`` writes ``root/content`` and ``root/data`` (the
interface strings are copied from the real ``data/ui/``) and returns nothing;
``load(root)`` runs the core on it. The texts below are kept short so that a
test can name the line of each value: the numbers in the comments are the
line numbers tests rely on.
"""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

from conftest import REPO
from showcase.content.loader import load_site
from showcase.content.model import SiteContent

LANGUAGES = ("cs", "en", "bg")
DEFAULT_LANGUAGE = "cs"

FILES: dict[str, str] = {
    "data/organisations.yml": """\
        - id: romodrom
          name: ROMODROM
          country: CZ
        - id: khamoro
          name:
            cs: Khamoro (cs)
            en: Khamoro (en)
            bg: Хаморо
        """,
    "data/funders.yml": """\
        - id: european-social-fund
          name:
            cs: Evropský sociální fond
            en: European Social Fund
            bg: Европейски социален фонд
          acknowledgement: Funded by the ESF.
          programmes:
            - id: op-employment
              name:
                cs: Operační program Zaměstnanost
                en: Operational Programme Employment
                bg: Оперативна програма „Заетост“
        - id: urbact
          name: URBACT
        """,
    "data/topics.yml": """\
        - id: roma-inclusion
          name: {cs: Začleňování Romů, en: Roma inclusion, bg: Приобщаване на ромите}
        - id: networking
          name: {cs: Síťování, en: Networking, bg: Мрежи}
        """,
    # line numbers:                                   1
    "content/projects/alpha/project.yml": """\
        original_language: en
        organisation: romodrom
        partners: [{organisation: khamoro, role: partner}]
        funding:
          - funder: european-social-fund
            programme: op-employment
        registration_number: CZ.1/2
        project_code: ID-1
        period:
          start: 2021-01-01
          end: 2022-12-31
        status: completed
        countries: [CZ, SK]
        topics: [roma-inclusion, networking]
        figures: [{id: partner-cities, value: 10}]
        # figures and contacts: lists of entries, each with its id
        contacts:
          - id: jan
            name: Jan Novák
            organisation: romodrom
            phone: "+420 778 747 633"
            email: jan@example.org
            address: Main street 1, Prague
            country: CZ
        links:
          website: https://www.example.org/
        """,
    "content/projects/alpha/project.en.md": """\
        ---
        title: Alpha project
        summary: The alpha project in English.
        goals:
          - First goal
          - Second **goal**
        figures:
          partner-cities: partner cities
        contacts:
          jan: Project contact
        links:
          website: Our website
        ---

        Body of the *alpha* project.
        """,
    "content/projects/alpha/project.cs.md": """\
        ---
        title: Projekt alfa
        summary: Projekt alfa česky.
        goals:
          - První cíl
        ---

        Text projektu alfa.
        """,
    "content/projects/beta/project.yml": """\
        original_language: cs
        organisation: khamoro
        funding:
          - funder: urbact
        period:
          end: 2013-01
        countries: [BG]
        """,
    "content/projects/beta/project.cs.md": """\
        ---
        title: Projekt beta
        summary: Projekt beta česky.
        ---

        Text projektu beta.
        """,
}


def write_scratch_site(root: Path) -> None:
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    shutil.copytree(REPO / "data" / "ui", root / "data" / "ui")


def write_mkdocs_yml(root: Path, docs_dir: str = "content", data_dir: str = "data") -> Path:
    """``root/mkdocs.yml``: the real one, reading ``root/<docs_dir>`` and ``root/<data_dir>``.

    The theme overrides stay the repository's (by absolute path). ``docs_dir``
    and the plugin's ``data_dir`` are resolved relative to the file's folder.
    """
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    theme_overrides = json.dumps(str(REPO / "theme_overrides"))
    replacements = {
        r"^docs_dir:.*$": lambda m: f"docs_dir: {docs_dir}",
        r"^(\s+)custom_dir:.*$": lambda m: f"{m.group(1)}custom_dir: {theme_overrides}",
        r"^(\s+)data_dir:.*$": lambda m: f"{m.group(1)}data_dir: {data_dir}",
    }
    for pattern, replace in replacements.items():
        text, count = re.subn(pattern, replace, text, flags=re.M)
        assert count == 1, f"mkdocs.yml has no single line matching {pattern!r}: update tests/scratch.py"
    path = root / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def write_buildable_site(root: Path) -> Path:
    """The scratch site plus the real home and list pages and a mkdocs.yml; returns the mkdocs.yml."""
    write_scratch_site(root)
    for page in [*(REPO / "content").glob("index.*.md"), *(REPO / "content" / "projects").glob("index.*.md")]:
        target = root / page.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    return write_mkdocs_yml(root)


def replace_text(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of ``old`` in the file ``path`` by ``new``."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}: fix the test"
    path.write_text(text.replace(old, new), encoding="utf-8")


def load(root: Path) -> SiteContent:
    return load_site(root / "content", root / "data", LANGUAGES, DEFAULT_LANGUAGE)
