"""Serving a built site on 127.0.0.1 and opening it in Debian's Chromium.

Shared by the tests (tests/conftest.py) and tools/screenshot.py. Playwright
never downloads a browser here: it drives /usr/bin/chromium, with the flags
that keep it from reaching any other host.

``serve(root, base_path="/showcase-repo/", github_pages=True)`` serves the
site the way GitHub Pages serves a project site: under a sub-path, with
``<base_path>404.html`` and status 404 for any missing path under it.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # Set by serve(): the URL path the site lives under, and whether missing
    # paths get the site's 404.html (as GitHub Pages does) or Python's page.
    base_path = "/"
    github_pages = False

    def log_message(self, format: str, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        """Paths outside ``base_path`` map to nothing (a file that cannot exist)."""
        plain = path.split("?", 1)[0].split("#", 1)[0]
        if not plain.startswith(self.base_path):
            if plain + "/" == self.base_path:  # "/repo" -> directory redirect below
                return super().translate_path("/")
            return str(Path(self.directory) / ".outside-base-path" / "missing")
        return super().translate_path("/" + path[len(self.base_path) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not self.github_pages or not not_found.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(root: Path, base_path: str = "/", github_pages: bool = False, port: int = 0) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 (a free port unless ``port``); yields the base URL, ending in ``/``.

    ``base_path`` (``"/repo/"``) serves the site under a sub-path, like a
    GitHub Pages project site; ``github_pages`` answers a missing path with the
    site's ``404.html`` and status 404, as GitHub Pages does.
    """
    if not (base_path.startswith("/") and base_path.endswith("/")):
        raise ValueError(f"base_path must start and end with '/': {base_path!r}")
    handler_class = type(
        "_SiteHandler", (_QuietHandler,), {"base_path": base_path, "github_pages": github_pages}
    )
    handler = functools.partial(handler_class, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"serve {root}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base_path}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
