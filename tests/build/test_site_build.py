"""The generated HTML of the real site says what the content says, in each language.

Most expectations are read from the content itself through the core (every
project × language: title, summary, goals, facts, figures, contacts…), so that
a new project is tested without touching this file; a few hand-picked facts
of the seed projects pin the exact rendering.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import markdown
import pytest
from babel import Locale
from bs4 import BeautifulSoup, Tag

from conftest import REPO, BuiltSite, build_site
from scratch import DEFAULT_LANGUAGE, LANGUAGES, replace_text, write_buildable_site
from showcase.content.model import Project, SiteContent
from showcase.site.markup import decode_email
from showcase.site.pages.registry import SitePages

PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}
BABEL = {"cs": "cs_CZ", "en": "en_GB", "bg": "bg_BG"}
PROJECT_IDS = sorted(p.name for p in (REPO / "content" / "projects").iterdir() if (p / "project.yml").is_file())
PAGES = [(project_id, language) for project_id in PROJECT_IDS for language in LANGUAGES]
BASE = "http://site.test/"


def project_url(project_id: str, language: str) -> str:
    return f"{PREFIX[language]}projects/{project_id}/"


def norm(text: str) -> str:
    """Text as a reader sees it: no-break spaces as spaces, no zero-width spaces, single spaces."""
    text = text.replace("\u200b", "")
    return re.sub(r"[\s\u00a0\u202f\u2009]+", " ", text).strip()


def text(element: Tag | None) -> str:
    assert element is not None
    return norm(element.get_text())


def markdown_text(source: str) -> str:
    """What a Markdown field reads as once rendered (bold dropped, quotes made typographic)."""
    html = markdown.markdown(source, extensions=["smarty", "sane_lists"])
    return norm(BeautifulSoup(html, "html.parser").get_text())


def field(project: Project, language: str, name: str) -> tuple[Any, str]:
    """A text field in ``language``, falling back to the original; and the language it is in."""
    translation = project.texts.get(language)
    if translation is not None and translation.has(name):
        return getattr(translation, name), language
    return getattr(project.original, name), project.facts.original_language


def lang_attr_ok(element: Tag | None, value_language: str, page_language: str) -> bool:
    """A value in another language than the page says so in ``lang`` (on it or an ancestor)."""
    assert element is not None
    if value_language == page_language:
        return True
    for node in [element, *element.parents]:
        if isinstance(node, Tag) and node.get("lang"):
            return node.get("lang") == value_language
    return False


def all_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("index.html"))


# -- every project in every language ---------------------------------------------


def test_every_project_has_a_page_in_every_language(built_site: BuiltSite) -> None:
    assert PROJECT_IDS, "no projects found"
    for project_id, language in PAGES:
        assert built_site.file(project_url(project_id, language)).is_file(), project_url(project_id, language)


def test_html_lang_is_the_language_of_the_page_on_every_page(built_site: BuiltSite) -> None:
    pages = all_pages(built_site.root)
    assert len(pages) >= 3 * (len(PROJECT_IDS) + 2)
    for path in pages:
        relative = path.relative_to(built_site.root).as_posix()
        expected = next((lang for lang, prefix in PREFIX.items() if prefix and relative.startswith(prefix)), "cs")
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").html
        assert html is not None and html.get("lang") == expected, relative


@pytest.mark.parametrize(("project_id", "language"), PAGES)
def test_project_page_shows_the_content(
    built_site: BuiltSite, site: SiteContent, project_id: str, language: str
) -> None:
    project = site.project(project_id)
    facts = project.facts
    page = built_site.page(project_url(project_id, language))
    article = page.select_one("article.sc-project")
    assert article is not None

    # Header: title, subtitle, summary, each marked with its language when it falls back.
    title, title_lang = field(project, language, "title")
    h1 = article.select_one("h1")
    assert text(h1) == norm(title)
    assert lang_attr_ok(h1, title_lang, language)
    summary, summary_lang = field(project, language, "summary")
    summary_el = article.select_one(".sc-project__summary")
    assert text(summary_el) == norm(summary)
    assert lang_attr_ok(summary_el, summary_lang, language)
    subtitle, _ = field(project, language, "subtitle")
    if subtitle:
        assert text(article.select_one(".sc-project__subtitle")) == norm(subtitle)
    else:
        assert article.select_one(".sc-project__subtitle") is None

    # Key facts.
    facts_box = article.select_one(".sc-facts")
    assert facts_box is not None
    organisation = site.organisations[facts.organisation].name.get(language, site.languages)
    assert text(article.select_one(".sc-project__organisation")) == norm(organisation)
    assert norm(organisation) in text(facts_box.select_one(".sc-facts__value--organisation"))
    for partner in facts.partners:
        role_key = "partners" if partner.role == "partner" else f"partners_{partner.role}"
        row = facts_box.select_one(f".sc-facts__value--{role_key}")
        assert row is not None and norm(site.organisations[partner.organisation].name.get(language, site.languages)) in text(row)
        assert text(row.find_previous_sibling("dt")) == norm(site.ui[language][role_key])
    for value in (facts.registration_number, facts.application_id, facts.project_code):
        if value:
            assert value in text(facts_box)
    # The reader sees what an identifier is, never a bare "Identifier"; the internal one stays off the page.
    assert facts_box.select_one(".sc-facts__value--identifier") is None
    if facts.internal_id:
        assert facts.internal_id not in text(article)
    for funding in facts.funding:
        funder = site.funders[funding.funder]
        funding_text = text(facts_box.select_one(".sc-facts__value--funding"))
        assert norm(funder.name.get(language, site.languages)) in funding_text
        if funding.programme:
            assert norm(funder.programmes[funding.programme].name.get(language, site.languages)) in funding_text
    countries = text(facts_box.select_one(".sc-facts__value--countries"))
    for code in facts.countries:
        assert norm(site.country_name(code, language)) in countries
    for topic in facts.topics:
        assert norm(site.topics[topic].name.get(language)) in text(facts_box.select_one(".sc-facts__value--topics"))
    if facts.status:
        assert text(facts_box.select_one(".sc-facts__value--status")) == norm(
            site.ui[language][f"status_{facts.status}"]
        )
    language_name = Locale.parse(BABEL[language]).languages[facts.original_language]
    assert text(facts_box.select_one(".sc-facts__value--original_language")) == norm(language_name)
    # Places: each by its name in the reader's language, with its point as data and as text.
    shown = facts_box.select(".sc-facts__value--places .sc-place")
    assert [text(place) for place in shown] == [norm(place.name(language)) for place in facts.places]
    for element, place in zip(shown, facts.places, strict=True):
        assert element["data-country"] == place.country
        assert (element.get("data-lat"), element.get("data-lon")) == ((str(place.lat), str(place.lon)) if place.lat is not None else (None, None))

    # Period: <time datetime> says exactly what is known.
    datetimes = [t["datetime"] for t in facts_box.select("time")]
    if facts.period:
        expected = [d.iso() for d in (facts.period.start, facts.period.end) if d is not None]
        assert datetimes == expected
    else:
        assert datetimes == []
        assert facts_box.select_one(".sc-facts__value--period") is None

    # Figures: every number of project.yml with its label.
    figures = [
        (text(f.select_one(".sc-figure__value")), text(f.select_one(".sc-figure__label")))
        for f in article.select(".sc-figure")
    ]
    labels, _ = field(project, language, "figures")
    assert figures == [(str(value), norm(labels.get(key, key))) for key, value in facts.figures.items()]

    # List sections: every item of the content, in order.
    for name, section_id in (("goals", "goals"), ("target_groups", "target-groups")):
        items, items_lang = field(project, language, name)
        section = article.select_one(f"section.sc-section--{section_id}")
        if not items:
            assert section is None, f"empty {name} section"
            continue
        assert section is not None
        assert [text(li) for li in section.select("li")] == [markdown_text(item) for item in items]
        assert text(section.select_one("h2")) == norm(site.ui[language][name])
        assert lang_attr_ok(section.select_one("li"), items_lang, language)
    activities, _ = field(project, language, "activities")
    section = article.select_one("section.sc-section--activities")
    assert (section is not None) == bool(activities)
    if activities:
        assert section is not None
        items = section.select(".sc-titled__item")
        assert [text(item.select_one(".sc-titled__title")) for item in items] == [norm(a.title) for a in activities]
        assert [
            text(item.select_one(".sc-titled__text")) if a.text else None
            for item, a in zip(items, activities, strict=True)
        ] == [markdown_text(a.text) if a.text else None for a in activities]
    findings, _ = field(project, language, "findings")
    section = article.select_one("section.sc-section--findings")
    assert (section is not None) == bool(findings)
    if findings:
        assert section is not None
        for kind in ("benefits", "challenges", "lessons"):
            group = section.select_one(f".sc-group--{kind}")
            items = getattr(findings, kind)
            assert (group is not None) == bool(items)
            if items:
                assert group is not None
                assert [text(li) for li in group.select("li")] == [markdown_text(item) for item in items]
    quotes, _ = field(project, language, "quotes")
    figures_el = article.select("figure.sc-quote")
    assert [(text(f.select_one("blockquote")), text(f.select_one("figcaption"))) for f in figures_el] == [
        (norm(q.text), norm(q.attribution)) for q in quotes
    ]

    # Contacts.
    section = article.select_one("#contacts")
    assert (section is not None) == bool(facts.contacts)
    roles, _ = field(project, language, "contacts")
    for contact in facts.contacts:
        assert section is not None
        contacts_text = text(section.find_parent("section"))
        if contact.name:
            assert norm(contact.name) in contacts_text
        if contact.id in roles:
            assert norm(roles[contact.id]) in contacts_text
        if contact.phone:
            link = article.select_one(f'a[href="tel:{contact.phone.dial}"]')
            assert link is not None and text(link) == norm(contact.phone.text)
        if contact.address:
            assert norm(contact.address) in contacts_text
        if contact.email:
            decoded = [decode_email(e["data-sc-email"]) for e in article.select("[data-sc-email]")]
            assert contact.email in decoded

    # Links.
    section = article.select_one("#links")
    assert (section is not None) == bool(facts.links)
    for url in facts.links.values():
        assert article.select_one(f'a[href="{url}"]') is not None

    # The body, under its own heading, when there is one.
    body, _ = field(project, language, "body")
    assert (article.select_one("#about") is not None) == bool(body.strip())


def test_no_email_address_anywhere_in_the_html(built_site: BuiltSite, site: SiteContent) -> None:
    addresses = [c.email for p in site.projects for c in p.facts.contacts if c.email]
    assert addresses, "the seed content has e-mail addresses"
    pages = [p for p in built_site.root.rglob("*") if p.suffix in {".html", ".xml", ".json"}]
    assert len(pages) >= len(PAGES)
    for path in pages:
        content = path.read_text(encoding="utf-8", errors="replace")
        for address in addresses:
            assert address not in content, path
            assert "@" + address.split("@")[1] not in content, path
        # The only mailto: links are the share links, which name no address ("mailto:?subject=...").
        assert not re.search(r"mailto:(?!\?)", content), path


# -- hand-picked facts of the seed projects -----------------------------------------

ROMANONET = "capacity-building-romanonet"
KHAMORO = "khamoro-capacity-building"
ROMA_NET = "roma-net"
SYNERGY = "network-synergy"
BALKANS = "roma-civil-society-western-balkans-turkey"

DATES = {
    "cs": ("1. ledna 2021", "31. prosince 2022", "říjen 2023", "září 2025", "leden 2013"),
    "en": ("1 January 2021", "31 December 2022", "October 2023", "September 2025", "January 2013"),
    "bg": ("1 януари 2021 г.", "31 декември 2022 г.", "октомври 2023 г.", "септември 2025 г.", "януари 2013 г."),
}


def times(page: BeautifulSoup) -> dict[str, str]:
    return {str(t["datetime"]): text(t) for t in page.select("article.sc-project .sc-facts time")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed_periods(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    start, end, month_start, month_end, roma_net_end = DATES[language]
    assert times(built_site.page(project_url(ROMANONET, language))) == {"2021-01-01": start, "2022-12-31": end}
    assert times(built_site.page(project_url(KHAMORO, language))) == {"2023-10": month_start, "2025-09": month_end}
    roma_net = built_site.page(project_url(ROMA_NET, language))
    assert times(roma_net) == {"2013-01": roma_net_end}
    # Only the end is known: labelled as the end, not as a period.
    labels = [text(dt) for dt in roma_net.select(".sc-facts dt")]
    ui = site.ui[language]
    assert norm(ui["period_end"]) in labels
    assert norm(ui["period"]) not in labels and norm(ui["period_start"]) not in labels


SEED_FACTS = {
    "cs": {
        ROMANONET: [
            "CZ.03.2.63/0.0/0.0/20_137/0017062",
            "1bLNU6P",
            "Evropský sociální fond",
            "Operační program Zaměstnanost",
            "ROMODROM",
            "Mgr. Jan Husák",
            "+420 778 747 633",
        ],
        BALKANS: [
            "Tirana",
            "Albánie",
            "Turecko",
            "Roma Active Albania (RAA)",
            "ERGO Network",
            "Evropská unie",
            "Nástroj IPA pro občanskou společnost a mediální program 2014–2015",
        ],
        ROMA_NET: ["URBACT", "Město Budapešť", "Maďarsko", "Španělsko", "Spojené království"],
        SYNERGY: [
            "Finanční mechanismus Evropského hospodářského prostoru",
            "Fond aktivních občanů",
            "Klub „Otevřená společnost“ Stara Zagora",
        ],
        KHAMORO: ["Khamoro, o.p.s.", "Evropská unie"],
    },
    "en": {
        ROMANONET: [
            "CZ.03.2.63/0.0/0.0/20_137/0017062",
            "1bLNU6P",
            "European Social Fund",
            "Operational Programme Employment",
            "ROMODROM",
            "Mgr. Jan Husák",
            "+420 778 747 633",
        ],
        BALKANS: [
            "Tirana",
            "Albania",
            "Turkey",  # data/countries.yml: the name the site's English texts use
            "Roma Active Albania (RAA)",
            "ERGO Network",
            "European Union",
            "IPA Civil Society Facility and Media Programme 2014–2015",
        ],
        ROMA_NET: ["URBACT", "City of Budapest", "Hungary", "Spain", "United Kingdom"],
        SYNERGY: ["EEA Financial Mechanism", "Active Citizens Fund", "Open Society Club Stara Zagora"],
        KHAMORO: ["Khamoro, o.p.s.", "European Union"],
    },
    "bg": {
        ROMANONET: [
            "CZ.03.2.63/0.0/0.0/20_137/0017062",
            "1bLNU6P",
            "Европейски социален фонд",
            "Оперативна програма „Заетост“",
            "ROMODROM",
            "Mgr. Jan Husák",
            "+420 778 747 633",
        ],
        BALKANS: [
            "Tirana",
            "Албания",
            "Турция",
            "Roma Active Albania (RAA)",
            "ERGO Network",
            "Европейски съюз",
            "Механизъм за гражданското общество и медийна програма по ИПП 2014–2015",
        ],
        ROMA_NET: ["URBACT", "Град Будапеща", "Унгария", "Испания", "Обединеното кралство"],
        SYNERGY: [
            "Финансов механизъм на Европейското икономическо пространство",
            "Фонд „Активни граждани“",
            "Клуб „Отворено общество“ Стара Загора",
        ],
        KHAMORO: ["Khamoro, o.p.s.", "Европейски съюз"],
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed_facts(built_site: BuiltSite, language: str) -> None:
    for project_id, facts in SEED_FACTS[language].items():
        article = text(built_site.page(project_url(project_id, language)).select_one("article.sc-project"))
        for fact in facts:
            assert norm(fact) in article, f"{fact!r} missing on {project_url(project_id, language)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed_contacts_links_and_figures(built_site: BuiltSite, language: str) -> None:
    romanonet = built_site.page(project_url(ROMANONET, language))
    tel = romanonet.select_one('a[href="tel:+420778747633"]')
    assert tel is not None and text(tel) == "+420 778 747 633"
    emails = [decode_email(str(e["data-sc-email"])) for e in romanonet.select("[data-sc-email]")]
    assert emails == ["janhusak@romodrom.cz"]
    assert "@romodrom" not in built_site.html(project_url(ROMANONET, language))

    balkans = built_site.page(project_url(BALKANS, language))
    tel = balkans.select_one('a[href="tel:+35542265953"]')
    assert tel is not None and text(tel) == "+355 42 265 953"
    assert "Ylbere Bylykbashi, P. 25, Shk. 2, Ap. 4, Tirana" in text(balkans.select_one(".sc-contacts"))

    synergy = built_site.page(project_url(SYNERGY, language))
    assert synergy.select_one('.sc-links a[href="https://www.infoz.bg/"]') is not None

    def figures(page: BeautifulSoup) -> list[str]:
        return [text(v) for v in page.select(".sc-figure__value")]

    assert figures(built_site.page(project_url(ROMA_NET, language))) == ["10"]
    assert figures(synergy) == ["16"]
    assert figures(balkans)[0] == "6"


@pytest.mark.parametrize("language", LANGUAGES)
def test_quotes_have_their_attribution(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    quoted = [p for p in site.projects if field(p, language, "quotes")[0]]
    assert quoted, "the seed content has quotes"
    for project in quoted:
        page = built_site.page(project_url(project.id, language))
        for quote in field(project, language, "quotes")[0]:
            figure = next(
                (f for f in page.select("figure.sc-quote") if text(f.select_one("blockquote")) == norm(quote.text)),
                None,
            )
            assert figure is not None, quote.text
            assert text(figure.select_one("figcaption")) == norm(quote.attribution)


# -- the interface speaks the page's language ---------------------------------------


def _ui_texts(value: Any) -> list[str]:
    return list(value.values()) if isinstance(value, dict) else [value]


@pytest.mark.parametrize("language", ["cs", "bg"])
def test_no_english_ui_label_on_czech_and_bulgarian_pages(
    built_site: BuiltSite, site: SiteContent, language: str
) -> None:
    english = {
        re.sub(r"\{\w+\}", "", norm(str(t))).strip()
        for key, value in site.ui["en"].items()
        if _ui_texts(value) != _ui_texts(site.ui[language][key])
        for t in _ui_texts(value)
    }
    english.discard("")

    def in_language(path: Path) -> bool:
        relative = path.relative_to(built_site.root).as_posix()
        if language == DEFAULT_LANGUAGE:
            return not relative.startswith(tuple(prefix for prefix in PREFIX.values() if prefix))
        return relative.startswith(PREFIX[language])

    pages = [path for path in all_pages(built_site.root) if in_language(path)]
    # Home, list, search page, open data, accessibility statement, about page,
    # projects, and the facet pages with their index pages.
    postings = SitePages(site).catalogue.postings
    assert len(pages) == len(PROJECT_IDS) + 6 + sum(len(values) + 1 for values in postings.values())
    for path in pages:
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        labels = [
            text(e) for e in page.select("article h2, article h3, article dt, .sc-facts dd, .sc-facts li, .sc-notice")
        ]
        labels += [norm(str(e[attr])) for attr in ("aria-label", "title") for e in page.select(f"article [{attr}]")]
        leaked = sorted({label for label in labels if label in english})
        assert not leaked, f"English interface text on {path.relative_to(built_site.root)}: {leaked}"


def _material_strings(language: str) -> dict[str, str]:
    """Material's interface strings of a language, from its translation partial."""
    import material

    partial = Path(material.__file__).parent / "templates" / "partials" / "languages" / f"{language}.html"
    return dict(re.findall(r'^\s*"([\w.]+)": "(.*)",?$', partial.read_text(encoding="utf-8"), flags=re.M))


