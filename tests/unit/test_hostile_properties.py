"""Property tests: whatever a content file holds, the loader accepts it or reports problems.

Hypothesis writes arbitrary bytes, and arbitrary YAML documents (some shaped
like the real files, with their field names), into each content file of the
scratch site in turn. Loading must return the site or raise ContentError with
problems that print (never another exception), within a time that grows at
most linearly with the input.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPO
from scratch import load, write_scratch_site
from showcase.content import schema
from showcase.content.blocks import walk
from showcase.content.documents import ui_keys
from showcase.content.pages import PAGE
from showcase.content.problems import ContentError

CONTENT_FILES = (
    "content/projects/alpha/project.yml",
    "content/projects/alpha/project.en.md",
    "content/projects/alpha/project.cs.md",
    "content/index.en.md",
    "data/organisations.yml",
    "data/funders.yml",
    "data/topics.yml",
    "data/ui/en.yml",
)

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-properties")
    write_scratch_site(root)
    # An editor's page: its front matter is checked like the projects' files.
    shutil.copyfile(REPO / "content" / "index.en.md", root / "content" / "index.en.md")
    return root


def _seconds_allowed(size: int) -> float:
    """Reading the whole scratch site takes ~20 ms; a fixed margin, then linear in the input's size."""
    return 2.0 + size / 200_000


def _load_with(root: Path, name: str, data: bytes) -> None:
    """Put ``data`` in the file ``name``, load the site, put the file back."""
    path = root / name
    original = path.read_bytes()
    path.write_bytes(data)
    try:
        started = time.process_time()  # CPU time: a busy machine must not fail the bound
        try:
            load(root)
        except ContentError as error:
            assert error.problems
            for problem in error.problems:
                assert "\n" not in problem.format(root)
            error.report().encode("utf-8")  # printable: no lone surrogate reaches the output
        elapsed = time.process_time() - started
        assert elapsed < _seconds_allowed(len(data)), f"{elapsed:.1f} s for {len(data)} bytes"
    finally:
        path.write_bytes(original)


# -- arbitrary bytes -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", CONTENT_FILES)
@SETTINGS
@given(data=st.binary(max_size=4000))
@example(data=b"\xff\xfe\x00t\x00i")
@example(data=b"---\n")
@example(data=b"---")
@example(data=b"---\n" + b"- " * 3000 + b"x\n---\n")
@example(data=b"a: &a [" + b"*a, " * 50 + b"]\n")
@example(data=b"[" * 5000 + b"]" * 5000)
@example(data=b'title: "\\ud800"\n')
def test_arbitrary_bytes_are_read_or_reported(scratch: Path, name: str, data: bytes) -> None:
    _load_with(scratch, name, data)


# -- arbitrary YAML documents --------------------------------------------------------------------

_FIELD_NAMES = sorted(
    {
        name
        for block in (schema.PROJECT_FACTS, schema.PROJECT_TEXTS, schema.CONTACT, schema.PERIOD, schema.FUNDING, PAGE)
        for name, _ in walk(block)
    }
    | {key.split(".")[-1].split("[")[0] for key, _ in ui_keys()}
    | {"name", "programmes", "acknowledgement", "cs", "en", "bg", "other", "one", "few"}
)

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=200)
    | st.dates(min_value=dt.date(1, 1, 1))
    | st.sampled_from(["CZ", "NO", "en", "romodrom", "2021-02-30", "0000-00-00", "https://x.org/", "+420 123 456 789", "a@b.cz"])
)
_keys = st.sampled_from(_FIELD_NAMES) | st.text(max_size=30) | st.integers(min_value=0, max_value=5)
_documents = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=6) | st.dictionaries(_keys, children, max_size=8),
    max_leaves=40,
)


def _as_file(name: str, document: Any, body: str) -> bytes:
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    if name.endswith(".md"):
        text = f"---\n{text}---\n{body}"
    return text.encode("utf-8")


@pytest.mark.parametrize("name", CONTENT_FILES)
@SETTINGS
@given(document=_documents, body=st.text(max_size=500))
def test_arbitrary_yaml_documents_are_read_or_reported(scratch: Path, name: str, document: Any, body: str) -> None:
    _load_with(scratch, name, _as_file(name, document, body))


def _megabyte_inputs() -> Iterator[tuple[str, bytes]]:
    yield "title", b"---\ntitle: " + b"a" * 900_000 + b"\nsummary: x\n---\n"
    yield "hex-body", b"---\ntitle: T\nsummary: S\n---\n" + b"0123456789abcdef@" * 55_000
    yield "at-signs", b"---\ntitle: " + b"a@" * 40_000 + b"\nsummary: x\n---\n"
    yield "links", b"---\ntitle: T\nsummary: S\n---\n" + b"[x](<" * 150_000
    yield "reference-links", b"---\ntitle: T\nsummary: S\n---\n" + b"[" * 200_000 + b"]:\n" + b'<img src="' * 60_000


@pytest.mark.parametrize(("label", "data"), list(_megabyte_inputs()), ids=lambda v: v if isinstance(v, str) else "")
@pytest.mark.parametrize("name", ["content/projects/alpha/project.en.md", "content/index.en.md"])
def test_large_inputs_are_read_in_linear_time(scratch: Path, name: str, label: str, data: bytes) -> None:
    _load_with(scratch, name, data)
