"""A scratch site whose content attacks the build: script in every field and interface
string, e-mail addresses in every position, formula prefixes, control characters.

``write_hostile_site(root)`` writes it (on top of ``scratch.py``'s valid site, with
the real home, list, open-data and accessibility pages and a stub of Sveltia CMS so
that ``/admin/config.yml`` is built) and returns its ``mkdocs.yml``. Everything in
it is valid content: the build must succeed, and what it publishes must neither
run a script, nor load anything from another host, nor show an address.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from conftest import REPO
from scratch import replace_text, write_mkdocs_yml, write_scratch_site

# Each part would run a script (or show that markup got through) if it were not escaped or removed.
PAYLOAD = "\"'><img src=x onerror=alert(1)><script>alert(2)</script><svg onload=alert(3)>"

LEAK_DOMAIN = "leak-test.org"
# Each address sits in one position of the content; none may be readable anywhere in the site.
ADDRESSES = {
    "body-text": f"body.text@{LEAK_DOMAIN}",
    "body-mailto-quoted-upper": f"Upper.Case@{LEAK_DOMAIN}",
    "body-markdown-mailto": f"md.link@{LEAK_DOMAIN}",
    "body-autolink": f"auto.link@{LEAK_DOMAIN}",
    "body-image-alt": f"alt.text@{LEAK_DOMAIN}",
    "body-link-title": f"title.attr@{LEAK_DOMAIN}",
    "body-url-query": f"url.query@{LEAK_DOMAIN}",
    "body-url-query-encoded": f"pct.query@{LEAK_DOMAIN}",
    "body-comment": f"comment.hidden@{LEAK_DOMAIN}",
    "body-entities": f"ent.coded@{LEAK_DOMAIN}",
    "body-heading": f"heading.toc@{LEAK_DOMAIN}",
    "body-idn": "idn.user@bücher-leak.de",
    "body-cyrillic": "юзер@пример-утечка.бг",
    "field-goal": f"field.goal@{LEAK_DOMAIN}",
    "field-activity": f"field.activity@{LEAK_DOMAIN}",
    "field-finding": f"field.finding@{LEAK_DOMAIN}",
    "contact": f"contact.email@{LEAK_DOMAIN}",
    "home-title": f"home.title@{LEAK_DOMAIN}",
    "home-description": f"home.description@{LEAK_DOMAIN}",
    "home-body": f"home.body@{LEAK_DOMAIN}",
}

BODY = f"""
Write to {ADDRESSES["body-text"]} today, or <a href='MAILTO:{ADDRESSES["body-mailto-quoted-upper"]}'>mail us</a>,
or [by mail](mailto:{ADDRESSES["body-markdown-mailto"]}), or <{ADDRESSES["body-autolink"]}>.

