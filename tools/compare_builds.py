"""Build two revisions of this repository and compare the sites byte for byte.

Each revision is checked out in a temporary git worktree (so the build sees its
git history, which outdated translations come from) and built with this
repository's .venv, its own ``plugins/`` first on ``PYTHONPATH``, twice: without
``SITE_URL`` and with one. The working tree (the default second revision) is
HEAD's worktree with the uncommitted changes and untracked files copied over.

Prints the files only one build has and the files that differ, with the first
differing lines of text files, and exits 0 only when both pairs are identical
(1: they differ, 2: a revision or a build failed).

    .venv/bin/python tools/compare_builds.py                  # main against the working tree
    .venv/bin/python tools/compare_builds.py HEAD~3 HEAD --keep /tmp/builds
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
SITE_URL = "https://showcase.example.org/"
DIFF_LINES = 12
"""At most this many lines of unified diff per differing text file."""
WIDTH = 160
"""Longer lines (minified HTML, JSON) are cut to this many characters around the first difference."""


class Failure(Exception):
    """A revision that does not resolve, or a build that fails: the message says which."""


@dataclass(frozen=True)
class Comparison:
    """Relative paths (POSIX) of two folders' files, by how they compare."""

    only_in_a: list[str]
    only_in_b: list[str]
    differing: list[str]
    same: int

    @property
    def identical(self) -> bool:
        return not (self.only_in_a or self.only_in_b or self.differing)


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def compare_trees(a: Path, b: Path) -> Comparison:
    files_a, files_b = _files(a), _files(b)
    both = sorted(files_a & files_b)
    differing = [name for name in both if (a / name).read_bytes() != (b / name).read_bytes()]
    return Comparison(sorted(files_a - files_b), sorted(files_b - files_a), differing, len(both) - len(differing))


def _clip(line: str, column: int) -> str:
    if len(line) <= WIDTH:
        return line
    start = max(0, min(column - WIDTH // 4, len(line) - WIDTH))
    return ("…" if start else "") + line[start : start + WIDTH] + ("…" if start + WIDTH < len(line) else "")


def _first_differing_column(old: str, new: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(old, new, strict=False)) if x != y), min(len(old), len(new)))


def first_difference(a: bytes, b: bytes, label_a: str, label_b: str) -> list[str]:
    """The start of a unified diff of two texts (one line of context), or one line for binary files."""
    try:
        text_a, text_b = a.decode("utf-8"), b.decode("utf-8")
    except UnicodeDecodeError:
        offset = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        return [f"binary: {len(a)} and {len(b)} bytes, first difference at byte {offset}"]
    lines = list(difflib.unified_diff(text_a.splitlines(), text_b.splitlines(), label_a, label_b, n=1, lineterm=""))
    removed = next((line[1:] for line in lines[2:] if line.startswith("-")), "")
    added = next((line[1:] for line in lines[2:] if line.startswith("+")), "")
    column = _first_differing_column(removed, added)
    # Lines of a hunk start with their -, + or space, kept whatever the cut.
    shown = [line if line.startswith(("---", "+++", "@@")) else line[:1] + _clip(line[1:], column) for line in lines[:DIFF_LINES]]
    if len(lines) > DIFF_LINES:
        shown.append(f"… ({len(lines) - DIFF_LINES} more diff lines)")
    return shown


def report(comparison: Comparison, a: Path, b: Path, label_a: str, label_b: str) -> list[str]:
    lines = [f"only in {label_a}: {name}" for name in comparison.only_in_a]
    lines += [f"only in {label_b}: {name}" for name in comparison.only_in_b]
    for name in comparison.differing:
        lines.append(f"differs: {name}")
        diff = first_difference((a / name).read_bytes(), (b / name).read_bytes(), f"{label_a}/{name}", f"{label_b}/{name}")
        lines += ["    " + line for line in diff]
    different = len(comparison.only_in_a) + len(comparison.only_in_b) + len(comparison.differing)
    lines.append(f"identical files: {comparison.same}, different or missing: {different}")
    return lines


def _git(*args: str, cwd: Path = REPO) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise Failure(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def _commit(revision: str) -> str:
    try:
        return _git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").strip()
    except Failure:
        raise Failure(f"{revision!r} is not a commit of {REPO}") from None


def copy_uncommitted_changes(repo: Path, tree: Path) -> None:
    """Make ``tree`` (a checkout of ``repo``'s HEAD) what ``repo``'s working tree is: changed,
    deleted and untracked files (git-ignored ones left out)."""
    changed = _git("diff", "--name-only", "--no-renames", "-z", "HEAD", cwd=repo).split("\0")
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", cwd=repo).split("\0")
    for name in filter(None, [*changed, *untracked]):
        source, target = repo / name, tree / name
        if target.is_symlink() or target.exists():
            target.unlink()
        if source.is_symlink() or source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target, follow_symlinks=False)


