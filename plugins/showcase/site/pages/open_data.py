"""The "Open data" page (``open-data.html``): the licence of the data and a link to every export."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...publishing import exports, feeds
from .markdown import MarkdownKind


def licence(extra: Mapping[str, Any]) -> dict[str, str]:
    """The licence of the open data: ``extra.open_data_licence`` (name, url) in mkdocs.yml."""
    value = extra.get("open_data_licence")
    if isinstance(value, Mapping) and value.get("name"):
        return {"name": str(value["name"]), "url": str(value.get("url") or "")}
    return dict(exports.DEFAULT_LICENCE)


@dataclass(frozen=True)
class OpenDataPage:
    """What the "Open data" page lists."""

    licence: dict[str, str]
    downloads: tuple[exports.Download, ...]
    projects: tuple[exports.Download, ...]
    schemas: tuple[exports.Download, ...]


class OpenDataKind(MarkdownKind):
    """The "Open data" page: the licence and a link to every export."""

    template = "open-data.html"

    def context(self, language: str) -> dict[str, Any]:
        site = self.pages.site
        page = OpenDataPage(
            licence(self.pages.settings.extra),
            tuple(exports.open_data_downloads(site, language, feeds.feed_path(site, language))),
            tuple(exports.project_downloads(site, language)),
            tuple(exports.schema_downloads()),
        )
        return {"showcase_open_data": page}
