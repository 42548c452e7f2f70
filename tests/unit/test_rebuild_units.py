"""Units of the preview's rebuilds and of the parallel build: which pages each renders.

The whole behaviour is tested on real builds (test_incremental_preview.py,
test_engines.py); these pin the rules those rely on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scratch import DEFAULT_LANGUAGE, LANGUAGES, write_buildable_site
from showcase.adapter.incremental import EVERYTHING, Changes
from showcase.adapter.parallel import in_share, plan
from showcase.adapter.snapshot import Snapshot, take_snapshot
from showcase.content.loader import load_site
from showcase.site.pages.kind import EVERY_PROJECT, NO_PROJECT, Shown
from showcase.site.pages.registry import SitePages


@pytest.mark.parametrize("jobs", [1, 2, 3, 4, 7])
@pytest.mark.parametrize("count", [1, 2, 5, 31, 1000])
def test_the_shares_of_the_processes_cover_every_page_once(jobs: int, count: int) -> None:
    shares = plan(LANGUAGES, jobs)
    assert len(shares) == jobs
    for language in LANGUAGES:
        parts = [(start, end) for share in shares for lang, start, end in share if lang == language]
        for index in range(count):
            assert sum(in_share(start, end, index, count) for start, end in parts) == 1
    # Consecutive: a process builds at most the languages its share touches, no other.
    sizes = [sum(end - start for _, start, end in share) for share in shares]
    assert sizes == pytest.approx([len(LANGUAGES) / jobs] * jobs)


def test_two_processes_share_the_middle_language() -> None:
    assert plan(("cs", "en", "bg"), 2) == [[("cs", 0, 1), ("en", 0, 0.5)], [("en", 0.5, 1), ("bg", 0, 1)]]


def test_a_page_is_rendered_again_when_what_it_shows_changed() -> None:
    text_of_alpha = Changes(False, frozenset({"alpha"}))
    topic = Shown(("alpha", "beta"), 2)
    assert text_of_alpha.touches(topic, topic)
    assert not text_of_alpha.touches(Shown(("beta",), 1), Shown(("beta",), 1))
    # beta's page gains alpha (a topic change, a new related project): rendered again.
    assert text_of_alpha.touches(Shown(("beta",), 1), Shown(("beta", "gamma"), 2))
    assert Changes(False, frozenset({"gamma"})).touches(Shown((), (("x", 1),)), Shown((), (("x", 2),)))
    # New pages, pages showing every project, and a change to anything else.
    assert text_of_alpha.touches(None, NO_PROJECT)
    assert text_of_alpha.touches(EVERY_PROJECT, EVERY_PROJECT)
    assert not Changes(False).touches(EVERY_PROJECT, EVERY_PROJECT)
    assert EVERYTHING.touches(NO_PROJECT, NO_PROJECT)


def test_the_snapshot_tells_a_project_folder_from_everything_else(tmp_path: Path) -> None:
    write_buildable_site(tmp_path)
    content, data = tmp_path / "content", tmp_path / "data"

    def snapshot() -> Snapshot:
        return take_snapshot(content, data, (tmp_path / "mkdocs.yml",), (LANGUAGES, DEFAULT_LANGUAGE))

    before = snapshot()
    assert sorted(before.projects) == ["alpha", "beta"]
    (content / "projects" / "alpha" / "project.en.md").write_text("changed\n", encoding="utf-8")
    after = snapshot()
    assert after.shared == before.shared
    assert after.changed_projects(before) == {"alpha"}
    (data / "topics.yml").write_text((data / "topics.yml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert snapshot().shared != after.shared


def test_what_kinds_of_pages_show(tmp_path: Path) -> None:
    write_buildable_site(tmp_path)
    pages = SitePages(load_site(tmp_path / "content", tmp_path / "data", LANGUAGES, DEFAULT_LANGUAGE))
    shown = {kind.folder: kind.shows("en") for kind in pages.generated}
    assert shown["projects/alpha"].projects == ("alpha", "beta")  # alpha and its related project
    assert shown["countries/bg"].projects == ("beta",)
    assert shown["topics"] == Shown((), (("roma-inclusion", 1), ("networking", 1)))
    assert shown["search"] == NO_PROJECT
    # The home page's figures, map and ways in count every project, not only the newest.
    assert pages.markdown_page("home.html").shows("en") == EVERY_PROJECT
    assert pages.markdown_page("projects.html").shows("en") == EVERY_PROJECT
