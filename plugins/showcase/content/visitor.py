"""The one walk over the schema: a visitor with one method per kind of field type.

Everything made from the schema besides validation (the JSON Schema, the
editors' field reference, ``showcase new``'s files, the CMS configuration, the
open data, the project page) is a :class:`FieldVisitor`: each type ``accept``-s
a visitor and calls its one method for that kind of type, so no output keeps a
ladder of ``isinstance`` tests, and a new kind of type is a new method that
every visitor must answer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from .blocks import Block, KeyedMap, ListOf
    from .fields import (
        Choice,
        CountryCode,
        DateValue,
        Email,
        FieldType,
        Flag,
        ImageFile,
        Integer,
        LanguageCode,
        LocalizedText,
        Pattern,
        PhoneNumber,
        Ref,
        Text,
        UiText,
        Url,
    )

R = TypeVar("R")


class FieldVisitor(ABC, Generic[R]):
    """One method per kind of field type. A subtype falls back to its parent's method
    (an e-mail address or an image file name is a pattern, a language a choice)
    unless the visitor says otherwise."""

    @abstractmethod
    def text(self, field_type: Text) -> R: ...

    @abstractmethod
    def integer(self, field_type: Integer) -> R: ...

    @abstractmethod
    def flag(self, field_type: Flag) -> R: ...

    @abstractmethod
    def pattern(self, field_type: Pattern) -> R: ...

    def email(self, field_type: Email) -> R:
        return self.pattern(field_type)

    def image(self, field_type: ImageFile) -> R:
        return self.pattern(field_type)

    @abstractmethod
    def phone(self, field_type: PhoneNumber) -> R: ...

    @abstractmethod
    def url(self, field_type: Url) -> R: ...

    @abstractmethod
    def date(self, field_type: DateValue) -> R: ...

    @abstractmethod
    def choice(self, field_type: Choice) -> R: ...

    def language(self, field_type: LanguageCode) -> R:
        return self.choice(field_type)

    @abstractmethod
    def country(self, field_type: CountryCode) -> R: ...

    @abstractmethod
    def ref(self, field_type: Ref) -> R: ...

    @abstractmethod
    def localized_text(self, field_type: LocalizedText) -> R: ...

    @abstractmethod
    def ui_text(self, field_type: UiText) -> R: ...

    @abstractmethod
    def list_of(self, field_type: ListOf) -> R: ...

    @abstractmethod
    def block(self, field_type: Block) -> R: ...

    @abstractmethod
    def keyed_map(self, field_type: KeyedMap) -> R: ...


class ScalarVisitor(FieldVisitor[R]):
    """A visitor to which every type but the containers is alike: :meth:`scalar`."""

    @abstractmethod
    def scalar(self, field_type: FieldType) -> R: ...

    def text(self, field_type: Text) -> R:
        return self.scalar(field_type)

    def integer(self, field_type: Integer) -> R:
        return self.scalar(field_type)

    def flag(self, field_type: Flag) -> R:
        return self.scalar(field_type)

    def pattern(self, field_type: Pattern) -> R:
        return self.scalar(field_type)

    def phone(self, field_type: PhoneNumber) -> R:
        return self.scalar(field_type)

    def url(self, field_type: Url) -> R:
        return self.scalar(field_type)

    def date(self, field_type: DateValue) -> R:
        return self.scalar(field_type)

    def choice(self, field_type: Choice) -> R:
        return self.scalar(field_type)

    def country(self, field_type: CountryCode) -> R:
        return self.scalar(field_type)

    def ref(self, field_type: Ref) -> R:
        return self.scalar(field_type)

    def localized_text(self, field_type: LocalizedText) -> R:
        return self.scalar(field_type)

    def ui_text(self, field_type: UiText) -> R:
        return self.scalar(field_type)