![photo of {ADDRESSES["body-image-alt"]}](photo.png)
[a site](https://example.org/ "{ADDRESSES["body-link-title"]}"),
[a query](https://example.org/?to={ADDRESSES["body-url-query"]}),
[an encoded query](https://example.org/?to={ADDRESSES["body-url-query-encoded"].replace("@", "%40")}).
<!-- {ADDRESSES["body-comment"]} -->
{ADDRESSES["body-entities"].replace("@", "&#64;")}, {ADDRESSES["body-idn"]}, {ADDRESSES["body-cyrillic"]}.

## Contact {ADDRESSES["body-heading"]}

<script>alert(10)</script>
<img src=x onerror=alert(11)>
<img src="https://evil.example/pixel.png">
<svg onload=alert(12)></svg>
<iframe src="https://evil.example/frame"></iframe>
<style>@import url(https://evil.example/x.css); body {{ background: url(https://evil.example/bg.png) }}</style>
<link rel="stylesheet" href="https://evil.example/x.css">
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<form action="https://evil.example/"><button>Go</button></form>
<object data="https://evil.example/x"></object>
<a href="javascript:alert(13)">js</a> <a href="JaVaScRiPt:alert(14)">js</a> <a href="vbscript:alert(15)">vb</a>
<a href="data:text/html,&lt;script&gt;alert(16)&lt;/script&gt;">data</a>
[md js](javascript:alert(17)) ![md img](https://evil.example/md.png)
<div style="background:url(https://evil.example/div.png)">styled</div>
<details open ontoggle=alert(18)><summary>s</summary>x</details>

An attribute list on a paragraph.
{{: onclick="alert(19)" style="background-image:url(https://evil.example/attr.png)" }}
"""

# A 1x1 PNG: the body's image is the site's own.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def _set(path: Path, transform: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(transform(data), allow_unicode=True, sort_keys=False), encoding="utf-8")


def _hostile_ui(strings: dict[str, Any]) -> dict[str, Any]:
    """Every interface string with the payload after it (placeholders kept)."""
    return {
        key: {form: f"{text} {PAYLOAD}" for form, text in value.items()} if isinstance(value, dict) else f"{value} {PAYLOAD}"
        for key, value in strings.items()
    }


def _hostile_names(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every name (and acknowledgement) in data/*.yml with the payload after it; ids stay valid."""

    def hostile(value: Any) -> Any:
        if isinstance(value, list):
            return [hostile(item) for item in value]
        if isinstance(value, dict):
            return {k: hostile(v) if k not in ("id", "country", "website") else v for k, v in value.items()}
        return f"{value} {PAYLOAD}" if isinstance(value, str) else value

    return [hostile(entry) for entry in entries]


def write_hostile_site(root: Path) -> Path:
    write_scratch_site(root)
    for page in (REPO / "content").glob("*.md"):
        shutil.copyfile(page, root / "content" / page.name)
    for page in (REPO / "content" / "projects").glob("index.*.md"):
        shutil.copyfile(page, root / "content" / "projects" / page.name)
    alpha = root / "content" / "projects" / "alpha"
    (alpha / "photo.png").write_bytes(PNG)

    # Plain texts: the payload everywhere; formula prefixes where a spreadsheet would read them.
    replace_text(alpha / "project.yml", "registration_number: CZ.1/2", "registration_number: '=HYPERLINK(\"https://evil.example\")'")
    replace_text(alpha / "project.yml", "project_code: ID-1", f"project_code: {json.dumps(PAYLOAD, ensure_ascii=False)}")
    replace_text(alpha / "project.yml", "name: Jan Novák", f"name: {json.dumps('Jan ' + PAYLOAD, ensure_ascii=False)}")
    replace_text(alpha / "project.yml", "email: jan@example.org", f"email: {ADDRESSES['contact']}")
    replace_text(alpha / "project.yml", "address: Main street 1, Prague", f"address: {json.dumps('Main street ' + PAYLOAD, ensure_ascii=False)}")
    # Money, places, results and events: names and texts with the payload; an event text with a script link.
    facts = {
        "budget": {"amount": 1000, "currency": "EUR"},
        "places": [{"name": f"Place {PAYLOAD}", "names": {"bg": f"Място {PAYLOAD}"}, "country": "CZ", "region": f"Region {PAYLOAD}", "lat": 50.08, "lon": 14.42}],
        "indicators": [{"id": "trained", "target": 10, "achieved": 5}],
        "events": [{"id": "meeting", "date": "2021-05-01"}],
    }
    with (alpha / "project.yml").open("a", encoding="utf-8") as file:
        file.write(yaml.safe_dump(facts, allow_unicode=True, sort_keys=False))
    front = {
        "title": f"Alpha {PAYLOAD}",
        "subtitle": f"Sub {PAYLOAD}",
        "summary": f"The alpha project {PAYLOAD}",
        "geographic_scope": f"Scope {PAYLOAD}",
        "goals": [f"Goal {ADDRESSES['field-goal']} {PAYLOAD}", "[md js](javascript:alert(20)) <img src=x onerror=alert(21)>"],
        "target_groups": [f"Group {PAYLOAD}"],
        "activities": [{"title": f"Activity {PAYLOAD}", "text": f"Text {ADDRESSES['field-activity']} {PAYLOAD}"}],
        "findings": {"benefits": [f"Benefit {ADDRESSES['field-finding']} {PAYLOAD}"], "lessons": [f"Lesson {PAYLOAD}"]},
        "quotes": [{"text": f"Quote {PAYLOAD}", "attribution": f"Someone {PAYLOAD}"}],
        "figures": {"partner-cities": f"cities {PAYLOAD}"},
        "contacts": {"jan": f"Contact {PAYLOAD}"},
        "links": {"website": f"Website {PAYLOAD}"},
        "acknowledgement": f"Thanks {PAYLOAD}",
        "indicators": [{"id": "trained", "label": f"Trained {PAYLOAD}", "unit": f"people {PAYLOAD}"}],
        "events": [{"id": "meeting", "title": f"Meeting {PAYLOAD}", "place": f"Prague {PAYLOAD}", "text": f"[md js](javascript:alert(22)) {PAYLOAD}"}],
    }
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + BODY
    (alpha / "project.en.md").write_text(text, encoding="utf-8")
    # The Czech and the Bulgarian pages of alpha: formula prefixes in the CSV's per-language columns.
    replace_text(alpha / "project.cs.md", "title: Projekt alfa", "title: '@SUM(1+1)'")
    replace_text(alpha / "project.cs.md", "summary: Projekt alfa česky.", "summary: '=1+2'")
    beta = root / "content" / "projects" / "beta"
    replace_text(beta / "project.cs.md", "title: Projekt beta", "title: '-beta'")
    replace_text(beta / "project.cs.md", "summary: Projekt beta česky.", "summary: '+plus'")

    # A seat and an awarded sum: the organisation's and the funder's pages show them, with their labels.
    replace_text(root / "data" / "organisations.yml", "  country: CZ\n- id: khamoro", "  country: CZ\n  seat: {city: Praha, city_names: {bg: Прага}, lat: 50.08, lon: 14.42}\n- id: khamoro")
    replace_text(alpha / "project.yml", "    programme: op-employment\n", "    programme: op-employment\n    amount: {amount: 500, currency: EUR}\n")
    for name in ("organisations", "funders", "topics"):
        _set(root / "data" / f"{name}.yml", _hostile_names)
    for language in ("cs", "en", "bg"):
        _set(root / "data" / "ui" / f"{language}.yml", _hostile_ui)

    # A plain page: its front matter's title and description, and its body.
    home = root / "content" / "index.en.md"
    text = home.read_text(encoding="utf-8")
    text = re.sub(
        r"^title: .*$",
        lambda m: "title: " + json.dumps(f"Home {ADDRESSES['home-title']} <script>alert(30)</script>", ensure_ascii=False)
        + "\ndescription: " + json.dumps(f"About {ADDRESSES['home-description']} \"><script>alert(31)</script>", ensure_ascii=False),
        text,
        count=1,
        flags=re.M,
    )
    home.write_text(text + f"\nWrite to {ADDRESSES['home-body']}.\n\n<script>alert(32)</script>\n", encoding="utf-8")

    # /admin/ is built with a stub of Sveltia's script (its config is what matters here).
    dist = root / "node_modules" / "@sveltia" / "cms" / "dist"
    dist.mkdir(parents=True)
    (dist / "sveltia-cms.js").write_text("/* stub */\n", encoding="utf-8")

    mkdocs_yml = write_mkdocs_yml(root)
    # Control characters where no check of the content reaches: the site's name (feeds, pages).
    replace_text(mkdocs_yml, "site_name: Civil society projects", 'site_name: "Civil\\x01 society\\x0b projects"')
    return mkdocs_yml
