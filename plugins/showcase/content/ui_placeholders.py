"""The interface strings (:class:`UiText`) and their ``{placeholders}``: each string may use only those its key is given.

The description of each key in ``data/ui/`` (``UI_KEYS`` in the schema) names
what the site fills in, in braces: ``{language} is the original language``.
That is the declaration: translators read it in the editors' guide, and the
check holds every string of the key, and each of its plural forms, to it. A
string that names another placeholder (``{count}``), or writes one in a way
``str.format`` would read as more than a name (``{n:>99999}``, ``{0}``,
``{language.x}``), or leaves a brace unmatched, is a problem at its line,
instead of an exception on the pages that show it.
"""

from __future__ import annotations

import re
from string import Formatter
from typing import TYPE_CHECKING, Any

from .checking import INVALID, Checker
from .fields import FieldType, Text
from .yamlsource import KeyPath

if TYPE_CHECKING:
    from .visitor import FieldVisitor, R

_NAMED = re.compile(r"\{([a-z_]+)\}")
_NAME = re.compile(r"[a-z_]+")


def placeholders_named_in(description: str) -> tuple[str, ...]:
    """The placeholders a key's description names (``{language}``), in order, once each."""
    return tuple(dict.fromkeys(_NAMED.findall(description)))


_BRACED = re.compile(r"\{[^{}\n]*\}")


def placeholder_problem(text: str, placeholders: tuple[str, ...]) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) with the placeholders of ``text``, or None.

    A text whose key takes no placeholder is shown as it is written: only
    something that looks like a placeholder there is a mistake. A text that
    takes placeholders is filled in by ``str.format``: its braces must pair up,
    literal ones written ``{{`` and ``}}``.
    """
    if not placeholders:
        found = _BRACED.search(text)
        if found:
            return f"{found.group(0)!r} would be shown as it is written: this text takes no placeholder", "delete it, or write the words it stands for"
        return None
    allowed = "it can use " + ", ".join("{" + name + "}" for name in placeholders) + "; write a brace itself as {{ or }}"
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(text) if name is not None]
    except ValueError as error:
        return f"the braces of this text do not pair up ({error})", allowed
    for name, spec, conversion in fields:
        written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if not _NAME.fullmatch(name) or spec or conversion:
            return f"{written!r} is not a placeholder: a placeholder is a name in braces", allowed
        if name not in placeholders:
            return f"{written!r} is not a placeholder of this text", allowed
    return None


class UiText(FieldType):
    """An interface string, or its plural forms (one, few, many, other)."""

    expected = "text, or plural forms (one: ..., few: ..., other: ...)"
    forms = ("zero", "one", "two", "few", "many", "other")

    def __init__(self, placeholders: tuple[str, ...] = ()):
        self.placeholders = placeholders
        """What the site fills in (``{language}``): a string may use these and no other."""

    def _text(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        checked = Text().check(value, keypath, checker)
        if checked is not INVALID and (problem := placeholder_problem(checked, self.placeholders)):
            return checker.problem(keypath, *problem)
        return checked

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, dict):
            result = {}
            for form, text in value.items():
                if form not in self.forms:
                    checker.problem(keypath + (form,), f"{form!r} is not a plural form", "use " + ", ".join(self.forms))
                    return INVALID
                checked = self._text(text, keypath + (form,), checker)
                if checked is INVALID:
                    return INVALID
                result[form] = checked
            if "other" not in result:
                return checker.problem(keypath, "plural forms need an 'other' form")
            return result
        return self._text(value, keypath, checker)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.ui_text(self)
