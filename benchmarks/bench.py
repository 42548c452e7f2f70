"""Build-speed benchmark: synthetic sites of N projects, built with the real configuration.

Run it with ``make benchmark`` (or ``.venv/bin/python benchmarks/bench.py``;
``--help`` for the options). For each size it writes a site of N projects in
three languages (see ``synthetic.py``) and, each in a child process, builds it
with ``mkdocs build --strict`` (one process), with ``make build``'s parallel
driver (``python -m showcase.adapter.parallel --strict``, one process per
core) and compares the two outputs, builds the same pages as a plain MkDocs +
Material + static-i18n site without the plugin (``synthetic.write_plain_site``),
runs the bare-loop floor (``floor.py``), and prints:

- wall: elapsed time of a build; cpu: user + system time of its processes;
  peak: the largest resident memory of the build (summed over its processes,
  sampled every 50 ms, and at least what the kernel reports); PSS: the same
  with each shared page counted once (the parallel build's processes are
  forked from one that read the content: resident memory counts what they
  share once per process); mkdocs and pagefind: the peak of the build's own
  process alone and of the Pagefind processes (a separate binary the plugin
  runs), each on its own; pagefind s: the wall time of the search indexing, as
  the plugin logs it;
- ms/page: wall time per HTML page written; page: bytes of the HTML of one
  project page (``project-0001`` in English), the same project at every size;
- search: bytes of the search index of each language (any ``pagefind*`` or
  ``search`` folder of the built site), n/a without one;
- plain and x plain: the plain MkDocs site's wall time and the parallel
  build's as a multiple of it (the plain site has no facet, search or 404
  pages of the plugin's: fewer pages); floor and x floor: the bare loop over
  the same pages, and the build's time as a multiple of it.

Then the time ``mkdocs serve --dirty`` (``make serve``) takes to show a change
to one project's file (median of three edits), at the smallest and the
largest size, and which of the targets are met. Nothing here runs in the test
suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from map_bench import bench_maps, map_table
from synthetic import LANGUAGES, SAMPLE_PROJECT, write_plain_site, write_site

HERE = Path(__file__).resolve().parent
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Run:
    """What one child process cost."""

    wall: float
    cpu: float
    peak_bytes: int
    returncode: int
    log: str = ""
    peak_by_process: dict[str, int] = field(default_factory=dict)
    """Peak resident memory of each kind of process on its own ("root" for the command's own process)."""
    peak_pss: int = 0
    """Peak of the processes' proportional set size: shared pages counted once."""

    def seconds_logged(self, pattern: str) -> float | None:
        """A duration the command logged, as ``pattern``'s first group (seconds)."""
        found = re.findall(pattern, self.log)
        return sum(float(seconds) for seconds in found) if found else None


@dataclass
class Result:
    projects: int
    pages: int
    build: Run
    """``mkdocs build --strict``: one process."""
    parallel: Run
    """``python -m showcase.adapter.parallel --strict`` (``make build``)."""
    plain: Run
    """The same pages with MkDocs, Material and static-i18n alone."""
    floor: Run
    page_bytes: int | None
    identical: bool
    """Whether the parallel build wrote the same files, byte for byte, as the one-process build."""
    plain_pages: int = 0
    search_bytes: dict[str, int | None] = field(default_factory=dict)

    @property
    def ms_per_page(self) -> float:
        return self.parallel.wall * 1000 / self.pages

    @property
    def floor_ratio(self) -> float:
        return self.parallel.wall / self.floor.wall

    @property
    def floor_cpu_ratio(self) -> float:
        return self.parallel.cpu / self.floor.cpu

    @property
    def plain_ratio(self) -> float:
        return self.parallel.wall / self.plain.wall


def _pss(pids: list[int]) -> int:
    """Sum of the processes' proportional set size (bytes), from /proc/PID/smaps_rollup."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
                for line in rollup:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
    return total


def _tree(root: int) -> list[int]:
    """``root`` and its descendants."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as stat:
                    parents[int(entry.name)] = int(stat.read().rsplit(b")", 1)[1].split()[1])
            except OSError:
                continue
    found = [root]
    for pid in parents:
        ancestor = pid
        while ancestor not in (0, 1, root):
            ancestor = parents.get(ancestor, 0)
        if ancestor == root and pid != root:
            found.append(pid)
    return found


def _tree_rss(root: int) -> dict[str, int]:
    """Resident memory of ``root`` and all its descendants, from /proc, by process name.

    The root process counts as ``"root"`` (``mkdocs`` for a build), its
    descendants under their executable's name (``pagefind`` for the search
    index): Pagefind is a separate process, so its memory adds to the build's.
    """
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                head, tail = stat.read().rsplit(b")", 1)
        except OSError:
            continue
        fields = tail.split()
        pid = int(entry.name)
        parents[pid] = int(fields[1])  # after "pid (comm)": state, ppid, ...
        rss[pid] = int(fields[21]) * _PAGE_SIZE
        names[pid] = head.split(b"(", 1)[1].decode("utf-8", "replace")
    total: dict[str, int] = {}
    for pid, size in rss.items():
        ancestor = pid
        while ancestor not in (0, 1, root):
            ancestor = parents.get(ancestor, 0)
        if ancestor == root:
            name = "root" if pid == root else names[pid]
            total[name] = total.get(name, 0) + size
    return total


def measure(cmd: list[str], cwd: Path) -> Run:
    """Run ``cmd`` to completion; its wall time, CPU time and peak memory."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        start = time.perf_counter()
        process = subprocess.Popen(cmd, cwd=cwd, env=_ENV, stdout=log, stderr=subprocess.STDOUT)
        peak = peak_pss = 0
        by_process: dict[str, int] = {}
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_pss
            while not done.wait(0.05):
                sizes = _tree_rss(process.pid)
                peak = max(peak, sum(sizes.values()))
                peak_pss = max(peak_pss, _pss(_tree(process.pid)))
                for name, size in sizes.items():
                    by_process[name] = max(by_process.get(name, 0), size)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    # ru_maxrss (KiB) is the largest single process; the samples add up concurrent ones.
    return Run(wall, usage.ru_utime + usage.ru_stime, max(peak, usage.ru_maxrss * 1024), process.returncode, output, by_process, peak_pss)


def _folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def search_index_bytes(site: Path) -> dict[str, int | None]:
    """Bytes of the search index of each language, wherever a search tool put it.

    A ``pagefind*`` or ``search`` folder under a language's root belongs to that
    language; in a shared one at the site root, files named after a language
    (Pagefind's ``<lang>_<hash>`` chunks) count for it and the rest is "shared".
    """
    found: dict[str, int] = {}
    prefixes = {language: (site if index == 0 else site / language) for index, language in enumerate(LANGUAGES)}
    for language, root in prefixes.items():
        if not root.is_dir():
            continue
        for folder in root.iterdir():
            if not (folder.is_dir() and (folder.name.startswith("pagefind") or folder.name == "search")):
                continue
            if root != site:
                found[language] = found.get(language, 0) + _folder_bytes(folder)
                continue
            for path in folder.rglob("*"):
                if not path.is_file():
                    continue
                owner = next((lang for lang in LANGUAGES if re.search(rf"(^|[._-]){lang}[_.-]", path.name)), "shared")
                found[owner] = found.get(owner, 0) + path.stat().st_size
    return {language: found.get(language) for language in (*LANGUAGES, "shared") if language != "shared" or "shared" in found}


def mkdocs(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


def _same_files(one: Path, other: Path) -> bool:
    """Whether two folders hold the same files with the same bytes."""
    files = {path.relative_to(one) for path in one.rglob("*") if path.is_file()}
    if files != {path.relative_to(other) for path in other.rglob("*") if path.is_file()}:
        return False
    return all((one / name).read_bytes() == (other / name).read_bytes() for name in files)


def _checked(run: Run, what: str) -> Run:
    if run.returncode != 0:
        sys.exit(f"{what} failed (the synthetic content must be valid):\n{run.log[-4000:]}")
    return run


def bench_size(base: Path, projects: int) -> Result:
    root = base / f"n{projects}"
    config = write_site(root, projects)
    site, parallel_site = root / "site", root / "site-parallel"
    build = _checked(measure(mkdocs("build", "--strict", "-f", str(config), "-d", str(site)), root), f"mkdocs build at N={projects}")
    parallel = _checked(
        measure([sys.executable, "-m", "showcase.adapter.parallel", "--strict", "-f", str(config), "-d", str(parallel_site)], root),
        f"the parallel build at N={projects}",
    )
    plain_config = write_plain_site(base / f"plain{projects}", root)
    plain_site = base / f"plain{projects}" / "site"
    plain = _checked(measure(mkdocs("build", "--strict", "-f", str(plain_config), "-d", str(plain_site)), plain_config.parent), "the plain MkDocs build")
    floor = _checked(measure([sys.executable, str(HERE / "floor.py"), str(root / "content"), str(root / "floor-site")], root), "the floor loop")
    sample = site / "en" / "projects" / SAMPLE_PROJECT / "index.html"
    return Result(
        projects=projects,
        pages=sum(1 for _ in site.rglob("*.html")),
        build=build,
        parallel=parallel,
        plain=plain,
        floor=floor,
        page_bytes=sample.stat().st_size if sample.is_file() else None,
        identical=_same_files(site, parallel_site),
        plain_pages=sum(1 for _ in plain_site.rglob("*.html")),
        search_bytes=search_index_bytes(site),
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


@dataclass
class Rebuild:
    wall: float
    cpu: float


def serve_rebuild(base: Path, projects: int, edits: int = 3) -> list[Rebuild]:
    """From saving a project's file to ``mkdocs serve --dirty`` (``make serve``) serving the change: wall and server CPU seconds."""
    root = base / f"serve{projects}"
    config = write_site(root, projects)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/projects/{SAMPLE_PROJECT}/"
    source = root / "content" / "projects" / SAMPLE_PROJECT / "project.cs.md"
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        server = subprocess.Popen(
            mkdocs("serve", "--dirty", "--strict", "-f", str(config), "-a", f"127.0.0.1:{port}"),
            cwd=root, env=_ENV, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 600
            while _get(url) is None:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    sys.exit(f"mkdocs serve did not start:\n{log.read()[-4000:]}")
                time.sleep(0.1)
            times = []
            for edit in range(edits):
                marker = f"Benchmark-edit-{edit}-{time.time_ns()}"
                time.sleep(1)  # let the watcher settle after the previous build
                cpu = _cpu_seconds(server.pid)
                start = time.perf_counter()
                with source.open("a", encoding="utf-8") as file:
                    file.write(f"\n{marker}\n")
                while marker not in (_get(url) or ""):
                    if time.perf_counter() - start > 300:
                        sys.exit("mkdocs serve did not show the edit within 300 s")
                    time.sleep(0.02)
                times.append(Rebuild(time.perf_counter() - start, _cpu_seconds(server.pid) - cpu))
            return times
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def profile(base: Path, projects: int, output: Path) -> None:
    """Build the site of ``projects`` under cProfile and print where the time goes."""
    import pstats

    root = base / f"n{projects}"
    config = root / "mkdocs.yml" if root.is_dir() else write_site(root, projects)
    cmd = [sys.executable, "-m", "cProfile", "-o", str(output), "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(root / "site-profile")]
    run = measure(cmd, root)
    if run.returncode != 0:
        sys.exit(f"profiled build failed:\n{run.log[-4000:]}")
    print(f"\nProfile of N={projects} ({run.wall:.1f} s under cProfile), written to {output}")
    stats = pstats.Stats(str(output))
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(25)


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f}"


def _seconds(n: float | None) -> str:
    return "n/a" if n is None else f"{n:.1f}"


def _kb(n: int | None) -> str:
    return "n/a" if n is None else f"{n / 1000:.1f}k"


SEARCH_SECONDS = r"Search index: .* in ([0-9.]+) s"
"""The plugin's log line after Pagefind ran (its wall time)."""


def _mb_or_na(n: int | None) -> str:
    return "n/a" if not n else _mb(n)


def _render(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def table(results: list[Result]) -> str:
    """The builds: one process, parallel (make build), plain MkDocs, floor."""
    head = [
        "N", "pages", "1-proc wall", "1-proc cpu", "wall s", "cpu s", "peak MB", "PSS MB", "mkdocs MB", "pagefind MB",
        "pagefind s", "ms/page", "same", "plain s", "x plain", "x plain cpu", "floor s", "x floor", "x floor cpu",
    ]
    rows = [head]
    for r in results:
        p = r.parallel
        rows.append(
            [
                str(r.projects), str(r.pages), f"{r.build.wall:.1f}", f"{r.build.cpu:.1f}", f"{p.wall:.1f}", f"{p.cpu:.1f}",
                _mb(p.peak_bytes), _mb_or_na(p.peak_pss), _mb_or_na(p.peak_by_process.get("root")),
                _mb_or_na(p.peak_by_process.get("pagefind")), _seconds(p.seconds_logged(SEARCH_SECONDS)),
                f"{r.ms_per_page:.1f}", "yes" if r.identical else "NO", f"{r.plain.wall:.1f}", f"{r.plain_ratio:.2f}",
                f"{r.parallel.cpu / r.plain.cpu:.2f}",
                f"{r.floor.wall:.1f}", f"{r.floor_ratio:.2f}", f"{r.floor_cpu_ratio:.2f}",
            ]
        )
    return _render(rows)


def size_table(results: list[Result]) -> str:
    """What the builds wrote: one project page, the search index, the one-process build's memory."""
    rows = [["N", "page B", *(f"search {lang}" for lang in LANGUAGES), "1-proc peak MB", "1-proc PSS MB", "plain pages"]]
    for r in results:
        rows.append(
            [
                str(r.projects), str(r.page_bytes or "n/a"), *(_kb(r.search_bytes.get(lang)) for lang in LANGUAGES),
                _mb(r.build.peak_bytes), _mb_or_na(r.build.peak_pss), str(r.plain_pages),
            ]
        )
    return _render(rows)


PAGE_SIZE_TOLERANCE = 100
"""Bytes a project page may differ by between sizes: its related-projects cards name other projects."""

PARALLEL_WALL = 30.0
"""Seconds: the parallel build at 1,000 projects on 2 cores."""
PEAK_MB = 400
SERVE_SECONDS = {100: 1.0, 1000: 2.0}
"""Edit to page shown in the preview, by number of projects (sizes in between: the larger bound)."""


def _serve_limit(projects: int) -> float:
    return next((limit for size, limit in sorted(SERVE_SECONDS.items()) if projects <= size), max(SERVE_SECONDS.values()))


def targets(results: list[Result], rebuilds: dict[int, float]) -> list[tuple[str, bool | None, str]]:
    """The targets: (what, met?, measured)."""
    small, large = results[0], results[-1]
    sizes = {r.page_bytes for r in results}
    checks: list[tuple[str, bool | None, str]] = [
        (
            f"parallel build at N={large.projects} within {PARALLEL_WALL:.0f} s ({os.cpu_count()} CPUs)",
            large.parallel.wall <= PARALLEL_WALL,
            f"{large.parallel.wall:.1f} s (one process: {large.build.wall:.1f} s)",
        ),
        (
            f"peak memory of all processes under {PEAK_MB} MB (parallel build)",
            all(r.parallel.peak_pss < PEAK_MB * 1e6 for r in results),
            f"max {_mb(max(r.parallel.peak_pss for r in results))} MB PSS, {_mb(max(r.parallel.peak_bytes for r in results))} MB resident (shared pages once per process)",
        ),
        (
            "parallel build's CPU time no more than one process's",
            all(r.parallel.cpu <= r.build.cpu * 1.05 for r in results),
            ", ".join(f"N={r.projects}: {r.parallel.cpu:.1f} / {r.build.cpu:.1f} s" for r in results) + " (5% allowed for noise)",
        ),
        ("parallel output the same as one process's, byte for byte", all(r.identical for r in results), ", ".join(f"N={r.projects}: {'same' if r.identical else 'DIFFERENT'}" for r in results)),
        (
            f"build within 2x the floor at N={large.projects}",
            large.floor_ratio <= 2,
            f"{large.floor_ratio:.2f}x wall, {large.floor_cpu_ratio:.2f}x cpu",
        ),
        (
            f"ms/page at N={large.projects} within 1.2x N={small.projects}",
            large.ms_per_page <= 1.2 * small.ms_per_page,
            f"{large.ms_per_page / small.ms_per_page:.2f}x",
        ),
        (
            # Not byte-identical: the related-projects cards at the end of the page
            # name other projects at other N (names of different lengths).
            f"project page the same size at every N (within {PAGE_SIZE_TOLERANCE} bytes: related-project names differ)",
            None not in sizes and max(s or 0 for s in sizes) - min(s or 0 for s in sizes) <= PAGE_SIZE_TOLERANCE,
            ", ".join(str(s) for s in sorted(sizes, key=str)),
        ),
    ]
    for projects, seconds in sorted(rebuilds.items()):
        limit = _serve_limit(projects)
        checks.append((f"preview: edit to page shown at N={projects} within {limit:.0f} s", seconds <= limit, f"{seconds:.2f} s"))
    return checks


def report_maps(base: Path, map_sizes: str) -> None:
    """The maps' cost (map_bench.py): the list page's map and the build time they add, at each of ``map_sizes``."""
    sizes = sorted(int(size) for size in map_sizes.split(",") if size.strip())
    if not sizes:
        return
    print(f"N={','.join(map(str, sizes))}: building with and without maps...", file=sys.stderr, flush=True)
    costs = bench_maps(base, sizes, measure, mkdocs)
    print("\nMaps (synthetic places near each project's capitals, built with and without maps):\n")
    print(map_table(costs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,500,1000", help="numbers of projects, comma-separated (default 100,500,1000)")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve rebuild measurement")
    parser.add_argument("--serve-sizes", help="sizes to measure the preview at (default: the smallest and the largest)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    parser.add_argument("--profile", type=Path, help="also build the largest size under cProfile and write the stats here")
    parser.add_argument("--keep", type=Path, help="build in this folder (emptied first) and keep it, instead of a temporary one")
    parser.add_argument("--map-sizes", default="100,1000", help="sizes at which to measure the maps, with places (map_bench.py); empty: none")
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    serve_sizes = sorted({sizes[0], sizes[-1]} if args.serve_sizes is None else {int(n) for n in args.serve_sizes.split(",")})

    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        args.keep.mkdir(parents=True)
        base_context: tempfile.TemporaryDirectory[str] | None = None
        base = args.keep.resolve()
    else:
        base_context = tempfile.TemporaryDirectory(prefix="showcase-bench-")
        base = Path(base_context.name)
    try:
        results = []
        for size in sizes:
            print(f"N={size}: writing and building (one process, parallel, plain MkDocs, floor)...", file=sys.stderr, flush=True)
            results.append(bench_size(base, size))
        rebuilds: dict[int, list[Rebuild]] = {}
        if not args.no_serve:
            for size in serve_sizes:
                print(f"N={size}: mkdocs serve --dirty, three edits...", file=sys.stderr, flush=True)
                rebuilds[size] = serve_rebuild(base, size)
        medians = {size: statistics.median(r.wall for r in times) for size, times in rebuilds.items()}
        print(f"\nBuild benchmark ({os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}, load average {os.getloadavg()[0]:.1f}): real mkdocs.yml")
        print("Builds (wall s, cpu s, memory: the parallel build, python -m showcase.adapter.parallel; 1-proc: mkdocs build):\n")
        print(table(results))
        print("\nWhat they wrote:\n")
        print(size_table(results))
        for size, times in rebuilds.items():
            print(
                f"\nmkdocs serve --dirty at N={size}: edit to page shown in "
                + ", ".join(f"{r.wall:.2f} s (cpu {r.cpu:.2f} s)" for r in times)
                + f"; median {medians[size]:.2f} s"
            )
        print("\nTargets:")
        for what, met, measured in targets(results, medians):
            print(f"  [{'met' if met else 'MISSED'}] {what}: {measured}")
        if args.json:
            data = {
                "date": time.strftime("%Y-%m-%d"),
                "cpus": os.cpu_count(),
                "load_average": os.getloadavg(),
                "sizes": [
                    {**{k: v for k, v in asdict(r).items() if k not in ("build", "parallel", "plain", "floor")},
                     **{name: {k: v for k, v in asdict(getattr(r, name)).items() if k != "log"} for name in ("build", "parallel", "plain", "floor")},
                     "ms_per_page": r.ms_per_page, "floor_ratio": r.floor_ratio, "floor_cpu_ratio": r.floor_cpu_ratio, "plain_ratio": r.plain_ratio}
                    for r in results
                ],
                "serve_rebuild": {str(size): [asdict(r) for r in times] for size, times in rebuilds.items()},
                "targets": [{"target": what, "met": met, "measured": measured} for what, met, measured in targets(results, medians)],
            }
            args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        if args.profile:
            profile(base, sizes[-1], args.profile)
        report_maps(base, args.map_sizes)
    finally:
        if base_context is not None:
            base_context.cleanup()


if __name__ == "__main__":
    main()
