"""The Babel (CLDR) locale of each site language: names of countries and languages, dates, numbers."""

from __future__ import annotations

from functools import cache

from babel import Locale

# The regional variant whose conventions the site follows for each language:
# English dates are written the European way ("1 January 2021").
BABEL_LOCALES = {"en": "en_GB", "cs": "cs_CZ", "bg": "bg_BG"}


@cache
def babel_locale(language: str) -> Locale:
    """The Babel locale of a site language (parsed once: every page asks)."""
    return Locale.parse(BABEL_LOCALES.get(language, language))


def country_name(code: str, language: str) -> str:
    """The name of the country ``code`` in ``language`` (the code itself if CLDR has none)."""
    return str(babel_locale(language).territories.get(code, code))
