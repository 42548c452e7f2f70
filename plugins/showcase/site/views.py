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
from typing import Any

from markupsafe import Markup

from ..content.model import TEXT_FIELDS, PartialDate, Project, ProjectTexts, SiteContent
from .addresses import PROJECTS_PATH as PROJECTS_PATH
from .addresses import facet_path as facet_path
from .addresses import facet_slug as facet_slug
from .addresses import project_path as project_path
from .cards import ProjectCard
from .localize import Localizer, localizer
from .markup import plain, protect_emails, protected_email, render_markdown


@dataclass(frozen=True)
class Texts:
    """The texts of a project in one language, falling back field by field.

    Like a Lektor translation: each field of the language's file overlays the
    original; what the translation leaves out is taken from the original.
    """

    project: Project
    language: str

    @property
    def translation(self) -> ProjectTexts | None:
        """The file of this language; None if there is none or nothing is written in it yet."""
        translation = self.project.texts.get(self.language)
        return None if translation is None or translation.is_empty else translation

    def source(self, name: str) -> ProjectTexts:
        """The file that provides field ``name`` for this language."""
        translation = self.translation
        if translation is not None and translation.has(name):
            return translation
        return self.project.original

    def get(self, name: str) -> Any:
        return getattr(self.source(name), name)

    def language_of(self, name: str) -> str:
        return self.source(name).language

    @property
    def is_fallback(self) -> bool:
        """No file in this language: the whole page shows the original."""
        return self.translation is None

    @property
    def missing_fields(self) -> tuple[str, ...]:
        """Fields the original has and an existing translation lacks."""
        if self.translation is None or self.language == self.project.facts.original_language:
            return ()
        return tuple(
            name for name in TEXT_FIELDS if self.project.original.has(name) and not self.translation.has(name)
        )


@dataclass(frozen=True)
class Fact:
    key: str
    label: str
    values: tuple[Markup, ...]
    lang: str | None = None
    paths: tuple[str | None, ...] = ()
    """Site-relative address each value links to (facet pages), if any."""

    @property
    def linked(self) -> tuple[tuple[Markup, str | None], ...]:
        """(value, path or None) pairs, for templates."""
        return tuple((value, self.paths[i] if i < len(self.paths) else None) for i, value in enumerate(self.values))


@dataclass(frozen=True)
class Figure:
    key: str
    value: str
    label: Markup
    lang: str | None = None


@dataclass(frozen=True)
class Item:
    """One entry of a list section: a title (optional) and a text (optional)."""

    text: Markup
    title: Markup | None = None


@dataclass(frozen=True)
class Section:
    """A titled part of a project page; ``groups`` holds lists under subheadings."""

    id: str
    heading: str
    lang: str | None
    kind: str
    items: tuple[Item, ...] = ()
    groups: tuple[tuple[str, str, tuple[Item, ...]], ...] = ()


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


