"""What the command line needs from ``mkdocs.yml``, read without MkDocs.

The site's languages (the i18n plugin's ``languages``), the content folder
(``docs_dir``) and the data folder (the showcase plugin's ``data_dir``) are
read with a plain YAML loader that tolerates MkDocs' tags: ``!ENV`` is resolved
the way MkDocs resolves it, ``!!python/...`` values (Python objects MkDocs would
build) are ignored. Importing MkDocs would cost more than checking the content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..content.problems import Problem
from ..site.languages import site_languages


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads ``!ENV`` and skips ``!!python/...`` tags."""


def _env(loader: _TolerantLoader, node: yaml.Node) -> Any:
    # MkDocs: !ENV NAME, or !ENV [NAME, OTHER, default]: the first set variable, else the default.
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    assert isinstance(node, yaml.SequenceNode)
    items = [loader.construct_object(item) for item in node.value]
    for name in items[:-1]:
        if str(name) in os.environ:
            return os.environ[str(name)]
    return items[-1] if len(items) > 1 else os.environ.get(str(items[0])) if items else None


def _ignored(loader: _TolerantLoader, suffix: str, node: yaml.Node) -> None:
    return None


_TolerantLoader.add_constructor("!ENV", _env)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignored)


@dataclass(frozen=True)
class SiteConfig:
    """Where the content is and which languages the site has."""

    root: Path
    content_dir: Path
    data_dir: Path
    languages: tuple[str, ...]
    default_language: str
    plugin: dict[str, Any]
    """The showcase plugin's options in mkdocs.yml."""
    repo_url: str | None = None


class ConfigError(Exception):
    """mkdocs.yml cannot be read or lacks what the tools need; ``problem`` says what."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.format())


def _plugins(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    plugins: dict[str, dict[str, Any]] = {}
    for entry in config.get("plugins") or []:
        if isinstance(entry, str):
            plugins[entry] = {}
        elif isinstance(entry, dict):
            for name, options in entry.items():
                plugins[str(name)] = options if isinstance(options, dict) else {}
    return plugins


def read_site_config(mkdocs_yml: Path) -> SiteConfig:
    """The content's location and languages from ``mkdocs_yml``; :class:`ConfigError` if unusable."""
    try:
        text = mkdocs_yml.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(Problem(mkdocs_yml, None, "", f"cannot read the site configuration ({error.strerror})", "run the command in the site's folder or pass --config")) from None
    try:
        config = yaml.load(text, Loader=_TolerantLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(Problem(mkdocs_yml, mark.line + 1 if mark else None, "", f"this is not valid YAML: {getattr(error, 'problem', error)}")) from None
    if not isinstance(config, dict):
        raise ConfigError(Problem(mkdocs_yml, 1, "", "expected the MkDocs settings (a block of fields)"))
    root = mkdocs_yml.resolve().parent
    plugins = _plugins(config)
    showcase = plugins.get("showcase", {})
    theme = config.get("theme")
    languages, default = site_languages(
        (plugins.get("i18n") or {}).get("languages"), theme.get("language") if isinstance(theme, dict) else None
    )
    return SiteConfig(
        root=root,
        content_dir=root / str(config.get("docs_dir") or "docs"),
        data_dir=root / str(showcase.get("data_dir") or "data"),
        languages=languages,
        default_language=default,
        plugin=showcase,
        repo_url=str(config["repo_url"]) if config.get("repo_url") else None,
    )
