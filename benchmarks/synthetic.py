"""Synthetic content for the benchmark, in the site's own format.

``write_site(root, n)`` writes ``root/content`` and ``root/data`` with ``n``
projects in Czech, English and Bulgarian, next to a copy of the real
``mkdocs.yml``: every other top-level entry of the repository (the theme
overrides, anything else the configuration names by a relative path) is
linked into ``root``, so the build runs with the real configuration and only
the content differs.

The content is deterministic: project ``k`` has the same texts, facts and
references whatever ``n`` is, so its page can be compared across sizes. One
project in five lacks a translation (a fallback page) and one in seven has a
translation without findings (a partial fallback).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("cs", "en", "bg")
#: The project whose page size is compared across sizes: all three languages.
SAMPLE_PROJECT = "project-0001"
# Not linked into the benchmark's site folder: generated or replaced there.
_NOT_LINKED = {"content", "data", "site", ".git", ".venv", "node_modules", "benchmarks", "tests", ".cache"}

_TEXTS = {
    "cs": (
        "projekt organizace obec komunita spolupráce vzdělávání děti rodiny sociální služby region město "
        "partneři podpora zaměstnanost bydlení zdraví škola učitelé asistenti dobrovolníci setkání školení "
        "metodika zkušenost výsledek změna příležitost rovnost začleňování občanská společnost rozvoj síť "
        "kulturní dědictví mládež ženy žadatelé úřad kraj financování plán strategie poradenství terénní "
        "práce klienti dluhy právní pomoc místní akční skupina kapacita řízení hodnocení výzkum analýza "
        "doporučení zpráva konference kampaň veřejnost média důvěra odpovědnost udržitelnost přístup "
        "znevýhodněné skupiny romské čeština příběh úspěch překážka řešení"
    ),
    "en": (
        "project organisation municipality community cooperation education children families social services "
        "region city partners support employment housing health school teachers assistants volunteers "
        "meeting training method experience result change opportunity equality inclusion civil society "
        "development network cultural heritage youth women applicants office county funding plan strategy "
        "counselling outreach work clients debt legal aid local action group capacity management evaluation "
        "research analysis recommendation report conference campaign public media trust accountability "
        "sustainability access disadvantaged groups roma language story success obstacle solution"
    ),
    "bg": (
        "проект организация община общност сътрудничество образование деца семейства социални услуги регион "
        "град партньори подкрепа заетост жилища здраве училище учители помощници доброволци среща обучение "
        "методика опит резултат промяна възможност равенство приобщаване гражданско общество развитие мрежа "
        "културно наследство младежи жени кандидати служба област финансиране план стратегия консултиране "
        "теренна работа клиенти дългове правна помощ местна инициативна група капацитет управление оценка "
        "изследване анализ препоръка доклад конференция кампания общественост медии доверие отговорност "
        "устойчивост достъп уязвими групи ромски език история успех пречка решение"
    ),
}
_WORDS = {language: text.split() for language, text in _TEXTS.items()}
_HEADINGS = {
    "cs": ["Jak projekt začal", "Co se podařilo", "S čím jsme zápasili", "Co bude dál"],
    "en": ["How the project began", "What worked", "What we struggled with", "What comes next"],
    "bg": ["Как започна проектът", "Какво се получи", "С какво се борихме", "Какво следва"],
}
_COUNTRIES = ["CZ", "BG", "SK", "HU", "RO", "AL", "RS", "MK", "TR", "ES", "GB", "DE", "AT", "PL"]
_N_TOPICS = 24
_N_FUNDERS = 12
_N_PARTNER_POOL = 25  # partners are drawn from the first organisations, so a project's are the same for any n


def _sentence(rng: random.Random, language: str, low: int = 8, high: int = 16) -> str:
    words = [rng.choice(_WORDS[language]) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, language: str, sentences: int) -> str:
    return " ".join(_sentence(rng, language) for _ in range(sentences))


def _body(rng: random.Random, language: str) -> str:
    """About 600 words of Markdown: headings, paragraphs, emphasis, a list and a link."""
    parts = [_paragraph(rng, language, 6)]
    for index, heading in enumerate(_HEADINGS[language]):
        parts.append(f"## {heading}")
        parts.append(_paragraph(rng, language, 6))
        if index == 1:
            parts.append("\n".join(f"- {_sentence(rng, language, 4, 8)}" for _ in range(5)))
        words = _paragraph(rng, language, 4).split(" ")
        words[3] = f"**{words[3]}**"
        words[7] = f"[{words[7]}](https://example.org/{index}/)"
        parts.append(" ".join(words))
    return "\n\n".join(parts) + "\n"


def _facts(k: int, original: str, rng: random.Random) -> dict[str, Any]:
    start = dt.date(2010 + k % 12, 1 + k % 12, 1 + k % 28)
    partners = sorted({f"org-{(k * 7 + 3) % _N_PARTNER_POOL:04d}", f"org-{(k * 11 + 5) % _N_PARTNER_POOL:04d}"})
    partners = [p for p in partners if p != f"org-{k // 4:04d}"]
    facts: dict[str, Any] = {
        "original_language": original,
        "organisation": f"org-{k // 4:04d}",
        "partners": [{"organisation": partner, "role": "partner"} for partner in partners],
        "funding": [{"funder": f"funder-{k % _N_FUNDERS:02d}", "programme": f"programme-{k % 3}"}],
        "registration_number": f"REG/{start.year}/{k:05d}",
        # Ongoing projects have no end yet: a status must agree with the period whatever the day of the run.
        "period": {"start": start, "end": f"{start.year + 2}-{1 + (k + 5) % 12:02d}"} if start.year < 2020 else {"start": start},
        "status": "completed" if start.year < 2020 else "ongoing",
        "countries": sorted(set(rng.sample(_COUNTRIES, 2))),
        "topics": sorted({f"topic-{k % _N_TOPICS:02d}", f"topic-{(k * 5 + 1) % _N_TOPICS:02d}"}),
        "figures": [{"id": "participants", "value": 20 + k % 500}, {"id": "workshops", "value": 1 + k % 40}],
        "contacts": [
            {
                "id": "coordinator",
                "name": f"Contact {k}",
                "phone": f"+420 777 {k % 1000:03d} {k % 997:03d}",
                "email": f"coordinator{k}@example.org",
            }
        ],
        "links": {"website": f"https://example.org/projects/{k}/"},
    }
    return facts


def _texts(k: int, language: str, rng: random.Random, partial: bool) -> tuple[dict[str, Any], str]:
    def item() -> str:
        # A third of the items use Markdown (emphasis), like real content does.
        words = _sentence(rng, language, 6, 12).split(" ")
        if rng.random() < 1 / 3:
            words[1] = f"**{words[1]}**"
        return " ".join(words)

    def items(count: int) -> list[str]:
        return [item() for _ in range(count)]

    front: dict[str, Any] = {
        "title": f"{_sentence(rng, language, 3, 6)[:-1]} {k}",
        "summary": _sentence(rng, language, 14, 20) + " " + _sentence(rng, language, 8, 12),
        "goals": items(3),
        "target_groups": items(2),
        "activities": [{"title": _sentence(rng, language, 2, 4)[:-1], "text": item()} for _ in range(3)],
        "findings": {"benefits": items(2), "challenges": items(2), "lessons": items(2)},
        "quotes": [{"text": _sentence(rng, language), "attribution": _sentence(rng, language, 2, 3)[:-1]}],
        "figures": {"participants": _WORDS[language][20], "workshops": _WORDS[language][21]},
        "contacts": {"coordinator": _WORDS[language][0]},
        "links": {"website": _WORDS[language][1]},
    }
    if partial:
        del front["findings"]
    return front, _body(rng, language)


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _localized(k: int, stem: str) -> dict[str, str]:
    return {language: f"{stem} {k} ({language})" for language in LANGUAGES}


def write_data(data_dir: Path, n: int) -> None:
    """Copy the real ``data/`` (interface strings…), then replace the reference data."""
    shutil.copytree(REPO / "data", data_dir)
    organisations = [
        {"id": f"org-{i:04d}", "name": _localized(i, "Organisation") if i % 3 == 0 else f"Organisation {i}", "country": _COUNTRIES[i % len(_COUNTRIES)]}
        for i in range(max(_N_PARTNER_POOL, (n + 3) // 4 + 1))
    ]
    funders = [
        {
            "id": f"funder-{i:02d}",
            "name": _localized(i, "Funder"),
            "acknowledgement": _localized(i, "Funded by funder"),
            "programmes": [{"id": f"programme-{p}", "name": _localized(p, f"Programme of funder {i}")} for p in range(3)],
        }
        for i in range(_N_FUNDERS)
    ]
    topics = [{"id": f"topic-{i:02d}", "name": _localized(i, "Topic")} for i in range(_N_TOPICS)]
    for name, value in (("organisations", organisations), ("funders", funders), ("topics", topics)):
        (data_dir / f"{name}.yml").write_text(_dump(value), encoding="utf-8")


def write_project(projects_dir: Path, k: int) -> None:
    """Project ``k``: ``project.yml`` and its language files (not all of them, for some)."""
    rng = random.Random(k)
    original = LANGUAGES[k % 3]
    missing = LANGUAGES[(k + 1) % 3] if k % 5 == 0 else None
    folder = projects_dir / f"project-{k:04d}"
    folder.mkdir(parents=True)
    (folder / "project.yml").write_text(_dump(_facts(k, original, rng)), encoding="utf-8")
    for language in LANGUAGES:
        front, body = _texts(k, language, rng, partial=k % 7 == 0 and language != original)
        if language == missing:
            continue
        (folder / f"project.{language}.md").write_text(f"---\n{_dump(front)}---\n\n{body}", encoding="utf-8")


def write_site(root: Path, n: int) -> Path:
    """Write a site of ``n`` projects into ``root`` (empty or missing); return its mkdocs.yml."""
    root.mkdir(parents=True, exist_ok=True)
    for entry in REPO.iterdir():
        if entry.name not in _NOT_LINKED and entry.name != "mkdocs.yml":
            (root / entry.name).symlink_to(entry)
    config = root / "mkdocs.yml"
    shutil.copyfile(REPO / "mkdocs.yml", config)
    # The real pages (home, list, ...), without the real projects.
    shutil.copytree(REPO / "content", root / "content")
    projects_dir = root / "content" / "projects"
    for folder in projects_dir.iterdir():
        if folder.is_dir():
            shutil.rmtree(folder)
    write_data(root / "data", n)
    for k in range(1, n + 1):
        write_project(projects_dir, k)
    return config


def write_plain_site(root: Path, showcase_root: Path) -> Path:
    """The same pages as plain MkDocs + Material + static-i18n, without the showcase plugin; returns its mkdocs.yml.

    From the showcase site written by :func:`write_site` at ``showcase_root``:
    each project's page in each language (its title and Markdown body; a
    language without a file shows the original, as the showcase's fallback
    pages do), and the editors' pages (home, list, open data, accessibility)
    without their templates. No facet, search or 404 pages of the plugin's,
    no validation, no open data, no search index: what MkDocs, Material and
    static-i18n cost for the pages everyone has.
    """
    content = root / "content"
    shutil.rmtree(root, ignore_errors=True)
    content.mkdir(parents=True)
    source = showcase_root / "content"
    for page in source.glob("**/*.md"):
        relative = page.relative_to(source)
        if len(relative.parts) == 3:  # a project's language file
            continue
        text = page.read_text(encoding="utf-8")
        front, body = text.split("---\n", 2)[1:]
        title = next((line for line in front.splitlines() if line.startswith("title:")), "title: Page")
        target = content / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"---\n{title}\n---\n{body}", encoding="utf-8")
    for folder in sorted((source / "projects").iterdir()):
        if not folder.is_dir():
            continue
        original = yaml.safe_load((folder / "project.yml").read_text(encoding="utf-8"))["original_language"]
        for language in LANGUAGES:
            own = folder / f"{language}.md"
            text = (own if own.exists() else folder / f"{original}.md").read_text(encoding="utf-8")
            _, front, body = text.split("---\n", 2)
            title = yaml.safe_load(front)["title"]
            target = content / "projects" / folder.name / f"index.{language}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"---\n{_dump({'title': title})}---\n{body}", encoding="utf-8")
    path = root / "mkdocs.yml"
    path.write_text(_PLAIN_CONFIG, encoding="utf-8")
    return path


_PLAIN_CONFIG = """\
# The synthetic pages with MkDocs, Material and static-i18n alone (no showcase plugin, no theme overrides).
site_name: Projekty občanské společnosti
docs_dir: content
use_directory_urls: true
strict: true
theme:
  name: material
  language: cs
  font: false
  features: [navigation.tabs, navigation.top, toc.follow]
plugins:
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      reconfigure_material: true
      reconfigure_search: false
      languages:
        - {locale: cs, name: Čeština, default: true, build: true}
        - {locale: en, name: English, build: true, site_name: Civil society projects}
        - {locale: bg, name: Български, build: true, site_name: Проекти на гражданското общество}
nav:
  - Úvod: index.md
  - Projekty: projects/index.md
not_in_nav: |
  /projects/*/
  /open-data.*.md
  /accessibility.*.md
markdown_extensions:
  - toc:
      permalink: true
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
  - attr_list
  - md_in_html
  - admonition
  - sane_lists
  - smarty
extra:
  generator: false
"""
