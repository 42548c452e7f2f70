"""Everything a page says in its reader's language that editors do not write.

Interface strings come from ``data/ui/<language>.yml``; country and language
names, dates and numbers from Babel (CLDR), never from hand-written tables.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_symbol
from babel.units import format_unit
from markupsafe import Markup

from ..content.facts_model import Money

# The locales are the content core's (the open data names countries too); pages import them from here.
from ..content.locales import BABEL_LOCALES as BABEL_LOCALES
from ..content.locales import babel_locale as babel_locale
from ..content.model import PartialDate, Period, SiteContent, Translated

DASH = "\u2009\u2013\u2009"  # thin spaces around an en dash: "2021 – 2022"


@dataclass(frozen=True)
class Localizer:
    """Formats values and looks up interface strings for one language."""

    language: str
    strings: Mapping[str, Any]
    countries: Mapping[str, str] = field(default_factory=dict)
    """The site's own country names in this language (``data/countries.yml``), by code; CLDR names the others."""

    @property
    def locale(self) -> Locale:
        return babel_locale(self.language)

    def t(self, key: str, **values: Any) -> str:
        """The interface string ``key``, with ``{placeholders}`` filled in."""
        text = self.strings[key]
        if isinstance(text, dict):
            text = text["other"]
        return str(text).format(**values) if values else str(text)

    def plural(self, key: str, n: int) -> str:
        """The plural form of ``key`` that CLDR says fits ``n`` in this language."""
        forms = self.strings[key]
        number = format_decimal(n, locale=self.locale)
        if not isinstance(forms, dict):
            return str(forms).format(n=number)
        form = self.locale.plural_form(n)
        return str(forms.get(form, forms["other"])).format(n=number)

    def in_language(self, code: str) -> str:
        """ "in Bulgarian", said in this language (the interface string ``in_language``)."""
        names: Translated = self.strings["in_language"]
        return names.get(code)

    def number(self, n: int | Decimal) -> str:
        return format_decimal(n, locale=self.locale)

    def money(self, money: Money) -> str:
        """A sum in its currency, the language's way: ``1 250 000 €``, ``€1,250,000``; decimals only when it has them."""
        return _format_money(self.locale, money.amount, money.currency)

    def percent(self, share: Decimal) -> str:
        """A share (0.68) as a percentage: ``68 %`` in Czech, ``68%`` in English."""
        return format_percent(share, locale=self.locale)

    def duration(self, months: int) -> str:
        """``24 měsíců``, ``24 months``, ``24 месеца`` (CLDR's units and plural forms)."""
        return format_unit(months, "duration-month", length="long", locale=self.locale)

    def point(self, lat: float, lon: float) -> str:
        """A point as a reader writes it: ``50,24° s. š., 12,75° v. d.``."""
        latitude = self.t("point_north" if lat >= 0 else "point_south", value=format_decimal(abs(lat), locale=self.locale))
        longitude = self.t("point_east" if lon >= 0 else "point_west", value=format_decimal(abs(lon), locale=self.locale))
        return f"{latitude}, {longitude}"

    def country(self, code: str) -> str:
        return self.countries.get(code) or str(self.locale.territories.get(code, code))

    def language_name(self, code: str) -> str:
        return str(self.locale.languages.get(code, code))

    def date(self, date: PartialDate) -> str:
        """A date written the way this language writes it, at its precision."""
        return _format_partial_date(self.locale, date)

    def time(self, date: PartialDate) -> Markup:
        """A ``<time>`` element whose ``datetime`` says exactly what is known."""
        return Markup('<time datetime="{}">{}</time>').format(date.iso(), self.date(date))

    def period(self, period: Period) -> tuple[str, Markup]:
        """The label and the value of a period, saying only what is known (its dates, else its duration)."""
        if period.start and period.end:
            return self.t("period"), Markup(DASH).join([self.time(period.start), self.time(period.end)])
        if period.end:
            return self.t("period_end"), self.time(period.end)
        if period.start:
            return self.t("period_start"), self.time(period.start)
        assert period.months
        return self.t("duration"), Markup.escape(self.duration(period.months))

    def dates(self, start: PartialDate, end: PartialDate | None) -> Markup:
        """A day or a range of days (an event): ``<time>`` elements joined by a dash."""
        return Markup(DASH).join([self.time(start), self.time(end)]) if end and end != start else self.time(start)


class _Localizers:
    """The localizers of the content loaded last: one per language, made when first asked for.

    Keyed by the content object itself (held weakly), so that a reload of the
    content (``mkdocs serve``) gets localizers of its own strings.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._site: weakref.ref[SiteContent] | None = None
        self._by_language: dict[str, Localizer] = {}

    def get(self, site: SiteContent, language: str) -> Localizer:
        with self._lock:
            if self._site is None or self._site() is not site:
                self._site, self._by_language = weakref.ref(site), {}
            found = self._by_language.get(language)
            if found is None:
                countries = {code: site.country_name(code, language) for code in site.country_names}
                found = self._by_language[language] = Localizer(language, site.ui[language], countries)
            return found


_LOCALIZERS = _Localizers()


def localizer(site: SiteContent, language: str) -> Localizer:
    """The :class:`Localizer` of ``language`` with the site's interface strings (one per language, cached)."""
    return _LOCALIZERS.get(site, language)


@lru_cache(maxsize=4096)
def _format_money(locale: Locale, amount: Decimal, currency: str) -> str:
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    if amount == amount.to_integral_value():
        pattern = re.sub(r"0\.0+", "0", pattern)  # 1 250 000 €, not 1 250 000,00 €
    text = format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
    # CLDR's currency spacing (Babel does not apply it): a symbol ending or
    # starting with a letter is kept from the digits by a no-break space, CZK 1,250,000.
    symbol = get_currency_symbol(currency, locale=locale)
    if symbol and symbol[-1].isalpha():
        text = re.sub(re.escape(symbol) + r"(?=[\d-])", symbol + "\u00a0", text)
    if symbol and symbol[0].isalpha():
        text = re.sub(r"(?<=\d)" + re.escape(symbol), "\u00a0" + symbol, text)
    return text


@lru_cache(maxsize=65536)
def _format_partial_date(locale: Locale, date: PartialDate) -> str:
    # Cached: Babel formats each date anew (0.15 ms), and the same dates recur on
    # every card of every facet and related list, in every language build.
    if date.precision == "day":
        return format_date(date.first_day(), "long", locale=locale)
    if date.precision == "month":
        # yMMMM uses the stand-alone month ("říjen 2023", not "října 2023").
        return format_skeleton("yMMMM", date.first_day(), locale=locale)
    return format_skeleton("y", date.first_day(), locale=locale)
