"""The whole site built from hostile content (``hostile_site.py``), read back.

- No e-mail address is readable in any file the site publishes: pages, JSON,
  CSV, feeds, sitemap, the search index and the CMS configuration.
- The CSV, the feeds and the sitemap parse (csv, an XML parser), formula
  prefixes neutralised, control characters gone.
- In Chromium, no page runs a script of the content's or makes a request to
  another host.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

import pytest
from lxml import etree

from conftest import build_site, serve
from hostile_site import ADDRESSES, PAYLOAD, write_hostile_site

if TYPE_CHECKING:
    from playwright.sync_api import Page

    from conftest import Recorder

SITE_URL = "https://showcase.example.org/"

# Third-party code the build copies as it is (Material's scripts, Pagefind's, the CMS stub): not content.
_VENDORED = re.compile(r"(^|/)(assets/javascripts/(bundle|lunr|workers)|pagefind/pagefind[^/]*\.(js|css)$|admin/.*\.js$)|\.map$")
# Any address at all, as a harvester would find one: generous, on decoded text.
_ANY_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-site")
    mkdocs_yml = write_hostile_site(root)
    result = build_site(mkdocs_yml, root / "site", SITE_URL, env={"CMS_REPO": "example-org/showcase"})
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _published_texts(site: Path) -> dict[str, str]:
    """Every published file as text a harvester would read: decompressed, entities and URL escapes decoded."""
    texts = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = path.relative_to(site).as_posix()
        if _VENDORED.search(relative):
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz, Pagefind's index and fragments
            data = gzip.decompress(data)
        text = data.decode("utf-8", errors="replace")
        if path.suffix == ".json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        texts[relative] = unquote(html.unescape(text))
    return texts


def test_no_address_is_readable_anywhere_in_the_site(hostile: Path) -> None:
    texts = _published_texts(hostile)
    kinds = {name.rsplit(".", 1)[-1] for name in texts}
    assert {"html", "json", "csv", "xml", "yml"} <= kinds, kinds
    assert "admin/config.yml" in texts and any(name.startswith("pagefind/fragment/") for name in texts)
    leaks = []
    for name, text in texts.items():
        for position, address in ADDRESSES.items():
            if address.lower() in text.lower():
                leaks.append(f"{name}: {position} ({address})")
        leaks += [f"{name}: {found}" for found in _ANY_ADDRESS.findall(text)]
    assert not leaks, "\n".join(leaks)
    # Not vacuous: the addresses are on the pages, for people (protected), and the words around them are there.
    page = texts["en/projects/alpha/index.html"]
    assert page.count("data-sc-email=") >= 12 and '>body.text<span class="sc-email__at">' in page


def test_the_csv_neutralises_formulas_and_parses(hostile: Path) -> None:
    text = (hostile / "data" / "projects.csv").read_bytes().decode("utf-8-sig")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    assert rows["alpha"]["registration_number"] == "'=HYPERLINK(\"https://evil.example\")"
    assert (rows["alpha"]["title_cs"], rows["alpha"]["summary_cs"]) == ("'@SUM(1+1)", "'=1+2")
    assert (rows["beta"]["title_cs"], rows["beta"]["summary_cs"]) == ("'-beta", "'+plus")
    for row in rows.values():
        cells = [value for value in row.values() if value.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert not cells, row["id"]


def test_feeds_and_the_sitemap_are_well_formed_xml(hostile: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    for feed in ("feed.xml", "en/feed.xml", "bg/feed.xml"):
        root = etree.fromstring((hostile / feed).read_bytes())
        assert root.tag == f"{atom}feed"
    english = etree.fromstring((hostile / "en" / "feed.xml").read_bytes())
    # The site name with control characters, as the feed's author: the characters dropped, the name kept.
    assert english.findtext(f"{atom}author/{atom}name") == "Civil society projects"
    assert f"Alpha {PAYLOAD}" in [t.text for t in english.iter(f"{atom}title")]
    sitemap = etree.fromstring((hostile / "sitemap.xml").read_bytes())
    assert len(sitemap) >= 10
    assert gzip.decompress((hostile / "sitemap.xml.gz").read_bytes()) == (hostile / "sitemap.xml").read_bytes()


def _html_pages(site: Path) -> list[str]:
    pages = [p.relative_to(site).as_posix() for p in site.rglob("*.html")]
    return sorted(p for p in pages if not p.startswith(("admin/", "pagefind/")))


_INJECTED = """() => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith("on")) found.push(`${element.tagName} ${attribute.name}`);
      if (["href", "src", "action", "formaction", "data"].includes(attribute.name)
          && /^\\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.value}`);
    }
  }
  // The site's own forms are the search box and the list's filters.
  for (const name of ["iframe", "object", "embed", "base", "form:not(.sc-search-form):not(.sc-filters)", "meta[http-equiv]", "style"]) {
    for (const element of document.querySelectorAll(name)) found.push(element.outerHTML.slice(0, 80));
  }
  for (const script of document.scripts) {
    const data = script.type && !/javascript|module/.test(script.type);  // JSON-LD is data, not run
    if (!data && /alert\\(/.test(script.textContent)) found.push(script.outerHTML.slice(0, 80));
  }
  return found;
}"""


@pytest.mark.browser
def test_no_script_of_the_content_runs_and_nothing_is_requested_from_another_host(
    hostile: Path, recorded_tab: tuple[Page, Recorder]
) -> None:
    page, recorder = recorded_tab
    dialogs: list[str] = []

    def dismiss(dialog: object) -> None:
        dialogs.append(str(getattr(dialog, "message", "")))
        getattr(dialog, "dismiss")()  # noqa: B009 (playwright's Dialog, typed only when checking)

    page.on("dialog", dismiss)
    pages = _html_pages(hostile)
    assert len(pages) >= 30
    injected = {}
    with serve(hostile) as base:
        for path in pages:
            page.goto(base + path, wait_until="networkidle")
            found = page.evaluate(_INJECTED)
            if found:
                injected[path] = found
        # Not vacuous: the payload reached the pages, as text.
        page.goto(base + "en/projects/alpha/", wait_until="networkidle")
        assert "onerror=alert(1)" in page.inner_text("h1")
        assert "onerror=alert(1)" in page.inner_text(".sc-facts")  # the interface strings' labels
        page.goto(base + "en/", wait_until="networkidle")
        assert "<script>alert(30)</script>" in page.inner_text("h1")
    assert dialogs == [], dialogs
    assert injected == {}, injected
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base) == [], recorder.outside(base)
