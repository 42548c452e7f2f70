"""The content editor does the whole job: in Chromium, Sveltia CMS creates a project that checks and builds.

A scratch site (in the current layout: ``showcase migrate`` run on it) is built
with ``CMS_REPO`` set, as the deploy workflow builds it; its ``/admin/`` is
served with one change to the generated configuration: the backend is
Sveltia's own test repository (``test-repo``), which keeps the files in the
browser's origin private file system instead of a GitHub repository, so the
test runs offline. The repository's files are put there first; then, as an
editor would, the test adds an organisation, creates a project's facts with a
key figure and an image, and its texts in English (the figure's label, the
image's description) with a Czech translation. The files Sveltia wrote are
copied back into the site: ``showcase check`` passes, and the built pages show
the project, its image and figure, the Czech page marking the English summary
it falls back to.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conftest import REPO, build_site, serve
from scratch import write_buildable_site
from showcase.editors.cli import main

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

pytestmark = pytest.mark.browser

REPOSITORY = "sveltia-cms-test"
"""The folder of Sveltia's test backend in the origin private file system."""

_SEED = """async ([folder, files]) => {
  const root = await navigator.storage.getDirectory();
  try { await root.removeEntry(folder, {recursive: true}); } catch (error) {}
  const base = await root.getDirectoryHandle(folder, {create: true});
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let dir = base;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
    const writable = await (await dir.getFileHandle(parts.at(-1), {create: true})).createWritable();
    await writable.write(text);
    await writable.close();
  }
}"""

_DUMP = """async (folder) => {
  const files = {};
  async function walk(dir, prefix) {
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind === 'directory') await walk(handle, prefix + name + '/');
      else files[prefix + name] = await (await handle.getFile()).text();
    }
  }
  try {
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
  } catch (error) {
    return null;  // a file being written: read again
  }
  return files;
}"""


_READ_BYTES = """async ([folder, path]) => {
  let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
  const parts = path.split('/');
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
  const file = await (await dir.getFileHandle(parts.at(-1))).getFile();
  return Array.from(new Uint8Array(await file.arrayBuffer()));
}"""


def _showcase(root: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(root / "mkdocs.yml"), *args], out, err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scratch site in the current layout, with /admin/ built for a GitHub repository."""
    root = tmp_path_factory.mktemp("cms-repository")
    write_buildable_site(root)
    assert _showcase(root, "migrate")[0] == 0
    (root / "node_modules").symlink_to(REPO / "node_modules")
    env = {k: v for k, v in os.environ.items() if k not in ("CMS_REPO", "CMS_BRANCH")}
    result = build_site(root / "mkdocs.yml", root / "built", env={**env, "CMS_REPO": "example-org/showcase"})
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.fixture(scope="module")
def admin(repository: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built /admin/, its configuration pointed at Sveltia's test backend instead of GitHub."""
    served = tmp_path_factory.mktemp("cms-served")
    shutil.copytree(repository / "built" / "admin", served / "admin")
    config_path = served / "admin" / "config.yml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    assert config["backend"]["name"] == "github"
    config["backend"] = {"name": "test-repo"}
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return served


