"""Build the site on every core: ``python -m showcase.adapter.parallel [-f mkdocs.yml] [-d site] [--strict]``.

``mkdocs build`` builds the languages one after another, each inside the
previous one's ``on_post_build`` (mkdocs-static-i18n), on one core. This
driver runs MkDocs' own build in several processes, then writes the
whole-site files once:

1. it loads the configuration and the content once, empties the site folder,
   and forks one process per core (``--jobs``, default: the cores this process
   may use), which share the loaded content;
2. the languages, in static-i18n's order (the default one first), are cut
   into as many consecutive shares of pages as there are processes (with two
   processes and three languages: the first language and half of the second,
   then the rest). Each process runs MkDocs' build of each language its share
   touches, telling MkDocs' dirty build that only its own pages are modified
   (static-i18n's nested builds are switched off in it);
3. each process sends back what its pages said for the sitemap and the
   rendered 404 pages; the first process then writes the 404 pages, the
   sitemap, feeds, exports and /admin/, as the last language's
   ``on_post_build`` does in ``mkdocs build``, and ends;
4. the command's own process, which never read the content, runs Pagefind
   over the written site: Pagefind holds a language's whole index in memory
   (265 MB at 1,000 projects), so nothing else should be alive then.

The output is the same as ``mkdocs build``'s, file for file (a test compares
them). ``--engine properdocs`` runs ProperDocs 1.6 instead of MkDocs.
Without mkdocs-static-i18n, or with ``--jobs 1``, it is ``mkdocs build``.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from ..publishing.metadata import HeadLinks
    from .plugin import ShowcasePlugin

MODULE = "showcase.adapter.parallel"
log = logging.getLogger("showcase.parallel")

Share = tuple[str, float, float]
"""A language and the part of its pages (from, to: fractions of their list) one process renders."""


def plan(languages: Sequence[str], jobs: int) -> list[list[Share]]:
    """Cut the languages' pages into ``jobs`` consecutive shares of the same size (each language counts as 1)."""
    total = len(languages)
    shares: list[list[Share]] = []
    for job in range(jobs):
        low, high = job * total / jobs, (job + 1) * total / jobs
        share = []
        for number, language in enumerate(languages):
            start, end = max(low, number), min(high, number + 1)
            if end > start:
                share.append((language, start - number, end - number))
        shares.append(share)
    return shares


def in_share(start: float, end: float, index: int, count: int) -> bool:
    """Whether the ``index``-th of ``count`` pages falls in the share (the shares of a language cover each page once)."""
    position = (index + 0.5) / count
    return start <= position < end


@dataclass
class Seen:
    """What one process's pages said, for the files written once for the whole site."""

    sitemap: dict[str, HeadLinks | None] = field(default_factory=dict)
    site_names: dict[str, str] = field(default_factory=dict)
    not_found: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def build_in_parallel(config: MkDocsConfig, jobs: int) -> None:
    """Build the site of ``config`` in ``jobs`` processes (see the module's docstring)."""
    from mkdocs import utils
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort

    showcase, i18n = _plugins(config)
    if i18n is None or jobs < 2:
        build(config)
        return
    default = i18n.default_language
    languages = [default, *(language for language in i18n.build_languages if language != default)]
    jobs = min(jobs, len(languages) * 8)
    start = time.monotonic()
    # Read once, here: the processes share it (copy-on-write); frozen, the
    # garbage collector does not copy it into each of them.
    showcase.on_config(config)
    utils.clean_directory(config.site_dir)
    gc.collect()
    gc.freeze()
    context = multiprocessing.get_context("fork")
    workers = []
    for share in plan(languages, jobs):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_work, args=(config, share, send), daemon=True)
        process.start()
        send.close()
        workers.append((process, receive))
    seen = [_receive(process, receive) for process, receive in workers]
    gc.unfreeze()
    errors = [part.error for part in seen if part.error]
    if errors:
        raise Abort("\n".join(errors))
    files = showcase.site_files
    for part in seen:
        files.sitemap.update(part.sitemap)
        files.site_names.update(part.site_names)
        files.not_found.update(part.not_found)
    # What the last language's on_post_build does in mkdocs build; its
    # warnings fail a strict build as they do there.
    warnings = utils.CountHandler()
    warnings.setLevel(logging.WARNING)
    engine_log = logging.getLogger(utils.__name__.split(".")[0])
    engine_log.addHandler(warnings)
    try:
        i18n.building = True
        showcase.on_post_build(config)
        i18n.building = False
        showcase.write_site(config)
    finally:
        engine_log.removeHandler(warnings)
    if config.strict and (counts := warnings.get_counts()):
        raise Abort(f"Aborted with {', '.join(f'{n} {level.lower()}s' for level, n in counts)} in strict mode!")
    log.info(f"Documentation built in {time.monotonic() - start:.2f} seconds ({len(workers)} processes)")


def _work(config: MkDocsConfig, share: list[Share], send: Connection) -> None:
    """One process: MkDocs' build of each language of ``share``, rendering only its pages."""
    from mkdocs.commands import build as build_command

    from .incremental import DirtyBuildNotice

    showcase, i18n = _plugins(config)
    assert i18n is not None
    parts = {language: (start, end) for language, start, end in share}
    showcase.share = lambda language, index, count: in_share(*parts[language], index, count)
    # The other languages are built by the other processes, not nested in this one.
    i18n.building = True
    logging.getLogger(build_command.__name__).addFilter(DirtyBuildNotice())
    logging.getLogger(build_command.__name__).addFilter(_EachBuildsTime())
    seen = Seen()
    try:
        for language in parts:
            i18n.current_language = language
            # Dirty: MkDocs renders only the pages marked modified, and keeps the site folder.
            build_command.build(config, dirty=True)
        files = showcase.site_files
        seen = Seen(files.sitemap, files.site_names, files.not_found)
    except BaseException as error:  # noqa: BLE001 (reported by the parent, which fails the build)
        seen.error = str(error) or traceback.format_exc()
    send.send(seen)
    send.close()


