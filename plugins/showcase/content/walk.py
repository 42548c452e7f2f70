"""The walk over the schema's containers: how a value nests, and every field of a block, with its name.

Kept apart from :mod:`showcase.content.blocks` (which imports these names
from here): it needs the containers only as types.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from .visitor import ScalarVisitor

if TYPE_CHECKING:
    from .blocks import Block, Field, KeyedMap, ListOf
    from .fields import FieldType


@dataclass(frozen=True)
class Shape:
    """How a value nests: ``container`` is ``list``, ``map`` (by id) or ``plain``;
    ``inner`` the type of what it holds; ``block`` that type when it is a block."""

    container: str
    inner: FieldType
    block: Block | None = None


class _Shapes(ScalarVisitor[Shape]):
    def scalar(self, field_type: FieldType) -> Shape:
        return Shape("plain", field_type)

    def block(self, field_type: Block) -> Shape:
        return Shape("plain", field_type, field_type)

    def list_of(self, field_type: ListOf) -> Shape:
        return Shape("list", field_type.item, field_type.item.accept(_SHAPES).block)

    def keyed_map(self, field_type: KeyedMap) -> Shape:
        return Shape("map", field_type.value, field_type.value.accept(_SHAPES).block)


_SHAPES = _Shapes()


def shape(field_type: FieldType) -> Shape:
    """How ``field_type`` nests in the model (a list of blocks, a map of numbers, a block...)."""
    return field_type.accept(_SHAPES)


_NESTING = {"plain": ".", "list": "[].", "map": ".<id>."}


def written(field_type: FieldType) -> FieldType:
    """The form editors write ``field_type`` in (entries under ids listed as ``- id: ...`` are a list of entries)."""
    return cast("FieldType", getattr(field_type, "written", field_type))


def walk(field_type: FieldType, prefix: str = "") -> Iterator[tuple[str, Field]]:
    """Every field in ``field_type`` and its nested blocks, with its dotted name.

    Names are as the editors' guide writes them: ``period.start``,
    ``activities[].title``, ``contacts[].phone``; ``[].name`` in a file that is a
    list of entries.
    """
    nested = shape(written(field_type))
    if nested.block is None:
        return
    prefix = prefix + _NESTING[nested.container] if prefix else _NESTING[nested.container].lstrip(".")
    for spec in nested.block.fields:
        yield prefix + spec.name, spec
        yield from walk(spec.type, prefix + spec.name)
