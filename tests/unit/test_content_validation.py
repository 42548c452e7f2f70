"""Golden tests of bad content: every mistake is reported at its file and line.

Each case starts from the small valid site of ``scratch.py`` (whose line numbers
the expectations rely on), applies one or more mutations, runs the core's
``load_site`` and compares the problems it reports with the expected ones:
the same set of (file, line, field), each message and hint containing the
expected text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO, build_site
from scratch import DEFAULT_LANGUAGE, LANGUAGES, load, replace_text, write_buildable_site, write_scratch_site
from showcase.content.loader import load_site
from showcase.content.problems import ContentError, Problem

Mutation = Callable[[Path], None]

ALPHA = "content/projects/alpha/project.yml"
ALPHA_EN = "content/projects/alpha/project.en.md"
ALPHA_CS = "content/projects/alpha/project.cs.md"
BETA = "content/projects/beta/project.yml"
BETA_CS = "content/projects/beta/project.cs.md"


def replace(file: str, old: str, new: str) -> Mutation:
    """Replace the one occurrence of ``old`` in ``file`` by ``new``."""

    def mutate(root: Path) -> None:
        replace_text(root / file, old, new)

    return mutate


def write(file: str, text: str) -> Mutation:
    def mutate(root: Path) -> None:
        (root / file).write_text(text, encoding="utf-8")

    return mutate


def delete(file: str) -> Mutation:
    def mutate(root: Path) -> None:
        (root / file).unlink()

    return mutate


@dataclass(frozen=True)
class Expect:
    """A problem the core must report. ``line`` may depend on the scratch site's files."""

    file: str
    line: int | None | Callable[[Path], int]
    field: str
    message: str
    hint: str | None = None

    def line_in(self, root: Path) -> int | None:
        return self.line(root) if callable(self.line) else self.line


def _first_key_line(file: str) -> Callable[[Path], int]:
    """The line of the first key of a YAML file (after its comments)."""

    def line(root: Path) -> int:
        lines = (root / file).read_text(encoding="utf-8").splitlines()
        return next(n for n, text in enumerate(lines, 1) if text.strip() and not text.startswith("#"))

    return line


def _relative(problem: Problem, root: Path) -> str:
    return str((problem.file.parent.resolve() / problem.file.name).relative_to(root.resolve()).as_posix())


def assert_problems(problems: list[Problem], expected: list[Expect], root: Path) -> None:
    report = "\n".join(p.format(root) for p in problems)
    actual = sorted(problems, key=lambda p: (_relative(p, root), p.line or 0, p.field, p.message))
    wanted = sorted(expected, key=lambda e: (e.file, e.line_in(root) or 0, e.field))
    assert [(_relative(p, root), p.line, p.field) for p in actual] == [
        (e.file, e.line_in(root), e.field) for e in wanted
    ], f"reported:\n{report}"
    for problem, expect in zip(actual, wanted, strict=True):
        assert expect.message in problem.message, f"{problem.format(root)}\n  expected message with {expect.message!r}"
        if expect.hint is not None:
            assert problem.hint is not None and expect.hint in problem.hint, (
                f"{problem.format(root)}\n  expected hint with {expect.hint!r}"
            )


