#!/usr/bin/env python3
"""Full-page screenshots of the built site at phone and desktop widths.

Builds the site into a temporary directory (``mkdocs build --strict``) unless
``--site DIR`` is given, serves it on 127.0.0.1 and photographs each path with
Debian's Chromium through Playwright. Also reports every request that left
127.0.0.1 and every console error: the site must work offline.

    .venv/bin/python tools/screenshot.py
    .venv/bin/python tools/screenshot.py --paths / /en/ --out /tmp/shots
    .venv/bin/python tools/screenshot.py --site site --no-full-page

Never run ``playwright install``: the browser is /usr/bin/chromium
(``make test`` / ``scripts/install-system-deps.sh`` installs it).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]

from localsite import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402  (beside this script)

DEFAULT_PATHS = [
    # Home, list, a project and a facet page in every language.
    "/",
    "/en/",
    "/bg/",
    "/projects/",
    "/en/projects/",
    "/bg/projects/",
    "/projects/khamoro-capacity-building/",
    "/en/projects/khamoro-capacity-building/",
    "/bg/projects/khamoro-capacity-building/",
    "/topics/capacity-building/",
    "/en/topics/capacity-building/",
    "/bg/topics/capacity-building/",
    # A project shown in its original language, a filtered list, search results, the About page.
    "/bg/projects/roma-net/",
    "/en/projects/?topic=roma-inclusion&country=CZ",
    "/bg/search/?q=ромите",
    "/en/about/",
]

# name -> keyword arguments of Browser.new_context
VIEWPORTS: dict[str, dict[str, object]] = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


SCROLL_THROUGH = """async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((done) => setTimeout(done, 60));
  }
  scrollTo(0, 0);
}"""


def build_site(site_dir: Path) -> None:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    print("building:", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"mkdocs build failed with exit code {result.returncode}")


def shot_name(viewport: str, path: str) -> str:
    """``("desktop", "/en/projects/x/")`` -> ``desktop-en-projects-x.png``; ``/`` -> ``desktop-index.png``."""
    slug = "-".join(part for part in path.strip("/").split("/") if part)
    if slug.endswith(".html"):
        slug = slug[: -len(".html")]
    return f"{viewport}-{slug or 'index'}.png"


def take_screenshots(base_url: str, paths: list[str], out: Path, full_page: bool, element: str | None = None) -> int:
    """Photograph every path at every viewport (only ``element``'s first match, when given). Returns the number of problems found."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    external: list[str] = []
    console_errors: list[str] = []
    failed: list[str] = []
    broken: list[str] = []

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for viewport, options in VIEWPORTS.items():
                context = browser.new_context(**options)  # type: ignore[arg-type]
                try:
                    for path in paths:
                        page = context.new_page()
                        where = f"{viewport} {path}"

                        def on_request(request, where: str = where) -> None:  # type: ignore[no-untyped-def]
                            host = urlsplit(request.url).hostname
                            if host is not None and host != "127.0.0.1":
                                external.append(f"{where}: {request.method} {request.url}")

                        def on_response(response, where: str = where) -> None:  # type: ignore[no-untyped-def]
                            if response.status >= 400:
                                broken.append(f"{where}: HTTP {response.status} {response.url}")

                        def on_requestfailed(request, where: str = where) -> None:  # type: ignore[no-untyped-def]
                            broken.append(f"{where}: {request.failure} {request.url}")

                        def on_console(message, where: str = where) -> None:  # type: ignore[no-untyped-def]
                            if message.type == "error":
                                source = message.location.get("url") or ""
                                console_errors.append(f"{where}: {message.text}" + (f" ({source})" if source else ""))

                        def on_pageerror(error, where: str = where) -> None:  # type: ignore[no-untyped-def]
                            console_errors.append(f"{where}: uncaught {error}")

                        page.on("request", on_request)
                        page.on("response", on_response)
                        page.on("requestfailed", on_requestfailed)
                        page.on("console", on_console)
                        page.on("pageerror", on_pageerror)

                        url = base_url.rstrip("/") + "/" + path.lstrip("/")
                        response = page.goto(url, wait_until="networkidle")
                        if response is None or response.status >= 400:
                            status = "no response" if response is None else f"HTTP {response.status}"
                            failed.append(f"{where}: {status}")
                        # Images below the fold load only when scrolled near (loading="lazy"): scroll
                        # through the page so that the full-page screenshot shows them, then back up.
                        page.evaluate(SCROLL_THROUGH)
                        page.wait_for_function("Array.from(document.images).every(image => image.complete)")
                        target = out / shot_name(viewport, path)
                        found = page.locator(element).first if element else None
                        if found is not None and found.count():
                            found.screenshot(path=str(target))
                        else:
                            page.screenshot(path=str(target), full_page=full_page)
                        print(f"{target}", flush=True)
                        page.close()
                finally:
                    context.close()
        finally:
            browser.close()

    for title, items in (
        ("pages that failed to load", failed),
        ("resources that failed to load", broken),
        ("requests to hosts other than 127.0.0.1", external),
        ("console errors", console_errors),
    ):
        if items:
            print(f"\n{len(items)} {title}:")
            for item in items:
                print(f"  {item}")
        else:
            print(f"no {title}")
    return len(failed) + len(broken) + len(external) + len(console_errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paths", nargs="+", default=DEFAULT_PATHS, metavar="PATH", help="URL paths to photograph")
    parser.add_argument("--out", type=Path, default=REPO / "screenshots", help="output directory (default: screenshots/)")
    parser.add_argument("--site", type=Path, help="an already built site directory (default: build one into a temp dir)")
    parser.add_argument(
        "--full-page",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="whole scrollable page, or only the viewport (default: --full-page)",
    )
    parser.add_argument("--element", metavar="SELECTOR", help="photograph only the first element matching this CSS selector (e.g. .sc-map)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a page or resource failed to load, a page made an external request or logged a console error",
    )
    args = parser.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: run `make screenshots` (installs Debian's chromium)", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="showcase-site-") as tmp:
        if args.site is not None:
            site = args.site.resolve()
            if not (site / "index.html").exists():
                print(f"{site} has no index.html: not a built site", file=sys.stderr)
                return 2
        else:
            site = Path(tmp) / "site"
            build_site(site)
        with serve(site) as base_url:
            problems = take_screenshots(base_url, args.paths, args.out.resolve(), args.full_page, args.element)

    return 1 if args.strict and problems else 0


if __name__ == "__main__":
    sys.exit(main())
