"""Fields and the containers that hold them: blocks, lists and maps by id; the walk over them.

A :class:`Field` is the one declaration of a field: its type, whether it is
required, its description for editors in English, Czech and Bulgarian, an
example, the interface string that labels it for readers (:class:`Label`), how
the project page shows it (:class:`Fact`, :class:`Section`, :class:`Partial` or
not at all) and how it is exported (:class:`Export`). Which file it lives in is
the block it is declared in (:mod:`showcase.content.schema`,
:mod:`showcase.content.documents`).

A :class:`Block` checks a mapping of fields and builds its model object, a
:class:`~showcase.content.model.Record` of the class it names: a field added to
a block reaches the model with no other edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .checking import INVALID, Checker, did_you_mean, kind_of
from .declarations import Column, Display, Export, Fact, Label, Partial, Section
from .fields import SLUG_RE, FieldType, Pattern
from .model import Record
from .visitor import FieldVisitor, R
from .walk import Shape, shape, walk, written
from .yamlsource import KeyPath

# The walk over blocks (.walk) and what a field declares besides its type (.declarations): imported from here too.
__all__ = ["Column", "Display", "Export", "Fact", "Label", "Partial", "Section", "Shape", "shape", "walk", "written"]

@dataclass(frozen=True)
class Field:
    """One named field of a block: everything the site does with it is declared here."""

    name: str
    type: FieldType
    description: str
    """What the field means, for editors, in English."""
    cs: str = ""
    """The description in Czech."""
    bg: str = ""
    """The description in Bulgarian."""
    required: bool = False
    example: Any = None
    required_in_original: bool = False
    """A language file's field the original language's file must have."""
    label: Label | None = None
    page: Display | None = None
    """How the project page shows it; None: not at all, or as part of its block."""
    export: Export = Export()

    @property
    def descriptions(self) -> dict[str, str]:
        return {"en": self.description, "cs": self.cs, "bg": self.bg}

    @property
    def label_key(self) -> str | None:
        """The key of the interface string that labels it, or None."""
        return (self.label.key or self.name) if self.label else None

    @property
    def json_key(self) -> str:
        return self.export.key or self.name


# -- containers -------------------------------------------------------------------------


class Block(FieldType):
    """A mapping of known fields; unknown fields are reported with a suggestion.

    A valid block becomes a ``model`` (a :class:`Record` or a subclass) holding
    every declared field; ``check_whole`` checks the fields together.
    """

    def __init__(
        self,
        fields: tuple[Field, ...] | Callable[[], tuple[Field, ...]],
        expected: str = "a block of fields",
        check_whole: Callable[[dict[str, Any], KeyPath, Checker], None] | None = None,
        model: type[Record] = Record,
        hint: str = "indent its fields under it, one 'name: value' per line",
    ):
        self._fields = fields
        self.expected = expected
        self.check_whole = check_whole
        self.model = model
        self.hint = hint
        """How to write it, for a value that is not a block."""

    @property
    def fields(self) -> tuple[Field, ...]:
        """Its fields in declaration order (a block given a function derives them at each use)."""
        return self._fields() if callable(self._fields) else self._fields

    @fields.setter
    def fields(self, fields: tuple[Field, ...]) -> None:
        self._fields = fields

    @property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        values = self._check_fields(value, keypath, checker)
        return INVALID if values is INVALID else self.model(self._complete(values))

    def check_entry(self, key: str, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        values = self._check_fields(value, keypath, checker)
        return INVALID if values is INVALID else self.model(self._complete(values), id=key)

    def _complete(self, values: dict[str, Any]) -> dict[str, Any]:
        return {spec.name: values.get(spec.name, spec.type.empty) for spec in self.fields}

    def _check_fields(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, keypath, checker, self.hint)
        fields = self.fields
        by_name = {f.name: f for f in fields}
        result: dict[str, Any] = {}
        ok = True
        for key, item in value.items():
            spec = by_name.get(str(key))
            if spec is None:
                ok = False
                checker.problem(
                    keypath + (key,),
                    "unknown field",
                    did_you_mean(str(key), by_name) or "allowed here: " + ", ".join(by_name),
                )
                continue
            if item is None:
                if spec.required:
                    ok = False
                    checker.problem(keypath + (key,), f"this field is required but empty: expected {spec.type.describe(checker)}")
                continue  # an empty optional field is the same as a missing one
            if checker.placeholder(item, keypath + (key,)):
                ok = ok and checker.draft
                continue
            checked = spec.type.check(item, keypath + (key,), checker)
            if checked is INVALID:
                ok = False
            else:
                result[spec.name] = checked
        for spec in fields:
            if spec.required and spec.name not in value:
                ok = False
                # Named by the missing field, placed at the line of its block.
                checker.problem(keypath + (spec.name,), "this required field is missing", f"add '{spec.name}:' with {spec.type.describe(checker)}")
        if ok and self.check_whole:
            before = len(checker.problems)
            self.check_whole(result, keypath, checker)
            ok = len(checker.problems) == before
        return result if ok else INVALID

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.block(self)


class ListOf(FieldType):
    empty: Any = ()

    def __init__(self, item: FieldType, min_items: int = 0, unique: bool = False):
        self.item = item
        self.min_items = min_items
        self.unique = unique
        self.expected = f"a list of {item.expected}"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, list):
            return self.wrong(value, keypath, checker, f"write it as a list: {self.item.list_example}")
        if len(value) < self.min_items:
            return checker.problem(keypath, f"expected at least {self.min_items} item(s), found {len(value)}")
        result = []
        seen: set[Any] = set()
        for index, item in enumerate(value):
            if checker.placeholder(item, keypath + (index,)):
                continue
            checked = self.item.check(item, keypath + (index,), checker)
            if checked is INVALID:
                continue
            if self.unique:
                if checked in seen:
                    checker.problem(keypath + (index,), f"{checked!r} is listed twice")
                    continue
                seen.add(checked)
            result.append(checked)
        return tuple(result)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.list_of(self)


class KeyedMap(FieldType):
    """Entries under ids the editor chooses (``jan-husak``): in the model, a mapping from id to value.

    Written as a mapping (``jan-husak: ...``), or, when ``listed``, as a list of
    entries each starting with its ``id`` (``- id: jan-husak``), followed by the
    fields of a block value or by ``value:`` for any other: the form the content
    editor (Sveltia CMS) can edit, which has no widget for a mapping of blocks
    or numbers under chosen keys. ``keys``, when given, is what the keys are
    instead of ids (file names: the descriptions of a gallery's images, by the
    image's file name).
    """

    empty: Any = {}

    def __init__(self, value: FieldType, what: str = "entries", listed: bool = False, keys: FieldType | None = None, value_name: str = "value"):
        self.value = value
        self.listed = listed
        self.keys = keys
        """The type of the keys (a file name, a country code...); None: ids the editor chooses."""
        self.value_name = value_name
        """In the listed form, the name of the field beside ``id`` holding a value that is not a block."""
        if listed:
            self.expected = f"a list of {what}, each starting with '- id: my-id'"
        elif keys is not None:
            self.expected = f"{what}, each under {keys.expected}"
        else:
            self.expected = f"{what}, each under an id such as 'my-id:'"

    @property
    def entry(self) -> Block:
        """What one entry of the listed form is: its ``id``, then the value's fields (or ``value``)."""
        value, name = self.value, self.value_name
        id_field = ID_FIELD if self.keys is None else replace(ID_FIELD, type=self.keys, example=None)

        def fields() -> tuple[Field, ...]:
            inner = value.fields if isinstance(value, Block) else (value_field(value, name),)
            return (id_field, *inner)

        return Block(fields, "an entry (id: and its fields)")

    @property
    def written(self) -> FieldType:
        """The form editors write: this map, or the list of :attr:`entry`-es."""
        return ListOf(self.entry) if self.listed else self

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if self.listed:
            return self._check_listed(value, keypath, checker)
        if not isinstance(value, dict):
            return self.wrong(value, keypath, checker, "write 'id: ...' lines, not a '- item' list")
        result: dict[str, Any] = {}
        ok = True
        for key, item in value.items():
            key_text = str(key)
            if not self._key_is_valid(key_text, key_text, keypath + (key,), checker):
                ok = False
                continue
            if checker.placeholder(item, keypath + (key,)):
                continue
            checked = self.value.check_entry(key_text, item, keypath + (key,), checker)
            if checked is INVALID:
                ok = False
            else:
                result[key_text] = checked
        return result if ok else INVALID

    def _key_is_valid(self, key_text: str, shown: str, keypath: KeyPath, checker: Checker) -> bool:
        """Whether ``key_text`` is a key of this map (of ``keys``' type, or an id); a problem at ``keypath`` if not."""
        if self.keys is not None:
            return self.keys.check(key_text, keypath, checker) is not INVALID
        if re.fullmatch(SLUG_RE, key_text):
            return True
        checker.problem(keypath, f"{shown!r} is not a valid id", "use lowercase letters, digits and hyphens, like 'jan-novak'")
        return False

    def _check_listed(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, dict):
            return checker.problem(
                keypath,
                f"expected {self.expected}, found entries under ids ('{next(iter(value), 'my-id')}:')",
                "write each as '- id: ...' followed by its fields; `showcase migrate` converts a whole site",
            )
        if not isinstance(value, list):
            return self.wrong(value, keypath, checker, "write each entry as '- id: ...' followed by its fields")
        result: dict[str, Any] = {}
        ok = True
        for index, item in enumerate(value):
            where = keypath + (index,)
            if checker.placeholder(item, where):
                continue
            if not isinstance(item, dict):
                ok = False
                checker.problem(where, f"expected an entry ('- id: ...' and its fields), found {kind_of(item)}")
                continue
            key = item.get("id")
            key_text = str(key) if isinstance(key, (str, int)) and not isinstance(key, bool) else ""
            rest = {name: field_value for name, field_value in item.items() if name != "id"}
            if key is None:
                ok = False
                checker.problem(where, "this entry has no id", "start it with '- id: ...': lowercase letters, digits and hyphens, like 'jan-novak'")
                continue
            if not self._key_is_valid(key_text, key_text or kind_of(key), where + ("id",), checker):
                ok = False
                continue
            if key_text in result:
                ok = False
                checker.problem(where + ("id",), f"the id {key_text!r} is used by two entries", "give each entry an id of its own")
                continue
            if isinstance(self.value, Block):
                checked = self.value.check_entry(key_text, rest, where, checker)
            else:
                record = Block((value_field(self.value, self.value_name),), f"an entry (id: and {self.value_name}:)").check(rest, where, checker)
                checked = INVALID if record is INVALID else record[self.value_name]
            if checked is INVALID:
                ok = False
            else:
                result[key_text] = checked
        return result if ok else INVALID

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.keyed_map(self)


ID_FIELD = Field(
    "id", Pattern(f"^{SLUG_RE}$", "an id: lowercase letters, digits and hyphens, like 'jan-novak'"),
    "The entry's id, which other files use to name it: lowercase letters, digits and hyphens.",
    cs="Id položky, kterým ji jmenují ostatní soubory: malá písmena, číslice a pomlčky.",
    bg="Идентификаторът на записа, с който го посочват другите файлове: малки латински букви, цифри и тирета.",
    required=True, example="my-id",
)
"""The first field of an entry of a listed :class:`KeyedMap`."""


def value_field(value_type: FieldType, name: str = "value") -> Field:
    """The field ``value`` (or ``name``) of an entry of a listed :class:`KeyedMap` of plain values (figures)."""
    return Field(
        name, value_type, "The value of the entry.",
        cs="Hodnota položky.", bg="Стойността на записа.", required=True,
    )
