"""The page about the site (``about.html``): who publishes it, in the editors' words, then how to reach them.

Its text is the editors' (``content/about.<lang>.md``); the publisher's name
and address are set once, in ``mkdocs.yml`` (``extra.publisher``), and its
template adds the contact as a section of the page, which the table of
contents lists after the text's own headings.
"""

from __future__ import annotations

from ..markup import plain
from ..publisher import Publisher
from .kind import BODY, Heading, Toc
from .markdown import MarkdownKind


class AboutKind(MarkdownKind):
    """The About page: its text, then the publisher's contact."""

    template = "about.html"

    def toc(self, language: str) -> Toc:
        return (BODY, Heading(plain(self.pages.localizer(language).t("contact")), Publisher.CONTACT_ID))
