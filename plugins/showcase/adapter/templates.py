"""Compiled templates, shared by every build this process runs (a Jinja bytecode cache), and the theme's files listed once."""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment, FileSystemLoader
from jinja2.bccache import Bucket
from mkdocs.theme import Theme


class TemplateCode(BytecodeCache):
    """Compiled templates, kept in memory for the life of the process.

    MkDocs makes a new Jinja environment for each build: each of static-i18n's
    language builds and each ``mkdocs serve`` rebuild compiled the theme's
    templates again (a seventh of a 100-project build). Jinja compiles a
    template again when its source changed (the bucket's checksum); the key
    includes the environment's extensions, which change the compiled code.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = f"{sorted(environment.extensions)}:{self.get_cache_key(name, filename)}"
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_CODE = TemplateCode()
"""The one cache of the process: every environment the plugin sees uses it."""


class ListedOnce(FileSystemLoader):
    """The theme's folders, their files listed once per process (until :func:`forget_listing`).

    For every build (each language, each ``mkdocs serve`` rebuild) MkDocs
    lists every file of the theme's folders to copy its static files:
    Material's holds some ten thousand icons, walked three times per rebuild,
    half of a preview's rebuild at 100 projects. The listing is kept; the
    files themselves are read as before.
    """

    _listed: dict[tuple[str, ...], list[str]] = {}

    def list_templates(self) -> list[str]:
        key = tuple(str(path) for path in self.searchpath)
        found = self._listed.get(key)
        if found is None:
            found = self._listed[key] = super().list_templates()
        return list(found)


def forget_listing() -> None:
    """The theme's own folder may have changed (a template added or removed): list it again."""
    ListedOnce._listed.clear()


def list_theme_once(theme: Theme) -> None:
    """Make ``theme``'s Jinja environments list its folders with :class:`ListedOnce`."""
    if "get_env" in vars(theme):  # already (the same configuration, another language's build)
        return
    make_env = theme.get_env

    def get_env() -> Environment:
        env = make_env()
        env.loader = ListedOnce(theme.dirs)
        return env

    vars(theme)["get_env"] = get_env
