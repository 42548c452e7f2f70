#!/usr/bin/env python3
"""What a page costs a reader, measured in Chromium, against the site's budgets.

For each page: the bytes it transfers, gzipped as a web server sends them
(HTML, CSS, JavaScript and fonts; images apart), the cumulative layout shift
while it loads, every request to another host, and the images below the first
screen that are not loaded lazily or have no size to reserve their place.

Budgets (a project page without content images is the one to hold):

- at most 50 KB gzipped of HTML, CSS, JavaScript and fonts;
- cumulative layout shift 0 on project and list pages;
- no request to another host;
- images below the first screen lazy, with their width and height.

    .venv/bin/python tools/budgets.py                  # builds the site into a temporary folder
    .venv/bin/python tools/budgets.py --site site      # an already built site
    .venv/bin/python tools/budgets.py --paths /en/projects/roma-net/ --viewport phone

Prints one line per page and viewport and exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]

from localsite import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402  (beside this script)

BUDGET_BYTES = 50 * 1024
"""HTML, CSS, JavaScript and fonts of one page, gzipped."""

COUNTED = {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts"}
"""Playwright's resource types that count against the budget, and their column."""

DEFAULT_PATHS = [
    "/projects/khamoro-capacity-building/",
    "/en/projects/khamoro-capacity-building/",
    "/bg/projects/khamoro-capacity-building/",
    "/en/projects/capacity-building-romanonet/",
    "/projects/",
    "/en/projects/",
    "/bg/projects/",
    "/en/",
    "/en/topics/capacity-building/",
]
"""Project pages in every language, the list in every language, the home page and a facet page."""

VIEWPORTS: dict[str, dict[str, Any]] = {
    "phone": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}

# Sums the layout shifts not caused by input, from the start of the page (buffered).
_CLS_OBSERVER = """
window.__scShift = 0;
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) { if (!entry.hadRecentInput) window.__scShift += entry.value; });
}).observe({ type: "layout-shift", buffered: true });
"""

_IMAGES = """() => Array.from(document.images).map(function (img) {
  var box = img.getBoundingClientRect();
  return {
    src: img.currentSrc || img.src,
    belowFold: box.top + window.scrollY >= window.innerHeight,
    lazy: img.loading === "lazy",
    sized: img.hasAttribute("width") && img.hasAttribute("height"),
  };
})"""


@dataclass
class PageCost:
    """What one page cost in one viewport."""

    path: str
    viewport: str
    gzipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED.values(), 0))
    images: int = 0
    shift: float = 0.0
    other_hosts: list[str] = field(default_factory=list)
    image_problems: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.gzipped.values())

    @property
    def needs_no_shift(self) -> bool:
        """Project and list pages hold the layout-shift budget."""
        return "/projects/" in self.path

    def problems(self) -> list[str]:
        found = []
        if self.total > BUDGET_BYTES:
            found.append(f"{self.total / 1024:.1f} KB gzipped (budget {BUDGET_BYTES / 1024:.0f} KB)")
        if self.needs_no_shift and self.shift > 0:
            found.append(f"layout shift {self.shift:.4f} (budget 0)")
        found += [f"request to another host: {url}" for url in self.other_hosts]
        found += self.image_problems
        return found


def measure(browser: Any, base_url: str, path: str, viewport: str) -> PageCost:
    """Open ``path`` of the site served at ``base_url`` (ending in ``/``) and measure it."""
    cost = PageCost(path, viewport)
    own = urlsplit(base_url).netloc
    context = browser.new_context(service_workers="block", **VIEWPORTS[viewport])
    try:
        page = context.new_page()
        page.add_init_script(_CLS_OBSERVER)
        responses: list[Any] = []
        page.on("response", lambda response: responses.append(response))
        page.goto(base_url + path.lstrip("/"), wait_until="networkidle")
        page.wait_for_timeout(300)
        cost.shift = float(page.evaluate("window.__scShift"))
        for response in responses:
            url = response.url
            if urlsplit(url).scheme in {"http", "https"} and urlsplit(url).netloc != own:
                cost.other_hosts.append(url)
                continue
            kind = response.request.resource_type
            if kind == "image":
                cost.images += len(gzip.compress(response.body(), 6))
            elif kind in COUNTED and response.status < 300:
                cost.gzipped[COUNTED[kind]] += len(gzip.compress(response.body(), 6))
        for image in page.evaluate(_IMAGES):
            if image["belowFold"] and not image["lazy"]:
                cost.image_problems.append(f"image below the first screen loads at once: {image['src']}")
            if not image["sized"]:
                cost.image_problems.append(f"image without width and height: {image['src']}")
    finally:
        context.close()
    return cost


def measure_site(site: Path, paths: list[str], viewports: list[str]) -> list[PageCost]:
    from playwright.sync_api import sync_playwright

    with serve(site) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return [measure(browser, base_url, path, viewport) for path in paths for viewport in viewports]
        finally:
            browser.close()


def report(costs: list[PageCost]) -> str:
    lines = [f"{'page':46} {'viewport':8} {'html':>6} {'css':>6} {'js':>6} {'fonts':>6} {'total':>7}  {'shift':>6}  result"]
    for cost in costs:
        kb = {name: f"{size / 1024:.1f}" for name, size in cost.gzipped.items()}
        result = "pass" if not cost.problems() else "FAIL: " + "; ".join(cost.problems())
        lines.append(
            f"{cost.path:46} {cost.viewport:8} {kb['html']:>6} {kb['css']:>6} {kb['js']:>6} {kb['fonts']:>6} "
            f"{cost.total / 1024:>6.1f}K  {cost.shift:>6.4f}  {result}"
        )
    lines.append(f"(KB gzipped at level 6; budget {BUDGET_BYTES // 1024} KB of HTML, CSS, JS and fonts; layout shift 0 on project and list pages)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one into a temporary folder)")
    parser.add_argument("--paths", nargs="+", default=DEFAULT_PATHS, metavar="PATH")
    parser.add_argument("--viewport", choices=[*VIEWPORTS, "both"], default="both")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: run `make test` (it installs Debian's chromium)", file=sys.stderr)
        return 2
    viewports = list(VIEWPORTS) if args.viewport == "both" else [args.viewport]
    with tempfile.TemporaryDirectory(prefix="showcase-budgets-") as tmp:
        site = args.site.resolve() if args.site else Path(tmp) / "site"
        if args.site is None:
            cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)]
            result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
            if result.returncode != 0:
                sys.stderr.write(result.stdout + result.stderr)
                return 2
        costs = measure_site(site, args.paths, viewports)
    print(report(costs))
    return 1 if any(cost.problems() for cost in costs) else 0


if __name__ == "__main__":
    sys.exit(main())
