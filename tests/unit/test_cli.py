"""The ``showcase`` command line, driven on a scratch copy of the content.

Each test writes the small site of ``scratch.py`` (with a mkdocs.yml), changes
it, runs a command and asserts its output lines and exit code.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import frontmatter
import jsonschema
import pytest
import yaml
from PIL import Image

from gitrepo import commit_all, git, init
from scratch import replace_text, write_buildable_site
from showcase.editors.cli import main
from showcase.publishing.jsonschema import json_schema
from test_content_validation import CASES, Expect, Mutation

ALPHA = "content/projects/alpha"
BETA = "content/projects/beta"


def run(root: Path, *args: str) -> tuple[int, list[str], list[str]]:
    """Run ``showcase --config root/mkdocs.yml ARGS``: exit code, stdout lines, stderr lines."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(root / "mkdocs.yml"), *args], out, err)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    write_buildable_site(tmp_path)
    return tmp_path


# -- check ---------------------------------------------------------------------


def test_check_passes_the_valid_site(site: Path) -> None:
    assert run(site, "check") == (0, ["No problems: 2 projects in 3 languages (cs, en, bg)."], [])


def _line_pattern(expect: Expect, root: Path) -> re.Pattern[str]:
    line = expect.line_in(root)
    where = re.escape(expect.file) + (f":{line}" if line else "")
    field = re.escape(expect.field) + ": " if expect.field else ""
    hint = rf".*\(.*{re.escape(expect.hint)}.*\)" if expect.hint else ""
    return re.compile(rf"{where}: {field}.*{re.escape(expect.message)}.*{hint}")


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_check_reports_each_kind_of_bad_input(site: Path, mutations: list[Mutation], expected: list[Expect]) -> None:
    for mutate in mutations:
        mutate(site)
    code, out, err = run(site, "check")
    assert code == 1
    assert len(out) == len(expected), "\n".join(out)
    for expect in expected:
        pattern = _line_pattern(expect, site)
        assert any(pattern.fullmatch(line) for line in out), f"no line like {pattern.pattern}:\n" + "\n".join(out)
    noun = "problem" if len(expected) == 1 else "problems"
    assert err == [f"{len(expected)} {noun} found; the site cannot be built until they are fixed."]


def test_check_reports_every_problem_at_once_with_github_annotations(site: Path) -> None:
    replace_text(site / ALPHA / "project.yml", "start: 2021-01-01", "start: 2021-02-30")
    replace_text(site / BETA / "project.cs.md", "summary:", "sumary:")
    code, out, _ = run(site, "check", "--format", "github")
    assert code == 1
    assert out == [
        "content/projects/alpha/project.yml:10: period.start: '2021-02-30' is not a date in the calendar",
        "::error file=content/projects/alpha/project.yml,line=10,title=period.start::'2021-02-30' is not a date in the calendar",
        "content/projects/beta/project.cs.md:3: sumary: unknown field (did you mean 'summary'?)",
        "::error file=content/projects/beta/project.cs.md,line=3,title=sumary::unknown field (did you mean 'summary'?)",
    ]


def test_check_without_mkdocs_yml_says_where_to_run_it(tmp_path: Path) -> None:
    code, out, err = run(tmp_path, "check")
    assert code == 2 and out == []
    assert len(err) == 1 and "mkdocs.yml: cannot read the site configuration" in err[0], err


def test_the_console_script_runs_check(site: Path) -> None:
    """The entry point installed by pyproject.toml, in the site's folder."""
    replace_text(site / ALPHA / "project.yml", "countries: [CZ, SK]", "countries: [CZ, UK]")
    script = Path(sys.executable).with_name("showcase")
    result = subprocess.run([str(script), "check"], cwd=site, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "content/projects/alpha/project.yml:13: countries[1]: 'UK' is not an ISO 3166 country code (UK is written GB)"
    ]
    assert "Traceback" not in result.stderr


# -- new -------------------------------------------------------------------------


