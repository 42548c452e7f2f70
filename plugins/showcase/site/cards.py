"""A project as it appears in lists: the home page, the project list, facet pages, related projects.

Every list shows its projects through one partial (``partials/showcase/card.html``)
fed by :class:`ProjectCard`: a picture (the project's image, or a decorative
pattern drawn from its id), the title, the organisation, the status, the
period (:mod:`.periods`), the countries and the funders.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..content.model import Funding, PartialDate
from ..paths import project_path
from .markup import plain
from .periods import short_period
from .pictures import PictureView, card_image

if TYPE_CHECKING:
    from .views import ProjectPage

PLACEHOLDER_PATTERNS = 3
"""How many patterns the decorative placeholder comes in (``sc-card__picture--pattern-<n>`` in reader.css)."""


@dataclass(frozen=True)
class ProjectCard:
    """A project as it appears in lists.

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
        """The period written the one way every list writes it ("Oct 2023 – Sept 2025", "until Jan 2013")."""
        return short_period(self.page.l10n, self.page.project.facts.period)

    @property
    def status(self) -> str | None:
        """``ongoing`` or ``completed`` (the badge's class), None if not given."""
        return self.page.project.facts.status or None

    @cached_property
    def status_label(self) -> Markup | None:
        return plain(self.page.l10n.t(f"status_{self.status}")) if self.status else None

    @cached_property
    def countries(self) -> str:
        return ", ".join(self.page.l10n.country(c) for c in self.page.project.facts.countries)

    @cached_property
    def funders(self) -> Markup | None:
        """The funders' names (not their programmes), in the reader's language."""
        site, language = self.page.site, self.page.language
        ids = dict.fromkeys(funding.funder for funding in self.page.project.facts.funding)
        names = [plain(site.funders[funder].name.get(language, site.languages)) for funder in ids]
        return Markup(", ").join(names) if names else None

    @cached_property
    def image(self) -> PictureView | None:
        """The project's image, shown small and loaded lazily; None: the card draws its placeholder."""
        return card_image(self.page)

    @cached_property
    def placeholder(self) -> tuple[int, str]:
        """The decorative picture of a project without an image: (pattern, its CSS custom properties).

        Drawn by the stylesheet from two hues, an angle, a position and a size
        that the project's id gives, the same at every build: no file, no request, not a stock photo.
        """
        digest = hashlib.sha256(self.id.encode("utf-8")).digest()
        hue, angle = int.from_bytes(digest[:2], "big") % 360, 15 + digest[2] % 6 * 25
        second = (hue + 60 + digest[4] % 240) % 360
        x, size = 10 + digest[5] % 31, 12 + digest[6] % 13
        style = f"--sc-hue: {hue}; --sc-hue-2: {second}; --sc-angle: {angle}deg; --sc-x: {x}%; --sc-size: {size}%"
        return digest[3] % PLACEHOLDER_PATTERNS, style

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
        """Newest first, by the rule README states.

        Ongoing projects first, the latest started first (an ongoing project
        whose start is not known by its end); then the others by when they
        ended (or, with no end known, started), latest first. Within each of
        the two groups, projects with no date at all come last. Ties by title.
        """
        facts = self.page.project.facts
        period = facts.period
        ongoing = facts.status == "ongoing"
        anchor: PartialDate | None = None
        if period is not None:
            anchor = (period.start or period.end) if ongoing else (period.end or period.start)
        newest = anchor.last_day().toordinal() if anchor else 0
        return (not ongoing, anchor is None, -newest, self.title_text.casefold())


def _funding_tokens(funding: Funding) -> tuple[str, ...]:
    return (funding.funder, f"{funding.funder}.{funding.programme}") if funding.programme else (funding.funder,)


def _years(start: PartialDate | None, end: PartialDate | None) -> range:
    if start and end:
        return range(start.year, end.year + 1)
    known = start or end
    return range(known.year, known.year + 1) if known else range(0)
