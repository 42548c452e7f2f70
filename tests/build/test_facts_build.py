"""The facts a showcase reader looks for, read back from a real build of the fixture project ``gamma``.

``facts_fixture.py`` fills in every new field (money in two currencies, a duration, places with and
without points, partners with each role, identifiers, indicators, events, an organisation's seat);
the site is built once with ``mkdocs build --strict``. The tests read each field from the HTML in
Czech, English and Bulgarian (money formatted the language's way, with its no-break spaces), and
from the JSON, the CSV and the JSON-LD. The expected texts are written out: they are the
specification, not a second run of the code.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import extruct
import pytest
from bs4 import BeautifulSoup, Tag

from conftest import SITE_URL, build_site
from facts_fixture import write_buildable_facts_site
from scratch import LANGUAGES

NB = "\u00a0"
PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("facts-site")
    result = build_site(write_buildable_facts_site(root), root / "site", SITE_URL)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def page(site_dir: Path, language: str, path: str = "projects/gamma/") -> BeautifulSoup:
    return BeautifulSoup((site_dir / PREFIX[language] / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def raw(element: Tag | None) -> str:
    """An element's text with its no-break spaces, the template's indentation and line breaks dropped."""
    assert element is not None
    return " ".join(part for part in element.get_text().replace("\n", " ").split(" ") if part)


def fact(soup: BeautifulSoup, key: str) -> Tag:
    value = soup.select_one(f".sc-facts__value--{key}")
    assert value is not None, key
    return value


def label(value: Tag) -> str:
    dt = value.find_previous_sibling("dt")
    assert isinstance(dt, Tag)
    return raw(dt)


# -- money ----------------------------------------------------------------------------------------

MONEY = {
    "cs": {
        "budget": ("Celkový rozpočet", f"1{NB}250{NB}000{NB}€"),
        "funding": [
            f"Evropský sociální fond – Operační program Zaměstnanost: 850{NB}000{NB}€ (68{NB}% celkového rozpočtu)",
            f"URBACT: 250{NB}000,50{NB}€ (20{NB}% celkového rozpočtu)",
            f"Město Chodov: 300{NB}000{NB}Kč",
        ],
    },
    "en": {
        "budget": ("Total budget", "€1,250,000"),
        "funding": [
            "European Social Fund – Operational Programme Employment: €850,000 (68% of the total budget)",
            "URBACT: €250,000.50 (20% of the total budget)",
            f"Town of Chodov: CZK{NB}300,000",
        ],
    },
    "bg": {
        "budget": ("Общ бюджет", f"1{NB}250{NB}000{NB}€"),
        "funding": [
            f"Европейски социален фонд – Оперативна програма „Заетост“: 850{NB}000{NB}€ (68% от общия бюджет)",
            f"URBACT: 250{NB}000,50{NB}€ (20% от общия бюджет)",
            f"Град Ходов: 300{NB}000{NB}CZK",
        ],
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_money_is_written_the_languages_way_with_each_funders_share(site_dir: Path, language: str) -> None:
    soup = page(site_dir, language)
    budget = fact(soup, "budget")
    assert (label(budget), raw(budget)) == MONEY[language]["budget"]
    funding = [raw(item) for item in fact(soup, "funding").select("li")]
    # The share where the sum and the budget are in the same currency; no conversion of the CZK.
    assert funding == MONEY[language]["funding"]
    # The funder's name is the link, the sum follows it.
    assert [raw(a) for a in fact(soup, "funding").select("a")][1] == "URBACT"


FACETS = {
    "cs": {
        # Czech ties a number to the noun it counts (showcase.site.typography).
        "funders/urbact/": ("Přidělená podpora", [f"1{NB}000{NB}000{NB}Kč (1{NB}projekt)", f"250{NB}000,50{NB}€ (1{NB}projekt)"]),
        "funders/european-social-fund/": ("Přidělená podpora", [f"850{NB}000{NB}€ (1{NB}projekt)"]),
        "organisations/khamoro/": ("Rozpočty projektů, které vede", [f"1{NB}250{NB}000{NB}€ (1{NB}projekt)"]),
    },
    "en": {
        "funders/urbact/": ("Funding awarded", [f"CZK{NB}1,000,000 (1 project)", "€250,000.50 (1 project)"]),
        "funders/european-social-fund/": ("Funding awarded", ["€850,000 (1 project)"]),
        "organisations/khamoro/": ("Budgets of the projects it runs", ["€1,250,000 (1 project)"]),
    },
    "bg": {
        "funders/urbact/": ("Предоставено финансиране", [f"1{NB}000{NB}000{NB}CZK (1 проект)", f"250{NB}000,50{NB}€ (1 проект)"]),
        "funders/european-social-fund/": ("Предоставено финансиране", [f"850{NB}000{NB}€ (1 проект)"]),
        "organisations/khamoro/": ("Бюджети на проектите, които изпълнява", [f"1{NB}250{NB}000{NB}€ (1 проект)"]),
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_funder_and_organisation_pages_total_the_money_per_currency(site_dir: Path, language: str) -> None:
    for path, (heading, sums) in FACETS[language].items():
        soup = page(site_dir, language, path)
        shown = soup.select(".sc-facet__money")
        assert [raw(dd) for dd in shown] == sums, path
        assert label(shown[0]) == heading
    # A funder with no known sum says nothing about money.
    assert not page(site_dir, language, "organisations/romodrom/").select(".sc-facet__money")


HOME_MONEY = {
    "cs": ([f"1{NB}300{NB}000{NB}Kč", f"1{NB}100{NB}000,50{NB}€"], "přiděleno projektům"),
    "en": ([f"CZK{NB}1,300,000", "€1,100,000.50"], "awarded to the projects"),
    "bg": ([f"1{NB}300{NB}000{NB}CZK", f"1{NB}100{NB}000,50{NB}€"], "отпуснати за проектите"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_pages_figures_total_what_was_awarded_per_currency(site_dir: Path, language: str) -> None:
    # gamma: 850,000 and 250,000.50 EUR and 300,000 CZK; beta: 1,000,000 CZK. Never converted;
    # the currency more projects have first.
    figures = page(site_dir, language, "").select("ul.sc-home__figures > li")
    money = [figure for figure in figures if "sc-home__figure--money" in figure["class"]]
    sums, words = HOME_MONEY[language]
    assert [raw(figure.select_one(".sc-figure__value")) for figure in money] == sums
    assert [raw(figure) for figure in money] == [f"{amount} {words}" for amount in sums]
    assert len(figures) == 3 + len(money) and figures[3:] == money  # after the projects, organisations and countries


# -- time -----------------------------------------------------------------------------------------

DURATION = {"cs": ("Doba trvání", f"24{NB}měsíců"), "en": ("Duration", "24 months"), "bg": ("Продължителност", "24 месеца")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_period_known_by_its_start_and_duration(site_dir: Path, language: str) -> None:
    soup = page(site_dir, language)
    duration = fact(soup, "duration")
    assert (label(duration), raw(duration)) == DURATION[language]
    start = fact(soup, "period")
    assert [time["datetime"] for time in start.select("time")] == ["2021-03"]
    assert label(start) == {"cs": "Zahájení", "en": "Start", "bg": "Начало"}[language]


TIMELINE = {
    "cs": [("Úvodní setkání", "Chodov", None), ("Letní škola", "Stara Zagora", None), ("Závěrečná konference", "Praha", None)],
    "en": [("Kick-off meeting", "Chodov", None), ("Summer school", "Stara Zagora", None), ("Final conference", "Prague", None)],
    # The Bulgarian file has no text for the final conference: the original's, marked as English.
    "bg": [("Начална среща", "Ходов", None), ("Лятно училище", "Стара Загора", None), ("Final conference", "Prague", "en")],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_are_a_timeline_earliest_first(site_dir: Path, language: str) -> None:
    soup = page(site_dir, language)
    section = soup.select_one("section.sc-section--events")
    assert section is not None
    assert raw(section.select_one("h2")) == {"cs": "Časová osa", "en": "Timeline", "bg": "Хронология"}[language]
    events = section.select("li.sc-timeline__event")
    shown = [(raw(e.select_one(".sc-timeline__title")), raw(e.select_one(".sc-timeline__place")).removeprefix("· "), e.get("lang")) for e in events]
    assert shown == TIMELINE[language]
    assert [[t["datetime"] for t in e.select("time")] for e in events] == [["2021-03-15"], ["2021-07-12", "2021-07-16"], ["2023-02-28"]]
    assert events[1].select_one(".sc-timeline__text strong") is not None  # Markdown
    # The table of contents lists it.
    assert soup.select_one('.md-nav--secondary a[href="#events"]') is not None


# -- places and seat ------------------------------------------------------------------------------

POINTS = {
    "cs": (f"50,24°{NB}s.{NB}š., 12,75°{NB}v.{NB}d.", f"42,43°{NB}s.{NB}š., 25,63°{NB}v.{NB}d."),
    "en": (f"50.24°{NB}N, 12.75°{NB}E", f"42.43°{NB}N, 25.63°{NB}E"),
    "bg": (f"50,24°{NB}с.{NB}ш., 12,75°{NB}и.{NB}д.", f"42,43°{NB}с.{NB}ш., 25,63°{NB}и.{NB}д."),
}
PLACES = {
    "cs": ["Chodov", "Stara Zagora", "Karlovarský kraj"],
    "en": ["Chodov", "Stara Zagora", "Karlovy Vary Region"],
    "bg": ["Ходов", "Стара Загора", "Карловарски край"],
}
REGION = {"cs": "Karlovarský kraj", "en": "Karlovy Vary Region", "bg": "Карловарски край"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_places_show_their_names_regions_and_points(site_dir: Path, language: str) -> None:
    places = fact(page(site_dir, language), "places")
    items = places.select("li")
    assert [raw(item.select_one(".sc-place")) for item in items] == PLACES[language]
    assert [(p["data-country"], p.get("data-lat"), p.get("data-lon")) for p in places.select(".sc-place")] == [
        ("CZ", "50.24", "12.75"), ("BG", "42.43", "25.63"), ("CZ", None, None),
    ]
    chodov, stara_zagora, region = items
    assert raw(chodov) == f"{PLACES[language][0]}, {REGION[language]} {POINTS[language][0]}"
    assert raw(stara_zagora) == f"{PLACES[language][1]} {POINTS[language][1]}"
    assert raw(region) == PLACES[language][2]  # a region has no point
    link = chodov.select_one("a.sc-place__point")
    assert link is not None and link["href"] == "https://www.openstreetmap.org/?mlat=50.24&mlon=12.75#map=12/50.24/12.75"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_organisation_page_shows_its_seat(site_dir: Path, language: str) -> None:
    seat = page(site_dir, language, "organisations/khamoro/").select_one(".sc-facet__seat")
    assert raw(seat) == f"{PLACES[language][0]} {POINTS[language][0]}"
    assert label(seat) == {"cs": "Sídlo", "en": "Seat", "bg": "Седалище"}[language]


# -- partners and identifiers ---------------------------------------------------------------------

PARTNERS = {
    "cs": [("Vedoucí partner", "Khamoro (cs), Česko"), ("Partneři", "ROMODROM, Česko"), ("Přidružení partneři", "Nadace Východ slunce, Bulharsko")],
    "en": [("Lead partner", "Khamoro (en), Czechia"), ("Partners", "ROMODROM, Czechia"), ("Associated partners", "Sunrise Foundation, Bulgaria")],
    "bg": [("Водещ партньор", "Хаморо, Чехия"), ("Партньори", "ROMODROM, Чехия"), ("Асоциирани партньори", "Фондация „Изгрев“, България")],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_partners_are_listed_by_role_with_their_country(site_dir: Path, language: str) -> None:
    soup = page(site_dir, language)
    rows = [fact(soup, key) for key in ("partners_lead", "partners", "partners_associated")]
    assert [(label(row), raw(row)) for row in rows] == PARTNERS[language]
    assert [a["href"] for row in rows for a in row.select("a")] == [
        "../../organisations/khamoro/", "../../organisations/romodrom/", "../../organisations/sunrise/",
    ]


IDENTIFIERS = {
    "cs": [("Registrační číslo", "CZ.03.2.63/0.0/0.0/21_001/0000001"), ("Identifikátor žádosti", "1aBcD2E"), ("Kód projektu", "GAMMA-21")],
    "en": [("Registration number", "CZ.03.2.63/0.0/0.0/21_001/0000001"), ("Application ID", "1aBcD2E"), ("Project code", "GAMMA-21")],
    "bg": [("Регистрационен номер", "CZ.03.2.63/0.0/0.0/21_001/0000001"), ("Идентификатор на заявлението", "1aBcD2E"), ("Код на проекта", "GAMMA-21")],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_identifier_says_what_it_is(site_dir: Path, language: str) -> None:
    soup = page(site_dir, language)
    rows = [fact(soup, key) for key in ("registration_number", "application_id", "project_code")]
    assert [(label(row), raw(row)) for row in rows] == IDENTIFIERS[language]
    assert "INT-2021-7" not in soup.get_text()  # the organisation's own reference is in the open data only


# -- results ---------------------------------------------------------------------------------------

RESULTS = {
    "cs": (
        ["Ukazatel", "Výchozí hodnota", "Cílová hodnota", "Dosažená hodnota", "Stav k"],
        [
            ["Proškolení pracovníci (osoby)", "0", "40", "35", f"30.{NB}června 2022"],
            ["Děti, které chodí do školy (%)", "62,5", "80", "84,5", "červen 2022"],
            ["Žáci, kteří předčasně opustili školu (žáci)", "30", "10", "", ""],
        ],
    ),
    "en": (
        ["Indicator", "Baseline", "Target", "Achieved", "As of"],
        [
            ["Staff trained (people)", "0", "40", "35", "30 June 2022"],
            ["Children attending school (%)", "62.5", "80", "84.5", "June 2022"],
            ["Pupils leaving school early (pupils)", "30", "10", "", ""],
        ],
    ),
    "bg": (
        ["Показател", "Изходна стойност", "Целева стойност", "Постигната стойност", "Към дата"],
        [
            ["Обучени служители (души)", "0", "40", "35", "30 юни 2022\u202fг."],
            ["Деца, които посещават училище (%)", "62,5", "80", "84,5", "юни 2022\u202fг."],
            ["Pupils leaving school early (pupils)", "30", "10", "", ""],
        ],
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_indicators_are_a_table_screen_readers_can_read(site_dir: Path, language: str) -> None:
    soup = page(site_dir, language)
    section = soup.select_one("section.sc-section--indicators")
    assert section is not None and raw(section.select_one("h2")) == {"cs": "Výsledky", "en": "Results", "bg": "Резултати"}[language]
    table = section.select_one("table")
    assert table is not None
    headings, rows = RESULTS[language]
    assert [raw(th) for th in table.select("thead th")] == headings
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    body = table.select("tbody tr")
    assert [[raw(cell) for cell in row.select("th, td")] for row in body] == rows
    assert all(row.select_one("th")["scope"] == "row" for row in body)  # type: ignore[index]
    # The Bulgarian file has no label for the last indicator: the original's, marked as English.
    assert [row.select_one("th").get("lang") for row in body] == [None, None, "en" if language == "bg" else None]  # type: ignore[union-attr]
    # Bars from the baseline to the target, hidden from screen readers (the numbers say it).
    meters = [row.select_one("meter") for row in body]
    assert [m["value"] if m else None for m in meters] == ["0.875", "1.000", None]
    assert all(m["aria-hidden"] == "true" for m in meters if m)


@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_keep_their_labels(site_dir: Path, language: str) -> None:
    figure = page(site_dir, language).select_one(".sc-figure")
    assert raw(figure) == {"cs": "120 dobrovolníků", "en": "120 volunteers", "bg": "120 доброволци"}[language]


# -- open data ---------------------------------------------------------------------------------------


def test_the_json_record_holds_every_new_field(site_dir: Path) -> None:
    record: dict[str, Any] = json.loads((site_dir / "data" / "projects" / "gamma.json").read_text(encoding="utf-8"))
    assert record["budget"] == {"amount": 1250000, "currency": "EUR"}
    assert [f["amount"] for f in record["funding"]] == [
        {"amount": 850000, "currency": "EUR"}, {"amount": 250000.5, "currency": "EUR"}, {"amount": 300000, "currency": "CZK"},
    ]
    assert record["period"] == {"start": "2021-03", "end": None, "months": 24}
    assert [(p["organisation"]["id"], p["organisation"]["country"], p["role"]) for p in record["partners"]] == [
        ("khamoro", "CZ", "lead"), ("romodrom", "CZ", "partner"), ("sunrise", "BG", "associated"),
    ]
    assert record["organisation"]["seat"] == {"city": "Chodov", "city_names": {"bg": "Ходов"}, "lat": 50.24, "lon": 12.75}
    assert (record["application_id"], record["project_code"], record["internal_id"]) == ("1aBcD2E", "GAMMA-21", "INT-2021-7")
    assert record["places"][0] == {
        "name": "Chodov", "names": {"bg": "Ходов"}, "country": "CZ", "region": "Karlovy Vary Region",
        "region_names": {"cs": "Karlovarský kraj", "bg": "Карловарски край"}, "nuts": "CZ041", "lat": 50.24, "lon": 12.75,
    }
    assert (record["places"][2]["lat"], record["places"][2]["lon"], record["places"][2]["region_names"]) == (None, None, {})
    assert record["indicators"][1] == {"id": "school-attendance", "baseline": 62.5, "target": 80, "achieved": 84.5, "date": "2022-06"}
    assert record["events"][2] == {"id": "summer-school", "date": "2021-07-12", "end": "2021-07-16"}
    assert record["texts"]["cs"]["indicators"][0] == {"id": "trained-staff", "label": "Proškolení pracovníci", "unit": "osoby"}
    assert record["texts"]["bg"]["events"] == [
        {"id": "kick-off", "title": "Начална среща", "place": "Ходов", "text": None},
        {"id": "summer-school", "title": "Лятно училище", "place": "Стара Загора", "text": "Пет дни **работилници**."},
    ]


def test_the_csv_has_money_with_currency_columns_and_every_new_field(site_dir: Path) -> None:
    text = (site_dir / "data" / "projects.csv").read_bytes().decode("utf-8-sig")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    gamma, beta = rows["gamma"], rows["beta"]
    assert (gamma["budget"], gamma["budget_currency"]) == ("1250000", "EUR")
    # What the funders awarded, in all per currency, never converted; the columns line up.
    assert (gamma["awarded"], gamma["awarded_currency"]) == ("1100000.5; 300000", "EUR; CZK")
    assert (beta["awarded"], beta["awarded_currency"], beta["budget"]) == ("1000000", "CZK", "")
    assert (gamma["partners"], gamma["partner_roles"]) == ("khamoro; romodrom; sunrise", "lead; partner; associated")
    assert (gamma["application_id"], gamma["project_code"], gamma["internal_id"]) == ("1aBcD2E", "GAMMA-21", "INT-2021-7")
    assert gamma["places_cs"] == "Chodov; Stara Zagora; Karlovarský kraj"
    assert gamma["places_bg"] == "Ходов; Стара Загора; Карловарски край"
    assert (gamma["place_countries"], gamma["place_points"]) == ("CZ; BG; CZ", "50.24,12.75; 42.43,25.63; ")
    assert gamma["indicator_achieved"] == "trained-staff=35; school-attendance=84.5"
    assert gamma["indicator_targets"] == "trained-staff=40; school-attendance=80; dropouts=10"
    assert gamma["indicator_dates"] == "trained-staff=2022-06-30; school-attendance=2022-06"
    assert gamma["events"] == "final-conference=2023-02-28; kick-off=2021-03-15; summer-school=2021-07-12/2021-07-16"
    assert gamma["event_titles_en"] == "kick-off=Kick-off meeting; summer-school=Summer school; final-conference=Final conference"
    assert gamma["indicator_labels_cs"].startswith("trained-staff=Proškolení pracovníci; ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_jsonld_has_monetary_grants_and_places_with_coordinates(site_dir: Path, language: str) -> None:
    url = f"{SITE_URL}{PREFIX[language]}projects/gamma/"
    html = (site_dir / PREFIX[language] / "projects" / "gamma" / "index.html").read_text(encoding="utf-8")
    items = [i for block in extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=False)["json-ld"] for i in block.get("@graph", [block])]
    (project,) = [i for i in items if i.get("@type") == "Project"]
    grants = project["funding"]
    assert [g["@type"] for g in grants] == ["MonetaryGrant"] * 3
    assert [g["amount"] for g in grants] == [
        {"@type": "MonetaryAmount", "value": 850000, "currency": "EUR"},
        {"@type": "MonetaryAmount", "value": 250000.5, "currency": "EUR"},
        {"@type": "MonetaryAmount", "value": 300000, "currency": "CZK"},
    ]
    assert grants[2]["funder"] == {"@type": "Organization", "name": {"cs": "Město Chodov", "en": "Town of Chodov", "bg": "Град Ходов"}[language]}
    places = [a for a in project["areaServed"] if a["@type"] == "Place"]
    assert [p["name"] for p in places] == PLACES[language]
    assert places[0]["geo"] == {"@type": "GeoCoordinates", "latitude": 50.24, "longitude": 12.75}
    assert places[0]["address"] == {"@type": "PostalAddress", "addressCountry": "CZ", "addressRegion": REGION[language]}
    assert "geo" not in places[2]
    # The lead partner runs the project (its parent organisation); the others are members.
    assert [m["name"] for m in project["member"]] == ["ROMODROM", {"cs": "Nadace Východ slunce", "en": "Sunrise Foundation", "bg": "Фондация „Изгрев“"}[language]]
    assert project["parentOrganization"]["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 50.24, "longitude": 12.75}
