"""The same site whichever way it is built: ``mkdocs build``, the parallel driver, ProperDocs.

Each builds the real site with the same ``site_url`` as ``built_site`` (``mkdocs
build --strict``) and the result is compared file by file, byte for byte:
the search index and the sitemap included.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SITE_URL, BuiltSite

pytestmark = pytest.mark.build

NOTICES = ("end of life", "MkDocs 2", "MkDocs may break", "ProperDocs")
"""Words of Material's end-of-life banner and of the MkDocs 2.0 warnings."""

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "NO_MKDOCS_2_WARNING"}
    return subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, env={**env, "SITE_URL": SITE_URL})


def _files(root: Path, generator: bool = True) -> dict[str, bytes]:
    files = {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}
    return files if generator else {name: _GENERATOR.sub(b"", data) for name, data in files.items()}


def _assert_same(built: dict[str, bytes], other: dict[str, bytes]) -> None:
    assert sorted(other) == sorted(built)
    assert [name for name in built if other[name] != built[name]] == []


def test_the_parallel_build_writes_what_mkdocs_build_writes(built_site: BuiltSite, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = _run("-m", "showcase.adapter.parallel", "--strict", "--jobs", "2", "-d", str(site))
    assert result.returncode == 0, result.stderr
    assert "(2 processes)" in result.stderr
    _assert_same(_files(built_site.root), _files(site))
    # It sets NO_MKDOCS_2_WARNING itself (removed from its environment above).
    assert not [notice for notice in NOTICES if notice in result.stderr], result.stderr


def test_the_parallel_build_fails_as_mkdocs_build_does(tmp_path: Path) -> None:
    from scratch import replace_text, write_buildable_site

    config = write_buildable_site(tmp_path)
    replace_text(tmp_path / "content" / "projects" / "beta" / "project.yml", "organisation: khamoro", "organisation: khamorro")
    result = _run("-m", "showcase.adapter.parallel", "--strict", "-f", str(config), "-d", str(tmp_path / "site"))
    assert result.returncode == 1
    assert "project.yml:2: organisation: there is no organisation 'khamorro'" in result.stderr
    assert "Traceback" not in result.stderr


def test_properdocs_builds_the_same_site(built_site: BuiltSite, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = _run("-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site))
    assert result.returncode == 0, result.stderr
    # Only the generator's name differs ("mkdocs-1.6.1" / "mkdocs-ProperDocs 1.6.7").
    _assert_same(_files(built_site.root, generator=False), _files(site, generator=False))
    assert b"ProperDocs" in (site / "index.html").read_bytes()
    assert not [notice for notice in NOTICES if notice in result.stderr], result.stderr
