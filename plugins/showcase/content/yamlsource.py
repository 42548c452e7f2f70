"""YAML reading that remembers where every value came from.

PyYAML's ``safe_load`` forgets line numbers and silently keeps the last of two
duplicate keys. Editors need ``file:line`` in every message, so we compose the
node tree ourselves and record, for every key path, the line it sits on and
the raw text of plain scalars (``NO`` must stay the country code, not become
``False``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

KeyPath = tuple[str | int, ...]

# libyaml's parser (when PyYAML was built with it) composes the same nodes, with
# the same positions, several times faster: it was most of the cost of reading
# a large site. The pure-Python one stays the reference for errors (below).
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDocument:
    """A parsed YAML document with the source position of each value."""

    path: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    raw_scalars: dict[KeyPath, str] = field(default_factory=dict)
    first_line: int = 1

    def line_of(self, keypath: KeyPath) -> int:
        """The line of ``keypath``, or of its nearest ancestor that has one."""
        while keypath:
            if keypath in self.lines:
                return self.lines[keypath]
            keypath = keypath[:-1]
        return self.lines.get((), self.first_line)

    def raw(self, keypath: KeyPath) -> str | None:
        """The text of a plain (unquoted) scalar as the editor typed it."""
        return self.raw_scalars.get(keypath)


class _Composer:
    def __init__(self, document: YamlDocument, line_offset: int, problems: list[Problem]):
        self.document = document
        self.line_offset = line_offset
        self.problems = problems
        self.constructor = yaml.SafeLoader("")

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.line_offset

    def convert(self, node: yaml.Node, keypath: KeyPath) -> Any:
        self.document.lines.setdefault(keypath, self.line(node))
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.constructor.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int)):
                    key = str(key)
                if key in result:
                    self.problems.append(
                        Problem(
                            self.document.path,
                            self.line(key_node),
                            dotted(keypath + (key,)),
                            f"the key {key!r} appears twice in the same block; "
                            "only one of them would be used",
                            "delete or rename one of them",
                        )
                    )
                child = keypath + (key,)
                self.document.lines[child] = self.line(key_node)
                result[key] = self.convert(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item_node in enumerate(node.value):
                items.append(self.convert(item_node, keypath + (index,)))
            return items
        assert isinstance(node, yaml.ScalarNode)
        if not node.style:  # None, or "" from libyaml: a plain scalar
            self.document.raw_scalars[keypath] = node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueError:
            # "2021-02-30" looks like a date to YAML but is none: keep the text
            # and let the schema say what is wrong with it.
            return node.value


def dotted(keypath: KeyPath) -> str:
    """How a key path is named in messages: ``contacts.jan-husak.email``, ``countries[1]``."""
    text = ""
    for part in keypath:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def _compose(text: str) -> yaml.Node | None:
    if _FAST_LOADER is not yaml.SafeLoader:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass  # parsed again below: editors get the pure-Python parser's messages
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_yaml(text: str, path: Path, line_offset: int = 0) -> tuple[YamlDocument, list[Problem]]:
    """Parse ``text`` (the content of ``path``) into a positioned document.

    ``line_offset`` is added to every line number, for YAML that does not start
    on the first line of its file (front matter). Syntax errors come back as
    problems, never as exceptions.
    """
    document = YamlDocument(path=path, data=None, first_line=1 + line_offset)
    problems: list[Problem] = []
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark and "end of stream" in (error.problem or ""):
            # An unclosed quote or bracket: where it opens, not the end of the file.
            mark = error.context_mark
        line = mark.line + 1 + line_offset if mark else document.first_line
        what = error.problem or str(error)
        if error.context:
            what = f"{error.context}, {what}"
        problems.append(
            Problem(
                path,
                line,
                "",
                f"this is not valid YAML: {what}",
                "check the indentation and put text containing ': ' or starting with "
                "a special character ([ { * & ! | > ' \" % @ `) in quotes",
            )
        )
        return document, problems
    except yaml.YAMLError as error:
        problems.append(Problem(path, document.first_line, "", f"this is not valid YAML: {error}", None))
        return document, problems
    if node is None:
        document.data = None
        return document, problems
    try:
        document.data = _Composer(document, line_offset, problems).convert(node, ())
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        line = mark.line + 1 + line_offset if mark else document.first_line
        problems.append(Problem(path, line, "", f"this value cannot be read: {error.problem}", None))
    return document, problems
