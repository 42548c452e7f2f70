#!/usr/bin/env python3
"""Render the default social image (1200×630 PNG) shown when a page is shared.

Pages without an image of their own (every page but projects with an
``image``) use ``theme_overrides/assets/images/social-card.png``. This script
draws it from the small HTML below with Debian's Chromium, with the site's name
in its three languages (Latin with Czech diacritics, and Cyrillic), and writes
the PNG. Run it again after renaming the site:

    .venv/bin/python tools/social_card.py
"""

from __future__ import annotations

import argparse
import html
from pathlib import Path

import yaml
from localsite import CHROMIUM, CHROMIUM_ARGS  # beside this script

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "theme_overrides" / "assets" / "images" / "social-card.png"
WIDTH, HEIGHT = 1200, 630

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><style>
  html, body {{ margin: 0; width: {w}px; height: {h}px; }}
  body {{
    box-sizing: border-box; padding: 72px 88px;
    display: flex; flex-direction: column; justify-content: center; gap: 28px;
    background: #3949ab;  /* flat: a gradient makes the PNG five times larger */
    color: #fff; font-family: "DejaVu Sans", "Noto Sans", sans-serif;
  }}
  .mark {{ display: flex; gap: 14px; margin-bottom: 12px; }}
  .mark span {{ width: 56px; height: 56px; border-radius: 50%; background: rgba(255,255,255,.9); }}
  .mark span:nth-child(2) {{ background: rgba(255,255,255,.6); }}
  .mark span:nth-child(3) {{ background: rgba(255,255,255,.35); }}
  h1 {{ margin: 0; font-size: 62px; line-height: 1.1; font-weight: 700; }}
  p {{ margin: 0; font-size: 40px; line-height: 1.2; opacity: .92; }}
</style></head><body>
  <div class="mark" aria-hidden="true"><span></span><span></span><span></span></div>
  <h1 lang="{lang}">{first}</h1>
  {others}
</body></html>
"""


def site_names() -> list[tuple[str, str]]:
    """(language, site name) from mkdocs.yml, the default language first."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    # Only the plain parts are needed; !ENV and !!python tags are skipped.
    yaml.SafeLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
    yaml.SafeLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.safe_load(text)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    languages = sorted(i18n["languages"], key=lambda lang: not lang.get("default"))
    return [(lang["locale"], lang.get("site_name") or config["site_name"]) for lang in languages]


def render(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    names = site_names()
    (lang, first), rest = names[0], names[1:]
    others = "\n  ".join(f'<p lang="{code}">{html.escape(name)}</p>' for code, name in rest)
    page_html = PAGE.format(lang=lang, first=html.escape(first), others=others, w=WIDTH, h=HEIGHT)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
        page.set_content(page_html, wait_until="load")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), full_page=False)
        browser.close()
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out} ({WIDTH}×{HEIGHT})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    render(parser.parse_args().out)


if __name__ == "__main__":
    main()
