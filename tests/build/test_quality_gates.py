"""The release quality gates over every page of the built site, in every language.

Pages are found by walking the built site (``quality.site_pages``), so pages
other features add are checked too; ``admin/`` (a third-party app) is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from quality import BrowserAudit, browser_audit, nu_errors, site_pages

from conftest import BuiltSite

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.gate


@pytest.fixture(scope="module")
def pages(built_site: BuiltSite) -> list[str]:
    found = site_pages(built_site.root)
    for prefix in ("", "en/", "bg/"):
        for page in ("index.html", "projects/index.html", "accessibility/index.html", "404.html"):
            assert prefix + page in found, f"{prefix + page} was not built"
    return found


@pytest.fixture(scope="module")
def audit(browser: Browser, served_site: str, pages: list[str]) -> BrowserAudit:
    """One visit of every page in one browser context: axe-core and the requests it makes."""
    return browser_audit(browser, served_site, pages)


def test_every_page_passes_the_nu_html_checker(built_site: BuiltSite, pages: list[str]) -> None:
    errors = nu_errors(built_site.root, pages)
    assert not errors, f"{len(errors)} Nu HTML Checker errors:\n" + "\n".join(errors)


@pytest.mark.browser
def test_every_page_has_no_axe_violations(audit: BrowserAudit, pages: list[str]) -> None:
    assert audit.pages == len(pages)
    assert audit.axe_rules_run > 20, "axe-core ran almost no rules: was it injected?"
    assert not audit.violations, f"{len(audit.violations)} axe-core violations:\n" + "\n".join(audit.violations)


@pytest.mark.browser
def test_no_page_requests_another_host(audit: BrowserAudit) -> None:
    assert not audit.external_requests, "\n".join(audit.external_requests)


@pytest.mark.browser
def test_every_page_loads_without_errors(audit: BrowserAudit) -> None:
    # A 404 page opened at its own address answers 200: any failed request is a broken resource.
    assert not audit.failed_requests, "\n".join(audit.failed_requests)
    assert not audit.script_errors, "\n".join(audit.script_errors)


def test_site_pages_skips_the_third_party_admin_app(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name in ("index.html", "en/index.html", "admin/index.html", "projects/x/index.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<!doctype html>")
    assert site_pages(tmp_path) == ["en/index.html", "index.html", "projects/x/index.html"]
