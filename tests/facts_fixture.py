"""A fixture project that uses every fact a showcase reader looks for: money, a duration, places, partners
with roles, identifiers, indicators, a timeline, an organisation's seat.

``write_facts_site(root)`` writes the scratch site (``scratch.py``) with the project ``gamma`` added
(English original, a full Czech translation, a Bulgarian one that leaves out an event and the text of
one indicator), a second currency in ``beta`` and the data they need; ``write_buildable_facts_site(root)``
adds the real home and list pages and a ``mkdocs.yml``. No sum here comes from a real project.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from scratch import replace_text, write_buildable_site, write_scratch_site

GAMMA = "content/projects/gamma"

FILES: dict[str, str] = {
    f"{GAMMA}/project.yml": """\
        original_language: en
        organisation: khamoro
        partners:
          - {organisation: khamoro, role: lead}
          - {organisation: romodrom, role: partner}
          - {organisation: sunrise, role: associated}
        funding:
          - funder: european-social-fund
            programme: op-employment
            amount: {amount: 850000, currency: EUR}
          - funder: urbact
            amount: {amount: 250000.50, currency: EUR}
          - funder: chodov
            amount: {amount: 300000, currency: CZK}
        budget: {amount: 1250000, currency: EUR}
        registration_number: CZ.03.2.63/0.0/0.0/21_001/0000001
        application_id: 1aBcD2E
        project_code: GAMMA-21
        internal_id: INT-2021-7
        period: {start: 2021-03, months: 24}
        status: ongoing
        countries: [CZ, BG]
        topics: [networking]
        places:
          - name: Chodov
            names: {bg: Ходов}
            country: CZ
            region: Karlovy Vary Region
            region_names: {cs: Karlovarský kraj, bg: Карловарски край}
            nuts: CZ041
            lat: 50.24
            lon: 12.75
          - name: Stara Zagora
            names: {bg: Стара Загора}
            country: BG
            lat: 42.43
            lon: 25.63
          - name: Karlovy Vary Region
            names: {cs: Karlovarský kraj, bg: Карловарски край}
            country: CZ
            nuts: CZ041
        figures:
          - id: volunteers
            value: 120
        indicators:
          - id: trained-staff
            baseline: 0
            target: 40
            achieved: 35
            date: 2022-06-30
          - id: school-attendance
            baseline: 62.5
            target: 80
            achieved: 84.5
            date: 2022-06
          - id: dropouts
            baseline: 30
            target: 10
        events:
          - id: final-conference
            date: 2023-02-28
          - id: kick-off
            date: 2021-03-15
          - id: summer-school
            date: 2021-07-12
            end: 2021-07-16
        """,
    f"{GAMMA}/project.en.md": """\
        ---
        title: Gamma project
        summary: The gamma project shows every fact a reader looks for.
        figures:
          volunteers: volunteers
        indicators:
          - id: trained-staff
            label: Staff trained
            unit: people
          - id: school-attendance
            label: Children attending school
            unit: "%"
          - id: dropouts
            label: Pupils leaving school early
            unit: pupils
        events:
          - id: kick-off
            title: Kick-off meeting
            place: Chodov
          - id: summer-school
            title: Summer school
            place: Stara Zagora
            text: Five days of **workshops**.
          - id: final-conference
            title: Final conference
            place: Prague
        ---

        The story of the gamma project.
        """,
    f"{GAMMA}/project.cs.md": """\
        ---
        title: Projekt gama
        summary: Projekt gama ukazuje všechna fakta, která čtenář hledá.
        figures:
          volunteers: dobrovolníků
        indicators:
          - id: trained-staff
            label: Proškolení pracovníci
            unit: osoby
          - id: school-attendance
            label: "Děti, které chodí do školy"
            unit: "%"
          - id: dropouts
            label: "Žáci, kteří předčasně opustili školu"
            unit: žáci
        events:
          - id: kick-off
            title: Úvodní setkání
            place: Chodov
          - id: summer-school
            title: Letní škola
            place: Stara Zagora
            text: Pět dní **dílen**.
          - id: final-conference
            title: Závěrečná konference
            place: Praha
        ---

        Příběh projektu gama.
        """,
    f"{GAMMA}/project.bg.md": """\
        ---
        title: Проект „Гама“
        summary: Проектът „Гама“ показва всички факти, които читателят търси.
        figures:
          volunteers: доброволци
        indicators:
          - id: trained-staff
            label: Обучени служители
            unit: души
          - id: school-attendance
            label: "Деца, които посещават училище"
            unit: "%"
        events:
          - id: kick-off
            title: Начална среща
            place: Ходов
          - id: summer-school
            title: Лятно училище
            place: Стара Загора
            text: Пет дни **работилници**.
        ---

        Историята на проекта „Гама“.
        """,
}

ORGANISATIONS = """\

    - id: sunrise
      name: {cs: Nadace Východ slunce, en: Sunrise Foundation, bg: Фондация „Изгрев“}
      country: BG
    """
FUNDERS = """\

    - id: chodov
      name: {cs: Město Chodov, en: Town of Chodov, bg: Град Ходов}
    """


def write_facts_site(root: Path) -> None:
    """The scratch site with ``gamma``; khamoro gets its country and seat, beta a sum in another currency."""
    write_scratch_site(root)
    write_facts_site_over(root)


def write_buildable_facts_site(root: Path) -> Path:
    """:func:`write_facts_site` with the real home and list pages; returns its ``mkdocs.yml``."""
    mkdocs_yml = write_buildable_site(root)
    write_facts_site_over(root)
    return mkdocs_yml


def write_facts_site_over(root: Path) -> None:
    """Add gamma and its data to a scratch site already written in ``root``."""
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    organisations = root / "data" / "organisations.yml"
    replace_text(organisations, "    bg: Хаморо\n", "    bg: Хаморо\n  country: CZ\n  seat: {city: Chodov, city_names: {bg: Ходов}, lat: 50.24, lon: 12.75}\n")
    with organisations.open("a", encoding="utf-8") as file:
        file.write(textwrap.dedent(ORGANISATIONS))
    with (root / "data" / "funders.yml").open("a", encoding="utf-8") as file:
        file.write(textwrap.dedent(FUNDERS))
    replace_text(root / "content/projects/beta/project.yml", "  - funder: urbact\n", "  - funder: urbact\n    amount: {amount: 1000000, currency: CZK}\n")