@dataclass(frozen=True)
class ImageView:
    """The project's image: its site-relative path and its description."""

    path: str
    alt: Markup
    alt_lang: str | None = None


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

    def _markdown_items(self, values: tuple[str, ...]) -> tuple[Item, ...]:
        return tuple(Item(self.markdown(value)) for value in values)

    def lang_of(self, name: str) -> str | None:
        return _lang_if_other(self.texts.language_of(name), self.language)

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

    def _name(self, names: Any, value_id: str) -> Markup:
        return plain(names[value_id].name.get(self.language, self.site.languages))

    def _facet_fact(self, key: str, kind: str, names: tuple[Markup, ...], ids: tuple[str, ...]) -> Fact:
        """A fact whose values link to their facet pages (``topics/<id>/``...)."""
        paths = tuple(facet_path(self.site, kind, value, self.language) for value in ids)
        return Fact(key, self.l10n.t(key), names, paths=paths)

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        f = self.project.facts
        t = self.l10n.t
        organisations = self.site.organisations
        rows: list[Fact] = [
            self._facet_fact("organisation", "organisations", (self._name(organisations, f.organisation),), (f.organisation,))
        ]
        if f.partners:
            names = tuple(self._name(organisations, p) for p in f.partners)
            rows.append(self._facet_fact("partners", "organisations", names, f.partners))
        if f.funding:
            values = []
            for funding in f.funding:
                funder = self.site.funders[funding.funder]
                text = plain(funder.name.get(self.language, self.site.languages))
                if funding.programme:
                    programme = funder.programmes[funding.programme].name.get(self.language, self.site.languages)
                    text = Markup("{} – {}").format(text, programme)
                values.append(text)
            rows.append(self._facet_fact("funding", "funders", tuple(values), tuple(x.funder for x in f.funding)))
        if f.registration_number:
            rows.append(Fact("registration_number", t("registration_number"), (plain(f.registration_number),)))
        if f.identifier:
            rows.append(Fact("identifier", t("identifier"), (plain(f.identifier),)))
        if f.period:
            label, value = self.l10n.period(f.period)
            rows.append(Fact("period", label, (value,)))
        if f.status:
            rows.append(Fact("status", t("status"), (plain(t(f"status_{f.status}")),)))
        countries = tuple(plain(self.l10n.country(code)) for code in f.countries)
        rows.append(self._facet_fact("countries", "countries", countries, f.countries))
        scope = self.texts.get("geographic_scope")
        if scope:
            rows.append(Fact("geographic_scope", "", (plain(scope),), self.lang_of("geographic_scope")))
        places = self.texts.get("places")
        if places:
            rows.append(Fact("places", t("places"), tuple(plain(p) for p in places), self.lang_of("places")))
        if f.topics:
            names = tuple(self._name(self.site.topics, x) for x in f.topics)
            rows.append(self._facet_fact("topics", "topics", names, f.topics))
        rows.append(Fact("original_language", t("original_language"), (plain(self.original_language_name),)))
        return tuple(rows)

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        labels = self.texts.get("figures")
        return tuple(
            Figure(key, self.l10n.number(value), plain(labels.get(key, key)), self.lang_of("figures"))
            for key, value in self.project.facts.figures.items()
        )

    # -- sections ----------------------------------------------------------
    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The list sections of the page that have content, in reading order."""
        t = self.l10n.t
        sections: list[Section] = []
        for name in ("goals", "target_groups"):
            values = self.texts.get(name)
            if values:
                sections.append(Section(name.replace("_", "-"), t(name), self.lang_of(name), "list", self._markdown_items(values)))
        activities = self.texts.get("activities")
        if activities:
            items = tuple(
                Item(self.markdown(a.text, inline=False) if a.text else Markup(""), plain(a.title)) for a in activities
            )
            sections.append(Section("activities", t("activities"), self.lang_of("activities"), "titled", items))
        findings = self.texts.get("findings")
        if findings:
            groups = tuple(
                (kind, t(kind), self._markdown_items(getattr(findings, kind)))
                for kind in ("benefits", "challenges", "lessons")
                if getattr(findings, kind)
            )
            sections.append(Section("findings", t("findings"), self.lang_of("findings"), "groups", groups=groups))
        quotes = self.texts.get("quotes")
        if quotes:
            items = tuple(Item(plain(q.text), plain(q.attribution)) for q in quotes)
            sections.append(Section("quotes", t("quotes"), self.lang_of("quotes"), "quotes", items))
        return tuple(sections)

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

    @property
    def image(self) -> ImageView | None:
        """The project's image (one copy for all languages), or None."""
        image = self.project.facts.image
        if not image:
            return None
        alt = self.texts.get("image_alt") or ""
        return ImageView(f"{PROJECTS_PATH}/{self.id}/{image}", plain(alt), self.lang_of("image_alt"))

    @property
    def card(self) -> ProjectCard:
        return ProjectCard(self)