@pytest.mark.parametrize("language", ["cs", "bg"])
def test_no_english_in_the_theme_around_the_content(built_site: BuiltSite, language: str) -> None:
    """Header, navigation, footer and accessible names: Material falls back to English for a
    string its translation lacks, and writes "Made with Material for MkDocs" in English."""
    english, translated = _material_strings("en"), _material_strings(language)
    assert "action.skip" in english and translated, "Material's translations were not found"
    leaks_if_seen = {value for key, value in english.items() if translated.get(key) != value and len(value) > 3}
    leaks_if_seen -= {"English"}  # the language switcher names each language in its own language
    leaks_if_seen.add("Made with")
    pages = [p for p in all_pages(built_site.root) if p.relative_to(built_site.root).as_posix().startswith(PREFIX[language])]
    if language == DEFAULT_LANGUAGE:
        pages = [p for p in all_pages(built_site.root) if not p.relative_to(built_site.root).as_posix().startswith(("en/", "bg/"))]
    assert pages
    for path in pages:
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        shown = [text(e) for e in page.select("header, nav, footer, .md-footer, label")]
        shown += [norm(str(e[attr])) for attr in ("aria-label", "title", "placeholder") for e in page.select(f"[{attr}]")]
        leaked = sorted({leak for leak in leaks_if_seen for value in shown if leak in value})
        assert not leaked, f"English from the theme on {path.relative_to(built_site.root)}: {leaked}"


