"""What a field declares besides its type: its label for readers, how the project page shows it, how it is exported.

Parts of a :class:`~showcase.content.blocks.Field`; imported from
:mod:`showcase.content.blocks` too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Label:
    """The interface string (``data/ui/<language>.yml``) that labels a field for readers.

    Every label of a field the page shows is a required interface string.
    """

    hint: str
    """What the string is, for translators (the CMS and ``ui.schema.json`` show it)."""
    key: str | None = None
    """The string's key; None: the field's name."""
    values: Mapping[str, str] = field(default_factory=dict)
    """For a choice shown by its value: each value's hint; its string is ``<key>_<value>``."""


@dataclass(frozen=True)
class Fact:
    """Shown in the box of key facts, labelled, at ``order`` (the box mixes the facts
    of ``project.yml`` and of the language files, so its order is its own)."""

    order: int
    inline: bool = False
    """Several values read as one line ("Czechia, Slovakia") rather than a list."""
    via: str | None = None
    """A view of its own on the page (by this name) when its type alone does not say how."""


@dataclass(frozen=True)
class Section:
    """A section of the page, headed by the field's label, in declaration order.

    ``kind`` names the partial ``partials/showcase/section-<kind>.html``: ``text``
    (one text), ``list`` (a list of texts), ``titled`` and ``quotes`` (a list of
    blocks: ``title`` and ``text`` name their fields), ``groups`` (a block of lists,
    each under its field's label).
    """

    kind: str = "text"
    title: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Partial:
    """Shown by a partial of its own, ``partials/showcase/<name>.html``."""

    name: str


Display = Fact | Section | Partial


@dataclass(frozen=True)
class Column:
    """One column of ``data/projects.csv``, made from the field's value in the JSON record.

    ``cell(value, language)`` gives the cell (a list is joined with ``; ``, None is
    empty); without it the value itself. Columns are sorted by ``order``; one
    ``per_language`` is repeated for each language as ``<name>_<language>``.
    """

    name: str
    order: int = 100
    cell: Callable[[Any, str], Any] | None = None
    per_language: bool = False


@dataclass(frozen=True)
class Export:
    """How a field is in the open data (``data/projects.json``, ``.csv``)."""

    json: bool = True
    """False: left out of the open data (e-mail addresses)."""
    key: str | None = None
    """Its key in the JSON record; None: the field's name."""
    csv: tuple[Column, ...] | None = None
    """Its CSV columns; None: one column named after the field (one per language for
    a language file's field), the value itself."""
    expand: bool = True
    """Ids and codes with the names they stand for, in every language; False: as written."""
    null_fields: bool = False
    """A block not written is an object of null fields, not null."""
    via: str | None = None
    """An export of its own (by this name) when its type alone does not say how."""