def test_the_scratch_site_is_valid(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    site = load(tmp_path)
    assert [p.id for p in site.projects] == ["alpha", "beta"]
    assert site.project("alpha").facts.figures == {"partner-cities": 10}


def test_the_real_content_has_no_problem() -> None:
    try:
        site = load_site(REPO / "content", REPO / "data", LANGUAGES, DEFAULT_LANGUAGE)
    except ContentError as error:  # pragma: no cover - shown when it fails
        pytest.fail(error.report(), pytrace=False)
    folders = sorted(p.name for p in (REPO / "content" / "projects").iterdir() if p.is_dir())
    assert sorted(p.id for p in site.projects) == folders
    assert len(folders) >= 5


CASES = [
    # -- YAML itself ---------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "status: completed", "status: completed: yes")],
        [Expect(ALPHA, 12, "", "this value contains ': '", "quotes")],
        id="yaml-syntax-project-yml",
    ),
    pytest.param(
        [replace(ALPHA, "  start: 2021-01-01", "\tstart: 2021-01-01")],
        [Expect(ALPHA, 10, "", "indented with a tab", "spaces only")],
        id="yaml-tab-indentation",
    ),
    pytest.param(
        [replace(ALPHA_EN, "summary: The alpha project in English.", "summary: The alpha: project in English.")],
        [Expect(ALPHA_EN, 3, "", "this value contains ': '", "quotes")],
        id="yaml-syntax-front-matter",
    ),
    pytest.param(
        # The editor's mistake is the opening quote on line 5, not the end of the front matter.
        [replace(ALPHA_EN, "  - First goal", "  - 'First goal")],
        [Expect(ALPHA_EN, 5, "", "a quote opened on this line is never closed")],
        id="yaml-unclosed-quote-front-matter",
    ),
    pytest.param(
        # A field of a contact indented less than the others: PyYAML says "expected <block end>, but found '?'".
        [replace(ALPHA, "    phone: ", "  phone: ")],
        [Expect(ALPHA, 21, "", "this field is indented 2 spaces, which lines it up with no block above it", "same column")],
        id="yaml-field-indented-less-than-its-block",
    ),
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]", "  countries: [CZ, SK]")],
        [Expect(ALPHA, 13, "", "indented 2 spaces, more than the field above it, which holds a value", "line it up")],
        id="yaml-field-indented-more-than-the-one-above",
    ),
    pytest.param(
        [replace(ALPHA_EN, "  - Second **goal**", " - Second **goal**")],
        [Expect(ALPHA_EN, 6, "", "this list item is indented 1 space", "same column")],
        id="yaml-list-item-indented-differently",
    ),
    pytest.param(
        [replace(ALPHA, "status: completed", "status:completed")],
        [Expect(ALPHA, 12, "", "'status:' has no space after the colon", "'status: '")],
        id="yaml-no-space-after-colon",
    ),
    pytest.param(
        # An empty title is reported at its own line, not at the top of the file.
        [replace(ALPHA_EN, "title: Alpha project", "title:")],
        [Expect(ALPHA_EN, 2, "title", "the original (project.en.md) must have a title")],
        id="empty-title-at-its-line",
    ),
    pytest.param(
        [replace(ALPHA, "status: completed", "status: completed\nstatus: completed")],
        [Expect(ALPHA, 13, "status", "appears twice", "delete or rename")],
        id="duplicate-key",
    ),
    pytest.param(
        [
            replace(
                ALPHA_EN,
                "  partner-cities: partner cities",
                "  partner-cities: partner cities\n  partner-cities: cities",
            )
        ],
        [Expect(ALPHA_EN, 9, "figures.partner-cities", "appears twice")],
        id="duplicate-key-front-matter",
    ),
    pytest.param(
        # Plain text reaches <meta name="description">, where no script can hide it.
        [replace(ALPHA_EN, "summary: The alpha project in English.", "summary: Write to eva@example.org.")],
        [Expect(ALPHA_EN, 3, "summary", "'eva@example.org' would be readable by address harvesters", "contact in project.yml")],
        id="email-in-plain-text",
    ),
    # -- required fields -------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "organisation: romodrom\npartners", "partners")],
        [Expect(ALPHA, 1, "organisation", "required", "data/organisations.yml")],
        id="missing-organisation",
    ),
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]\n", "")],
        [Expect(ALPHA, 1, "countries", "required", "country code")],
        id="missing-countries",
    ),
    pytest.param(
        [replace(ALPHA, "original_language: en\n", "")],
        [Expect(ALPHA, 1, "original_language", "required", "cs, en, bg")],
        id="missing-original-language",
    ),
    pytest.param(
        [replace(ALPHA_EN, "title: Alpha project\n", "")],
        [Expect(ALPHA_EN, 1, "title", "must have a title", "title:")],
        id="missing-title-in-original",
    ),
    pytest.param(
        [write(ALPHA_CS, "title: Projekt alfa\nsummary: Bez front matter.\n\nText.\n")],
        [Expect(ALPHA_CS, 1, "", "does not start with front matter", "---")],
        id="no-front-matter",
    ),
    # -- types -----------------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]", "countries: CZ")],
        [Expect(ALPHA, 13, "countries", "expected a list", "[CZ, SK]")],
        id="countries-as-text",
    ),
    pytest.param(
        [replace(ALPHA, "partner-cities, value: 10", "partner-cities, value: ten")],
        [Expect(ALPHA, 15, "figures[0].value", "found 'ten'")],
        id="figure-not-a-number",
    ),
    pytest.param(
        [replace(ALPHA, "registration_number: CZ.1/2", "registation_number: CZ.1/2")],
        [Expect(ALPHA, 7, "registation_number", "unknown field", "did you mean 'registration_number'")],
        id="unknown-field-project-yml",
    ),
    pytest.param(
        [replace(ALPHA_EN, "summary:", "sumary:")],
        [Expect(ALPHA_EN, 3, "sumary", "unknown field", "did you mean 'summary'")],
        id="unknown-field-front-matter",
    ),
    # -- dates -----------------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 2021-02-30")],
        [Expect(ALPHA, 10, "period.start", "'2021-02-30' is not a date")],
        id="date-not-in-calendar",
    ),
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 2021-13")],
        [Expect(ALPHA, 10, "period.start", "'2021-13' is not a date")],
        id="month-13",
    ),
    pytest.param(
        [replace(ALPHA, "start: 2021-01-01", "start: 1. 1. 2021")],
        [Expect(ALPHA, 10, "period.start", "YYYY-MM-DD", "write 2021-01-01")],
        id="czech-date-format",
    ),
    pytest.param(
        [replace(ALPHA, "end: 2022-12-31", "end: 2020-12")],
        [Expect(ALPHA, 11, "period.end", "ends (2020-12) before it starts (2021-01-01)")],
        id="period-ends-before-start",
    ),
    # -- contacts and links ----------------------------------------------------
    pytest.param(
        [replace(ALPHA, "email: jan@example.org", "email: jan(at)example.org")],
        [Expect(ALPHA, 22, "contacts[0].email", "e-mail address")],
        id="malformed-email",
    ),
    pytest.param(
        [replace(ALPHA, 'phone: "+420 778 747 633"', 'phone: "420 778 747 633"')],
        [Expect(ALPHA, 21, "contacts[0].phone", "international format", "start with +")],
        id="phone-without-plus",
    ),
    pytest.param(
        [replace(ALPHA, "website: https://www.example.org/", "website: www.example.org")],
        [Expect(ALPHA, 26, "links.website", "https://", "https://www.example.org")],
        id="url-without-scheme",
    ),
    # -- references to data/ ---------------------------------------------------
    pytest.param(
        [replace(ALPHA, "organisation: romodrom\npartners", "organisation: romodrm\npartners")],
        [Expect(ALPHA, 2, "organisation", "no organisation 'romodrm'", "did you mean 'romodrom'")],
        id="unknown-organisation",
    ),
    pytest.param(
        [replace(ALPHA, "topics: [roma-inclusion, networking]", "topics: [roma-inclusion, netwrking]")],
        [Expect(ALPHA, 14, "topics[1]", "no topic 'netwrking'", "did you mean 'networking'")],
        id="unknown-topic",
    ),
    pytest.param(
        [replace(ALPHA, "funder: european-social-fund", "funder: european-social-fnd")],
        [
            Expect(
                ALPHA, 5, "funding[0].funder", "no funder 'european-social-fnd'", "did you mean 'european-social-fund'"
            )
        ],
        id="unknown-funder",
    ),
    pytest.param(
        [replace(ALPHA, "programme: op-employment", "programme: op-employmnt")],
        [Expect(ALPHA, 6, "funding[0].programme", "no programme 'op-employmnt'", "did you mean 'op-employment'")],
        id="unknown-programme",
    ),
    pytest.param(
        [replace(BETA, "  - funder: urbact\n", "  - funder: urbact\n    programme: op-employment\n")],
        [Expect(BETA, 5, "funding[0].programme", "'urbact' has no programme 'op-employment'")],
        id="programme-of-another-funder",
    ),
    pytest.param(
        # The second funding has the programme: its line is still found.
        [
            replace(ALPHA, "funding:\n", "funding:\n  - funder: urbact\n"),
            replace(ALPHA, "programme: op-employment", "programme: op-employmnt"),
        ],
        [Expect(ALPHA, 7, "funding[1].programme", "no programme 'op-employmnt'", "did you mean 'op-employment'")],
        id="unknown-programme-in-second-funding",
    ),
    pytest.param(
        [replace(ALPHA, "partners: [{organisation: khamoro, role: partner}]", "partners: [{organisation: khamoro, role: partner}, {organisation: khamorro, role: partner}]")],
        [Expect(ALPHA, 3, "partners[1].organisation", "no organisation 'khamorro'", "did you mean 'khamoro'")],
        id="unknown-partner",
    ),
    # -- language files --------------------------------------------------------
    pytest.param(
        [write("content/projects/alpha/project.de.md", "---\ntitle: Alpha\n---\n")],
        [
            Expect(
                "content/projects/alpha/project.de.md", None, "", "'project.de.md' is not the file of a language", "project.cs.md, project.en.md, project.bg.md"
            )
        ],
        id="language-the-site-does-not-have",
    ),
    pytest.param(
        [delete(ALPHA_EN)],
        [Expect(ALPHA, 1, "original_language", "project.en.md does not exist", "create project.en.md")],
        id="original-language-file-missing",
    ),
    pytest.param(
        # A number without its label would show its bare id to readers.
        [replace(ALPHA_EN, "figures:\n  partner-cities: partner cities\n", "")],
        [Expect(ALPHA, 15, "figures[0]", "the figure 'partner-cities' has no label in the original (project.en.md)", "under 'figures:'")],
        id="figure-without-a-label",
    ),
    pytest.param(
        [lambda root: (root / ALPHA_EN).rename(root / "content/projects/alpha/en.md")],
        [Expect("content/projects/alpha/en.md", None, "", "'en.md' is the former name of the 'en' language file", "rename it to project.en.md; `showcase migrate`")],
        id="language-file-under-its-former-name",
    ),
    pytest.param(
        [replace(ALPHA_EN, "  partner-cities: partner cities", "  partner-cities: partner cities\n  members: members")],
        [Expect(ALPHA_EN, 9, "figures.members", "no figure 'members' in project.yml", "partner-cities")],
        id="figure-label-without-figure",
    ),
    pytest.param(
        [replace(ALPHA_EN, "  jan: Project contact", "  jan: Project contact\n  eva: Eva")],
        [Expect(ALPHA_EN, 11, "contacts.eva", "no contact 'eva' in project.yml", "jan")],
        id="contact-role-without-contact",
    ),
    pytest.param(
        [replace(ALPHA_EN, "  website: Our website", "  webiste: Our website")],
        [Expect(ALPHA_EN, 12, "links.webiste", "no link 'webiste' in project.yml", "did you mean 'website'")],
        id="link-label-misspelt",
    ),
    pytest.param(
        [
            replace(
                BETA_CS, "summary: Projekt beta česky.\n", "summary: Projekt beta česky.\nfigures:\n  members: členů\n"
            )
        ],
        [Expect(BETA_CS, 5, "figures.members", "no figure 'members'", "project.yml has no figures")],
        id="figure-label-in-project-without-figures",
    ),
    pytest.param(
        [
            replace(
                ALPHA_EN,
                "figures:\n  partner-cities: partner cities",
                "figures: {partner-cities: partner cities, members: members}",
            )
        ],
        [Expect(ALPHA_EN, 7, "figures.members", "no figure 'members'")],
        id="figure-label-in-flow-mapping",
    ),
    # -- countries -------------------------------------------------------------
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]", "countries: [cz, SK]")],
        [Expect(ALPHA, 13, "countries[0]", "capitals", "'CZ'")],
        id="lowercase-country",
    ),
    pytest.param(
        [replace(ALPHA, "countries: [CZ, SK]", "countries: [CZ, UK]")],
        [Expect(ALPHA, 13, "countries[1]", "'UK' is not an ISO 3166 country code", "GB")],
        id="UK-is-GB",
    ),
    pytest.param(
        [replace(ALPHA, "    country: CZ", "    country: XX")],
        [Expect(ALPHA, 24, "contacts[0].country", "'XX' is not an ISO 3166 country code")],
        id="unknown-contact-country",
    ),
    # -- data/ -----------------------------------------------------------------
    pytest.param(
        [replace("data/ui/bg.yml", "\ngoals: Цели\n", "\n")],
        [Expect("data/ui/bg.yml", _first_key_line("data/ui/bg.yml"), "goals", "required")],
        id="missing-ui-string",
    ),
    pytest.param(
        # A mistake in one topic must not make the references to the other, valid topics fail.
        [replace("data/topics.yml", "id: networking\n  name:", "id: networking\n  nam:")],
        [
            Expect("data/topics.yml", 3, "[1].name", "required"),
            Expect("data/topics.yml", 4, "[1].nam", "unknown field", "did you mean 'name'"),
        ],
        id="bad-topic-entry-does-not-hide-the-others",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_bad_content_is_reported_at_its_line(tmp_path: Path, mutations: list[Mutation], expected: list[Expect]) -> None:
    write_scratch_site(tmp_path)
    for mutate in mutations:
        mutate(tmp_path)
    with pytest.raises(ContentError) as info:
        load(tmp_path)
    assert_problems(info.value.problems, expected, tmp_path)


@pytest.mark.parametrize(
    ("countries", "expected"),
    [("[CZ, NO]", ("CZ", "NO")), ("\n  - NO\n  - 'SK'", ("NO", "SK")), ("[Off, 'NO']", None)],
    ids=["flow-list", "block-list", "other-yaml-boolean"],
)
def test_unquoted_NO_is_norway_not_false(tmp_path: Path, countries: str, expected: tuple[str, ...] | None) -> None:
    write_scratch_site(tmp_path)
    replace(ALPHA, "countries: [CZ, SK]", f"countries: {countries}")(tmp_path)
    if expected is not None:
        assert load(tmp_path).project("alpha").facts.countries == expected
        return
    # "Off" is false to YAML 1.1 as well: reported as the text the editor typed, not as "no".
    with pytest.raises(ContentError) as info:
        load(tmp_path)
    assert_problems(
        info.value.problems, [Expect(ALPHA, 13, "countries[0]", "'Off' is not an ISO 3166 country code")], tmp_path
    )


def test_lowercase_no_is_reported_as_a_country_code(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    replace(ALPHA, "countries: [CZ, SK]", "countries: [no]")(tmp_path)
    with pytest.raises(ContentError) as info:
        load(tmp_path)
    assert_problems(info.value.problems, [Expect(ALPHA, 13, "countries[0]", "found 'no'", "write 'NO'")], tmp_path)


def test_all_problems_of_all_files_come_in_one_error_sorted_by_file_and_line(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    for mutate in [
        replace(BETA, "end: 2013-01", "end: 2013-13"),
        replace(ALPHA, "email: jan@example.org", "email: jan.example.org"),
        replace(ALPHA, "countries: [CZ, SK]", "countries: [cz, SK]"),
        replace(ALPHA_EN, "summary:", "sumary:"),
        replace("data/ui/en.yml", "\nphone: Phone\n", "\n"),
        replace(BETA_CS, "title: Projekt beta", "title: Projekt beta\ntitle: Projekt beta znovu"),
    ]:
        mutate(tmp_path)
    with pytest.raises(ContentError) as info:
        load(tmp_path)
    problems = info.value.problems
    expected = [
        Expect(ALPHA_EN, 3, "sumary", "unknown field"),
        Expect(ALPHA, 13, "countries[0]", "capitals"),
        Expect(ALPHA, 22, "contacts[0].email", "e-mail"),
        Expect(BETA_CS, 3, "title", "appears twice"),
        Expect(BETA, 6, "period.end", "not a date"),
        Expect("data/ui/en.yml", _first_key_line("data/ui/en.yml"), "phone", "required"),
    ]
    assert_problems(problems, expected, tmp_path)
    # In the order an editor works through them: by file, then by line.
    order = [(_relative(p, tmp_path), p.line or 0) for p in problems]
    assert order == sorted(order)
    report = info.value.report()
    assert report.startswith("The content has 6 problems")
    for problem in problems:
        assert problem.format(tmp_path) in report


def test_problem_format() -> None:
    root = Path("/site")
    problem = Problem(root / "content/projects/x/project.yml", 7, "period.end", "it is wrong", "fix it")
    assert problem.format(root) == "content/projects/x/project.yml:7: period.end: it is wrong (fix it)"
    whole_file = Problem(root / "content/projects/x/de.md", None, "", "not a language file")
    assert whole_file.format(root) == "content/projects/x/de.md: not a language file"


@pytest.mark.build
def test_mkdocs_build_fails_with_the_problem_and_no_traceback(tmp_path: Path) -> None:
    mkdocs_yml = write_buildable_site(tmp_path)
    replace(ALPHA, "start: 2021-01-01", "start: 2021-02-30")(tmp_path)
    replace(BETA_CS, "summary:", "sumary:")(tmp_path)
    result = build_site(mkdocs_yml, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "content/projects/alpha/project.yml:10: period.start: '2021-02-30' is not a date in the calendar" in output
    assert re.search(r"content/projects/beta/project\.cs\.md:3: sumary: unknown field \(did you mean 'summary'\?\)", output), (
        output
    )
    assert "Traceback" not in output
    assert not (tmp_path / "site" / "projects" / "alpha" / "index.html").exists()


@pytest.mark.build
def test_mkdocs_build_of_the_valid_scratch_site_succeeds(tmp_path: Path) -> None:
    """The other half of the test above: the failure comes from the mutation, not the setup."""
    mkdocs_yml = write_buildable_site(tmp_path)
    result = build_site(mkdocs_yml, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    for prefix in ("", "en/", "bg/"):
        assert (tmp_path / "site" / prefix / "projects" / "alpha" / "index.html").is_file()
