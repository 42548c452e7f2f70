"""Unit tests of what the reader sees around the content: no-break spaces, periods in lists, the
order of lists, cards' pictures, the publisher's settings, the site's own country names."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup

from scratch import LANGUAGES, load, write_scratch_site
from showcase.adapter.assets import without_comments
from showcase.content.model import PartialDate, Period, SiteContent
from showcase.content.problems import ContentError
from showcase.site.localize import Localizer, localizer
from showcase.site.pages.registry import SitePages
from showcase.site.periods import short_period
from showcase.site.publisher import Publisher
from showcase.site.typography import NBSP, tie_text, tie_words

# -- no-break spaces ------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["k", "s", "v", "z", "o", "u", "a", "i", "K", "S", "V", "Z", "O", "U", "A", "I"])
def test_czech_one_letter_words_keep_the_next_word_on_their_line(word: str) -> None:
    assert tie_words(f"<p>Slovo {word} další</p>", "cs") == f"<p>Slovo {word}{NBSP}další</p>"


@pytest.mark.parametrize(
    ("html", "tied"),
    [
        # One after another, and at the end of a piece of text followed by a link.
        ("<p>a v Praze</p>", f"<p>a{NBSP}v{NBSP}Praze</p>"),
        ('<p>s <a href="/x/">Janem</a></p>', f'<p>s{NBSP}<a href="/x/">Janem</a></p>'),
        # A Markdown paragraph keeps its line ends: one is a space too.
        ("<p>dělali a\nnaučili</p>", f"<p>dělali a{NBSP}naučili</p>"),
        # Numbers and what they count or measure, ordinal dates, groups of digits.
        ("<p>5 let, 10 %, 1. ledna, 100 000 Kč</p>", f"<p>5{NBSP}let, 10{NBSP}%, 1.{NBSP}ledna, 100{NBSP}000{NBSP}Kč</p>"),
        # Not a one-letter word: the end of a word, an abbreviation, a word with a hyphen.
        ("<p>Praha je o.p.s. a-b s. r. o.</p>", f"<p>Praha je o.p.s. a-b s. r.{' '}o.</p>"),
    ],
)
def test_czech_ties(html: str, tied: str) -> None:
    assert tie_words(html, "cs") == tied


def test_ties_touch_no_tag_attribute_url_code_or_script() -> None:
    html = (
        '<a href="/a b/?q=v Praze" title="v Praze" data-x=\'a b\'>v</a>'
        "<code>v Praze</code><pre>a b\nk c</pre><kbd>s x</kbd><script>var a = 'v Praze';</script>"
        "<style>a > b { content: 'a b'; }</style><textarea>v Praze</textarea><!-- v Praze -->"
        '<svg viewBox="0 0 1 1"><text>v Praze</text></svg>'
    )
    assert tie_words(html, "cs") == html


def test_each_text_gets_the_rules_of_its_own_language() -> None:
    html = '<html lang="cs"><p>v Praze</p><div lang="en"><p>a cat in a box</p><div>a dog</div></div><p>a konec</p></html>'
    tied = tie_words(html, "cs")
    assert f"v{NBSP}Praze" in tied and f"a{NBSP}konec" in tied
    assert "a cat in a box" in tied and "a dog" in tied, "English is left as it is"
    assert tie_words("<p>a cat</p>", "en") == "<p>a cat</p>"
    # Nested elements of one name, and an element in the page's own language inside another's.
    nested = '<html lang="cs"><div lang="en"><div lang="en">a b</div> a b<div lang="cs">a b</div> a b</div> a b</html>'
    assert tie_words(nested, "cs") == f'<html lang="cs"><div lang="en"><div lang="en">a b</div> a b<div lang="cs">a{NBSP}b</div> a b</div> a{NBSP}b</html>'


def test_bulgarian_ties_years_and_units_only() -> None:
    html = "<p>През 2021 г. изминахме 5 км, 10 % и 100 лв. и 5 март</p>"
    assert tie_words(html, "bg") == f"<p>През 2021{NBSP}г. изминахме 5{NBSP}км, 10{NBSP}% и 100{NBSP}лв. и 5 март</p>"


def test_texts_a_script_writes_are_tied_with_their_placeholders() -> None:
    assert tie_text("Zobrazeno: {shown} z {n} projektů", "cs") == f"Zobrazeno: {{shown}}{NBSP}z{NBSP}{{n}}{NBSP}projektů"
    assert tie_text("{n} projects", "en") == "{n} projects"


# -- periods in lists -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def l10n(site: SiteContent) -> dict[str, Localizer]:
    return {language: localizer(site, language) for language in LANGUAGES}


def plain_text(markup: Markup | None) -> str:
    assert markup is not None
    return markup.striptags().replace("\u202f", " ").replace(NBSP, " ")


PERIODS = [
    # Known to the month, and to the day (written to the month as well).
    (Period(start=PartialDate(2023, 10), end=PartialDate(2025, 9)), {"en": "Oct 2023 – Sept 2025", "cs": "říj 2023 – zář 2025", "bg": "10.2023 г. – 09.2025 г."}),
    (Period(start=PartialDate(2021, 1, 1), end=PartialDate(2022, 12, 31)), {"en": "Jan 2021 – Dec 2022", "cs": "led 2021 – pro 2022", "bg": "01.2021 г. – 12.2022 г."}),
    # Only the end, only the start.
    (Period(end=PartialDate(2013, 1)), {"en": "until Jan 2013", "cs": "do led 2013", "bg": "до 01.2013 г."}),
    (Period(start=PartialDate(2024, 3)), {"en": "from Mar 2024", "cs": "od bře 2024", "bg": "от 03.2024 г."}),
    # Known to the year.
    (Period(start=PartialDate(2019), end=PartialDate(2020, 6)), {"en": "2019 – Jun 2020", "cs": "2019 – čvn 2020", "bg": "2019 г. – 06.2020 г."}),
]


@pytest.mark.parametrize(("period", "expected"), PERIODS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_lists_write_a_period_one_way(l10n: dict[str, Localizer], period: Period, expected: dict[str, str], language: str) -> None:
    shown = short_period(l10n[language], period)
    assert plain_text(shown).replace("\u2009", " ") == expected[language]


def test_a_period_in_a_list_says_what_is_known_in_time_elements(l10n: dict[str, Localizer]) -> None:
    shown = str(short_period(l10n["en"], Period(start=PartialDate(2021, 1, 1), end=PartialDate(2022, 12, 31))))
    assert '<time datetime="2021-01">' in shown and '<time datetime="2022-12">' in shown
    assert short_period(l10n["en"], None) is None


# -- the order of lists ------------------------------------------------------------------


def test_newest_first_puts_ongoing_projects_first_and_undated_ones_last_in_their_group(site: SiteContent) -> None:
    cards = SitePages(site).catalogue.cards("en")
    assert [card.id for card in cards] == [
        "network-synergy",  # ongoing, no date: the ongoing come first
        "khamoro-capacity-building",  # ended 2025-09
        "capacity-building-romanonet",  # ended 2022-12-31
        "roma-net",  # ended 2013-01
        "roma-civil-society-western-balkans-turkey",  # completed, no date: last
    ]


def test_every_card_says_its_status_and_funders_in_the_readers_language(site: SiteContent) -> None:
    card = SitePages(site).catalogue.card_map("cs")["capacity-building-romanonet"]
    assert card.status == "completed" and card.status_label == "Ukončený"
    assert card.funders == "Evropský sociální fond"


def test_a_card_without_an_image_gets_a_pattern_drawn_from_its_id(site: SiteContent) -> None:
    cards = SitePages(site).catalogue.card_map("en")
    patterns = {card_id: card.placeholder for card_id, card in cards.items()}
    assert patterns == {card_id: card.placeholder for card_id, card in SitePages(site).catalogue.card_map("bg").items()}
    assert len({style for _, style in patterns.values()}) == len(patterns), "each project its own"
    assert all(card.image is None for card in cards.values())


# -- the publisher ---------------------------------------------------------------------------


def test_publisher_from_settings(l10n: dict[str, Localizer]) -> None:
    publisher = Publisher.from_config(l10n["cs"], {"name": {"cs": "Spolek", "en": "Society"}, "email": "info@example.org"})
    assert publisher.name == "Spolek"
    assert publisher.credit == "Vydává: Spolek"
    assert "info@example.org" not in str(publisher.contact) and publisher.encoded_email
    assert Publisher.from_config(l10n["bg"], {"name": "One name"}).name == "One name"
    assert Publisher.from_config(l10n["en"], None).credit is None


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("a text", "extra.publisher: expected a mapping"),
        ({"name": ["a", "b"]}, "extra.publisher.name: expected a text, or one text per language"),
        ({"email": "not an address"}, "extra.publisher.email: 'not an address' is not an e-mail address"),
    ],
)
def test_publisher_settings_that_are_wrong_are_named(l10n: dict[str, Localizer], settings: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Publisher.from_config(l10n["en"], settings)


# -- the site's own country names ------------------------------------------------------------


def test_the_sites_country_name_replaces_cldrs_in_its_language_only(site: SiteContent) -> None:
    assert site.country_name("TR", "en") == "Turkey"
    assert site.country_name("TR", "cs") == "Turecko" and site.country_name("TR", "bg") == "Турция"
    assert localizer(site, "en").country("TR") == "Turkey"
    assert localizer(site, "en").country("AL") == "Albania"


def test_country_names_are_checked_like_every_data_file(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    countries = tmp_path / "data" / "countries.yml"
    countries.write_text(
        "- id: TR\n  name: {en: Turkey}\n- id: XX\n  name: {en: Nowhere}\n- id: cz\n  name: {en: Czech Republic}\n- id: BG\n  name: {de: Bulgarien}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load(tmp_path)
    report = raised.value.report()
    assert "data/countries.yml:3: [1].id: 'XX' is not an ISO 3166 country code" in report
    assert "data/countries.yml:5: [2].id: expected a country code in capitals, found 'cz' (write 'CZ')" in report
    assert "data/countries.yml:8: [3].name.de: 'de' is not a language of this site" in report
    countries.write_text("- id: TR\n  name: {en: Turkey}\n", encoding="utf-8")
    assert load(tmp_path).country_name("TR", "en") == "Turkey"
    countries.unlink()
    assert load(tmp_path).country_name("TR", "en") == "Türkiye", "the file is optional: CLDR names every country"


# -- the site's own stylesheets and scripts, published without comments ------------------------


def test_comments_alone_on_their_lines_are_left_out_of_the_published_files() -> None:
    css = "/* The frame.\n   Two lines. */\n.a { color: red; } /* after code: kept */\n  /* indented */\n.b { content: \"/* not a comment */\"; }\n"
    assert without_comments(css, ".css") == ".a { color: red; } /* after code: kept */\n.b { content: \"/* not a comment */\"; }\n"
    # A comment that starts a line but ends before code on the same line is kept whole: nothing runs past a */.
    mixed = "/* a */ .x { }\n/* b */\n.y { }\n"
    assert without_comments(mixed, ".css") == "/* a */ .x { }\n.y { }\n"
    js = "// a note\n(function () {\n  // another\n  var url = \"https://example.org/\"; // kept\n})();\n"
    assert without_comments(js, ".js") == '(function () {\n  var url = "https://example.org/"; // kept\n})();\n'
    assert without_comments("// not a comment in CSS\n", ".css") == "// not a comment in CSS\n"