def _as_json(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


GREEN = "content/projects/zelene-skoly-pro-vsechny"


def _fill_in(path: Path, replacements: dict[str, str]) -> None:
    """Replace each line starting with a key of ``replacements`` by its value, as an editor fills a placeholder."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for start, line in replacements.items():
        (index,) = [n for n, text in enumerate(lines) if text.startswith(start)]
        lines[index] = line
    path.write_text("\n".join(lines), encoding="utf-8")


def test_new_writes_a_draft_that_check_lists_refuses_while_placeholders_remain_and_then_passes(site: Path) -> None:
    code, out, _ = run(site, "new", "--title", "Zelené školy pro všechny", "--language", "cs")
    assert code == 0
    folder = site / GREEN
    assert out[:4] == [f"created {GREEN}/{name}" for name in ("project.yml", "project.cs.md", "project.en.md", "project.bg.md")]
    facts_text = (folder / "project.yml").read_text(encoding="utf-8")
    czech = (folder / "project.cs.md").read_text(encoding="utf-8")
    # The title as typed; no real id or value to forget; explained in Czech.
    assert re.search(r"^title: Zelené školy pro všechny +# povinné v původním jazyce: Název projektu v tomto jazyce\.$", czech, re.M)
    values = [line for line in facts_text.splitlines() if line and not line.startswith("#")]
    assert values[1:4] == [
        line for line in values if line.startswith(("original_language:", "organisation:", "countries:"))
    ] and values[1].startswith("original_language: cs ")
    assert all("'TODO: " in line for line in values[2:4]), values  # placeholders, not real ids (organisation, countries)
    assert values[0].startswith("draft: true ")
    assert "# Fakta o projektu, stejná ve všech jazycích." in facts_text
    assert "# Překlad do češtiny." not in czech and "# Texty projektu v jeho původním jazyce." in czech
    # The draft passes the check, listed as a draft; nothing of it is published.
    assert run(site, "check") == (
        0,
        [
            "No problems: 2 projects in 3 languages (cs, en, bg).",
            "1 draft, not published (delete 'draft: true' in project.yml to publish):",
            f"  {GREEN}/project.yml",
        ],
        [],
    )
    # Published too early: every placeholder is a problem, at its line.
    _fill_in(folder / "project.yml", {"draft: true": ""})
    code, out, _ = run(site, "check")
    assert code == 1
    assert [line.split(": this is still the placeholder")[0] for line in out] == [
        f"{GREEN}/project.cs.md:{_line(folder / 'project.cs.md', 'summary:')}: summary",
        f"{GREEN}/project.cs.md:{_line(folder / 'project.cs.md', 'TODO:')}: body",
        f"{GREEN}/project.yml:{_line(folder / 'project.yml', 'organisation:')}: organisation",
        f"{GREEN}/project.yml:{_line(folder / 'project.yml', 'countries:')}: countries",
    ]
    assert all("(write the real value, or set 'draft: true' in project.yml until it is ready)" in line or "draft: true" in line for line in out)
    # Filled in, it passes, and its files are valid for the editors' tools.
    _fill_in(folder / "project.yml", {"organisation:": "organisation: khamoro", "countries:": "countries: [CZ]"})
    _fill_in(folder / "project.cs.md", {"summary:": "summary: Školní zahrady v pěti městech.", "TODO:": "Příběh projektu."})
    assert run(site, "check") == (0, ["No problems: 3 projects in 3 languages (cs, en, bg)."], [])
    jsonschema.validate(_as_json(yaml.safe_load((folder / "project.yml").read_text(encoding="utf-8"))), json_schema("project.schema.json"))
    for language in ("cs", "en", "bg"):
        text = (folder / f"project.{language}.md").read_text(encoding="utf-8")
        assert text.startswith("---\n# yaml-language-server: $schema=../../../schema/project-texts.schema.json\n")
        jsonschema.validate(_as_json(frontmatter.loads(text).metadata), json_schema("project-texts.schema.json"))
    # A partial translation: status lists the fields it lacks.
    _fill_in(folder / "project.en.md", {"# title:": "title: Green schools for all"})
    code, out, _ = run(site, "status", "--json")
    green = next(p for p in json.loads("\n".join(out))["projects"] if p["id"] == "zelene-skoly-pro-vsechny")
    assert green["draft"] is False
    assert green["languages"]["en"]["state"] == "present"
    assert green["languages"]["en"]["missing_fields"] == ["summary", "body"]
    assert green["languages"]["bg"] == {"state": "missing", "file": None, "last_change": None, "missing_fields": [], "outdated_fields": []}


def _line(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def test_new_scaffolds_every_field_explained_in_the_language_of_each_file(site: Path) -> None:
    assert run(site, "new", "--title", "Зелени училища", "--language", "bg")[0] == 0
    folder = site / "content" / "projects" / "zeleni-uchilishta"
    facts_text = (folder / "project.yml").read_text(encoding="utf-8")
    assert facts_text.startswith("# yaml-language-server: $schema=../../../schema/project.schema.json\n")
    assert yaml.safe_load(facts_text)["original_language"] == "bg"
    # Every field is there, explained in Bulgarian: optional ones commented out.
    for name in ("partners", "funding", "period", "status", "topics", "figures", "contacts", "links"):
        assert re.search(rf"^# {name}:.* # \S", facts_text, re.M), name
    assert "# contacts:" in facts_text and "#   - id: jan-husak" in facts_text
    assert re.search(r"^organisation: 'TODO: попълнете' +# задължително: Идентификатор на организацията", facts_text, re.M)
    bulgarian = (folder / "project.bg.md").read_text(encoding="utf-8")
    assert re.search(r"^title: Зелени училища +# задължително на оригиналния език: Името на проекта на този език\.$", bulgarian, re.M)
    for name in ("subtitle", "goals", "activities", "findings", "quotes", "acknowledgement"):
        assert re.search(rf"^# {name}:", bulgarian, re.M), name
    # A translation's comments are in its own language.
    assert "# Překlad do češtiny." in (folder / "project.cs.md").read_text(encoding="utf-8")
    assert "# The translation into English." in (folder / "project.en.md").read_text(encoding="utf-8")


def test_every_example_of_the_scaffold_passes_the_check(site: Path) -> None:
    assert run(site, "new", "--title", "Green schools", "--language", "en")[0] == 0
    folder = site / "content" / "projects" / "green-schools"
    facts_text = (folder / "project.yml").read_text(encoding="utf-8")
    # The facts with their parts: a sum and its currency, a place's point, a partner's role, an indicator.
    for name in ("budget", "places", "indicators", "events", "application_id", "project_code"):
        assert re.search(rf"^# {name}:.* # \S", facts_text, re.M), name
    for part in ("      amount: 850000", "  amount: 1250000", "  currency: EUR", "    lat: 42.43", "    nuts: BG344", "    role: partner", "    achieved: 35"):
        assert re.search(rf"^# {re.escape(part)} +# \S", facts_text, re.M), part
    english = (folder / "project.en.md").read_text(encoding="utf-8")
    for name in ("indicators", "events"):
        assert re.search(rf"^# {name}:", english, re.M), name
    # Uncommented, with the placeholders filled in (ids this site has, and no image file), every example passes.
    fields = facts_text.split("\n\n", 1)[1]  # after the explanation at the top
    kept = ("draft:", "original_language:", "organisation:", "countries:", "# image:")
    body = [re.sub(r"^# ", "", line) for line in fields.splitlines() if not line.startswith(kept)]
    uncommented = "\n".join(body).replace("ergo-network", "khamoro") + "\noriginal_language: en\norganisation: romodrom\ncountries: [CZ, BG]\n"
    (folder / "project.yml").write_text(uncommented, encoding="utf-8")
    english_lines = english.splitlines()
    english_body = [re.sub(r"^# (?=[a-z_]+:|  )", "", line) if index > 2 else line for index, line in enumerate(english_lines)]
    english_text = "\n".join(english_body).replace("'TODO: ", "'") + "\n"
    (folder / "project.en.md").write_text(re.sub(r"^TODO: .*$", "The story.", english_text, flags=re.M), encoding="utf-8")
    # The files the examples name: a picture of the gallery and a document.
    Image.new("RGB", (64, 48), "teal").save(folder / "workshop.jpg")
    (folder / "final-report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, out, _ = run(site, "check")
    assert code == 0, out


def test_new_refuses_an_existing_project(site: Path) -> None:
    assert run(site, "new", "alpha") == (
        2,
        [],
        ["showcase new: content/projects/alpha/ already exists: choose another id, or edit the files there"],
    )


def test_new_needs_a_title_or_an_id(site: Path) -> None:
    assert run(site, "new") == (2, [], ['showcase new: give the project\'s title (--title "Green schools for all"), its id, or both'])


@pytest.mark.parametrize("slug", ["Green-Schools", "green_schools", "-green", "zelené-školy"])
def test_new_refuses_an_invalid_slug(site: Path, slug: str) -> None:
    code, out, err = run(site, "new", "--", slug)
    assert (code, out) == (2, [])
    assert err == [f"showcase new: {slug!r} is not a valid project id: use lowercase letters, digits and single hyphens, like 'green-schools' (it becomes the page address)"]
    assert not (site / "content" / "projects" / slug).exists()


def test_new_refuses_a_language_the_site_does_not_have(site: Path) -> None:
    assert run(site, "new", "gamma", "--language", "de") == (
        2,
        [],
        ["showcase new: 'de' is not a language of this site (its languages: cs, en, bg)"],
    )


# -- status ----------------------------------------------------------------------


def _status(root: Path) -> dict[str, dict[str, str]]:
    code, out, err = run(root, "status", "--json")
    assert code == 0, err
    document = json.loads("\n".join(out))
    return {p["id"]: {lang: e["state"] for lang, e in p["languages"].items()} for p in document["projects"]}


def test_status_without_git_shows_present_and_missing(site: Path) -> None:
    code, out, _ = run(site, "status")
    assert code == 0
    assert out[0].split() == ["project", "cs", "en", "bg"]
    assert out[2].split() == ["alpha", "present", "original", "missing"]
    assert out[3].split() == ["beta", "original", "missing", "missing"]
    # Field by field: what the Czech translation of alpha lacks (the page shows the English, marked).
    assert out[4:7] == ["", "Translations to finish:", "  alpha cs: lacks figures, contacts, links"]
    assert out[-2] == "2 projects: 2 original, 1 present, 0 outdated, 3 missing."
    assert out[-1].startswith("Outdated translations cannot be told: ") and "not in a git repository" in out[-1]


def test_status_marks_a_translation_outdated_after_its_original_changed_in_git(site: Path) -> None:
    init(site)
    commit_all(site, "Content", "2024-03-01T10:00:00+00:00")
    replace_text(site / ALPHA / "project.en.md", "Body of the *alpha* project.", "Body of the *alpha* project, revised.")
    replace_text(site / ALPHA / "project.en.md", "  - First goal", "  - First goal, revised")
    commit_all(site, "Revise the English original", "2024-05-02T10:00:00+00:00")
    code, out, _ = run(site, "status")
    assert code == 0
    assert out[2].split() == ["alpha", "outdated", "2024-03-01", "original", "2024-05-02", "missing"]
    assert out[3].split() == ["beta", "original", "2024-03-01", "missing", "missing"]
    assert out[4:7] == ["", "Translations to finish:", "  alpha cs: lacks figures, contacts, links; original changed in goals, body"]
    assert out[-1] == "2 projects: 2 original, 0 present, 1 outdated, 3 missing."
    _, json_out, _ = run(site, "status", "--json")
    alpha = json.loads("\n".join(json_out))["projects"][0]
    assert alpha["languages"]["cs"] == {
        "state": "outdated",
        "file": "content/projects/alpha/project.cs.md",
        "last_change": "2024-03-01",
        "original_last_change": "2024-05-02",
        "missing_fields": ["figures", "contacts", "links"],
        "outdated_fields": ["goals", "body"],
    }
    # The translator catches up: the translation is newer than the original again.
    replace_text(site / ALPHA / "project.cs.md", "Text projektu alfa.", "Text projektu alfa, upravený.")
    assert _status(site)["alpha"]["cs"] == "present", "an uncommitted translation is not judged"
    commit_all(site, "Update the Czech translation", "2024-06-03T10:00:00+00:00")
    assert _status(site)["alpha"] == {"cs": "present", "en": "original", "bg": "missing"}


def test_status_follows_a_translation_renamed_by_the_migration(site: Path) -> None:
    """Files renamed to the current layout keep their history: an outdated translation stays outdated."""
    init(site)
    for language in ("en", "cs"):
        (site / ALPHA / f"project.{language}.md").rename(site / ALPHA / f"{language}.md")
    (site / BETA / "project.cs.md").rename(site / BETA / "cs.md")
    commit_all(site, "Content in the former layout", "2024-03-01T10:00:00+00:00")
    replace_text(site / ALPHA / "en.md", "summary: The alpha project in English.", "summary: The alpha project, revised.")
    commit_all(site, "Revise the English original", "2024-05-02T10:00:00+00:00")
    code, out, _ = run(site, "migrate")
    assert code == 0 and out[0] == "renamed content/projects/alpha/cs.md to project.cs.md"
    commit_all(site, "Migrate", "2024-06-03T10:00:00+00:00")
    alpha = json.loads("\n".join(run(site, "status", "--json")[1]))["projects"][0]["languages"]["cs"]
    assert (alpha["state"], alpha["last_change"], alpha["outdated_fields"]) == ("outdated", "2024-03-01", ["summary"])


def test_status_changes_in_one_commit_are_not_outdated(site: Path) -> None:
    init(site)
    replace_text(site / ALPHA / "project.en.md", "Body of the *alpha* project.", "Body, revised.")
    commit_all(site, "Everything at once", "2024-03-01T10:00:00+00:00")
    assert _status(site)["alpha"]["cs"] == "present"


def test_status_with_an_uncommitted_original_change_judges_nothing(site: Path) -> None:
    init(site)
    commit_all(site, "Content", "2024-03-01T10:00:00+00:00")
    replace_text(site / ALPHA / "project.en.md", "Body of the *alpha* project.", "Body, being revised.")
    assert _status(site)["alpha"]["cs"] == "present"


def test_status_in_a_shallow_clone_says_history_is_missing(site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    init(site)
    commit_all(site, "Content", "2024-03-01T10:00:00+00:00")
    replace_text(site / ALPHA / "project.en.md", "Body of the *alpha* project.", "Body, revised.")
    commit_all(site, "Revise", "2024-05-02T10:00:00+00:00")
    clone = tmp_path_factory.mktemp("clone") / "site"
    git(site, "clone", "-q", "--depth", "1", f"file://{site}", str(clone))
    assert _status(site)["alpha"]["cs"] == "outdated"
    code, out, _ = run(clone, "status")
    assert code == 0
    assert out[2].split() == ["alpha", "present", "original", "missing"]
    assert out[-1] == "Outdated translations cannot be told: the repository is a shallow clone (check out with fetch-depth: 0)."


def test_status_counts_an_empty_translation_as_missing(site: Path) -> None:
    assert run(site, "new", "gamma", "--language", "en")[0] == 0
    assert _status(site)["gamma"] == {"cs": "missing", "en": "original", "bg": "missing"}


def test_status_of_broken_content_sends_to_check(site: Path) -> None:
    replace_text(site / ALPHA / "project.en.md", "summary:", "sumary:")
    code, out, err = run(site, "status")
    assert (code, out) == (1, [])
    assert err[-1] == "showcase status: the content has problems; run `showcase check` and fix them first."