# -- sections without content are left out -------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_without_content_are_left_out(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    without_contacts = [p.id for p in site.projects if not p.facts.contacts]
    without_links = [p.id for p in site.projects if not p.facts.links]
    without_figures = [p.id for p in site.projects if not p.facts.figures]
    assert without_contacts and without_links and without_figures, "the seed content has projects without them"
    for project_id in without_contacts:
        page = built_site.page(project_url(project_id, language))
        assert page.select_one("#contacts") is None and page.select_one(".sc-contacts") is None
        assert "tel:" not in built_site.html(project_url(project_id, language))
    for project_id in without_links:
        assert built_site.page(project_url(project_id, language)).select_one("#links") is None
    for project_id in without_figures:
        assert built_site.page(project_url(project_id, language)).select_one(".sc-figures") is None
    # Nor do they appear in the table of contents.
    toc = built_site.page(project_url(without_contacts[0], language)).select('.md-nav--secondary a[href="#contacts"]')
    assert toc == []


# -- the language switcher --------------------------------------------------------------


@pytest.mark.parametrize(("project_id", "language"), PAGES)
def test_language_switcher_points_at_the_same_project(built_site: BuiltSite, project_id: str, language: str) -> None:
    url = project_url(project_id, language)
    links = built_site.page(url).select("a.md-select__link")
    targets = {str(a["hreflang"]): urljoin(BASE + url, str(a["href"])) for a in links}
    assert targets == {other: BASE + project_url(project_id, other) for other in LANGUAGES}


