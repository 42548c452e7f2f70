"""The template API: what every template gets as ``showcase``.

One per language (:meth:`SitePages.template_api`): the interface strings and
plural forms of the language, the project cards, the list's filters, related
projects and addresses in the language. Values are escaped HTML
(:class:`markupsafe.Markup`) or plain data; nothing here knows MkDocs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from ..publishing.search import SEARCH_PATH
from .cards import ProjectCard
from .facets import FacetEntry, FacetIndexPage, FilterGroup, browse_links
from .fact_views import money_totals
from .maps.views import LanguageMaps
from .markup import plain
from .publisher import ABOUT_PATH, Publisher
from .typography import tie_text

if TYPE_CHECKING:
    from .pages.registry import SitePages


class ShowcaseContext:
    """What every template gets as ``showcase``: the language and the projects."""

    def __init__(self, pages: SitePages, language: str):
        self.pages = pages
        self.site = pages.site
        self.language = language
        self.l10n = pages.localizer(language)
        self.catalogue = pages.catalogue

    def t(self, key: str, **values: Any) -> Markup:
        """An interface string, escaped for HTML."""
        return plain(self.l10n.t(key, **values))

    def plural(self, key: str, n: int) -> Markup:
        return plain(self.l10n.plural(key, n))

    def number(self, n: int) -> str:
        return self.l10n.number(n)

    def tie(self, text: str) -> str:
        """Text with the no-break spaces of the language, for a script to write into the page
        (escaped HTML stays escaped: only spaces change)."""
        tied = tie_text(str(text), self.language)
        return Markup(tied) if isinstance(text, Markup) else tied

    @property
    def cards(self) -> list[ProjectCard]:
        return self.catalogue.cards(self.language)

    # -- finding projects ------------------------------------------------------
    def plural_forms(self, key: str) -> dict[str, str]:
        """The CLDR plural forms of ``key`` ({n} left in), for scripts that count; with the language's no-break spaces."""
        forms = self.l10n.strings[key]
        found = {str(k): str(v) for k, v in forms.items()} if isinstance(forms, dict) else {"other": str(forms)}
        return {form: self.tie(text) for form, text in found.items()}

    def plural_form(self, key: str, n: int) -> str:
        """The plural form of ``key`` that fits ``n``, with ``{n}`` filled in and any other placeholder left for a script."""
        forms = self.l10n.strings[key]
        text = forms.get(self.l10n.locale.plural_form(n), forms["other"]) if isinstance(forms, dict) else forms
        return str(text).replace("{n}", self.l10n.number(n))

    @property
    def filters(self) -> tuple[FilterGroup, ...]:
        return self.catalogue.filters(self.language)

    @property
    def browse_links(self) -> tuple[tuple[str, Markup], ...]:
        return browse_links(self.pages, self.language)

    @property
    def maps(self) -> LanguageMaps:
        """The maps of the language: ``maps.project(id)``, ``maps.projects``, ``maps.home``, ``maps.country(code)``."""
        return self.pages.map_views(self.language)

    def related(self, project_id: str) -> list[ProjectCard]:
        return self.catalogue.related_cards(project_id, self.language)

    @property
    def search_path(self) -> str:
        return self.page_path(f"{SEARCH_PATH}/")

    # -- the home page ---------------------------------------------------------------
    @property
    def site_figures(self) -> tuple[Markup, ...]:
        """The site in numbers: projects, organisations (running a project or partners), countries.

        Each is its plural form with the number in ``<span class="sc-figure__value">``.
        """
        postings = self.catalogue.postings
        counts = (("project_count", len(self.site.projects)), ("organisation_count", len(postings["organisations"])), ("country_count", len(postings["countries"])))
        figures = []
        for key, n in counts:
            number = self.l10n.number(n)
            text = escape(self.l10n.plural(key, n))
            figures.append(Markup(text.replace(escape(number), Markup('<span class="sc-figure__value">{}</span>').format(number), 1)))
        return tuple(figures)

    @property
    def site_money(self) -> tuple[Markup, ...]:
        """What the funders awarded to all the projects: one sum per currency (never converted), most projects first.

        Each is ``home_awarded`` with the sum in ``<span class="sc-figure__value">``; none when no amount is known.
        """
        sums = [(project.id, funding.amount) for project in self.site.projects for funding in project.facts.funding if funding.amount]
        figures = []
        for total, _count in money_totals(sums):
            value = Markup('<span class="sc-figure__value">{}</span>').format(self.l10n.money(total))
            figures.append(Markup(escape(self.l10n.t("home_awarded", amount="\0"))).replace("\0", value))
        return tuple(figures)

    def ways_in(self, kinds: tuple[str, ...] = ("topics", "countries", "funders"), limit: int = 8) -> list[tuple[FacetIndexPage, list[FacetEntry]]]:
        """For each facet kind, its index page and its values holding the most projects (then by name)."""
        result = []
        for kind in kinds:
            index = self.catalogue.facet_index(kind, self.language)
            entries = sorted(index.entries, key=lambda entry: -entry.count)[:limit]
            result.append((index, entries))
        return result

    # -- the frame -----------------------------------------------------------------
    @property
    def publisher(self) -> Publisher:
        """Who publishes the site (``extra.publisher``, checked when the build starts)."""
        return Publisher.from_config(self.l10n, self.pages.settings.extra.get("publisher"))

    @property
    def about_path(self) -> str:
        return self.page_path(ABOUT_PATH)

    def page_path(self, path: str) -> str:
        """``path`` in the current language, e.g. ``projects/`` → ``en/projects/``."""
        return self.pages.path(self.language, path)
