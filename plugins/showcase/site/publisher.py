"""Who publishes the site: named in every page's footer, reached through the About page.

Set once, in ``mkdocs.yml`` (``extra.publisher``): the publisher's name (one
text, or one per language) and the address readers write to, which is
protected from harvesters like every other. The About page
(``content/about.<lang>.md``, template ``about.html``) says who they are in
the editors' words and ends with the contact; the "report a mistake" link of a
project page writes to the same address.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from markupsafe import Markup

from .localize import Localizer
from .markup import EMAIL_RE, encode_email, plain, protected_email

ABOUT_PATH = "about/"
"""The About page's address in each language (``content/about.<lang>.md``)."""


@dataclass(frozen=True)
class Publisher:
    """The publisher of the site as one language shows it."""

    l10n: Localizer
    names: Mapping[str, str]
    """The name by language; ``*``: the same in every language."""
    email: str | None

    CONTACT_ID: ClassVar[str] = "contact"
    """The anchor of the contact on the About page."""

    @classmethod
    def from_config(cls, l10n: Localizer, settings: object) -> Publisher:
        """From ``extra.publisher``; raises ValueError naming what is wrong."""
        if settings is None:
            settings = {}
        if not isinstance(settings, Mapping):
            raise ValueError("mkdocs.yml: extra.publisher: expected a mapping with name and email")
        name = settings.get("name")
        if isinstance(name, str):
            names = {"*": name.strip()}
        elif isinstance(name, Mapping) and all(isinstance(k, str) and isinstance(v, str) for k, v in name.items()):
            names = {str(k): str(v).strip() for k, v in name.items()}
        elif name is None:
            names = {}
        else:
            raise ValueError("mkdocs.yml: extra.publisher.name: expected a text, or one text per language (cs: ..., en: ...)")
        email = settings.get("email")
        if email is not None and (not isinstance(email, str) or not EMAIL_RE.fullmatch(email.strip())):
            raise ValueError(f"mkdocs.yml: extra.publisher.email: {email!r} is not an e-mail address")
        return cls(l10n, names, email.strip() if email else None)

    @property
    def name(self) -> Markup | None:
        """The publisher's name in the page's language (or the one given for all), None if unset."""
        for key in (self.l10n.language, "*"):
            if self.names.get(key):
                return plain(self.names[key])
        return None

    @property
    def credit(self) -> Markup | None:
        """"Published by <name>" for the footer."""
        name = self.name
        return plain(self.l10n.t("site_publisher")).format(publisher=name) if name else None

    @property
    def contact(self) -> Markup | None:
        """The address, protected from harvesters like every other one."""
        return protected_email(self.email, self.l10n.t("email_at")) if self.email else None

    @property
    def encoded_email(self) -> str | None:
        """The address as ``showcase.js`` decodes it (``data-sc-mailto``): no address in the HTML."""
        return encode_email(self.email) if self.email else None
