"""Publishing: the core helpers, the accessibility statement and the footer link, in every language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import REPO, BuiltSite
from showcase.adapter.material import valid_material_html
from showcase.publishing.publish import AccessibilityStatement, base_path, cname, site_relative
from showcase.site.localize import Localizer
from showcase.site.markup import decode_email

UI = {lang: yaml.safe_load((REPO / "data" / "ui" / f"{lang}.yml").read_text(encoding="utf-8")) for lang in ("cs", "en", "bg")}
PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        ("", "/"),
        (None, "/"),
        ("https://example.org", "/"),
        ("https://example.org/", "/"),
        ("https://org.github.io/repo", "/repo/"),
        ("https://org.github.io/repo/", "/repo/"),
    ],
)
def test_base_path(site_url: str | None, expected: str) -> None:
    assert base_path(site_url) == expected


@pytest.mark.parametrize(
    ("link", "site_url", "expected"),
    [
        ("/en/", "", "en/"),
        ("/", "", "./"),
        ("/repo/bg/", "https://org.github.io/repo/", "bg/"),
        ("/repo/", "https://org.github.io/repo/", "./"),
        ("/repo", "https://org.github.io/repo/", "./"),
        ("en/projects/x/", "https://org.github.io/repo/", "en/projects/x/"),
        ("https://example.org/", "", "https://example.org/"),
        ("//cdn.example.org/x", "", "//cdn.example.org/x"),
        ("/other/", "https://org.github.io/repo/", "/other/"),
    ],
)
def test_site_relative(link: str, site_url: str, expected: str) -> None:
    assert site_relative(link, site_url) == expected


@pytest.mark.parametrize(
    ("site_url", "setting", "expected"),
    [
        ("https://projects.example.org/", None, "projects.example.org"),
        ("https://projects.example.org", None, "projects.example.org"),
        ("https://org.github.io/repo/", None, None),
        ("https://org.github.io/", None, None),
        ("https://example.org/sub/", None, None),
        ("http://127.0.0.1:8000/", None, None),
        ("http://localhost:8000/", None, None),
        ("", None, None),
        ("https://org.github.io/repo/", "www.example.org", "www.example.org"),
        ("https://projects.example.org/", "", None),
    ],
)
def test_cname(site_url: str, setting: str | None, expected: str | None) -> None:
    assert cname(site_url, setting) == expected


def test_valid_material_html_drops_autocomplete_from_checkboxes_only() -> None:
    html = (
        '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
        '<input type="text" name="q" autocomplete="off">'
    )
    assert valid_material_html(html) == (
        '<input class="md-toggle" type="checkbox" id="__drawer">' '<input type="text" name="q" autocomplete="off">'
    )


def test_accessibility_settings_are_checked() -> None:
    l10n = Localizer("en", UI["en"])
    statement = AccessibilityStatement.from_config(l10n, {"contact_email": "a@example.org", "statement_date": dt.date(2026, 1, 2)})
    assert statement.prepared is not None and '<time datetime="2026-01-02">2 January 2026</time>' in statement.prepared
    assert statement.contact is not None and "a@example.org" not in statement.contact
    for settings, message in [
        ({"contact_email": "not an address"}, "extra.accessibility.contact_email: 'not an address' is not an e-mail"),
        ({"statement_date": "21. 11. 2026"}, "extra.accessibility.statement_date: '21. 11. 2026' is not a date"),
        (["x"], "extra.accessibility: expected a mapping"),
    ]:
        with pytest.raises(ValueError, match=re.escape(message)):
            AccessibilityStatement.from_config(l10n, settings)
    empty = AccessibilityStatement.from_config(l10n, None)
    assert empty.contact is None and empty.prepared is None


@pytest.mark.parametrize("language", ["cs", "en", "bg"])
def test_accessibility_statement_in_every_language(built_site: BuiltSite, language: str) -> None:
    page = built_site.page(PREFIX[language] + "accessibility/")
    ui = UI[language]
    assert page.html is not None and page.html["lang"] == language
    # Czech ties "o" to the next word with a no-break space (showcase.site.typography).
    assert page.h1 is not None and page.h1.get_text(strip=True).replace("\xa0", " ") == ui["accessibility"]
    article = page.select_one("article")
    assert article is not None
    text = article.get_text(" ", strip=True)
    assert "WCAG 2.1" in text and " AA" in text
    # How to report a problem: the one address from mkdocs.yml, protected like every e-mail.
    feedback = article.select_one("#a11y-feedback")
    assert feedback is not None and feedback.get_text(strip=True).replace("\xa0", " ") == ui["a11y_feedback"]
    protected = article.select_one("section.sc-a11y [data-sc-email]")
    assert protected is not None and decode_email(str(protected["data-sc-email"])) == "accessibility@example.org"
    assert "accessibility@example.org" not in built_site.html(PREFIX[language] + "accessibility/")
    # The date, in the page's language.
    time = article.select_one("#a11y-prepared ~ p time, section.sc-a11y time")
    assert time is not None and time["datetime"] == "2026-11-21"
    assert time.get_text() == {"cs": "21.\u00a0listopadu 2026", "en": "21 November 2026", "bg": "21 ноември 2026\u202fг."}[language]
    # Both added sections are in the page's table of contents.
    toc = [a["href"] for a in page.select("nav.md-nav--secondary a")]
    assert "#a11y-feedback" in toc and "#a11y-prepared" in toc


@pytest.mark.parametrize("language", ["cs", "en", "bg"])
def test_every_page_links_to_the_statement_in_its_language(built_site: BuiltSite, language: str) -> None:
    pages = [
        p for p in built_site.root.rglob("*.html")
        if (p.relative_to(built_site.root).as_posix().startswith(PREFIX[language]) if PREFIX[language]
            else not p.relative_to(built_site.root).as_posix().startswith(("en/", "bg/", "admin/")))
    ]
    assert len(pages) > 5
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        footer = soup.select_one("footer nav.sc-footer-links")
        assert footer is not None, path
        link = footer.find("a", string=lambda text: (text or "").replace("\xa0", " ") == UI[language]["accessibility"])
        assert link is not None, path
        href = str(link["href"])
        target = (path.parent / href).resolve() if not href.startswith("/") else built_site.root / href.lstrip("/")
        assert (target / "index.html").resolve() == (built_site.root / PREFIX[language] / "accessibility" / "index.html").resolve(), (path, href)
