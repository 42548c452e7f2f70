"""Unit tests of the content core: dates, localisation, markup, phones, translations."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from scratch import LANGUAGES
from showcase.content.merge import Texts
from showcase.content.model import (
    Activity,
    PartialDate,
    Period,
    Phone,
    Project,
    ProjectFacts,
    ProjectTexts,
    SiteContent,
)
from showcase.site.localize import Localizer
from showcase.site.markup import decode_email, encode_email, plain, protect_emails, protected_email, render_markdown


def normalize_spaces(text: str) -> str:
    """CLDR writes no-break and narrow no-break spaces ("2021 г."): compare them as spaces."""
    return re.sub(r"[\u00a0\u202f\u2009]", " ", text)


@pytest.fixture(scope="module")
def l10n(site: SiteContent) -> dict[str, Localizer]:
    return {language: Localizer(language, site.ui[language]) for language in LANGUAGES}


# -- PartialDate -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "iso", "precision", "first", "last"),
    [
        (PartialDate(2021, 1, 1), "2021-01-01", "day", dt.date(2021, 1, 1), dt.date(2021, 1, 1)),
        (PartialDate(2023, 10), "2023-10", "month", dt.date(2023, 10, 1), dt.date(2023, 10, 31)),
        (PartialDate(2013), "2013", "year", dt.date(2013, 1, 1), dt.date(2013, 12, 31)),
        (PartialDate(2024, 2), "2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (PartialDate(2023, 2), "2023-02", "month", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        (PartialDate(2000, 2), "2000-02", "month", dt.date(2000, 2, 1), dt.date(2000, 2, 29)),
        (PartialDate(1900, 2), "1900-02", "month", dt.date(1900, 2, 1), dt.date(1900, 2, 28)),
        (PartialDate(2025, 9), "2025-09", "month", dt.date(2025, 9, 1), dt.date(2025, 9, 30)),
        (PartialDate(987, 3, 5), "0987-03-05", "day", dt.date(987, 3, 5), dt.date(987, 3, 5)),
    ],
)
def test_partial_date(date: PartialDate, iso: str, precision: str, first: dt.date, last: dt.date) -> None:
    assert date.iso() == iso
    assert date.precision == precision
    assert date.first_day() == first
    assert date.last_day() == last


def test_partial_dates_order_chronologically() -> None:
    assert PartialDate(2021, 1, 1) < PartialDate(2021, 2) < PartialDate(2022)


# -- Localizer -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "date", "text"),
    [
        ("cs", PartialDate(2021, 1, 1), "1. ledna 2021"),
        ("en", PartialDate(2021, 1, 1), "1 January 2021"),
        ("bg", PartialDate(2021, 1, 1), "1 януари 2021 г."),
        ("cs", PartialDate(2022, 12, 31), "31. prosince 2022"),
        ("en", PartialDate(2022, 12, 31), "31 December 2022"),
        ("bg", PartialDate(2022, 12, 31), "31 декември 2022 г."),
        # Month precision: the stand-alone month ("říjen", not "října").
        ("cs", PartialDate(2023, 10), "říjen 2023"),
        ("en", PartialDate(2023, 10), "October 2023"),
        ("bg", PartialDate(2023, 10), "октомври 2023 г."),
        ("cs", PartialDate(2013, 1), "leden 2013"),
        ("en", PartialDate(2013, 1), "January 2013"),
        ("bg", PartialDate(2013, 1), "януари 2013 г."),
        ("cs", PartialDate(2013), "2013"),
        ("en", PartialDate(2013), "2013"),
        ("bg", PartialDate(2013), "2013 г."),
    ],
)
def test_date(l10n: dict[str, Localizer], language: str, date: PartialDate, text: str) -> None:
    assert normalize_spaces(l10n[language].date(date)) == text
    time = str(l10n[language].time(date))
    assert time.startswith(f'<time datetime="{date.iso()}">')
    assert normalize_spaces(time) == f'<time datetime="{date.iso()}">{text}</time>'


@pytest.mark.parametrize(
    ("period", "label_key", "datetimes"),
    [
        (Period(start=PartialDate(2021, 1, 1), end=PartialDate(2022, 12, 31)), "period", ["2021-01-01", "2022-12-31"]),
        (Period(start=PartialDate(2023, 10), end=PartialDate(2025, 9)), "period", ["2023-10", "2025-09"]),
        (Period(end=PartialDate(2013, 1)), "period_end", ["2013-01"]),
        (Period(start=PartialDate(2020)), "period_start", ["2020"]),
    ],
    ids=["days", "months", "end-only", "start-only"],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_period(
    l10n: dict[str, Localizer], site: SiteContent, language: str, period: Period, label_key: str, datetimes: list[str]
) -> None:
    label, value = l10n[language].period(period)
    assert label == site.ui[language][label_key]
    assert re.findall(r'<time datetime="([^"]+)">', str(value)) == datetimes
    for date in (period.start, period.end):
        if date is not None:
            assert l10n[language].date(date) in str(value)


def test_period_labels_differ_by_what_is_known(site: SiteContent) -> None:
    # Otherwise the end-only test above could not tell the labels apart.
    for language in LANGUAGES:
        ui = site.ui[language]
        assert len({ui["period"], ui["period_start"], ui["period_end"]}) == 3


@pytest.mark.parametrize(
    ("language", "n", "text"),
    [
        ("cs", 1, "1 projekt"),
        ("cs", 2, "2 projekty"),
        ("cs", 4, "4 projekty"),
        ("cs", 5, "5 projektů"),
        ("cs", 0, "0 projektů"),
        ("en", 1, "1 project"),
        ("en", 5, "5 projects"),
        ("bg", 1, "1 проект"),
        ("bg", 2, "2 проекта"),
        ("bg", 5, "5 проекта"),
    ],
)
def test_plural(l10n: dict[str, Localizer], language: str, n: int, text: str) -> None:
    assert l10n[language].plural("project_count", n) == text


def test_plural_uses_the_languages_number_format(l10n: dict[str, Localizer]) -> None:
    assert l10n["en"].plural("project_count", 1000) == "1,000 projects"
    assert normalize_spaces(l10n["cs"].plural("project_count", 1000)) == "1 000 projektů"


@pytest.mark.parametrize(
    ("language", "code", "name"),
    [
        ("cs", "TR", "Turecko"),
        ("en", "TR", "Türkiye"),
        ("bg", "TR", "Турция"),
        ("cs", "CZ", "Česko"),
        ("en", "CZ", "Czechia"),
        ("bg", "CZ", "Чехия"),
        ("en", "NO", "Norway"),
        ("bg", "AL", "Албания"),
    ],
)
def test_country(l10n: dict[str, Localizer], language: str, code: str, name: str) -> None:
    assert l10n[language].country(code) == name


@pytest.mark.parametrize(
    ("language", "code", "name"), [("cs", "en", "angličtina"), ("en", "cs", "Czech"), ("bg", "en", "английски")]
)
def test_language_name(l10n: dict[str, Localizer], language: str, code: str, name: str) -> None:
    assert l10n[language].language_name(code) == name


def test_t_fills_in_placeholders(l10n: dict[str, Localizer]) -> None:
    notice = l10n["en"].t("fallback_notice", language="Czech")
    assert "Czech" in notice and "{" not in notice


# -- markup ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("*x* & _y_", "*x* &amp; _y_"),
        ('say "hi"', "say &#34;hi&#34;"),
        (None, ""),
    ],
)
def test_plain_escapes_and_does_not_format(text: str | None, html: str) -> None:
    assert str(plain(text)) == html


@pytest.mark.parametrize(
    ("text", "inline", "html"),
    [
        ("Some **bold** and *x*", True, "Some <strong>bold</strong> and <em>x</em>"),
        ("Some **bold**", False, "<p>Some <strong>bold</strong></p>"),
        ("One\n\nTwo", True, "<p>One</p>\n<p>Two</p>"),
        ("a < b & c", True, "a &lt; b &amp; c"),
    ],
)
def test_render_markdown(text: str, inline: bool, html: str) -> None:
    assert str(render_markdown(text, inline=inline)) == html


def test_render_markdown_does_not_leak_state_between_calls() -> None:
    # The Markdown instance is reused: footnotes, abbreviations or ids must not carry over.
    first = str(render_markdown("A [link][1]\n\n[1]: https://example.org/", inline=False))
    assert 'href="https://example.org/"' in first
    second = str(render_markdown("Another [link][1]", inline=False))
    assert "href" not in second


ADDRESSES = ["janhusak@romodrom.cz", "a.b-c+d@sub.example.org", "x@y.bg"]


@pytest.mark.parametrize("address", ADDRESSES)
def test_protected_email_hides_the_address(address: str) -> None:
    html = str(protected_email(address, "zavináč"))
    assert "@" not in html
    assert address not in html
    assert "mailto" not in html
    user, domain = address.split("@")
    assert user in html and "zavináč" in html
    code = re.fullmatch(r'<span class="sc-email" data-sc-email="([0-9a-f]+)">.*</span>', html, re.S)
    assert code, html
    assert decode_email(code.group(1)) == address
    assert decode_email(encode_email(address)) == address


def test_protected_email_escapes_the_at_word() -> None:
    html = str(protected_email("a@b.cz", "<at>"))
    assert "<at>" not in html and "&lt;at&gt;" in html


def _decoded_addresses(html: str) -> list[str]:
    return [decode_email(code) for code in re.findall(r'data-sc-email="([0-9a-f]+)"', html)]


def test_protect_emails_replaces_mailto_links_and_bare_addresses() -> None:
    html = (
        '<p>Write to <a href="mailto:jan@romodrom.cz?subject=Hi">Jan</a> or eva@example.org &amp; '
        "<b>bold</b>, 1 &lt; 2.</p>\n"
        '<p><a href="https://example.org/">a link</a> stays.</p>'
    )
    out = protect_emails(html, "at")
    assert "@" not in out
    assert "mailto" not in out
    assert _decoded_addresses(out) == ["jan@romodrom.cz", "eva@example.org"]
    # The text around them is kept, and stays escaped.
    assert out.startswith("<p>Write to <span")
    assert " or <span" in out
    assert "</span> &amp; <b>bold</b>, 1 &lt; 2.</p>" in out
    assert '<p><a href="https://example.org/">a link</a> stays.</p>' in out


def test_protect_emails_keeps_escaped_markup_around_an_address_escaped() -> None:
    out = protect_emails("<p>&lt;script&gt; x@example.org &lt;/script&gt;</p>", "at")
    assert "<script>" not in out
    assert out.startswith("<p>&lt;script&gt; <span") and out.endswith("</span> &lt;/script&gt;</p>")


def test_protect_emails_leaves_html_without_addresses_alone() -> None:
    html = '<p>No address &amp; <a href="https://x.org/">here</a>.</p>'
    assert protect_emails(html, "at") == html


# -- phones ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dial"),
    [
        ("+355 (0) 42 265 953", "+35542265953"),
        ("+355 42 265 953", "+35542265953"),
        ("+420 778 747 633", "+420778747633"),
        ("+359 42/123-456", "+35942123456"),
    ],
)
def test_phone_dial(text: str, dial: str) -> None:
    phone = Phone(text)
    assert phone.dial == dial
    assert str(phone) == text


# -- translations falling back to the original -------------------------------------


def _project(texts: dict[str, ProjectTexts], original: str = "en") -> Project:
    facts = ProjectFacts(original_language=original, organisation="org", countries=("CZ",))
    return Project(id="p", folder=Path("p"), facts=facts, texts=texts)


ORIGINAL = ProjectTexts(
    language="en",
    source=Path("p/en.md"),
    title="Title",
    summary="Summary",
    goals=("Goal one", "Goal two"),
    activities=(Activity(title="Act"),),
    figures={"members": "members"},
    body="Body",
)


def test_texts_fall_back_field_by_field() -> None:
    translation = ProjectTexts(language="cs", source=Path("p/cs.md"), title="Název", summary="Shrnutí", body="Text")
    texts = Texts(_project({"en": ORIGINAL, "cs": translation}), "cs")
    assert not texts.is_fallback
    assert texts.get("title") == "Název" and texts.language_of("title") == "cs"
    assert texts.get("goals") == ("Goal one", "Goal two") and texts.language_of("goals") == "en"
    assert texts.get("activities") == (Activity(title="Act"),)
    assert texts.get("figures") == {"members": "members"} and texts.language_of("figures") == "en"
    assert texts.get("body") == "Text"
    assert texts.missing_fields == ("goals", "activities", "figures")


def test_texts_of_a_complete_translation_miss_nothing() -> None:
    translation = ProjectTexts(
        language="bg",
        source=Path("p/bg.md"),
        title="Заглавие",
        summary="Резюме",
        goals=("Цел",),
        activities=(Activity(title="Дейност"),),
        figures={"members": "членове"},
        body="Текст",
    )
    texts = Texts(_project({"en": ORIGINAL, "bg": translation}), "bg")
    assert texts.missing_fields == ()
    assert texts.get("goals") == ("Цел",) and texts.language_of("goals") == "bg"


def test_texts_without_the_language_file_are_a_fallback() -> None:
    texts = Texts(_project({"en": ORIGINAL}), "bg")
    assert texts.is_fallback
    assert texts.get("title") == "Title" and texts.language_of("title") == "en"
    assert texts.missing_fields == ()  # the notice is the fallback one, not the partial one


def test_texts_of_the_original_are_no_fallback() -> None:
    texts = Texts(_project({"en": ORIGINAL}), "en")
    assert not texts.is_fallback and texts.missing_fields == ()


def test_blank_translated_value_falls_back() -> None:
    translation = ProjectTexts(language="cs", source=Path("p/cs.md"), title="  ", summary="Shrnutí")
    texts = Texts(_project({"en": ORIGINAL, "cs": translation}), "cs")
    assert texts.get("title") == "Title" and texts.language_of("title") == "en"
    assert "title" in texts.missing_fields