@contextmanager
def checkout(revision: str | None, folder: Path) -> Iterator[Path]:
    """A temporary worktree of ``revision`` (None: the working tree) in ``folder``, removed afterwards."""
    _git("worktree", "add", "--detach", "--quiet", str(folder), _commit(revision or "HEAD"))
    try:
        if revision is None:
            copy_uncommitted_changes(REPO, folder)
        if (REPO / "node_modules").is_dir() and not (folder / "node_modules").exists():
            (folder / "node_modules").symlink_to((REPO / "node_modules").resolve())  # Sveltia CMS for /admin/
        yield folder
    finally:
        _git("worktree", "remove", "--force", str(folder))


def _installed_entry_point() -> str:
    if not VENV_PYTHON.exists():
        raise Failure(f"{VENV_PYTHON} is missing: run `make install` first")
    code = "from importlib.metadata import entry_points as e; print(*[p.value for p in e(group='mkdocs.plugins', name='showcase')])"
    return subprocess.run([str(VENV_PYTHON), "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def _check_entry_point(tree: Path, label: str, installed: str) -> None:
    """MkDocs finds the plugin through the .venv's entry point: the tree must declare the same one."""
    project = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project.get("entry-points", {}).get("mkdocs.plugins", {}).get("showcase")
    if declared != installed:
        raise Failure(f"{label}: the plugin's entry point is {declared!r}, the .venv's is {installed!r}: cannot build it with this .venv")


def build(tree: Path, label: str, output: Path, site_url: str | None) -> None:
    environment = {**os.environ, "PYTHONPATH": str(tree / "plugins"), "NO_MKDOCS_2_WARNING": "1"}
    environment.pop("SITE_URL", None)
    if site_url:
        environment["SITE_URL"] = site_url
    command = [str(VENV_PYTHON), "-m", "mkdocs", "build", "--strict", "-f", str(tree / "mkdocs.yml"), "-d", str(output)]
    result = subprocess.run(command, cwd=tree, capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        raise Failure(f"the build of {label} with SITE_URL={site_url or ''!r} failed:\n{result.stderr[-4000:]}")


def _label(revision: str | None) -> str:
    if revision is None:
        return "working tree"
    return f"{revision} ({_commit(revision)[:7]})"


def compare(base: str | None, head: str | None, site_url: str, folder: Path) -> bool:
    """Build both revisions without and with ``site_url`` under ``folder``; print the comparison; True if identical."""
    labels = {"base": _label(base), "head": _label(head)}
    installed = _installed_entry_point()
    variants = {"without SITE_URL": None, f"with SITE_URL={site_url}": site_url}
    with ExitStack() as worktrees:
        trees = {side: worktrees.enter_context(checkout(revision, folder / f"{side}-tree")) for side, revision in (("base", base), ("head", head))}
        for side, tree in trees.items():
            _check_entry_point(tree, labels[side], installed)
        for side, tree in trees.items():
            for number, url in enumerate(variants.values()):
                print(f"building {labels[side]} {'with' if url else 'without'} SITE_URL", flush=True)
                build(tree, labels[side], folder / f"{side}-{number}", url)
    identical = True
    for number, variant in enumerate(variants):
        a, b = folder / f"base-{number}", folder / f"head-{number}"
        comparison = compare_trees(a, b)
        print(f"\n== {labels['base']} against {labels['head']}, {variant}")
        print("\n".join(report(comparison, a, b, labels["base"], labels["head"])))
        identical = identical and comparison.identical
    print("\nidentical" if identical else "\nthe builds differ")
    return identical


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", default="main", help="git revision (default: main)")
    parser.add_argument("head", nargs="?", default=None, help="git revision (default: the working tree, uncommitted changes included)")
    parser.add_argument("--site-url", default=SITE_URL, help=f"the SITE_URL of the second pair of builds (default: {SITE_URL})")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep the sites (base-0, head-0 without SITE_URL; base-1, head-1 with)")
    args = parser.parse_args(argv)
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            return 0 if compare(args.base, args.head, args.site_url, args.keep.resolve()) else 1
        with tempfile.TemporaryDirectory(prefix="compare-builds-") as folder:
            return 0 if compare(args.base, args.head, args.site_url, Path(folder)) else 1
    except Failure as failure:
        print(f"compare_builds: {failure}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
