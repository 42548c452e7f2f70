"""The site's own stylesheets and scripts, published without the comments that stand on lines of their own.

The comments in ``theme_overrides/assets/`` explain the rules to whoever edits
them; a reader's browser has no use for them, and they are about 4 KB gzipped
of every page (the budget of a page is 50 KB, ``tools/budgets.py``). Only a
comment alone on its line(s) goes: a ``/* ... */`` that starts a line and
ends one, or a ``// ...`` line in a script. A comment after code on its line
stays, and so does anything inside strings (no line of them starts a comment
in these files), so what is left is the code as written, line by line.
Material's files are minified already and are left alone.

The published copy is written to ``.cache/showcase/published/`` beside
``mkdocs.yml`` (only when it changed, atomically: the parallel build's
processes may write it at once) and MkDocs copies it from there.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from mkdocs.structure.files import Files

ASSET_CACHE = ".cache/showcase/published"
"""Where the published copies are kept, beside ``mkdocs.yml``."""

_BLOCK = re.compile(r"^[ \t]*/\*(?:(?!\*/).)*\*/[ \t]*\n", re.MULTILINE | re.DOTALL)
"""A ``/* ... */`` comment alone on its lines (it cannot run past its own ``*/``)."""
_LINE = re.compile(r"^[ \t]*//[^\n]*\n", re.MULTILINE)
"""A ``//`` comment alone on its line."""


def without_comments(text: str, suffix: str) -> str:
    """``text`` of a ``.css`` or ``.js`` file without its comments that stand alone on their lines."""
    text = _BLOCK.sub("", text)
    return _LINE.sub("", text) if suffix == ".js" else text


def strip_own_assets(files: Files, custom_dir: str | None, cache: Path) -> None:
    """Have MkDocs publish the stylesheets and scripts of ``custom_dir`` (the site's theme overrides) from copies without those comments."""
    if not custom_dir:
        return
    own = Path(custom_dir).resolve()
    for file in files:
        suffix = Path(file.src_uri).suffix
        if suffix not in (".css", ".js") or file.abs_src_path is None:
            continue
        source = Path(file.abs_src_path).resolve()
        if source.is_relative_to(own) and not source.is_relative_to(cache.resolve()):
            copy = cache / file.src_uri
            _write_if_changed(copy, without_comments(source.read_text(encoding="utf-8"), suffix))
            file.abs_src_path = str(copy)


def _write_if_changed(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)
