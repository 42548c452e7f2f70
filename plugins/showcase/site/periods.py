"""A project's period as lists write it: one short form in every list, whatever the dates' precision.

Cards (home, project list, facet pages, related projects) and search results
write a period to the month at most, each language its own way: the month and
year as that language writes them inside a range (CLDR's interval format of
the skeleton ``yMMM``: "Oct 2023", "říj 2023", "10.2023 г."), a year alone as
a year; the two ends joined by an en dash ("Oct 2023 – Sept 2025"), one end
alone said to be a start or an end ("from Oct 2023", "until Jan 2013").
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_skeleton
from markupsafe import Markup

from ..content.model import PartialDate, Period
from .localize import DASH, Localizer
from .markup import plain


@lru_cache(maxsize=16)
def _month_pattern(locale: Locale) -> str:
    """How the language writes a month of a year inside a range (CLDR ``intervalFormats/yMMM``)."""
    try:
        return str(locale.interval_formats["yMMM"]["y"][1])
    except (KeyError, IndexError, TypeError):
        return "MMM y"


@lru_cache(maxsize=4096)
def _short_date(locale: Locale, date: PartialDate) -> str:
    if date.precision == "year":
        return format_skeleton("y", date.first_day(), locale=locale)
    return format_date(date.first_day(), _month_pattern(locale), locale=locale)


def short_date(l10n: Localizer, date: PartialDate) -> Markup:
    """A date to the month at most, in a ``<time>`` whose ``datetime`` says what is shown."""
    shown = date if date.precision != "day" else PartialDate(date.year, date.month)
    return Markup('<time datetime="{}">{}</time>').format(shown.iso(), _short_date(l10n.locale, date))


def short_period(l10n: Localizer, period: Period | None) -> Markup | None:
    """The period as every list writes it; None when no date is known."""
    if period is None or not (period.start or period.end):
        return None
    if period.start and period.end:
        return Markup(DASH).join([short_date(l10n, period.start), short_date(l10n, period.end)])
    if period.end:
        return plain(l10n.t("period_until")).format(date=short_date(l10n, period.end))
    assert period.start
    return plain(l10n.t("period_from")).format(date=short_date(l10n, period.start))
