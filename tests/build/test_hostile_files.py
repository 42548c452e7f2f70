"""Golden tests of what the build publishes and of the checks every file it reads gets.

Like ``test_hostile_input.py``: each case breaks the scratch site, and the
core must report exactly the expected problems (file, line, field, message,
fix); ``showcase check`` prints exactly those with exit code 1, and ``mkdocs
build`` fails with the same lines, without a traceback and without writing a
page. The cases: files in ``content/`` that are not meant to be published
(backups, links leading out, stray Markdown, files nothing names), the front
matter of the editors' own pages, the placeholders of the interface strings,
a status that contradicts the period.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from conftest import build_site
from scratch import replace_text, write_buildable_site
from test_content_validation import ALPHA, ALPHA_CS, ALPHA_EN, Expect, Mutation, replace, write
from test_hostile_input import _check, _line_of, check_and_build_agree

UI_EN = "data/ui/en.yml"
HOME_EN = "content/index.en.md"
LIST_CS = "content/projects/index.cs.md"
ALPHA_DIR = "content/projects/alpha"
SECRET = "GITHUB_TOKEN=ghp_not-a-real-token"
TODAY = "1717200000"  # SOURCE_DATE_EPOCH of 2024-06-01 (UTC)


def link(file: str, target: str) -> Mutation:
    """``file`` becomes a link to ``target`` (relative to the file, or absolute)."""

    def mutate(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        path.symlink_to(target.replace("ROOT", str(root)))

    return mutate


def add(file: str, text: str = "x\n") -> Mutation:
    def mutate(root: Path) -> None:
        (root / file).parent.mkdir(parents=True, exist_ok=True)
        (root / file).write_text(text, encoding="utf-8")

    return mutate


def append(file: str, text: str) -> Mutation:
    def mutate(root: Path) -> None:
        (root / file).write_text((root / file).read_text(encoding="utf-8") + text, encoding="utf-8")

    return mutate


def secret_outside(root: Path) -> None:
    """A file outside content/ and data/ that must never be read, quoted or published."""
    (root / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")


def with_image(name: str) -> list[Mutation]:
    """Alpha names the image ``name``, described in its original (project.en.md) and its translation (project.cs.md)."""
    return [
        replace(ALPHA, "original_language: en\n", f"original_language: en\nimage: {name}\n"),
        replace(ALPHA_EN, "title: Alpha project\n", "title: Alpha project\nimage_alt: A photo\n"),
        replace(ALPHA_CS, "title: Projekt alfa\n", "title: Projekt alfa\nimage_alt: Fotografie\n"),
    ]


OUTSIDE = "this link leads to a file outside content/"
NOT_NAMED = "no page names this file"
BACKUP = "a backup or an editor's working file"
DELETE_BACKUP = "delete it: it is not content"

FILE_CASES = [
    # -- backups and editors' files: old text, the contact's address in plain text --------
    pytest.param(
        [add(f"{ALPHA_DIR}/project.yml~", "contacts: {jan: {email: jan@example.org}}\n"), add(f"{ALPHA_DIR}/project.yml.orig"), add(f"{ALPHA_DIR}/en.md.bak"), add(f"{ALPHA_DIR}/#en.md#"), add("content/index.en.md.swp")],
        [
            Expect(f"{ALPHA_DIR}/#en.md#", None, "", BACKUP, DELETE_BACKUP),
            Expect(f"{ALPHA_DIR}/en.md.bak", None, "", BACKUP, DELETE_BACKUP),
            Expect(f"{ALPHA_DIR}/project.yml.orig", None, "", BACKUP, DELETE_BACKUP),
            Expect(f"{ALPHA_DIR}/project.yml~", None, "", BACKUP, DELETE_BACKUP),
            Expect("content/index.en.md.swp", None, "", BACKUP, DELETE_BACKUP),
        ],
        id="backup-and-editor-files",
    ),
    # -- links leading out of content/ ------------------------------------------------------
    pytest.param(
        [secret_outside, link("content/x.txt", "../secret.txt"), append(HOME_EN, "\n[notes](x.txt)\n")],
        [Expect("content/x.txt", None, "", OUTSIDE, "put the file itself here")],
        id="named-file-linking-outside",
    ),
    pytest.param(
        [*with_image("photo.jpg"), link(f"{ALPHA_DIR}/photo.jpg", "/etc/passwd")],
        [
            Expect(f"{ALPHA_DIR}/photo.jpg", None, "", OUTSIDE, "put the file itself here"),
            # The image checks do not read through the link either.
            Expect(ALPHA, 2, "image", "'photo.jpg' is a link to a file outside the project", "put the file itself there"),
        ],
        id="project-image-linking-to-etc-passwd",
    ),
    pytest.param(
        [add(".git/config", f"[credential]\n  {SECRET}\n"), link("content/config.txt", "../.git/config")],
        [Expect("content/config.txt", None, "", OUTSIDE)],
        id="link-to-the-git-config",
    ),
    pytest.param(
        # The loader never reads it: its text would be quoted in a problem, printed in a public log.
        [secret_outside, link(f"{ALPHA_DIR}/project.yml", "ROOT/secret.txt")],
        [Expect(f"{ALPHA_DIR}/project.yml", None, "", OUTSIDE)],
        id="project-yml-linking-outside-is-not-read",
    ),
    pytest.param(
        [secret_outside, link("data/topics.yml", "../secret.txt")],
        [
            Expect("data/topics.yml", None, "", "a link to a file outside the site's folders, which is not read", "put the file itself here"),
            # As when data/topics.yml cannot be read for any other reason.
            Expect(ALPHA, 14, "topics[0]", "there is no topic 'roma-inclusion'"),
            Expect(ALPHA, 14, "topics[1]", "there is no topic 'networking'"),
        ],
        id="data-file-linking-outside-is-not-read",
    ),
    pytest.param(
        # Inside content/, but to a file the site does not publish as it is.
        [*with_image("photo.jpg"), link(f"{ALPHA_DIR}/photo.jpg", "project.yml")],
        [
            Expect(f"{ALPHA_DIR}/photo.jpg", None, "", "this link leads to projects/alpha/project.yml, which the site does not publish"),
            Expect(ALPHA, 2, "image", "'photo.jpg': the file is not an image that can be read"),
        ],
        id="image-linking-to-project-yml",
    ),
    pytest.param(
        [link(f"{ALPHA_DIR}/gone.png", "nowhere.png"), append(ALPHA_EN, "\n![gone](gone.png)\n")],
        [Expect(f"{ALPHA_DIR}/gone.png", None, "", "this link leads nowhere", "delete the link")],
        id="link-to-nothing",
    ),
    # -- links to folders: loops, and folders published whole or twice ----------------------
    pytest.param(
        [link(f"{ALPHA_DIR}/loop", ".."), link("content/again", ".")],
        [
            Expect("content/again", None, "", "a folder that contains it: a loop", "delete the link"),
            Expect(f"{ALPHA_DIR}/loop", None, "", "a folder that contains it: a loop", "delete the link"),
        ],
        id="folder-link-loops",
    ),
    pytest.param(
        [link(f"{ALPHA_DIR}/shared", "../../../data"), link("content/projects/gamma", "alpha")],
        [
            Expect(f"{ALPHA_DIR}/shared", None, "", "a folder outside content/, which would be published whole"),
            Expect("content/projects/gamma", None, "", "another folder of content/, whose files would be published twice"),
        ],
        id="folder-links",
    ),
    # -- Markdown outside the places pages are read from ----------------------------------------
    pytest.param(
        [add(f"{ALPHA_DIR}/old/en.md", "---\ntitle: Old alpha\n---\n"), add("content/about/team.en.md", "---\ntitle: Team\n---\n"), add("content/projects/notes.en.md", "---\ntitle: Notes\n---\n")],
        [
            Expect(f"{ALPHA_DIR}/old/en.md", None, "", "Markdown outside the places pages are read from", "move or delete it"),
            Expect("content/about/team.en.md", None, "", "Markdown outside the places pages are read from"),
            Expect("content/projects/notes.en.md", None, "", "Markdown outside the places pages are read from"),
        ],
        id="stray-markdown",
    ),
    pytest.param(
        [add("content/projects/_draft/en.md", "---\ntitle: Draft\n---\n"), add("content/projects/_draft/project.yml", "original_language: en\n")],
        [
            Expect("content/projects/_draft/en.md", None, "", "whose names start with '_' are not read", "set 'draft: true'"),
            Expect("content/projects/_draft/project.yml", None, "", "whose names start with '_' are not read"),
        ],
        id="draft-folder",
    ),
    pytest.param(
        [add("content/about.de.md", "---\ntitle: Über uns\n---\n")],
        [Expect("content/about.de.md", None, "", "'de' in 'about.de.md' is not a language of this site (cs, en, bg)", "like about.en.md")],
        id="page-in-a-language-the-site-has-not",
    ),
    # -- files nothing names, and named files of a type that could run scripts ----------------
    pytest.param(
        [add("content/notes.txt"), add(f"{ALPHA_DIR}/spare-photo.jpg"), add("content/robots.txt", "User-agent: *\n")],
        [
            Expect("content/notes.txt", None, "", NOT_NAMED, "name it in project.yml (image, gallery, documents)"),
            Expect("content/robots.txt", None, "", NOT_NAMED),
            Expect(f"{ALPHA_DIR}/spare-photo.jpg", None, "", NOT_NAMED, "or delete it"),
        ],
        id="files-nothing-names",
    ),
    pytest.param(
        [add("content/evil.html", "<script>alert(1)</script>\n"), add(f"{ALPHA_DIR}/logo.svg", "<svg onload=alert(2)/>"), append(HOME_EN, "\n[more](evil.html)\n"), append(ALPHA_EN, '\n<img src="logo.svg" alt="logo">\n')],
        [
            Expect("content/evil.html", None, "", "files of type 'html' are not published: they could run scripts", "link to it where it is hosted"),
            Expect(f"{ALPHA_DIR}/logo.svg", None, "", "files of type 'svg' are not published"),
        ],
        id="named-files-that-could-run-scripts",
    ),
]

PAGE_CASES = [
    pytest.param(
        [replace(HOME_EN, "title: Civil society projects\n", "")],
        [Expect(HOME_EN, 2, "title", "this required field is missing", "add 'title:'")],
        id="page-without-title",
    ),
    pytest.param(
        [replace(HOME_EN, "template: home.html", "template: hom.html")],
        [Expect(HOME_EN, 3, "template", "expected one of main.html, home.html, projects.html, open-data.html, accessibility.html, about.html, found 'hom.html'", "did you mean 'home.html'?")],
        id="page-naming-a-template-that-does-not-exist",
    ),
    pytest.param(
        [replace(HOME_EN, "template: home.html", "template: home.html\ntitel: Home")],
        [Expect(HOME_EN, 4, "titel", "unknown field", "did you mean 'title'?")],
        id="page-with-unknown-field",
    ),
    pytest.param(
        [write(LIST_CS, "Poznámka: tohle je text stránky.\n\nVšechny projekty.\n")],
        [Expect(LIST_CS, 1, "", "a page needs a title, but it does not start with front matter", "begin it with a line '---'")],
        id="page-without-front-matter",
    ),
    pytest.param(
        [write(LIST_CS, "---\ntitle: Projekty\ntemplate: projects.html\n\nVšechny projekty.\n")],
        [Expect(LIST_CS, 1, "", "a page needs a title, but its front matter is never closed")],
        id="page-front-matter-never-closed",
    ),
    pytest.param(
        [replace(HOME_EN, "title: Civil society projects", 'title: "Civil \\x1b[31msociety"')],
        [Expect(HOME_EN, 2, "title", "U+001B (ESCAPE) at character 7", "delete it")],
        id="page-title-with-control-character",
    ),
    pytest.param(
        [replace(HOME_EN, "title: Civil society projects", "title: &t Civil society projects\ndescription: *t")],
        [
            Expect(HOME_EN, 2, "", "the anchor '&t' is not allowed", "write the value out in full"),
            Expect(HOME_EN, 3, "", "the alias '*t' is not allowed"),
        ],
        id="page-front-matter-with-alias",
    ),
    pytest.param(
        [replace(HOME_EN, "template: home.html", "template: home.html\norganisation: romodrom\nrobots: noindex\nsitemap: maybe")],
        [Expect(HOME_EN, 6, "sitemap", "expected yes or no (true or false), found 'maybe'")],
        id="page-sitemap-not-yes-or-no",
    ),
    pytest.param(
        [replace(HOME_EN, "template: home.html", "template: home.html\norganisation: romodromm")],
        [Expect(HOME_EN, 4, "organisation", "there is no organisation 'romodromm' in data/organisations.yml", "did you mean 'romodrom'?")],
        id="page-naming-an-organisation-that-does-not-exist",
    ),
]

UI_CASES = [
    pytest.param(
        [replace(UI_EN, "its original language ({language}).", "its original language ({count}).")],
        [Expect(UI_EN, _line_of(UI_EN, "fallback_notice:"), "fallback_notice", "'{count}' is not a placeholder of this text", "it can use {language}")],
        id="ui-string-with-a-wrong-placeholder",
    ),
    pytest.param(
        [replace(UI_EN, '  other: "{n} projects"', '  other: "{n:>999999999} projects"')],
        [Expect(UI_EN, _line_of(UI_EN, '  other: "{n:>'), "project_count.other", "'{n:>999999999}' is not a placeholder: a placeholder is a name in braces", "it can use {n}")],
        id="ui-plural-form-with-a-format-spec",
    ),
    pytest.param(
        [replace(UI_EN, "its original language ({language}).", "its original language ({language).")],
        [Expect(UI_EN, _line_of(UI_EN, "fallback_notice:"), "fallback_notice", "the braces of this text do not pair up", "write a brace itself as {{ or }}")],
        id="ui-string-with-an-unpaired-brace",
    ),
    pytest.param(
        [replace(UI_EN, "\nphone: Phone\n", '\nphone: "Phone {n}"\n')],
        [Expect(UI_EN, _line_of(UI_EN, "phone:"), "phone", "'{n}' would be shown as it is written: this text takes no placeholder")],
        id="ui-string-without-placeholders-naming-one",
    ),
]

STATUS_CASES = [
    pytest.param(
        [replace(ALPHA, "status: completed", "status: ongoing")],
        [Expect(ALPHA, 12, "status", "the project is marked ongoing, but its period ended (2022-12-31) before today (2024-06-01)", "set 'status: completed'")],
        id="ongoing-after-its-end",
    ),
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 2030-01"), replace(ALPHA, "end: 2022-12-31", "end: 2031")],
        [Expect(ALPHA, 12, "status", "the project is marked completed, but its period starts (2030-01) after today (2024-06-01)", "set 'status: ongoing'")],
        id="completed-before-its-start",
    ),
]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # "Today" for the status checks, in this process (check) and the build's.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY)
    write_buildable_site(tmp_path)
    return tmp_path


def _assert_check_and_build_agree(site: Path, expected: list[Expect]) -> list[str]:
    lines, output = check_and_build_agree(site, expected)
    assert SECRET not in output
    assert not (site / "site").exists(), "nothing is written when the content has problems"
    assert not [path.name for path in site.iterdir() if path.name.startswith(".site")], "no staging folder is left"
    return lines


@pytest.mark.parametrize(("mutations", "expected"), FILE_CASES + PAGE_CASES + UI_CASES + STATUS_CASES)
def test_a_file_the_site_must_not_publish_or_read_is_a_problem_in_check_and_in_the_build(
    site: Path, mutations: list[Mutation], expected: list[Expect]
) -> None:
    for mutate in mutations:
        mutate(site)
    _assert_check_and_build_agree(site, expected)


def test_the_status_is_checked_against_today(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same content is right on the last day of its period and wrong the day after."""
    replace_text(site / ALPHA, "status: completed", "status: ongoing")
    replace_text(site / ALPHA, "end: 2022-12-31", "end: 2024-05")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717199999")  # 2024-05-31 23:59:59 UTC
    code, out, _ = _check(site)
    assert code == 0, out
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY)
    _assert_check_and_build_agree(site, [Expect(ALPHA, 12, "status", "its period ended (2024-05) before today (2024-06-01)")])