def _repository_files(root: Path) -> dict[str, str]:
    paths = [*root.glob("content/**/*"), *root.glob("data/**/*")]
    return {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8") for path in paths if path.is_file()}


def _wait_for_files(page: Page, wanted: dict[str, str], timeout: float = 20) -> dict[str, str]:
    """The repository's files once each path of ``wanted`` holds its text (Sveltia saves asynchronously)."""
    deadline = time.monotonic() + timeout
    while True:
        files: dict[str, str] = page.evaluate(_DUMP, REPOSITORY) or {}
        missing = sorted(path for path, text in wanted.items() if text not in files.get(path, "\0"))
        if not missing or time.monotonic() > deadline:
            assert not missing, f"not saved: {missing}"
            return files
        page.wait_for_timeout(250)


_QUIET = """async () => {
  // Resolves once the page has not changed for half a second (or after 30 seconds).
  const start = Date.now();
  while (Date.now() - start < 30000) {
    const changes = await new Promise(resolve => {
      let count = 0;
      const observer = new MutationObserver(records => { count += records.length; });
      observer.observe(document.body, {subtree: true, childList: true, attributes: true});
      setTimeout(() => { observer.disconnect(); resolve(count); }, 500);
    });
    if (!changes) return;
  }
}"""


def _settle(page: Page) -> None:
    """Wait until the form has finished rendering: on a busy machine Sveltia takes its time."""
    page.evaluate(_QUIET)


def _go(page: Page, route: str, ready: str) -> None:
    """Open one of Sveltia's views by its address (``collections/<name>/new``...), once its field ``ready`` is there."""
    page.evaluate("route => { location.hash = '/' + route; }", route)
    page.locator(f'section[data-key-path="{ready}"]').first.wait_for()
    _settle(page)


def _reveal(page: Page, key_path: str) -> Locator:
    """The section of the field at ``key_path`` (Sveltia's ``data-key-path``): Sveltia renders a
    long form's fields as they are scrolled to, so the form is scrolled until it is there."""
    section = page.locator(f'section[data-key-path="{key_path}"]').first
    for _attempt in range(30):
        if section.count():
            section.scroll_into_view_if_needed()
            return section
        page.locator("section[data-key-path]").last.scroll_into_view_if_needed()
        page.mouse.wheel(0, 2000)
        _settle(page)
    raise AssertionError(f"the form has no field {key_path!r}")


def _add_label(page: Page, field: str, key: str, text: str) -> None:
    """Label entry ``key`` of ``field`` (a key-value table) in the right-hand pane."""
    sections = page.locator(f'section[data-key-path="{field}"]')
    _reveal(page, field)
    for _attempt in range(30):
        if sections.count() >= 2:
            break
        sections.first.scroll_into_view_if_needed()
        page.mouse.wheel(0, 2000)
        _settle(page)
    section = sections.nth(1)
    section.scroll_into_view_if_needed()
    section.get_by_role("button", name="Add").click()
    _settle(page)
    section.locator("input").nth(0).fill(key)
    section.locator("input").nth(1).fill(text)


def _input(page: Page, key_path: str, language: str | None = None) -> Locator:
    """The text box of the field at ``key_path``, in ``language``'s pane."""
    lang = f'[lang="{language}"]' if language else ""
    _reveal(page, key_path)
    return page.locator(f'section[data-key-path="{key_path}"] :is(input, textarea){lang}').first


def _choose(page: Page, name: str, value: str) -> None:
    """Pick ``value`` in the drop-down list ``name`` (opened again if a re-rendering form closed it)."""
    option = page.locator(f'[role="option"][data-value="{value}"]')
    combobox = page.get_by_role("combobox", name=name)
    for _attempt in range(10):
        combobox.click()
        try:
            option.click(timeout=5_000)
        except PlaywrightTimeout:
            continue
        _settle(page)
        if combobox.get_attribute("aria-expanded") == "true":
            # Escape closes the list; with the list closed it would close the editor, unsaved.
            page.keyboard.press("Escape")
            _settle(page)
        return
    raise AssertionError(f"the option {value!r} of {name!r} could not be chosen")


def _add_organisation(page: Page) -> None:
    _go(page, "collections/data/entries/organisations", "organisations.1.id")
    page.get_by_role("button", name=re.compile(r"Add\W*Organisations")).click()
    _settle(page)
    # The scratch site has two organisations: the new one is the third.
    _input(page, "organisations.2.id").fill("zelena-skola")
    for language, name in {"cs": "Zelená škola, z. s.", "en": "Green School", "bg": "Зелено училище"}.items():
        _input(page, f"organisations.2.name.{language}").fill(name)
    page.get_by_role("button", name="Save").click()


def _create_facts(page: Page) -> None:
    _go(page, "collections/projects/new", "countries")
    page.get_by_role("textbox", name="Slug").fill("green-schools")
    # A new project starts as a draft; this one is published at once.
    page.get_by_role("switch", name="Draft").click()
    page.get_by_role("radio", name="en", exact=True).click()
    # The organisation added a moment ago is there to choose.
    page.get_by_role("radio", name=re.compile("zelena-skola")).click()
    _choose(page, "Countries", "CZ")
    page.get_by_role("button", name=re.compile(r"Add\W*Figures")).click()
    _settle(page)
    _input(page, "figures.0.id").fill("schools")
    _input(page, "figures.0.value").fill("5")
    # The image goes into the project's folder, named in project.yml by its file name.
    _reveal(page, "image").locator('input[type="file"]').first.set_input_files(REPO / "theme_overrides/assets/images/social-card.png")
    _settle(page)
    page.get_by_role("button", name="Save").click()


def _create_texts(page: Page) -> None:
    _go(page, "collections/texts/new", "title")
    page.get_by_role("textbox", name="Slug").fill("green-schools")
    # The left pane is the site's default language, Czech; the right one is switched to English.
    _input(page, "title", "cs").fill("Zelené školy pro všechny")
    page.get_by_role("radio", name="English").last.click()
    _settle(page)
    _input(page, "title", "en").fill("Green schools for all")
    _input(page, "summary", "en").fill("School gardens in five towns.")
    _input(page, "image_alt", "en").fill("Children planting a school garden")
    _input(page, "image_alt", "cs").fill("Děti sázejí školní zahradu")
    _add_label(page, "figures", "schools", "schools with a garden")
    page.get_by_role("button", name="Save").click()


def test_the_cms_creates_a_project_with_a_translation_that_checks_and_builds(
    browser: Browser, repository: Path, admin: Path, tmp_path: Path
) -> None:
    context = browser.new_context(locale="en-US", service_workers="block", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    # Sveltia is a large application: on a busy machine a form takes its time to render.
    page.set_default_timeout(120_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        with serve(admin) as base:
            host = urlsplit(base).netloc
            # Offline: Sveltia's own requests to its CDN (fonts, UI strings) are refused.
            page.route(lambda url: urlsplit(url).netloc != host, lambda route: route.abort("internetdisconnected"))
            page.goto(base + "admin/")
            page.evaluate(_SEED, [REPOSITORY, _repository_files(repository)])
            page.reload()
            page.get_by_role("button", name="Work with Test Repository").click()
            page.get_by_text("Project facts", exact=True).first.wait_for()
            _add_organisation(page)
            _wait_for_files(page, {"data/organisations.yml": "id: zelena-skola"})
            _create_facts(page)
            _wait_for_files(page, {"content/projects/green-schools/project.yml": "image: social-card.png"})
            _create_texts(page)
            files = _wait_for_files(page, {f"content/projects/green-schools/project.{lang}.md": "title:" for lang in ("cs", "en")})
            image = page.evaluate(_READ_BYTES, [REPOSITORY, "content/projects/green-schools/social-card.png"])
        assert errors == []
    except Exception:
        page.screenshot(path=tmp_path / "failure.png", full_page=True)  # what the editor saw, to debug
        raise
    finally:
        context.close()

    site = tmp_path / "site"
    shutil.copytree(repository, site, ignore=shutil.ignore_patterns("built", "node_modules"))
    for path, text in files.items():
        if not path.endswith(".png"):
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_text(text, encoding="utf-8")
    (site / "content/projects/green-schools/social-card.png").write_bytes(bytes(image))
    facts: dict[str, Any] = yaml.safe_load((site / "content/projects/green-schools/project.yml").read_text(encoding="utf-8"))
    assert facts["organisation"] == "zelena-skola" and facts["countries"] == ["CZ"] and facts.get("draft") is not True
    assert facts["figures"] == [{"id": "schools", "value": 5}]
    check = _showcase(site, "check")
    assert check == (0, "No problems: 3 projects in 3 languages (cs, en, bg).\n"), check[1]

    result = build_site(site / "mkdocs.yml", site / "public")
    assert result.returncode == 0, result.stdout + result.stderr
    czech = (site / "public/projects/green-schools/index.html").read_text(encoding="utf-8")
    english = (site / "public/en/projects/green-schools/index.html").read_text(encoding="utf-8")
    assert ">Zelené školy pro všechny</h1>" in czech and ">Green schools for all</h1>" in english
    assert "Zelená škola, z. s." in czech and "Green School" in english
    # The image uploaded in the CMS, described in each language, published resized (never the upload itself).
    assert re.search(r'<img [^>]*alt="Děti sázejí školní zahradu"', czech) and re.search(r'<img [^>]*alt="Children planting a school garden"', english)
    source = re.search(r'<img [^>]*src="([^"]+)"[^>]*alt="Děti sázejí školní zahradu"', czech)
    assert source is not None and (site / "public/projects/green-schools" / source.group(1)).is_file()
    assert not (site / "public/projects/green-schools/social-card.png").exists()
    assert '<span class="sc-figure__label">schools with a garden</span>' in english
    # The Czech translation has no summary of its own: the English one, marked, in Czech.
    assert re.search(r'lang="en">School gardens in five towns\. <span class="sc-lang-mark" lang="cs">v[ \u00a0]angličtině</span></p>', czech), "the mark, with the no-break space of Czech typography"
