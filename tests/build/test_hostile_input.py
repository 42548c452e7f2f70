"""Golden tests of hostile or broken input: a problem at its file and line, never a crash.

Each case breaks the scratch site of ``scratch.py`` the way an attacker or an
unlucky paste would, and asserts, like the golden tests of
``test_content_validation.py``, the file, line, field, message and fix of every
problem; then that ``showcase check`` prints exactly those problems with exit
code 1, and that ``mkdocs build`` fails with the same lines, without a
traceback and without writing a page.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import build_site
from scratch import load, replace_text, write_buildable_site
from showcase.content.problems import ContentError, Problem
from showcase.editors.cli import main
from test_content_validation import ALPHA, ALPHA_CS, ALPHA_EN, Expect, Mutation, assert_problems, replace, write

UI_EN = "data/ui/en.yml"
TOPICS = "data/topics.yml"


def _line_of(file: str, start: str) -> Callable[[Path], int]:
    """The line of ``file`` that starts with ``start``."""

    def line(root: Path) -> int:
        lines = (root / file).read_text(encoding="utf-8").splitlines()
        return next(n for n, text in enumerate(lines, 1) if text.startswith(start))

    return line


def _nested_flow(depth: int) -> str:
    return "[" * depth + "CZ" + "]" * depth


CASES = [
    # -- front matter ------------------------------------------------------------
    pytest.param(
        [write(ALPHA_CS, "---\n")],
        [Expect(ALPHA_CS, 1, "", "never closed", "another line '---'")],
        id="front-matter-only-dashes",
    ),
    pytest.param(
        [write(ALPHA_CS, "---\ntitle: Projekt alfa\nsummary: Nikdy neuzavřeno.\n\nText projektu.\n")],
        [Expect(ALPHA_CS, 1, "", "never closed", "another line '---'")],
        id="front-matter-never-closed",
    ),
    pytest.param(
        [write(ALPHA_CS, "---\ntitle: Projekt alfa\n---\n" + "x" * 1_000_001)],
        [Expect(ALPHA_CS, None, "", "1,000,0", "shorten the story")],
        id="language-file-over-a-megabyte",
    ),
    # -- YAML structure ------------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]", f"countries: {_nested_flow(1500)}")],
        [Expect(ALPHA, 13, "", "nested more than 20 levels deep", "check the indentation")],
        id="list-nested-1500-deep-flow",
    ),
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]", "countries:\n  " + "- " * 1500 + "CZ")],
        [Expect(ALPHA, 14, "", "nested more than 20 levels deep")],
        id="list-nested-1500-deep-block",
    ),
    pytest.param(
        [
            replace(ALPHA, "countries: [CZ, SK]", "countries: &both [CZ, SK]"),
            replace(ALPHA, "topics: [roma-inclusion, networking]", "topics: *both"),
        ],
        [
            Expect(ALPHA, 13, "", "the anchor '&both' is not allowed", "write the value out in full"),
            Expect(ALPHA, 14, "", "the alias '*both' is not allowed", "write the value out in full"),
        ],
        id="anchor-and-alias",
    ),
    pytest.param(
        [replace(ALPHA, "  - id: jan\n    name: Jan Novák\n", "  - id: jan\n    <<: {name: Jan Novák}\n")],
        [Expect(ALPHA, 19, "contacts[0]", "merge key ('<<') is not allowed", "write the fields out in full")],
        id="merge-key",
    ),
    pytest.param(
        [replace(ALPHA, "project_code: ID-1", "project_code: !!python/name:os.system")],
        [Expect(ALPHA, 8, "project_code", "cannot be read", "delete the tag")],
        id="python-tag",
    ),
    pytest.param(
        # One duplicate key no longer hides the file's other problems.
        [
            replace(ALPHA, "status: completed", "status: completed\nstatus: completed"),
            replace(ALPHA, "registration_number: CZ.1/2", "registation_number: CZ.1/2"),
            replace(ALPHA, "countries: [CZ, SK]", "countries: [CZ, UK]"),
        ],
        [
            Expect(ALPHA, 7, "registation_number", "unknown field", "registration_number"),
            Expect(ALPHA, 13, "status", "appears twice", "delete or rename"),
            Expect(ALPHA, 14, "countries[1]", "'UK' is not an ISO 3166 country code", "GB"),
        ],
        id="duplicate-key-with-other-problems",
    ),
    pytest.param(
        [write(ALPHA, "project_code: " + "x" * 1_000_001 + "\n")],
        [Expect(ALPHA, 1, "", "at most 1,000,000 are read", "check what was pasted")],
        id="yaml-over-a-megabyte",
    ),
    # -- characters ------------------------------------------------------------------
    pytest.param(
        [replace(ALPHA_EN, "title: Alpha project", 'title: "Alpha\\ud800 project"')],
        [Expect(ALPHA_EN, 2, "title", "U+D800 (half of a surrogate pair, which cannot stand alone) at character 6", "delete it")],
        id="lone-surrogate-in-title",
    ),
    pytest.param(
        [replace(ALPHA_EN, "title: Alpha project", 'title: "Alpha\\a project"')],
        [Expect(ALPHA_EN, 2, "title", "U+0007 (BELL) at character 6", "delete it")],
        id="control-character-in-title",
    ),
    pytest.param(
        [replace(ALPHA_EN, "  - First goal", '  - "First\\ngoal \\e[31m"')],
        [Expect(ALPHA_EN, 5, "goals[0]", "U+001B (ESCAPE) at line 2, column 6 of the text", "delete it")],
        id="escape-sequence-in-markdown-field",
    ),
    pytest.param(
        [replace(ALPHA, "website: https://www.example.org/", 'website: "https://www.example.org/\\ud83d"')],
        [Expect(ALPHA, 26, "links.website", "U+D83D", "delete it")],
        id="lone-surrogate-in-url",
    ),
    pytest.param(
        [replace(UI_EN, "\nphone: Phone\n", '\nphone: "Ph\\x1bone"\n')],
        [Expect(UI_EN, _line_of(UI_EN, "phone:"), "phone", "U+001B (ESCAPE) at character 3")],
        id="control-character-in-ui-string",
    ),
    pytest.param(
        [replace(ALPHA_EN, "title: Alpha project", "title: " + "Alpha " * 100_000)],
        [Expect(ALPHA_EN, 2, "title", "599,999 characters long; at most 100,000", "shorten it")],
        id="title-of-600-kb",
    ),
    # -- dates -------------------------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 0000-00-00")],
        [Expect(ALPHA, 10, "period.start", "'0000-00-00' is not a date: the year 0000", "write the real date")],
        id="date-0000-00-00",
    ),
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 0000")],
        [Expect(ALPHA, 10, "period.start", "the year 0000 is not a year")],
        id="year-0",
    ),
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 2021-00")],
        [Expect(ALPHA, 10, "period.start", "there is no month 00")],
        id="month-00",
    ),
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 2021-01-00")],
        [Expect(ALPHA, 10, "period.start", "there is no day 00")],
        id="day-00",
    ),
]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    write_buildable_site(tmp_path)
    return tmp_path


def _check(root: Path, *args: str) -> tuple[int, list[str], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(root / "mkdocs.yml"), "check", *args], out, err)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


def _problems(root: Path) -> list[Problem]:
    with pytest.raises(ContentError) as info:
        load(root)
    return info.value.problems


def check_and_build_agree(site: Path, expected: list[Expect]) -> tuple[list[str], str]:
    """The loader reports ``expected``; ``showcase check`` prints the same lines and the build fails with them, no traceback.

    Returns the problem lines and everything the command and the build printed.
    """
    started = time.process_time()  # CPU time: a busy machine must not fail the bound
    problems = _problems(site)
    assert time.process_time() - started < 5, "reading the content took too long"
    assert_problems(problems, expected, site)
    lines = [problem.format(site) for problem in problems]

    code, out, err = _check(site)
    assert (code, out) == (1, lines)
    assert err == [f"{len(lines)} problem{'s' if len(lines) > 1 else ''} found; the site cannot be built until they are fixed."]

    result = build_site(site / "mkdocs.yml", site / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for line in lines:
        assert line in output
    return lines, output + "".join(out)


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_hostile_input_is_a_problem_in_check_and_in_the_build(
    site: Path, mutations: list[Mutation], expected: list[Expect]
) -> None:
    for mutate in mutations:
        mutate(site)
    check_and_build_agree(site, expected)
    assert not list((site / "site").rglob("*.html")), "nothing is built from content with problems"


def test_an_alias_bomb_is_refused_at_once(site: Path) -> None:
    """Nine aliases of nine aliases of ... would be 9**9 values: refused before anything is expanded."""
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    (site / TOPICS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.process_time()  # CPU time: a busy machine must not fail the bound
    problems = _problems(site)
    assert time.process_time() - started < 5
    mine = [p for p in problems if p.file.name == "topics.yml"]
    # Each anchor and each alias named once, at its first line.
    assert [(p.line, p.message.split(" is not allowed")[0]) for p in mine] == [
        (1, "the anchor '&a'"),
        *[(n, message) for n, name in enumerate("bcdefghi", 2) for message in (f"the anchor '&{name}'", f"the alias '*{chr(ord(name) - 1)}'")],
    ]


def _workflow_commands(lines: list[str]) -> list[str]:
    """Lines GitHub Actions would read as a workflow command."""
    return [line for line in lines if line.lstrip().startswith("::")]


def test_a_newline_in_a_key_or_folder_name_never_becomes_a_workflow_command(site: Path) -> None:
    replace_text(site / ALPHA, "project_code: ID-1", '"identifier\\n::error file=pwned.yml::injected": ID-1')
    folder = site / "content" / "projects" / "bad\n::warning file=pwned::folder"
    folder.mkdir()
    (folder / "project.yml").write_text("original_language: cs\n", encoding="utf-8")
    code, out, _ = _check(site)
    assert code == 1 and len(out) >= 2
    assert _workflow_commands(out) == []
    assert any(r"identifier\n::error file=pwned.yml::injected: unknown field" in line for line in out), out
    assert any(r"bad\n::warning file=pwned::folder" in line for line in out), out

    code, out, _ = _check(site, "--format", "github")
    annotations = _workflow_commands(out)
    assert code == 1 and annotations and len(annotations) == len(out) / 2
    # Only the annotations are commands, one per problem, each on its line and of the file it names.
    for annotation in annotations:
        match = re.fullmatch(r"::error file=(content/projects/[^,:]+?)(/project\.yml)?(,line=\d+)?(,title=[^,:]+)?::[^\n]*", annotation)
        assert match, annotation
        assert match.group(1) in ("content/projects/alpha", r"content/projects/bad\n%3A%3Awarning file=pwned%3A%3Afolder")

    result = build_site(site / "mkdocs.yml", site / "site")
    output = (result.stdout + result.stderr).splitlines()
    assert result.returncode == 1 and _workflow_commands(output) == []
    assert "Traceback" not in result.stderr


def test_a_video_embed_is_kept_only_when_mkdocs_yml_allows_its_provider(site: Path) -> None:
    player = '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="A video"></iframe>'
    (site / ALPHA_EN).write_text((site / ALPHA_EN).read_text(encoding="utf-8") + f"\n{player}\n", encoding="utf-8")
    page = site / "site" / "en" / "projects" / "alpha" / "index.html"

    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 0, result.stderr
    assert "<iframe" not in page.read_text(encoding="utf-8")

    replace_text(site / "mkdocs.yml", "      data_dir: data\n", "      data_dir: data\n      embeds: [youtube]\n")
    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 0, result.stderr
    iframes = re.findall(r"<iframe[^>]*>", page.read_text(encoding="utf-8"))
    assert len(iframes) == 1 and 'src="https://www.youtube-nocookie.com/embed/abc"' in iframes[0], iframes
    assert 'sandbox="' in iframes[0] and 'loading="lazy"' in iframes[0]

    replace_text(site / "mkdocs.yml", "embeds: [youtube]", "embeds: [tiktok]")
    result = build_site(site / "mkdocs.yml", site / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "showcase: embeds: 'tiktok' is not an embed this site knows (known: vimeo, youtube)" in result.stderr
