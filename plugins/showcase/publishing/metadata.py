"""What a page tells search engines and social networks about itself.

For one page in one language: its canonical address and its ``hreflang``
alternates (the same ones go into ``sitemap.xml``), its Open Graph and Twitter
card fields, and its schema.org description as JSON-LD. No MkDocs here: the
adapter says which page it is (:class:`PageAddress`) and puts the results into
the templates.

Addresses are absolute, made from the site's ``site_url``. Without a
``site_url`` (a local preview) nothing that needs an absolute address is
produced: no canonical, no alternates, no ``og:url``/``og:image``, no
``url``/``image`` in JSON-LD, no sitemap.

A *fallback* page (a language the project has no text in, shown in the
original) is not a version of its own: its canonical is the original, it lists
no alternates and no page lists it as one, and it stays out of the sitemap.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from markupsafe import Markup

from ..content.merge import Texts
from ..content.model import Organisation, SiteContent

# absolute_url is also this module's: other modules import it from here.
from ..paths import absolute_url as absolute_url
from ..paths import page_path, project_path
from ..site.localize import BABEL_LOCALES
from ..site.views import ProjectPage
from . import media_meta
from .records import json_number
from .safe_formats import scrub_xml_tree

DEFAULT_IMAGE = "assets/images/social-card.png"
"""The image shared for pages without one of their own (site-relative)."""
DEFAULT_IMAGE_SIZE = (1200, 630)

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def og_locale(language: str) -> str:
    """``cs`` → ``cs_CZ``: the form Open Graph wants."""
    return BABEL_LOCALES.get(language, language)


@dataclass(frozen=True)
class PageAddress:
    """Which page this is: the same page exists at ``base`` in every language.

    ``base`` is the page's address without the language prefix
    (``projects/roma-net/``); ``translated`` are the languages that have a text
    of their own for it; ``original`` is the language to send readers and
    search engines to when this language has none.
    """

    site: SiteContent
    base: str
    language: str
    translated: tuple[str, ...]
    original: str
    indexable: bool = True
    """False for pages not meant for search engines (404, ``robots: noindex``)."""

    @property
    def is_fallback(self) -> bool:
        return self.language not in self.translated

    def path(self, language: str | None = None) -> str:
        """The site-relative address of this page in ``language`` (default: its own)."""
        return page_path(self.site, language or self.language, self.base)


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


@dataclass(frozen=True)
class HeadLinks:
    """The canonical address and ``hreflang`` alternates of a page."""

    canonical: str | None = None
    alternates: tuple[Alternate, ...] = ()


def head_links(address: PageAddress, site_url: str) -> HeadLinks:
    """Canonical and alternates of a page, as in its ``<head>`` and in the sitemap.

    Every translated version lists every translated version (itself included)
    and ``x-default``: the default language's version, or the original when the
    default language has none.
    """
    if not site_url or not address.indexable:
        return HeadLinks()

    def url(language: str) -> str:
        return str(absolute_url(site_url, address.path(language)))

    if address.is_fallback:
        return HeadLinks(canonical=url(address.original))
    languages = [lang for lang in address.site.languages if lang in address.translated]
    alternates = [Alternate(lang, url(lang)) for lang in languages]
    if len(languages) > 1:
        default = address.site.default_language
        alternates.append(Alternate("x-default", url(default if default in languages else address.original)))
    return HeadLinks(canonical=url(address.language), alternates=tuple(alternates))


# -- Open Graph / Twitter ------------------------------------------------------


@dataclass(frozen=True)
class SocialImage:
    url: str
    alt: str
    width: int | None = None
    height: int | None = None


def project_image(view: ProjectPage, site_url: str) -> SocialImage | None:
    """The project's own image (the copy nearest the width social networks show) with its description in the page's language, or None."""
    shared = media_meta.shared_copy(view)
    url = absolute_url(site_url, shared.path) if shared else None
    if url is None or shared is None:
        return None
    return SocialImage(url, str(view.texts.get("image_alt") or ""), shared.width, shared.height)


def default_image(site_url: str, alt: str) -> SocialImage | None:
    url = absolute_url(site_url, DEFAULT_IMAGE)
    return SocialImage(url, alt, *DEFAULT_IMAGE_SIZE) if url else None


@dataclass(frozen=True)
class SocialMeta:
    """Open Graph (``property=``) and Twitter (``name=``) fields of a page, in order."""

    properties: tuple[tuple[str, str], ...] = ()
    names: tuple[tuple[str, str], ...] = ()


def social_meta(
    address: PageAddress,
    links: HeadLinks,
    *,
    title: str,
    description: str,
    site_name: str,
    image: SocialImage | None,
    kind: str = "website",
) -> SocialMeta:
    """Open Graph and Twitter card fields.

    ``og:locale`` is the language the title and description are written in
    (the original's on a fallback page); ``og:locale:alternate`` the other
    translated versions.
    """
    content_language = address.original if address.is_fallback else address.language
    props: list[tuple[str, str]] = [
        ("og:type", kind),
        ("og:site_name", site_name),
        ("og:title", title),
        ("og:description", description),
        ("og:locale", og_locale(content_language)),
    ]
    if not address.is_fallback:
        props += [("og:locale:alternate", og_locale(lang)) for lang in address.translated if lang != address.language]
    if links.canonical:
        props.append(("og:url", links.canonical))
    names: list[tuple[str, str]] = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title),
        ("twitter:description", description),
    ]
    if image:
        props += [("og:image", image.url), ("og:image:alt", image.alt)]
        if image.width and image.height:
            props += [("og:image:width", str(image.width)), ("og:image:height", str(image.height))]
        names += [("twitter:image", image.url), ("twitter:image:alt", image.alt)]
    return SocialMeta(tuple(props), tuple(names))


# -- JSON-LD ---------------------------------------------------------------------


def _organisation(site: SiteContent, organisation: Organisation, language: str, site_url: str = "") -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Organization", "name": organisation.name.get(language, site.languages)}
    if organisation.website:
        data["url"] = organisation.website
    if organisation.country:
        data["address"] = {"@type": "PostalAddress", "addressCountry": organisation.country}
        seat = organisation.seat
        if seat is not None:
            data["address"]["addressLocality"] = seat.city(language)
            if seat.lat is not None and seat.lon is not None:
                data["location"] = place_jsonld(seat.city(language), organisation.country, seat.lat, seat.lon)
    if logo := media_meta.logo_url(site, organisation, site_url):
        data["logo"] = logo
    return data


def place_jsonld(name: str, country: str, lat: float | None, lon: float | None, region: str | None = None) -> dict[str, Any]:
    """A schema.org ``Place``: its name, its country (and region) and its ``GeoCoordinates`` when known."""
    address: dict[str, Any] = {"@type": "PostalAddress", "addressCountry": country}
    if region:
        address["addressRegion"] = region
    place: dict[str, Any] = {"@type": "Place", "name": name, "address": address}
    if lat is not None and lon is not None:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
    return place


def project_jsonld(view: ProjectPage, links: HeadLinks, site_url: str = "") -> dict[str, Any]:
    """The project as a schema.org ``Project`` inside the ``WebPage`` that shows it.

    ``Project`` is a kind of ``Organization``: the period is its founding and
    dissolution date, the organisation that runs it its parent organisation,
    the partners its members. E-mail addresses are left out: the page hides them
    from harvesters, and JSON-LD is as easy to harvest as text.
    """
    site, project, language = view.site, view.project, view.language
    facts = project.facts
    content_language = view.texts.language_of("title")
    page_id = f"{links.canonical}#webpage" if links.canonical else None
    item: dict[str, Any] = {"@type": "Project", "name": view.title_text, "description": view.summary_text}
    if links.canonical:
        item["@id"] = f"{links.canonical}#project"
        item["url"] = links.canonical
    if view.texts.get("subtitle"):
        item["slogan"] = str(view.texts.get("subtitle"))
    item.update(media_meta.project_media(view, site_url))  # image, subjectOf
    if facts.period and facts.period.start:
        item["foundingDate"] = facts.period.start.iso()
    if facts.period and facts.period.end:
        item["dissolutionDate"] = facts.period.end.iso()
    item["parentOrganization"] = _organisation(site, site.organisations[facts.organisation], language, site_url)
    members = [p.organisation for p in facts.partners if p.organisation != facts.organisation]  # the lead is the parent
    if members:
        item["member"] = [_organisation(site, site.organisations[member], language, site_url) for member in members]
    if facts.funding:
        funders = list(dict.fromkeys(f.funder for f in facts.funding))
        item["funder"] = [{"@type": "Organization", "name": site.funders[f].name.get(language, site.languages)} for f in funders]
        grants = []
        for funding in facts.funding:
            funder = site.funders[funding.funder]
            # A MonetaryGrant when the sum is known, a Grant otherwise.
            grant: dict[str, Any] = {
                "@type": "MonetaryGrant" if funding.amount else "Grant",
                "funder": {"@type": "Organization", "name": funder.name.get(language, site.languages)},
            }
            if funding.programme:
                grant["name"] = funder.programmes[funding.programme].name.get(language, site.languages)
            if facts.registration_number:
                grant["identifier"] = facts.registration_number
            if funding.amount:
                grant["amount"] = {"@type": "MonetaryAmount", "value": json_number(funding.amount.amount), "currency": funding.amount.currency}
            grants.append(grant)
        item["funding"] = grants
    areas: list[dict[str, Any]] = [
        {"@type": "Country", "name": site.country_name(code, language), "identifier": code} for code in facts.countries
    ]
    areas += [place_jsonld(place.name(language), place.country, place.lat, place.lon, place.region(language)) for place in facts.places]
    item["areaServed"] = areas
    if facts.topics:
        item["keywords"] = [site.topics[t].name.get(language, site.languages) for t in facts.topics]
    roles = view.texts.get("contacts")
    points = []
    for contact in facts.contacts:
        if contact.phone is None:
            continue  # a ContactPoint without e-mail or phone says nothing usable
        point: dict[str, Any] = {"@type": "ContactPoint", "telephone": contact.phone.dial}
        if contact.name:
            point["name"] = contact.name
        if contact.id in roles:
            point["contactType"] = roles[contact.id]
        points.append(point)
    if points:
        item["contactPoint"] = points
    page: dict[str, Any] = {
        "@type": "WebPage",
        "name": view.title_text,
        "inLanguage": content_language,
        "about": {"@id": item["@id"]} if "@id" in item else item,
    }
    if page_id:
        page["@id"] = page_id
        page["url"] = links.canonical
        return {"@context": "https://schema.org", "@graph": [page, item]}
    return {"@context": "https://schema.org", **page}


def organisation_jsonld(
    site: SiteContent, organisation_id: str, language: str, links: HeadLinks, site_url: str
) -> dict[str, Any]:
    """An organisation as schema.org ``Organization``, with the projects it runs.

    For the page of an organisation (``organisations/<id>/``).
    """
    data = {"@context": "https://schema.org", **_organisation(site, site.organisations[organisation_id], language, site_url)}
    if links.canonical:
        data["@id"] = f"{links.canonical}#organization"
        data["mainEntityOfPage"] = links.canonical
    runs = [p for p in site.projects if p.facts.organisation == organisation_id]
    if runs:
        projects = []
        for project in runs:
            entry: dict[str, Any] = {"@type": "Project", "name": str(Texts(project, language).get("title"))}
            url = absolute_url(site_url, project_path(site, project.id, language))
            if url:
                entry["url"] = url
            projects.append(entry)
        data["subOrganization"] = projects
    return data


def jsonld_script(data: dict[str, Any]) -> Markup:
    """``data`` as a ``<script type="application/ld+json">`` that no text can break out of."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # "</script>" or "<!--" in a title must not end or confuse the script element.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup('<script type="application/ld+json">{}</script>').format(Markup(text))


# -- the whole page ----------------------------------------------------------------


@dataclass(frozen=True)
class PageMeta:
    """Everything the ``<head>`` of a page gets from this module."""

    address: PageAddress
    links: HeadLinks
    social: SocialMeta
    jsonld: tuple[Markup, ...] = ()
    """``<script type="application/ld+json">`` elements."""
    feeds: tuple[tuple[str, str], ...] = ()
    """(title, address) of the Atom feeds the page advertises."""
    data_json: str | None = None
    """Site-relative path of the page's data as JSON (project pages)."""


# -- sitemap -------------------------------------------------------------------------


def sitemap_xml(pages: Iterable[HeadLinks]) -> bytes:
    """A sitemap of the pages (their canonical and alternates), each listed once.

    Only translated, indexable pages belong here: pass the :func:`head_links`
    of pages whose canonical is themselves.
    """
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    seen: set[str] = set()
    for links in sorted(pages, key=lambda p: p.canonical or ""):
        if not links.canonical or links.canonical in seen:
            continue
        seen.add(links.canonical)
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = links.canonical
        for alternate in links.alternates:
            ET.SubElement(
                url, f"{{{XHTML_NS}}}link", {"rel": "alternate", "hreflang": alternate.hreflang, "href": alternate.href}
            )
    ET.indent(scrub_xml_tree(urlset))
    return bytes(ET.tostring(urlset, encoding="utf-8", xml_declaration=True)) + b"\n"