# -- home page and project list ------------------------------------------------------


@pytest.mark.parametrize("page_path", ["", "projects/"], ids=["home", "list"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_cards_list_every_project(built_site: BuiltSite, site: SiteContent, language: str, page_path: str) -> None:
    url = PREFIX[language] + page_path
    cards = built_site.page(url).select("li.sc-card")
    by_target = {}
    for card in cards:
        link = card.select_one(".sc-card__title a")
        assert link is not None
        by_target[urljoin(BASE + url, str(link["href"]))] = card
    expected = {BASE + project_url(pid, language): pid for pid in PROJECT_IDS}
    if page_path == "projects/" or len(PROJECT_IDS) <= 6:
        assert set(by_target) == set(expected), f"cards on /{url}"
    for target, card in by_target.items():
        project = site.project(expected[target])
        assert text(card.select_one(".sc-card__title")) == norm(field(project, language, "title")[0])
        assert text(card.select_one(".sc-card__summary")) == norm(field(project, language, "summary")[0])
        organisation = site.organisations[project.facts.organisation].name.get(language, site.languages)
        assert text(card.select_one(".sc-card__organisation")) == norm(organisation)
        countries = text(card.select_one(".sc-card__countries"))
        for code in project.facts.countries:
            assert norm(site.country_name(code, language)) in countries
        if page_path == "projects/":
            assert str(card["data-countries"]).split() == list(project.facts.countries)
            assert str(card["data-topics"]).split() == list(project.facts.topics)


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_count_on_the_list_page(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    count = text(built_site.page(PREFIX[language] + "projects/").select_one(".sc-project-list__count"))
    assert count.startswith(str(len(PROJECT_IDS)) + " ")


# -- headings ---------------------------------------------------------------------------


def test_bulgarian_heading_anchors_are_readable(built_site: BuiltSite, site: SiteContent) -> None:
    checked = 0
    for project in site.projects:
        if "bg" not in project.texts:
            continue
        headings = re.findall(r"^#{2,6}\s+(.+?)\s*$", project.texts["bg"].body, flags=re.M)
        page = built_site.page(project_url(project.id, "bg"))
        for heading in headings:
            element = next(
                (h for h in page.select(".sc-body [id]") if text(h).rstrip("¶").strip() == norm(heading)), None
            )
            assert element is not None, heading
            anchor = str(element["id"])
            assert re.search(r"[а-яА-Я]", anchor), anchor
            assert not re.fullmatch(r"_\d+", anchor)
            assert page.select_one(f'.md-nav--secondary a[href="#{anchor}"]') is not None, anchor
            checked += 1
    assert checked >= 3


def test_body_headings_sit_under_the_about_heading(built_site: BuiltSite) -> None:
    page = built_site.page(project_url(ROMANONET, "en"))
    assert [h.name for h in page.select(".sc-body h1, .sc-body h2")] == []
    assert len(page.select(".sc-body h3")) >= 3
    assert len(page.select("article.sc-project h1")) == 1


# -- escaping ------------------------------------------------------------------------------

NASTY = "<script>alert(1)</script> & *stars*"


@pytest.fixture(scope="module")
def nasty_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("nasty")
    mkdocs_yml = write_buildable_site(root)
    replace_text(root / "content/projects/alpha/project.en.md", "title: Alpha project", f"title: '{NASTY}'")
    replace_text(root / "content/projects/alpha/project.en.md", "summary: The alpha project in English.", f"summary: '{NASTY}'")
    replace_text(root / "content/projects/alpha/project.en.md", "  - First goal", "  - Write to eva@example.org")
    replace_text(
        root / "content/projects/alpha/project.en.md",
        "Body of the *alpha* project.",
        "Body of the *alpha* project. Mail [us](mailto:eva@example.org) or eva@example.org.",
    )
    result = build_site(mkdocs_yml, root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "site")


@pytest.mark.parametrize("language", LANGUAGES)
def test_plain_text_fields_are_shown_as_written(nasty_site: BuiltSite, language: str) -> None:
    # alpha's project.cs.md has a title of its own; bg has no file and shows the English one.
    url = project_url("alpha", language)
    page = nasty_site.page(url)
    if language == "cs":
        assert text(page.select_one("article h1")) == "Projekt alfa"
        return
    assert text(page.select_one("article h1")) == NASTY
    assert text(page.select_one(".sc-project__summary")) == NASTY
    title = page.select_one("title")
    assert title is not None and title.get_text().startswith(NASTY)
    description = page.select_one('meta[name="description"]')
    assert description is not None and description["content"] == NASTY


def test_no_script_from_content_in_any_page(nasty_site: BuiltSite) -> None:
    pages = all_pages(nasty_site.root)
    # Facet and search pages come on top of home, list and project pages.
    finding = [p for p in pages if {"topics", "countries", "organisations", "funders", "search"} & set(p.parts)]
    assert len(pages) - len(finding) == 12 and finding
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html, path
        page = BeautifulSoup(html, "html.parser")
        for script in page.select("script"):
            if script.get("type") == "application/ld+json":
                # Data, not code: the title is in it, but cannot end the element.
                assert "<" not in script.get_text(), path
                continue
            assert "alert(1)" not in script.get_text(), path


def test_nasty_title_on_cards_is_text(nasty_site: BuiltSite) -> None:
    for url in ("en/", "en/projects/", "bg/projects/"):
        titles = [text(t) for t in nasty_site.page(url).select(".sc-card__title")]
        assert NASTY in titles, url


def test_email_addresses_in_any_markdown_field_are_protected(nasty_site: BuiltSite) -> None:
    for language in ("en", "bg"):
        html = nasty_site.html(project_url("alpha", language))
        assert "eva@example.org" not in html
        assert not re.search(r"mailto:(?!\?)", html), "no mailto: but the share link's, which names no address"
    page = nasty_site.page(project_url("alpha", "en"))
    decoded = [decode_email(str(e["data-sc-email"])) for e in page.select("[data-sc-email]")]
    assert decoded.count("eva@example.org") == 3  # the goal, the body's link and the body's bare address


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("source", ["index", "projects/index"])
def test_page_heading_and_title_come_from_the_front_matter(built_site: BuiltSite, language: str, source: str) -> None:
    """Not from the nav entry's short label ("Úvod", "Home"), which would replace them."""
    import frontmatter

    title = str(frontmatter.load(REPO / "content" / f"{source}.{language}.md")["title"])
    page = built_site.page(PREFIX[language] + source.removesuffix("index"))
    assert text(page.select_one("article h1")) == title
    html_title = text(page.select_one("title"))
    assert html_title.startswith(title), html_title
