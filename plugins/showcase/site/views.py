"""What templates show: one small view class per page kind.

Views are built from the content model for one language, with every string
already escaped or rendered (:class:`markupsafe.Markup`), so that templates only
lay things out and never need to escape. A value written in another language
than the page (a translation falling back to the original) carries that
language, for the ``lang`` attribute.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup

from ..content.merge import Texts as Texts
from ..content.model import PartialDate, Project, SiteContent
from ..paths import PROJECTS_PATH as PROJECTS_PATH
from ..paths import facet_path as facet_path
from ..paths import facet_slug as facet_slug
from ..paths import page_path as page_path
from ..paths import project_path as project_path
from . import pictures
from .cards import ProjectCard
from .display import Item as Item
from .display import Section as Section
from .display import project_facts, project_sections
from .fact_types import Fact as Fact
from .localize import Localizer, localizer
from .markup import plain, protect_emails, protected_email, render_markdown
from .pictures import PictureView
from .results import Results, TimelineEntry, keyed_text, project_results, project_timeline

# Texts, the addresses and the view classes above are imported from here by the other views and the adapter.


@dataclass(frozen=True)
class Figure:
    key: str
    value: str
    label: Markup
    lang: str | None = None


@dataclass(frozen=True)
class ContactView:
    id: str
    name: Markup | None
    role: Markup | None
    role_lang: str | None
    organisation: Markup | None
    phone: Markup | None
    phone_dial: str | None
    email: Markup | None
    address: Markup | None
    lang: str | None = None


@dataclass(frozen=True)
class LinkView:
    url: str
    label: Markup
    lang: str | None = None


def _lang_if_other(language: str, page_language: str) -> str | None:
    return language if language != page_language else None


@dataclass
class ProjectPage:
    """The view of one project in one language."""

    site: SiteContent
    project: Project
    language: str
    original_changed: dt.date | None = None
    """The day the original changed after this translation (from git), None if it did not."""
    l10n: Localizer = field(init=False)
    texts: Texts = field(init=False)

    def __post_init__(self) -> None:
        self.l10n = localizer(self.site, self.language)
        self.texts = Texts(self.project, self.language)

    # -- what the page is --------------------------------------------------
    @property
    def id(self) -> str:
        return self.project.id

    @property
    def is_fallback(self) -> bool:
        return self.texts.is_fallback

    @property
    def is_outdated(self) -> bool:
        """A translation whose original changed after it (never the original, never a fallback)."""
        return self.original_changed is not None and not self.is_fallback and self.language != self.original_language

    @property
    def original_language(self) -> str:
        return self.project.facts.original_language

    @property
    def original_language_name(self) -> str:
        return self.l10n.language_name(self.original_language)

    @property
    def original_path(self) -> str:
        return project_path(self.site, self.project.id, self.original_language)

    @property
    def notice(self) -> Markup | None:
        """The notice telling the reader the page is (partly) not in their language."""
        if self.is_fallback:
            return plain(self.l10n.t("fallback_notice", language=self.original_language_name))
        if self.is_outdated:
            assert self.original_changed is not None
            changed = PartialDate(self.original_changed.year, self.original_changed.month, self.original_changed.day)
            return plain(self.l10n.t("outdated_notice", language=self.original_language_name, date=self.l10n.date(changed)))
        if self.texts.missing_fields:
            return plain(self.l10n.t("partial_notice", language=self.original_language_name))
        return None

    @property
    def read_original(self) -> Markup:
        return plain(self.l10n.t("read_original", language=self.original_language_name))

    @property
    def content_lang(self) -> str | None:
        """``lang`` of the page body when it is not the page's language."""
        return _lang_if_other(self.texts.language_of("body"), self.language)

    def markdown(self, text: str, inline: bool = True) -> Markup:
        """A Markdown field as HTML, e-mail addresses protected like contacts'."""
        return Markup(protect_emails(render_markdown(text, inline), self.l10n.t("email_at")))

    def lang_of(self, name: str) -> str | None:
        return _lang_if_other(self.texts.language_of(name), self.language)

    def mark(self, name: str) -> Markup:
        """The visible mark of a field of a translation shown in the original's language ("in Bulgarian"), or nothing.

        A page with no translation at all says so once, in its notice; its fields are not marked one by one.
        """
        language = self.lang_of(name)
        if language is None or self.is_fallback:
            return Markup("")
        return Markup(' <span class="sc-lang-mark" lang="{}">{}</span>').format(self.language, self.l10n.in_language(language))

    # -- header ------------------------------------------------------------
    @property
    def title_text(self) -> str:
        return str(self.texts.get("title"))

    @property
    def title(self) -> Markup:
        return plain(self.texts.get("title"))

    @property
    def subtitle(self) -> Markup | None:
        value = self.texts.get("subtitle")
        return plain(value) if value else None

    @property
    def summary_text(self) -> str:
        return str(self.texts.get("summary"))

    @property
    def summary(self) -> Markup:
        return plain(self.texts.get("summary"))

    @property
    def organisation_name(self) -> Markup:
        return plain(self.site.organisations[self.project.facts.organisation].name.get(self.language, self.site.languages))

    # -- key facts ---------------------------------------------------------
    def _organisation(self, org_id: str) -> Markup:
        organisation = self.site.organisations[org_id]
        name = plain(organisation.name.get(self.language, self.site.languages))
        if organisation.website:
            return Markup('<a href="{}">{}</a>').format(organisation.website, name)
        return name

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        """The key facts box: every field declared ``page=Fact(...)`` that has a value."""
        return project_facts(self)

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        figures = []
        for key, value in self.project.facts.figures.items():
            label, lang = keyed_text(self, "figures", key)
            figures.append(Figure(key, self.l10n.number(value), plain(label), lang))
        return tuple(figures)

    @cached_property
    def results(self) -> Results | None:
        """The indicators (``indicators`` in project.yml and the language files) as a table, or None."""
        return project_results(self)

    @cached_property
    def timeline(self) -> tuple[TimelineEntry, ...]:
        """The project's dated events, earliest first."""
        return project_timeline(self)

    # -- sections ----------------------------------------------------------
    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The sections of the page (fields declared ``page=Section(...)``) that have content, in reading order."""
        return project_sections(self)

    @property
    def has_body(self) -> bool:
        return bool(self.texts.get("body").strip())

    @cached_property
    def contacts(self) -> tuple[ContactView, ...]:
        roles = self.texts.get("contacts")
        at_word = self.l10n.t("email_at")
        views = []
        for contact in self.project.facts.contacts:
            address = None
            if contact.address:
                address = plain(contact.address)
                if contact.country:
                    address = Markup("{}, {}").format(address, self.l10n.country(contact.country))
            views.append(
                ContactView(
                    id=contact.id,
                    name=plain(contact.name) if contact.name else None,
                    role=plain(roles[contact.id]) if contact.id in roles else None,
                    role_lang=self.lang_of("contacts"),
                    organisation=self._organisation(contact.organisation) if contact.organisation else None,
                    phone=plain(contact.phone.text) if contact.phone else None,
                    phone_dial=contact.phone.dial if contact.phone else None,
                    email=protected_email(contact.email, at_word) if contact.email else None,
                    address=address,
                )
            )
        return tuple(views)

    @cached_property
    def links(self) -> tuple[LinkView, ...]:
        labels = self.texts.get("links")
        return tuple(
            LinkView(url, plain(labels.get(key) or url.split("://", 1)[-1].rstrip("/")), self.lang_of("links") if key in labels else None)
            for key, url in self.project.facts.links.items()
        )

    @cached_property
    def acknowledgements(self) -> tuple[tuple[Markup, str | None], ...]:
        """The funders' acknowledgements (or the project's own), with their language."""
        own = self.texts.get("acknowledgement")
        if own:
            return ((plain(own), self.lang_of("acknowledgement")),)
        result = []
        for funding in self.project.facts.funding:
            text = self.site.funders[funding.funder].acknowledgement
            if text is not None:
                result.append((plain(text.get(self.language, self.site.languages)), None))
        return tuple(dict.fromkeys(result))

    # -- pictures and documents ---------------------------------------------
    @cached_property
    def image(self) -> PictureView | None:
        """The image at the top of the page, or None."""
        return pictures.header_image(self)

    @property
    def image_credit(self) -> Markup | None:
        """Who made the image at the top, for its caption."""
        credit = self.project.facts.image_credit
        return plain(credit) if credit and self.project.facts.image else None

    @cached_property
    def gallery(self) -> tuple[pictures.GalleryItem, ...]:
        return pictures.gallery(self)

    @cached_property
    def documents(self) -> tuple[pictures.DocumentView, ...]:
        return pictures.documents(self)

    @cached_property
    def logos(self) -> tuple[pictures.LogoView, ...]:
        """The logos of the organisation and the partners that have one."""
        return pictures.logos(self)

    @cached_property
    def emblems(self) -> tuple[PictureView, ...]:
        """The emblems of the funders that have one, shown with the acknowledgement."""
        return pictures.emblems(self)

    @property
    def card(self) -> ProjectCard:
        return ProjectCard(self)
