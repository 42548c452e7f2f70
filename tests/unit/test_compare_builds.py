"""tools/compare_builds.py on small folders and a small git repository (it builds nothing here)."""

from __future__ import annotations

from pathlib import Path

from compare_builds import WIDTH, compare_trees, copy_uncommitted_changes, first_difference, report

from gitrepo import commit_all, git, init


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def test_identical_folders(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"index.html": "<p>a</p>\n", "en/index.html": "<p>b</p>\n", "x.png": b"\x89PNG\x00"}
    write(tmp_path / "a", files)
    write(tmp_path / "b", files)
    comparison = compare_trees(tmp_path / "a", tmp_path / "b")
    assert comparison.identical and comparison.same == 3
    assert report(comparison, tmp_path / "a", tmp_path / "b", "main", "working tree") == ["identical files: 3, different or missing: 0"]


def test_missing_and_differing_files_are_reported_with_their_first_differing_lines(tmp_path: Path) -> None:
    page = "".join(f"<p>line {n}</p>\n" for n in range(1, 40))
    write(tmp_path / "a", {"same.txt": "s", "page.html": page, "img.png": b"\x89PNG\x00\x01", "only/a.txt": "a"})
    write(tmp_path / "b", {"same.txt": "s", "page.html": page.replace("line 7<", "line seven<"), "img.png": b"\x89PNG\x00\x02", "b.txt": "b"})
    comparison = compare_trees(tmp_path / "a", tmp_path / "b")
    assert not comparison.identical
    assert (comparison.only_in_a, comparison.only_in_b, comparison.differing, comparison.same) == (["only/a.txt"], ["b.txt"], ["img.png", "page.html"], 1)
    lines = report(comparison, tmp_path / "a", tmp_path / "b", "main", "working tree")
    assert lines[:3] == ["only in main: only/a.txt", "only in working tree: b.txt", "differs: img.png"]
    assert lines[3] == "    binary: 6 and 6 bytes, first difference at byte 5"
    assert lines[4:] == [
        "differs: page.html",
        "    --- main/page.html",
        "    +++ working tree/page.html",
        "    @@ -6,3 +6,3 @@",
        "     <p>line 6</p>",
        "    -<p>line 7</p>",
        "    +<p>line seven</p>",
        "     <p>line 8</p>",
        "identical files: 1, different or missing: 4",
    ]


def test_long_lines_are_cut_around_the_first_difference_and_long_diffs_shortened() -> None:
    minified = "<div>" + "x" * 2000 + "<b>old</b>" + "y" * 2000 + "</div>"
    many = "".join(f"{n}\n" for n in range(100))
    diff = first_difference(minified.encode(), minified.replace("old", "new").encode(), "a", "b")
    removed, added = diff[3], diff[4]
    assert removed.startswith("-…") and "<b>old</b>" in removed and len(removed) <= WIDTH + 3
    assert added.startswith("+…") and "<b>new</b>" in added and len(added) <= WIDTH + 3
    diff = first_difference(many.encode(), many.replace("1", "one").encode(), "a", "b")
    assert len(diff) == 13 and diff[-1].startswith("… (") and diff[-1].endswith("more diff lines)")


def test_the_working_tree_copy_has_the_uncommitted_changes_and_no_ignored_file(tmp_path: Path) -> None:
    repo, tree = tmp_path / "repo", tmp_path / "tree"
    repo.mkdir()
    init(repo)
    write(repo, {".gitignore": "site/\n", "kept.txt": "kept", "changed.txt": "old", "deleted.txt": "x", "renamed.txt": "r"})
    commit_all(repo, "first", "2024-01-01T12:00:00")
    git(tmp_path, "clone", "-q", str(repo), str(tree))
    write(repo, {"changed.txt": "new", "new/untracked.txt": "u", "site/ignored.html": "i"})
    (repo / "deleted.txt").unlink()
    git(repo, "mv", "renamed.txt", "moved.txt")

    copy_uncommitted_changes(repo, tree)

    files = {p.relative_to(tree).as_posix(): p.read_text() for p in tree.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert files == {".gitignore": "site/\n", "kept.txt": "kept", "changed.txt": "new", "new/untracked.txt": "u", "moved.txt": "r"}
