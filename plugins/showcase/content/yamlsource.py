"""YAML reading that remembers where every value came from.

PyYAML's ``safe_load`` forgets line numbers and silently keeps the last of two
duplicate keys. Editors need ``file:line`` in every message, so we compose the
node tree ourselves and record, for every key path, the line it sits on and
the raw text of plain scalars (``NO`` must stay the country code, not become
``False``).

Content is untrusted: before any node tree is built, the parser's events are
screened (without recursion) for what no editor needs and an attacker uses:
anchors and aliases (``&a``/``*a``: a few lines can expand to gigabytes),
nesting deeper than :data:`MAX_DEPTH` (Python's recursion limit) and texts
larger than :data:`MAX_YAML_LENGTH`. Each is a problem, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem
from .yaml_errors import explain

KeyPath = tuple[str | int, ...]

# libyaml's parser (when PyYAML was built with it) composes the same nodes, with
# the same positions, several times faster: it was most of the cost of reading
# a large site. The pure-Python one stays the reference for errors (below).
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 20
"""Levels of nested blocks and lists; the content's deepest is 5 (a funder's programme's name per language)."""
MAX_YAML_LENGTH = 1_000_000
"""Characters of one YAML file or front matter."""

_MERGE_TAG = "tag:yaml.org,2002:merge"
_NO_ANCHOR_HINT = "write the value out in full wherever it is needed"


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
        self.unreadable = False
        """A value could not be read (reported): the document as a whole is not checked further."""

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.line_offset

    def convert(self, node: yaml.Node, keypath: KeyPath) -> Any:
        self.document.lines.setdefault(keypath, self.line(node))
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE_TAG:
                    self.problems.append(
                        Problem(self.document.path, self.line(key_node), dotted(keypath), "a merge key ('<<') is not allowed", "write the fields out in full")
                    )
                    continue
                key = self.construct(key_node, keypath)
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
            return self.construct(node, keypath)
        except ValueError:
            # "2021-02-30" looks like a date to YAML but is none: keep the text
            # and let the schema say what is wrong with it.
            return node.value

    def construct(self, node: yaml.Node, keypath: KeyPath) -> Any:
        """The value of a scalar (or of a key); a tag YAML-safe loading refuses is a problem, not the end of the file."""
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            self.unreadable = True
            self.problems.append(
                Problem(self.document.path, self.line(node), dotted(keypath), f"this value cannot be read: {error.problem}", "delete the tag (the word starting with '!')")
            )
            return str(node.value) if isinstance(node, yaml.ScalarNode) else repr(node.value)


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


def _screen_events(text: str, loader: type[yaml.SafeLoader], path: Path, line_offset: int) -> list[Problem]:
    """Anchors, aliases and too deep nesting, found in the parser's events (a flat stream: no recursion)."""
    problems: list[Problem] = []
    named: set[str] = set()  # each anchor and alias once, not at each of its thousand uses
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        line = (event.start_mark.line if event.start_mark else 0) + 1 + line_offset
        anchor = getattr(event, "anchor", None)
        if anchor:
            sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
            if sign + anchor not in named:
                named.add(sign + anchor)
                what = "alias" if sign == "*" else "anchor"
                message = f"the {what} '{sign}{anchor}' is not allowed: this site reads no YAML anchors or aliases"
                problems.append(Problem(path, line, "", message, _NO_ANCHOR_HINT))
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                problems.append(Problem(path, line, "", f"the blocks and lists are nested more than {MAX_DEPTH} levels deep", "no field of the content nests this deep: check the indentation"))
                break
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return problems


def _screen(text: str, path: Path, line_offset: int) -> list[Problem]:
    """:func:`_screen_events` with libyaml, or with the pure-Python parser for its messages (and past libyaml's depth limit)."""
    if _FAST_LOADER is not yaml.SafeLoader:
        try:
            return _screen_events(text, _FAST_LOADER, path, line_offset)
        except yaml.YAMLError:
            pass
    return _screen_events(text, yaml.SafeLoader, path, line_offset)


def _syntax_problem(error: yaml.YAMLError, path: Path, line_offset: int, first_line: int, text: str) -> Problem:
    if not isinstance(error, yaml.MarkedYAMLError):
        return Problem(path, first_line, "", f"this is not valid YAML: {error}", None)
    explained = explain(error, text)
    if explained is not None:
        return Problem(path, explained.line + 1 + line_offset, "", explained.message, explained.hint)
    mark = error.problem_mark or error.context_mark
    if error.context_mark and "end of stream" in (error.problem or ""):
        # An unclosed quote or bracket: where it opens, not the end of the file.
        mark = error.context_mark
    line = mark.line + 1 + line_offset if mark else first_line
    what = error.problem or str(error)
    if error.context:
        what = f"{error.context}, {what}"
    return Problem(
        path,
        line,
        "",
        f"this is not valid YAML: {what}",
        "check the indentation and put text containing ': ' or starting with "
        "a special character ([ { * & ! | > ' \" % @ `) in quotes",
    )


def parse_yaml(text: str, path: Path, line_offset: int = 0) -> tuple[YamlDocument, list[Problem]]:
    """Parse ``text`` (the content of ``path``) into a positioned document.

    ``line_offset`` is added to every line number, for YAML that does not start
    on the first line of its file (front matter). Problems come back as
    problems, never as exceptions. When the document cannot be read at all its
    ``data`` is None; problems that leave it readable (a duplicate key, a merge
    key) come with its data, so that the rest of the file is still checked.
    """
    document = YamlDocument(path=path, data=None, first_line=1 + line_offset)
    if len(text) > MAX_YAML_LENGTH:
        problem = f"the YAML is {len(text):,} characters long; at most {MAX_YAML_LENGTH:,} are read"
        return document, [Problem(path, document.first_line, "", problem, "no content file is this large: check what was pasted")]
    try:
        screened = _screen(text, path, line_offset)
        if screened:
            return document, screened
        node = _compose(text)
    except yaml.YAMLError as error:
        return document, [_syntax_problem(error, path, line_offset, document.first_line, text)]
    problems: list[Problem] = []
    if node is not None:
        composer = _Composer(document, line_offset, problems)
        data = composer.convert(node, ())
        document.data = None if composer.unreadable else data
    return document, problems