class _EachBuildsTime(logging.Filter):
    """Each process's language builds say when they are done: the whole build's time is said once, at the end."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(("Documentation built in", "Building documentation to directory"))


def _receive(process: multiprocessing.process.BaseProcess, receive: Connection) -> Seen:
    try:
        seen: Seen = receive.recv()
    except EOFError:
        seen = Seen(error=f"a build process ended without a result (exit code {process.exitcode})")
    process.join()
    return seen


def _plugins(config: MkDocsConfig) -> tuple[ShowcasePlugin, Any]:
    from .plugin import ShowcasePlugin

    showcase = config.plugins.get("showcase")
    if not isinstance(showcase, ShowcasePlugin):
        raise SystemExit("showcase.adapter.parallel builds sites that use the showcase plugin")
    return showcase, config.plugins.get("i18n")


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m showcase.adapter.parallel", description=__doc__.split("\n\n")[0])
    parser.add_argument("-f", "--config-file", default=None, help="the configuration (default: mkdocs.yml)")
    parser.add_argument("-d", "--site-dir", default=None, help="where to write the site (default: its site_dir)")
    parser.add_argument("-s", "--strict", action="store_true", default=None, help="fail on any warning, as mkdocs build --strict")
    parser.add_argument("-q", "--quiet", action="store_true", help="warnings and errors only")
    parser.add_argument("-j", "--jobs", type=int, default=len(os.sched_getaffinity(0)), help="processes (default: the usable cores)")
    parser.add_argument("--engine", choices=("mkdocs", "properdocs"), default="mkdocs", help="MkDocs 1.6 or ProperDocs 1.6")
    parser.add_argument("--pages-only", type=Path, help=argparse.SUPPRESS)
    """(The command's own child process) build all but the search index; write the site folder and languages to this file."""
    return parser.parse_args(argv)


def _index_search(argv: Sequence[str]) -> int:
    """Build the site in a child process, then index it once that process (and the content it read) is gone."""
    from ..publishing.search import SearchIndexError, build_search_index

    with tempfile.TemporaryDirectory(prefix="showcase-build-") as temp:
        report = Path(temp) / "site.json"
        child = subprocess.run([sys.executable, "-m", MODULE, *argv, "--pages-only", str(report)], check=False)
        if child.returncode != 0:
            return child.returncode
        site = json.loads(report.read_text(encoding="utf-8"))
    start = time.monotonic()
    try:
        summary = build_search_index(Path(site["site_dir"]), site["languages"])
    except SearchIndexError as error:
        log.error(f"showcase: search index: {error}")
        print("Aborted with a BuildError!", file=sys.stderr)
        return 1
    log.info(f"Search index: {summary} in {time.monotonic() - start:.1f} s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _arguments(argv)
    # Before Material is imported: no end-of-life / MkDocs 2.0 notice (the site stays on 1.x).
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    _log_to_stderr(args.quiet)
    if args.pages_only is None:
        return _index_search(argv)
    if args.engine == "properdocs":
        import properdocs.replacement  # noqa: F401 (mkdocs.* imports are ProperDocs' from here on)
    import mkdocs
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, BuildError, ConfigurationError

    from ..site.languages import default_first

    _log_to_stderr(args.quiet, mkdocs.__name__)
    try:
        config = load_config(config_file=args.config_file, site_dir=args.site_dir, strict=args.strict)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            showcase, _ = _plugins(config)
            showcase.site_files.search_elsewhere = True
            build_in_parallel(config, args.jobs)
            languages = default_first(showcase.pages.site)
        finally:
            config.plugins.on_shutdown()
        report = {"site_dir": config.site_dir, "languages": list(languages)}
        args.pages_only.write_text(json.dumps(report), encoding="utf-8")
    except BuildError as error:  # a plugin's error (the content's problems): as mkdocs build reports it
        logging.getLogger(mkdocs.__name__).error(str(error))
        print("Aborted with a BuildError!", file=sys.stderr)
        return 1
    except (Abort, ConfigurationError) as error:
        print(f"Aborted: {error}" if isinstance(error, ConfigurationError) else str(error), file=sys.stderr)
        return 1
    return 0


def _log_to_stderr(quiet: bool, engine: str | None = None) -> None:
    """What mkdocs build prints (its formatter), for the engine's loggers and this module's."""
    from click import style

    class Formatter(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            prefix = f"{record.levelname:<8}-  "
            colour = {"ERROR": "red", "CRITICAL": "red", "WARNING": "yellow"}.get(record.levelname)
            return (style(prefix, fg=colour) if colour else prefix) + super().format(record)

    handler = logging.StreamHandler()
    handler.setFormatter(Formatter())
    for name in (engine, log.name):
        if name is None:
            continue
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING if quiet else logging.INFO)
        logger.propagate = False
        if not logger.handlers:
            logger.addHandler(handler)


if __name__ == "__main__":
    sys.exit(main())