def test_the_build_publishes_the_pages_and_the_files_they_name_and_nothing_else(site: Path) -> None:
    alpha = site / ALPHA_DIR
    for mutate in with_image("photo.png"):
        mutate(site)
    for name in ("photo.png", "plan.png", "report.pdf", "photo.en.png"):
        if name.endswith("png"):
            Image.new("RGB", (40, 30), "teal").save(alpha / name)
        else:
            (alpha / name).write_bytes(b"%PDF-1.4\n")
    (site / "content" / "leaflets").mkdir()
    (site / "content" / "leaflets" / "leaflet.pdf").write_bytes(b"%PDF-1.4\n")
    append(ALPHA_EN, "\n![The plan](plan.png)\n\n[The report][report]\n\n[report]: <report.pdf> \"Report\"\n")(site)
    append(HOME_EN, "\nOur [leaflet](leaflets/leaflet.pdf#page=2).\n")(site)
    # Hidden files: an editor's swap and lock files while a file is open, the Finder's: never published, never a problem.
    (alpha / ".en.md.swp").write_bytes(b"b0VIM 9.0")
    (alpha / ".#project.yml").symlink_to("editor@host.12345:1700000000")
    (site / "content" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")

    code, out, _ = _check(site)
    assert code == 0, out
    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 0, result.stderr
    built = site / "site"
    published = {path.relative_to(built).as_posix() for path in built.rglob("*") if path.is_file()}
    from_content = {path for path in published if path.rsplit("/", 1)[-1] in {"photo.png", "plan.png", "report.pdf", "photo.en.png", "leaflet.pdf"}}
    assert {"projects/alpha/plan.png", "projects/alpha/report.pdf", "leaflets/leaflet.pdf"} <= from_content
    # The project's image is published only as its resized copies, never as the editor's file.
    assert "projects/alpha/photo.png" not in from_content
    for path in published:
        name = path.rsplit("/", 1)[-1]
        assert not name.startswith(".") and name not in ("project.yml", "en.md", "cs.md", "index.en.md"), path
        assert not name.endswith((".md", ".yml", ".swp")), path
    page = (built / "en" / "projects" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert 'src="plan.png"' in page or 'src="../../../projects/alpha/plan.png"' in page, page
    assert not [path.name for path in site.iterdir() if path.name.startswith(".site")]


def test_showcase_accepts_config_after_the_command(site: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    from showcase.editors.cli import main

    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    for argv in (["check", "--config", str(site / "mkdocs.yml")], ["check", "-f", str(site / "mkdocs.yml")], ["-f", "nowhere.yml", "check", "-f", str(site / "mkdocs.yml")]):
        code, out, err = _run(main, argv)
        assert (code, out, err) == (0, ["No problems: 2 projects in 3 languages (cs, en, bg)."], []), argv


def test_showcase_new_refuses_a_300_character_id_without_a_traceback(site: Path) -> None:
    from showcase.editors.cli import main

    slug = "a" * 300
    code, out, err = _run(main, ["--config", str(site / "mkdocs.yml"), "new", slug])
    assert (code, out) == (2, [])
    assert err == ["showcase new: the project id is 300 characters long; at most 100 are allowed: choose a shorter one (it becomes the page address)"]
    assert not (site / "content" / "projects" / slug[:100]).exists()


def _run(main: Callable[..., int], argv: list[str]) -> tuple[int, list[str], list[str]]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out, err)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


def test_a_folder_link_loop_neither_hangs_nor_crashes_the_build(site: Path) -> None:
    """Two loops: MkDocs' own walk of docs_dir would list 2**40 folders; the check stops the build before it."""
    (site / ALPHA_DIR / "up").symlink_to("..")
    (site / ALPHA_DIR / "top").symlink_to("../..")
    started = time.perf_counter()
    result = build_site(site / "mkdocs.yml", site / "site")
    assert time.perf_counter() - started < 60
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{ALPHA_DIR}/top: this link leads to a folder that contains it" in result.stderr
    assert os.path.islink(site / ALPHA_DIR / "up")


def test_the_files_a_text_names_are_found_in_every_link_syntax_in_linear_time() -> None:
    from showcase.content.publishable import linked_files

    text = (
        "![plan](plan.png) [report](<My Report.pdf> \"title\") [up](../beta/photo.jpg#x) [q](leaflet%20v2.pdf?download=1)\n"
        "[ref]: docs/ref.pdf\n"
        '<img alt="x" SRC=\'logo.png\'> <a href=brochure.pdf>b</a>\n'
        "[web](https://example.org/a.pdf) [mail](mailto:a@example.org) [root](/abs.png) [out](../../../etc/passwd) [anchor](#top)\n"
    )
    assert linked_files(text, "projects/alpha") == {
        "projects/alpha/plan.png",
        "projects/alpha/My Report.pdf",
        "projects/beta/photo.jpg",
        "projects/alpha/leaflet v2.pdf",
        "projects/alpha/docs/ref.pdf",
        "projects/alpha/logo.png",
        "projects/alpha/brochure.pdf",
    }
    for hostile in ("](<" * 100_000, 'src="' * 100_000, "[" * 100_000 + "]:", "](" + "x" * 500_000):
        started = time.process_time()  # CPU time: a busy machine must not fail the bound
        linked_files(hostile, "")
        assert time.process_time() - started < 1, hostile[:10]
