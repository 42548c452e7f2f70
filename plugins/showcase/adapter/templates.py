"""Compiled templates, shared by every build this process runs (a Jinja bytecode cache)."""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


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
