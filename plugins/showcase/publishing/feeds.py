"""Atom feeds of the newest projects, one per language.

"Newest" is decided by the content alone, so that the same content always gives
the same feed: a project's date is the start of its period (the end when only
the end is known), and the newest come first; projects with no date at all are
not in the feed. An entry's ``published`` and ``updated`` are that date.

Each entry is in the feed's language; a project with no text in it shows the
original, with the notice the page shows, and says its language (``xml:lang``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from ..content.model import PartialDate, Project, SiteContent
from ..paths import page_path, project_path
from ..site.localize import localizer
from ..site.markup import plain
from .metadata import absolute_url
from .safe_formats import scrub_xml_tree

if TYPE_CHECKING:
    from ..site.pages.registry import SitePages

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_FILE = "feed.xml"
FEED_SIZE = 20


def feed_path(site: SiteContent, language: str) -> str:
    """``feed.xml``, ``en/feed.xml``, ``bg/feed.xml``."""
    return page_path(site, language, FEED_FILE)


def feed_title(site: SiteContent, language: str, site_name: str) -> str:
    """"Latest projects – <site name>", in ``language``."""
    return f"{localizer(site, language).t('latest_projects')} – {site_name}"


def project_date(project: Project) -> PartialDate | None:
    """The date that places a project in the feed: its start, else its end."""
    period = project.facts.period
    if period is None:
        return None
    return period.start or period.end


def newest_projects(site: SiteContent, limit: int = FEED_SIZE) -> list[Project]:
    """Dated projects, newest first (ties by id), at most ``limit``."""
    dated = [(date, p) for p in site.projects if (date := project_date(p)) is not None]
    dated.sort(key=lambda item: (-item[0].first_day().toordinal(), item[1].id))
    return [p for _, p in dated[:limit]]


def _timestamp(date: PartialDate) -> str:
    return dt.datetime.combine(date.first_day(), dt.time(), dt.UTC).isoformat().replace("+00:00", "Z")


def _href(site_url: str, path: str, feed: str) -> str:
    """Absolute with a ``site_url``; else relative to the feed's own address."""
    url = absolute_url(site_url, path)
    if url:
        return url
    depth = feed.count("/")
    return "../" * depth + path


def _id(site_url: str, path: str) -> str:
    """The page's address, or without a ``site_url`` a stable ``urn:uuid`` made from it."""
    return absolute_url(site_url, path) or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'showcase:' + path)}"


def atom_feed(
    pages: SitePages, language: str, *, site_url: str, site_name: str, licence: str | None = None
) -> bytes:
    """The Atom feed of the newest projects in ``language``; each entry says what the project's page says."""
    ET.register_namespace("", ATOM_NS)
    site = pages.site

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    path = feed_path(site, language)
    projects = newest_projects(site)
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {XML_LANG: language})
    home = page_path(site, language, "")
    sub(feed, "id", _id(site_url, path))
    views = [pages.project_page(p.id, language) for p in projects]
    sub(feed, "title", feed_title(site, language, site_name))
    sub(feed, "link", rel="self", type="application/atom+xml", href=_href(site_url, path, path))
    sub(feed, "link", rel="alternate", type="text/html", hreflang=language, href=_href(site_url, home, path))
    dates = [project_date(p) for p in projects]
    newest = max((d.first_day() for d in dates if d), default=dt.date(1970, 1, 1))
    sub(feed, "updated", _timestamp(PartialDate(newest.year, newest.month, newest.day)))
    author = sub(feed, "author")
    sub(author, "name", site_name)
    if licence:
        sub(feed, "rights", licence)
    for view, date in zip(views, dates, strict=True):
        assert date is not None
        entry = sub(feed, "entry")
        page = project_path(site, view.id, language)
        text_language = view.texts.language_of("title")
        sub(entry, "id", _id(site_url, page))
        entry_title = sub(entry, "title", view.title_text)
        if text_language != language:
            entry_title.set(XML_LANG, text_language)
        sub(entry, "link", rel="alternate", type="text/html", hreflang=language, href=_href(site_url, page, path))
        sub(entry, "published", _timestamp(date))
        sub(entry, "updated", _timestamp(date))
        entry_author = sub(entry, "author")
        sub(entry_author, "name", str(view.organisation_name.unescape()))
        for topic in view.project.facts.topics:
            sub(entry, "category", term=topic, label=site.topics[topic].name.get(language, site.languages))
        summary = sub(entry, "summary", view.summary_text)
        summary_language = view.texts.language_of("summary")
        if summary_language != language:
            summary.set(XML_LANG, summary_language)
        parts = []
        if view.notice:
            parts.append(f"<p>{view.notice}</p>")
        lang = f' lang="{summary_language}"' if summary_language != language else ""
        parts.append(f"<p{lang}>{plain(view.summary_text)}</p>")
        sub(entry, "content", "".join(parts), type="html")
    ET.indent(scrub_xml_tree(feed))
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True)) + b"\n"
