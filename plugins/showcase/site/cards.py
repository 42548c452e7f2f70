"""A project as it appears in lists: the home page, the project list, facet pages, related projects."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..content.model import Funding, PartialDate
from ..paths import project_path

if TYPE_CHECKING:
    from .views import ProjectPage


@dataclass(frozen=True)
class ProjectCard:
    """A project as it appears in lists: title, organisation, period, countries, summary.

    One per project and language, shown on many pages (the list, facet pages,
    related projects): what it computes is kept.
    """

    page: ProjectPage

    @property
    def id(self) -> str:
        return self.page.id

    @cached_property
    def path(self) -> str:
        return project_path(self.page.site, self.page.id, self.page.language)

    @cached_property
    def title(self) -> Markup:
        return self.page.title

    @cached_property
    def title_text(self) -> str:
        return self.page.title_text

    @cached_property
    def lang(self) -> str | None:
        return self.page.lang_of("title")

    @cached_property
    def summary_lang(self) -> str | None:
        return self.page.lang_of("summary")

    @cached_property
    def summary(self) -> Markup:
        return self.page.summary

    @cached_property
    def organisation(self) -> Markup:
        return self.page.organisation_name

    @cached_property
    def period(self) -> Markup | None:
        period = self.page.project.facts.period
        return self.page.l10n.period(period)[1] if period else None

    @cached_property
    def countries(self) -> str:
        return ", ".join(self.page.l10n.country(c) for c in self.page.project.facts.countries)

    @cached_property
    def data(self) -> dict[str, str]:
        """Facets as ``data-*`` attributes, for filtering the list in the browser."""
        facts = self.page.project.facts
        years = _years(facts.period.start if facts.period else None, facts.period.end if facts.period else None)
        return {
            "countries": " ".join(facts.countries),
            "topics": " ".join(facts.topics),
            "organisations": " ".join(dict.fromkeys((facts.organisation, *(partner.organisation for partner in facts.partners)))),
            # A programme is "<funder>.<programme>": the list filters by funder or by programme.
            "funders": " ".join(dict.fromkeys(token for f in facts.funding for token in _funding_tokens(f))),
            "status": facts.status or "",
            "years": " ".join(str(y) for y in years),
        }

    @cached_property
    def sort_key(self) -> tuple[Any, ...]:
        """Newest first: by end, then start; undated projects last; then by title."""
        period = self.page.project.facts.period
        latest = (period.end or period.start) if period else None
        newest = latest.last_day().toordinal() if latest else 0
        return (latest is None, -newest, self.title_text.casefold())


def _funding_tokens(funding: Funding) -> tuple[str, ...]:
    return (funding.funder, f"{funding.funder}.{funding.programme}") if funding.programme else (funding.funder,)


def _years(start: PartialDate | None, end: PartialDate | None) -> range:
    if start and end:
        return range(start.year, end.year + 1)
    known = start or end
    return range(known.year, known.year + 1) if known else range(0)

