"""``showcase``: the editors' command line (no MkDocs import: it must start fast).

- ``showcase new [SLUG] [--title TITLE] [--language xx]``: a new project, a draft, every field explained;
- ``showcase check [--format github]``: the build's own validation, without building; lists the drafts;
- ``showcase status [--json]``: which translations are present, missing or outdated, field by field;
- ``showcase docs [--check]``: regenerate (or verify) the JSON Schemas in ``schema/``
  and the field reference in ``EDITING*.md``;
- ``showcase migrate [--dry-run]``: bring every project and data file to the current layout.

Run it in the site's folder (where ``mkdocs.yml`` is) or pass ``--config``.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..content.history import ContentHistory, read_history
from ..content.loader import load_site
from ..content.problems import ContentError, Problem, printable, relative_path
from .siteconfig import ConfigError, SiteConfig, read_site_config
from .status import STATES, status_table, translation_status

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _github_escape(text: str, property_value: bool = False) -> str:
    """Escape text for a GitHub Actions workflow command (control characters first shown as escapes: one line)."""
    text = printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_annotation(problem: Problem, root: Path) -> str:
    """``::error file=...,line=...,title=...::message (hint)``: shown on the pull request's diff."""
    file = relative_path(problem.file, root)
    properties = [f"file={_github_escape(file.as_posix(), True)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    if problem.field:
        properties.append(f"title={_github_escape(problem.field, True)}")
    message = problem.message + (f" ({problem.hint})" if problem.hint else "")
    return f"::error {','.join(properties)}::{_github_escape(message)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_check(config: SiteConfig, output_format: str, out: TextIO, err: TextIO) -> int:
    try:
        site = load_site(config.content_dir, config.data_dir, config.languages, config.default_language)
    except ContentError as error:
        for problem in error.problems:
            print(problem.format(config.root), file=out)
            if output_format == "github":
                print(github_annotation(problem, config.root), file=out)
        print(f"{_plural(len(error.problems), 'problem')} found; the site cannot be built until they are fixed.", file=err)
        return EXIT_PROBLEMS
    print(
        f"No problems: {_plural(len(site.projects), 'project')} in {_plural(len(site.languages), 'language')} ({', '.join(site.languages)}).",
        file=out,
    )
    if site.drafts:
        # Checked like the rest, placeholders excepted; listed so that none is forgotten.
        print(f"{_plural(len(site.drafts), 'draft')}, not published (delete 'draft: true' in project.yml to publish):", file=out)
        for draft in site.drafts:
            print(f"  {(draft.folder / 'project.yml').resolve().relative_to(config.root.resolve()).as_posix()}", file=out)
    return EXIT_OK


def cmd_new(config: SiteConfig, slug: str | None, title: str | None, language: str | None, out: TextIO, err: TextIO) -> int:
    from ..content.layout import PROJECTS_DIR
    from .scaffold import NewProject, scaffold, slug_problem
    from .slugs import slug_from_title

    original = language or config.default_language
    if original not in config.languages:
        print(f"showcase new: {original!r} is not a language of this site (its languages: {', '.join(config.languages)})", file=err)
        return EXIT_USAGE
    title = title.strip() if title else None
    if not slug:
        if not title:
            print('showcase new: give the project\'s title (--title "Green schools for all"), its id, or both', file=err)
            return EXIT_USAGE
        slug = slug_from_title(title)
        if not slug:
            print(f"showcase new: no id can be made from the title {title!r}: give one, like 'green-schools'", file=err)
            return EXIT_USAGE
    problem = slug_problem(slug)
    if problem:
        print(f"showcase new: {problem}", file=err)
        return EXIT_USAGE
    folder = config.content_dir / PROJECTS_DIR / slug
    shown = folder.relative_to(config.root).as_posix()
    if folder.exists():
        print(f"showcase new: {shown}/ already exists: choose another id, or edit the files there", file=err)
        return EXIT_USAGE
    site = NewProject(config.root, config.content_dir, config.languages, original, title)
    try:
        written = scaffold(site, slug)
    except OSError as error:
        print(f"showcase new: {shown}/ could not be created ({error.strerror}): check the folder and its permissions", file=err)
        return EXIT_PROBLEMS
    for path in written:
        print(f"created {path.relative_to(config.root).as_posix()}", file=out)
    print(
        f"The project is a draft: replace every 'TODO: ...' in project.yml and project.{original}.md, "
        "run `showcase check`, then delete 'draft: true' to publish it.",
        file=out,
    )
    return EXIT_OK


def cmd_status(config: SiteConfig, as_json: bool, out: TextIO, err: TextIO) -> int:
    try:
        site = load_site(config.content_dir, config.data_dir, config.languages, config.default_language)
    except ContentError as error:
        for problem in error.problems:
            print(problem.format(config.root), file=err)
        print("showcase status: the content has problems; run `showcase check` and fix them first.", file=err)
        return EXIT_PROBLEMS
    history: ContentHistory = read_history(config.content_dir)
    rows = translation_status(site, history, config.root)
    if as_json:
        document = {
            "languages": list(site.languages),
            "history": {"available": history.available, "reason": history.reason},
            "projects": rows,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    print("\n".join(status_table(rows, site.languages)), file=out)
    counts: dict[str, int] = {}
    for row in rows:
        for entry in row["languages"].values():
            counts[entry["state"]] = counts.get(entry["state"], 0) + 1
    summary = ", ".join(f"{counts.get(state, 0)} {state}" for state in STATES)
    print(f"\n{_plural(len(rows), 'project')}: {summary}.", file=out)
    if not history.available:
        print(f"Outdated translations cannot be told: {history.reason}.", file=out)
    return EXIT_OK


def cmd_docs(config: SiteConfig, check_only: bool, out: TextIO, err: TextIO) -> int:
    from .editing import generated_files

    stale = []
    for path, text in generated_files(config.root).items():
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if not check_only:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    verb = "out of date" if check_only else "updated"
    for path in stale:
        print(f"{verb}: {path.relative_to(config.root).as_posix()}", file=out)
    if check_only and stale:
        print("Run `showcase docs` to regenerate them from plugins/showcase/content/schema.py.", file=err)
        return EXIT_PROBLEMS
    if not stale:
        print("The schemas and field references are up to date.", file=out)
    return EXIT_OK


def cmd_migrate(config: SiteConfig, dry_run: bool, out: TextIO, err: TextIO) -> int:
    from .migrate import migrate

    result = migrate(config.content_dir, config.data_dir, config.languages, config.root, dry_run)
    for line in result.done:
        print(line, file=out)
    for line in result.problems:
        print(line, file=err)
    if not result.done and not result.problems:
        print("Nothing to migrate: the content is in the current layout.", file=out)
    elif not dry_run and result.done:
        print("Run `showcase check`, then commit the changes (git sees the renamed files as renamed).", file=out)
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="showcase", description="Add, check and translate the showcase's projects.")
    parser.add_argument("--config", "-f", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    # The same option after the command (`showcase check --config x/mkdocs.yml`); unset there, the one before it holds.
    config_after = argparse.ArgumentParser(add_help=False)
    config_after.add_argument("--config", "-f", type=Path, default=argparse.SUPPRESS, help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_parser = functools.partial(commands.add_parser, parents=[config_after])
    new = add_parser("new", help="create a project, a draft, with every field explained")
    new.add_argument("slug", metavar="SLUG", nargs="?", help="the project's id, e.g. green-schools: its folder and page address (default: made from the title)")
    new.add_argument("--title", "-t", help="the project's title in the language you write it in, as it is to be shown")
    new.add_argument("--language", "-l", help="the language you write it in (default: the site's default language)")
    check = add_parser("check", help="check all content the way the build does, without building")
    check.add_argument("--format", choices=("text", "github"), default="text", help="github: also print GitHub Actions annotations")
    status = add_parser("status", help="which translations are present, missing or outdated")
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    docs = add_parser("docs", help="regenerate schema/*.schema.json and the field reference in EDITING*.md")
    docs.add_argument("--check", action="store_true", help="only say whether they are up to date (exit 1 if not)")
    migrate = add_parser("migrate", help="bring every project and data file to the current layout")
    migrate.add_argument("--dry-run", action="store_true", help="only say what would change")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 problems, 2 wrong usage)."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        config = read_site_config(args.config)
    except ConfigError as error:
        print(f"showcase: {error.problem.format()}", file=err)
        return EXIT_USAGE
    if args.command == "check":
        return cmd_check(config, args.format, out, err)
    if args.command == "new":
        return cmd_new(config, args.slug, args.title, args.language, out, err)
    if args.command == "status":
        return cmd_status(config, args.json, out, err)
    if args.command == "migrate":
        return cmd_migrate(config, args.dry_run, out, err)
    return cmd_docs(config, args.check, out, err)


def run() -> None:
    """Console script entry point."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # `showcase status | head`: the reader left; not an error of ours.
        sys.stderr.close()
        code = EXIT_OK
    sys.exit(code)


if __name__ == "__main__":
    run()
