"""``showcase migrate``: a site in the former layout is brought to the current one, its content unchanged.

The scratch site is written back into the former layout (language files named
``<language>.md``; contacts, figures, data entries and programmes as mappings
under ids; names written once for every language); the migration must give the
same content as the current layout, keep what it does not convert as written,
and change nothing when run again. Also here: the project id ``showcase new``
makes from a title.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

from scratch import load, write_buildable_site
from showcase.content.problems import ContentError
from showcase.editors.cli import main
from showcase.editors.slugs import slug_from_title

FORMER_FILES = {
    "data/organisations.yml": """\
        # Organisations, by id.
        romodrom:
          name: ROMODROM
          country: CZ
        khamoro:
          name:
            cs: Khamoro (cs)
            en: Khamoro (en)
            bg: Хаморо
        """,
    "data/funders.yml": """\
        european-social-fund:
          name:
            cs: Evropský sociální fond
            en: European Social Fund
            bg: Европейски социален фонд
          acknowledgement: Funded by the ESF.
          programmes:
            op-employment:
              name:
                cs: Operační program Zaměstnanost
                en: Operational Programme Employment
                bg: Оперативна програма „Заетост“
        urbact:
          name: URBACT
        """,
    "data/topics.yml": """\
        roma-inclusion:
          name: {cs: Začleňování Romů, en: Roma inclusion, bg: Приобщаване на ромите}
        networking:
          name: {cs: Síťování, en: Networking, bg: Мрежи}
        """,
}
FORMER_FIGURES_AND_CONTACTS = """\
figures:
  partner-cities: 10
contacts:
  jan:
    name: Jan Novák
    organisation: romodrom
    phone: "+420 778 747 633"
    email: jan@example.org
    address: Main street 1, Prague
    country: CZ
links:
  website: https://www.example.org/
"""


def _showcase(root: Path, *args: str) -> tuple[int, list[str], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(root / "mkdocs.yml"), *args], out, err)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


@pytest.fixture
def former(tmp_path: Path) -> Path:
    """The scratch site in the former layout."""
    write_buildable_site(tmp_path)
    for name, text in FORMER_FILES.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    facts = tmp_path / "content/projects/alpha/project.yml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text[: text.index("figures:")] + FORMER_FIGURES_AND_CONTACTS, encoding="utf-8")
    for path in tmp_path.glob("content/projects/*/project.??.md"):
        path.rename(path.with_name(path.name.removeprefix("project.")))
    return tmp_path


def test_the_former_layout_is_reported_with_the_way_out(former: Path) -> None:
    with pytest.raises(ContentError) as info:
        load(former)
    report = info.value.report()
    assert "content/projects/alpha/en.md: 'en.md' is the former name of the 'en' language file (rename it to project.en.md; `showcase migrate`" in report
    assert "`showcase migrate` converts a whole site" in report


def test_migrate_brings_the_site_to_the_current_layout_with_the_same_content(former: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    current = tmp_path_factory.mktemp("current")
    write_buildable_site(current)
    assert _showcase(former, "migrate", "--dry-run")[1][0] == "would rename content/projects/alpha/cs.md to project.cs.md"
    assert (former / "content/projects/alpha/cs.md").is_file(), "a dry run changes nothing"

    code, out, err = _showcase(former, "migrate")
    assert (code, err) == (0, [])
    assert out == [
        "renamed content/projects/alpha/cs.md to project.cs.md",
        "renamed content/projects/alpha/en.md to project.en.md",
        "rewrote content/projects/alpha/project.yml (figures, contacts)",
        "renamed content/projects/beta/cs.md to project.cs.md",
        "rewrote data/organisations.yml",
        "rewrote data/funders.yml",
        "rewrote data/topics.yml",
        "Run `showcase check`, then commit the changes (git sees the renamed files as renamed).",
    ]
    migrated, expected = load(former), load(current)
    assert migrated.projects[0].facts == expected.projects[0].facts
    assert [{lang: dict(texts) for lang, texts in p.texts.items()} for p in migrated.projects] == [
        {lang: dict(texts) for lang, texts in p.texts.items()} for p in expected.projects
    ]
    for name in ("organisations", "funders", "topics"):
        assert {k: v.name.get("en") for k, v in migrated.collection(name).items()} == {k: v.name.get("en") for k, v in expected.collection(name).items()}
    # A name for every language is written for each; the opening comment and the other fields stay as written.
    organisations = (former / "data/organisations.yml").read_text(encoding="utf-8")
    assert organisations.startswith("# Organisations, by id.\n- id: romodrom\n  name: {cs: ROMODROM, en: ROMODROM, bg: ROMODROM}\n  country: CZ\n")
    facts = (former / "content/projects/alpha/project.yml").read_text(encoding="utf-8")
    assert "figures:\n  - id: partner-cities\n    value: 10\ncontacts:\n  - id: jan\n    name: Jan Novák\n" in facts
    assert '    phone: "+420 778 747 633"\n' in facts and "links:\n  website: https://www.example.org/\n" in facts
    assert facts.startswith((current / "content/projects/alpha/project.yml").read_text(encoding="utf-8").split("figures:")[0])
    # Once is enough.
    assert _showcase(former, "migrate") == (0, ["Nothing to migrate: the content is in the current layout."], [])


def test_migrate_keeps_both_files_when_a_language_has_two(former: Path) -> None:
    (former / "content/projects/beta/project.cs.md").write_text("---\ntitle: Beta\nsummary: B.\n---\n", encoding="utf-8")
    code, _, err = _showcase(former, "migrate")
    assert code == 1
    assert err == ["content/projects/beta/cs.md: not renamed, content/projects/beta/project.cs.md exists too: keep one of them"]
    assert (former / "content/projects/beta/cs.md").is_file()


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Zelené školy pro všechny", "zelene-skoly-pro-vsechny"),
        ("Зелени училища", "zeleni-uchilishta"),
        ("Щастие и жълти ябълки", "shtastie-i-zhalti-yabalki"),  # щ sht, ъ a, ж zh, я ya
        ("Република България", "republika-balgaria"),  # -ия at the end of a word: -ia
        ("Roma-Net II: Příběhy 2024", "roma-net-ii-pribehy-2024"),
        ("Ředitelství „Řeka“ – ŘSD", "reditelstvi-reka-rsd"),
        ("A very long title " * 8, "a-very-long-title-a-very-long-title-a-very-long-title-a-very"),
    ],
)
def test_an_id_is_made_from_a_title_in_any_of_the_sites_languages(title: str, slug: str) -> None:
    assert slug_from_title(title) == slug
