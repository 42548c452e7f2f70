"""Pages the editors write in Markdown (``content/*.md``): their kind is the template their front matter names.

Their text, title and address are the editors'; the kind adds what the
template needs besides ``showcase``. The kinds: :mod:`.home`,
:mod:`.project_list`, :mod:`.open_data`, :mod:`.accessibility`; a page naming
no template of theirs is a plain :class:`MarkdownKind`.
"""

from __future__ import annotations

from typing import Any

from .kind import PageKind


class MarkdownKind(PageKind):
    """A page written in Markdown whose template needs nothing beyond ``showcase``."""

    keeps_toc = True

    def meta(self, language: str) -> dict[str, Any]:
        return {}  # the template is the one its front matter names
