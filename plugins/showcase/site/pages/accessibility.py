"""The accessibility statement (``accessibility.html``, or the plugin's ``accessibility_template``).

Its text is the editors' (``content/accessibility.<lang>.md``); the contact
address and the date of the statement are set once, in ``mkdocs.yml``
(``extra.accessibility``), and its template adds them as two sections of the
page, which the table of contents lists after the text's own headings.
"""

from __future__ import annotations

from typing import Any

from ...publishing.publish import AccessibilityStatement
from ..markup import plain
from .kind import BODY, NO_PROJECT, Heading, SettingsError, Shown, Toc
from .markdown import MarkdownKind


class AccessibilityKind(MarkdownKind):
    """The accessibility statement: its text, then the contact and the date set in ``extra.accessibility``."""

    def statement(self, language: str) -> AccessibilityStatement:
        try:
            return AccessibilityStatement.from_config(self.pages.localizer(language), self.pages.settings.extra.get("accessibility"))
        except ValueError as error:
            raise SettingsError(str(error)) from None

    def shows(self, language: str) -> Shown:
        return NO_PROJECT

    def context(self, language: str) -> dict[str, Any]:
        return {"accessibility": self.statement(language)}

    def toc(self, language: str) -> Toc:
        """The statement's headings, then the two sections its template adds."""
        statement = self.statement(language)
        t = statement.l10n.t
        feedback = Heading(plain(t("a11y_feedback")), statement.FEEDBACK_ID)
        prepared = (Heading(plain(t("a11y_prepared")), statement.PREPARED_ID),) if statement.prepared is not None else ()
        return (BODY, feedback, *prepared)
