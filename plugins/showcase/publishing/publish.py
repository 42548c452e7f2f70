"""Publishing the built site at any address: links, the CNAME file, 404 pages.

The site must work unchanged at a domain root (``https://example.org/``) and
under a project path (``https://ORG.github.io/REPO/``), with ``site_url`` the
only setting that differs. Pages therefore link relatively; only the 404 pages,
which a server shows at any depth, use absolute paths (from ``site_url``).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlsplit

from markupsafe import Markup

from ..content.model import PartialDate
from ..paths import language_prefix
from ..site.localize import Localizer
from ..site.markup import EMAIL_RE, plain, protected_email

NOT_FOUND_PAGE = "404.html"


def base_path(site_url: str | None) -> str:
    """The URL path the site lives under: ``"/"`` or ``"/REPO/"``."""
    path = urlsplit(site_url or "").path.strip("/")
    return f"/{path}/" if path else "/"


def site_relative(link: str, site_url: str | None) -> str:
    """``link`` as a path relative to the site root, when it is an absolute path into the site.

    mkdocs-static-i18n gives the language switcher absolute paths (``/en/``,
    ``/REPO/en/``), which break as soon as the site is served at another path
    than ``site_url`` says. Relative to the site root, MkDocs' ``url`` filter
    turns them into page-relative links. The site root itself becomes ``./``.
    Other links (``https://...``, already relative) are returned unchanged.
    """
    base = base_path(site_url)
    if not link.startswith("/") or link.startswith("//"):
        return link
    if not link.startswith(base):
        if link + "/" != base:
            return link
        link = base
    return link[len(base) :] or "./"


def cname(site_url: str | None, setting: str | None = None) -> str | None:
    """The host to write into a ``CNAME`` file, or None for no file.

    ``setting`` (the plugin's ``cname`` option) decides when given: a host
    name, or ``""`` for no file. Otherwise the host comes from ``site_url``
    when that is a custom domain at its root: not ``*.github.io``, not a local
    or IP address, no sub-path (GitHub Pages serves a custom domain at ``/``).
    """
    if setting is not None:
        return setting.strip() or None
    parts = urlsplit(site_url or "")
    host = parts.hostname
    if parts.scheme not in {"http", "https"} or not host or parts.path.strip("/"):
        return None
    if host == "localhost" or host.endswith(".github.io") or host == "github.io" or "." not in host:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host
    return None


@dataclass(frozen=True)
class NotFound:
    """What a 404 page needs: its language and every language's 404 page.

    GitHub Pages answers every missing path with the one ``404.html`` at the
    site root (Czech). Its script finds the language in the missing path
    (``/en/...``, ``/REPO/bg/...``) and shows that language's 404 page in place,
    keeping the mistyped address in the address bar.
    """

    language: str
    default_language: str
    languages: tuple[str, ...]
    base_path: str

    def page_url(self, language: str) -> str:
        """Absolute path of the 404 page of ``language``."""
        return f"{self.home_url(language)}{NOT_FOUND_PAGE}"

    def home_url(self, language: str) -> str:
        return f"{self.base_path}{language_prefix(language, self.default_language)}"

    @property
    def script_data(self) -> Markup:
        """The script's settings as JSON, safe inside a ``<script>`` element."""
        pages = {lang: self.page_url(lang) for lang in self.languages if lang != self.default_language}
        data = {"base": self.base_path, "lang": self.language, "pages": pages}
        # "<" escaped: no "</script>" can end the element early.
        return Markup(json.dumps(data, ensure_ascii=False).replace("<", "\\u003c"))

    def alternates(self, names: Mapping[str, str]) -> list[dict[str, str]]:
        """Material's language switcher entries: each language's home page."""
        return [{"name": names[lang], "link": self.home_url(lang), "lang": lang} for lang in self.languages]


@dataclass(frozen=True)
class AccessibilityStatement:
    """The parts of the accessibility statement set once for all languages.

    The statement's text is Markdown (``content/accessibility.<lang>.md``); the
    contact address and the date live in ``mkdocs.yml`` (``extra.accessibility``)
    so that the owners change them in one place.
    """

    l10n: Localizer
    contact_email: str | None
    statement_date: dt.date | None

    FEEDBACK_ID: ClassVar[str] = "a11y-feedback"
    PREPARED_ID: ClassVar[str] = "a11y-prepared"

    @classmethod
    def from_config(cls, l10n: Localizer, settings: object) -> AccessibilityStatement:
        """From ``extra.accessibility``; raises ValueError naming what is wrong."""
        if settings is None:
            settings = {}
        if not isinstance(settings, Mapping):
            raise ValueError("mkdocs.yml: extra.accessibility: expected a mapping with contact_email and statement_date")
        email = settings.get("contact_email")
        if email is not None and (not isinstance(email, str) or not EMAIL_RE.fullmatch(email.strip())):
            raise ValueError(f"mkdocs.yml: extra.accessibility.contact_email: {email!r} is not an e-mail address")
        day = settings.get("statement_date")
        if day is not None and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
            raise ValueError(f"mkdocs.yml: extra.accessibility.statement_date: {day!r} is not a date (YYYY-MM-DD)")
        return cls(l10n, email.strip() if email else None, day)

    @property
    def contact(self) -> Markup | None:
        """The contact address, protected from harvesters like every other one."""
        return protected_email(self.contact_email, self.l10n.t("email_at")) if self.contact_email else None

    @property
    def prepared(self) -> Markup | None:
        """"Prepared on <date>" in the page's language, the date in a ``<time>``."""
        if self.statement_date is None:
            return None
        day = self.statement_date
        return plain(self.l10n.t("a11y_prepared_text")).format(date=self.l10n.time(PartialDate(day.year, day.month, day.day)))
