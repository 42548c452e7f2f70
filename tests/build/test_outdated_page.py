"""Readers see that a translation is outdated: a real build of a scratch site with real git history.

alpha's original is English; its Czech translation was committed on 1 March 2024
and the English original changed on 2 May 2024, so the Czech page says so in
Czech with a link to the original. A project made by `showcase new` is a draft:
nothing of it is published. Another one, filled in and published, builds, and
its translations (empty files) show the original with the fallback notice.
"""

from __future__ import annotations

import io
import re

import pytest

from conftest import BuiltSite, build_site
from gitrepo import commit_all, init
from scratch import replace_text, write_buildable_site
from showcase.editors.cli import main


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("outdated")
    mkdocs_yml = write_buildable_site(root)
    for name in ("Gamma", "Delta"):
        assert main(["--config", str(mkdocs_yml), "new", "--title", name, "--language", "en"], io.StringIO(), io.StringIO()) == 0
    # Delta is filled in and published; Gamma stays a draft.
    delta = root / "content/projects/delta"
    facts = (delta / "project.yml").read_text(encoding="utf-8").replace("draft: true", "# draft: true")
    facts = re.sub(r"^organisation: .*$", "organisation: khamoro", facts, flags=re.M)
    (delta / "project.yml").write_text(re.sub(r"^countries: .*$", "countries: [BG]", facts, flags=re.M), encoding="utf-8")
    english = re.sub(r"^summary: .*$", "summary: The delta project.", (delta / "project.en.md").read_text(encoding="utf-8"), flags=re.M)
    (delta / "project.en.md").write_text(re.sub(r"^TODO: .*$", "The story of delta.", english, flags=re.M), encoding="utf-8")
    init(root)
    commit_all(root, "Content", "2024-03-01T10:00:00+00:00")
    replace_text(root / "content/projects/alpha/project.en.md", "Body of the *alpha* project.", "Body of the *alpha* project, revised.")
    commit_all(root, "Revise the English original", "2024-05-02T10:00:00+00:00")
    result = build_site(mkdocs_yml, root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "site")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def test_outdated_translation_says_so_in_the_readers_language(site: BuiltSite) -> None:
    notice = site.page("projects/alpha/").select_one(".sc-notice")
    assert notice is not None
    assert norm(notice.get_text()).startswith(
        "Původní verze (angličtina) byla aktualizována 2. května 2024, tedy až po tomto překladu. Překlad proto nemusí být aktuální."
    )
    link = notice.select_one("a[href]")
    assert link is not None and link["hreflang"] == "en"
    assert link["href"].rstrip("/").endswith("en/projects/alpha")


def test_the_original_and_up_to_date_pages_have_no_outdated_notice(site: BuiltSite) -> None:
    assert site.page("en/projects/alpha/").select_one(".sc-notice") is None
    # beta has no translation: the fallback notice, not an outdated one.
    notice = site.page("en/projects/beta/").select_one(".sc-notice")
    assert notice is not None and "not been translated into English yet" in norm(notice.get_text())


def test_a_new_projects_empty_translations_show_the_original_with_the_fallback_notice(site: BuiltSite) -> None:
    page = site.page("bg/projects/delta/")
    notice = page.select_one(".sc-notice")
    assert notice is not None and norm(notice.get_text()).startswith("Този проект все още не е преведен на български.")
    assert page.select_one('meta[name="robots"]')["content"] == "noindex, follow"  # type: ignore[index]
    assert norm(page.select_one("article h1").get_text()) == "Delta"  # type: ignore[union-attr]


def test_a_draft_is_not_published_anywhere(site: BuiltSite) -> None:
    for language in ("", "en/", "bg/"):
        assert not site.file(f"{language}projects/gamma/").exists()
        assert "delta" in site.html(f"{language}projects/") and "gamma" not in site.html(f"{language}projects/")
    assert not (site.root / "projects" / "gamma").exists(), "not even its source files"
    published = [path for path in site.root.rglob("*") if path.is_file() and path.suffix in (".html", ".xml", ".json", ".csv", ".txt")]
    assert published and not [path for path in published if "gamma" in path.read_text(encoding="utf-8", errors="replace").lower()]
