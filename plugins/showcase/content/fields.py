"""The kinds of value a field can hold.

A :class:`FieldType` checks one value (see :mod:`showcase.content.checking`) and
says what it expects; everything else made from the schema walks it with a
:class:`~showcase.content.visitor.FieldVisitor`, which each type ``accept``-s.

The containers (:class:`~showcase.content.blocks.Block`,
:class:`~showcase.content.blocks.ListOf`, :class:`~showcase.content.blocks.KeyedMap`)
are in :mod:`showcase.content.blocks`.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from babel import Locale

from .checking import INVALID, Checker, Reference, as_text, did_you_mean, kind_of
from .email_addresses import EMAIL_ADDRESSES
from .model import PartialDate, Phone, Translated
from .value_checks import calendar_date_problem, text_problem
from .yamlsource import KeyPath

if TYPE_CHECKING:
    from .visitor import FieldVisitor, R

SLUG_RE = r"[a-z0-9]+(?:-[a-z0-9]+)*"
"""An id editors choose: a project's folder, an entry of ``data/``, a contact."""

EMAIL_RE = EMAIL_ADDRESSES
"""Finds an e-mail address inside a text, in linear time (plain text must not hold one; pages hide them)."""


class FieldType(ABC):
    """A kind of value. Subclasses check one value and say what they expect."""

    expected = "a value"
    empty: Any = None
    """The value of a field of this type that is not written."""
    list_example = "one '- item' per line"
    """How a list of these is written, for the hint when a list is expected."""

    @abstractmethod
    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any: ...

    def check_entry(self, key: str, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        """Check the value of the entry ``key`` of a :class:`~showcase.content.blocks.KeyedMap`."""
        return self.check(value, keypath, checker)

    @abstractmethod
    def accept(self, visitor: FieldVisitor[R]) -> R: ...

    def describe(self, checker: Checker) -> str:
        """What this type expects, for messages (choices depend on the site)."""
        return self.expected

    def wrong(self, value: Any, keypath: KeyPath, checker: Checker, hint: str | None = None) -> Any:
        return checker.problem(keypath, f"expected {self.describe(checker)}, found {kind_of(value)}", hint)


class Text(FieldType):
    """Plain text (shown exactly as written) or Markdown."""

    def __init__(self, markdown: bool = False, max_length: int | None = None, single_line: bool = False):
        self.markdown = markdown
        self.max_length = max_length
        self.single_line = single_line
        self.expected = "Markdown text" if markdown else "text"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        if problem := text_problem(text):
            return checker.problem(keypath, *problem)
        text = text.strip()
        if not text:
            return checker.problem(keypath, f"expected {self.expected}, found an empty value", "fill it in or delete the line")
        if self.single_line and "\n" in text:
            return checker.problem(keypath, "expected one line of text, found several lines")
        if not self.markdown and (address := EMAIL_RE.search(text)):
            # Plain text reaches places no script can protect (meta description).
            return checker.problem(
                keypath,
                f"the e-mail address {address.group(0)!r} would be readable by address harvesters here",
                "put it in a contact in project.yml, where the site hides it",
            )
        if self.max_length and len(text) > self.max_length:
            return checker.problem(
                keypath,
                f"expected at most {self.max_length} characters, found {len(text)}",
                "shorten it: it is shown in lists and previews",
            )
        return text

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.text(self)


class Integer(FieldType):
    def __init__(self, minimum: int = 0):
        self.minimum = minimum
        self.expected = f"a whole number of at least {minimum}"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            return self.wrong(value, keypath, checker)
        return value

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.integer(self)


class Flag(FieldType):
    """Yes or no, written ``true`` or ``false``."""

    expected = "true or false"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, bool):
            return self.wrong(value, keypath, checker, "write true or false")
        return value

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.flag(self)


class Pattern(FieldType):
    """Text that must match a regular expression."""

    def __init__(self, regex: str, expected: str, hint: str | None = None):
        self.regex = re.compile(regex)
        self.expected = expected
        self.hint = hint

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is None or not self.regex.fullmatch(text.strip()):
            return self.wrong(value, keypath, checker, self.hint)
        return text.strip()

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.pattern(self)


class Email(Pattern):
    def __init__(self) -> None:
        super().__init__(
            r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}",
            "an e-mail address like name@example.org",
        )

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.email(self)


IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "webp")


class ImageFile(Pattern):
    """The name of an image file in the project's folder; that it exists is checked by the loader."""

    def __init__(self) -> None:
        super().__init__(
            # Spelled out in both cases: JSON Schema patterns have no (?i) flag.
            rf"[A-Za-z0-9_][A-Za-z0-9._-]*\.(?:{'|'.join(IMAGE_EXTENSIONS + tuple(e.upper() for e in IMAGE_EXTENSIONS))})",
            "the file name of an image next to project.yml, like photo.jpg (" + ", ".join(IMAGE_EXTENSIONS) + ")",
            "write only the file name, without folders or spaces",
        )

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.image(self)


class PhoneNumber(FieldType):
    expected = "a phone number in international format, like +420 778 747 633"
    editor_pattern = r"^\+[0-9 ()./-]{7,}$"
    """What editors' tools accept (the check also counts the digits)."""

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        text = text.strip()
        digits = re.sub(r"\D", "", text)
        if not re.fullmatch(r"\+[0-9 ()./-]+", text) or not 8 <= len(digits) <= 15:
            return self.wrong(value, keypath, checker, "start with + and the country code; use only digits and spaces")
        return Phone(text)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.phone(self)


class Url(FieldType):
    expected = "a web address starting with https:// or http://"
    editor_pattern = "^https?://"
    """What editors' tools check (the build also wants a host with a dot)."""
    _re = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?")

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is not None and (problem := text_problem(text, max_length=2000)):
            return checker.problem(keypath, *problem)
        if text is None or not self._re.fullmatch(text.strip()):
            hint = None
            if text and re.match(r"(www\.)?[\w-]+\.\w", text.strip()):
                hint = f"write it as https://{text.strip()}"
            return self.wrong(value, keypath, checker, hint)
        return text.strip()

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.url(self)


class DateValue(FieldType):
    """A date known to the day, the month or only the year."""

    expected = "a date written YYYY-MM-DD, YYYY-MM or YYYY"
    editor_pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"
    """What editors' tools accept (the build also reads single-digit months and days)."""
    editor_hint = "YYYY-MM-DD, YYYY-MM or YYYY"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            if problem := calendar_date_problem(value.year, value.month, value.day):
                return checker.problem(keypath, f"{value.isoformat()!r} is not a date: {problem}")
            return PartialDate(value.year, value.month, value.day)
        text = as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text.strip())
        if not match:
            hint = None
            if re.fullmatch(r"\d{1,2}\.\s*\d{1,2}\.\s*\d{4}", text.strip()):
                day, month, year = re.findall(r"\d+", text)
                hint = f"write {year}-{int(month):02d}-{int(day):02d}"
            return self.wrong(value, keypath, checker, hint)
        year, month, day = (int(part) if part else None for part in match.groups())
        if problem := calendar_date_problem(year, month, day):
            return checker.problem(keypath, f"{text.strip()!r} is not a date: {problem}", "write the real date, or only what is known of it (YYYY-MM or YYYY)")
        try:
            dt.date(year or 1, month or 1, day or 1)
        except ValueError:
            return checker.problem(keypath, f"{text.strip()!r} is not a date in the calendar")
        return PartialDate(year or 1, month, day)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.date(self)


class Choice(FieldType):
    def __init__(self, choices: tuple[str, ...] | Callable[[Checker], tuple[str, ...]], expected: str | None = None):
        self.choices = choices
        self._expected = expected

    def options(self, checker: Checker | None) -> tuple[str, ...]:
        """The values allowed; () when they depend on the site and no checker says which."""
        if callable(self.choices):
            return self.choices(checker) if checker else ()
        return self.choices

    def describe(self, checker: Checker) -> str:
        return self._expected or "one of " + ", ".join(self.options(checker))

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        options = self.options(checker)
        text = as_text(value, keypath, checker)
        if text is None or text.strip() not in options:
            return self.wrong(value, keypath, checker, did_you_mean(text or "", options) if text else None)
        return text.strip()

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.choice(self)


def _site_languages(checker: Checker) -> tuple[str, ...]:
    return checker.languages


class LanguageCode(Choice):
    editor_pattern = "^[a-z]{2}$"

    def __init__(self) -> None:
        super().__init__(_site_languages)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.language(self)


COUNTRIES = tuple(sorted(str(code) for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", str(code))))
"""Every ISO 3166 two-letter code CLDR names."""


class CountryCode(FieldType):
    expected = "a two-letter ISO 3166 country code such as CZ, BG or GB"
    list_example = "[CZ, SK]"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        code = text.strip()
        if code.upper() in COUNTRIES and code != code.upper():
            return checker.problem(keypath, f"expected a country code in capitals, found {code!r}", f"write {code.upper()!r}")
        if code not in COUNTRIES:
            hint = "UK is written GB" if code.upper() == "UK" else "see https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2"
            return checker.problem(keypath, f"{code!r} is not an ISO 3166 country code", hint)
        return code

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.country(self)


class Ref(FieldType):
    """The id of an entry in ``data/``; whether it exists is checked after loading."""

    def __init__(self, collection: str):
        self.collection = collection
        self.expected = f"the id of an entry in data/{collection}.yml"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        checker.references.append(Reference(self.collection, text.strip(), checker.document, keypath))
        return text.strip()

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.ref(self)


class LocalizedText(FieldType):
    """Text that is the same in every language, or a mapping language → text."""

    expected = "text, or one text per language (cs: ..., en: ..., bg: ...)"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, dict):
            result: dict[str, str] = {}
            ok = True
            for language, text in value.items():
                if language not in checker.languages:
                    ok = False
                    checker.problem(keypath + (language,), f"{language!r} is not a language of this site", did_you_mean(str(language), checker.languages) or "use " + ", ".join(checker.languages))
                    continue
                checked = Text(single_line=True).check(text, keypath + (language,), checker)
                if checked is INVALID:
                    ok = False
                else:
                    result[language] = checked
            if not ok:
                return INVALID
            return Translated(result) if result else self.wrong(value, keypath, checker)
        text = Text(single_line=True).check(value, keypath, checker)
        return INVALID if text is INVALID else Translated({"*": text})

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.localized_text(self)


class UiText(FieldType):
    """An interface string, or its plural forms (one, few, many, other)."""

    expected = "text, or plural forms (one: ..., few: ..., other: ...)"
    forms = ("zero", "one", "two", "few", "many", "other")

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, dict):
            result = {}
            for form, text in value.items():
                if form not in self.forms:
                    checker.problem(keypath + (form,), f"{form!r} is not a plural form", "use " + ", ".join(self.forms))
                    return INVALID
                checked = Text().check(text, keypath + (form,), checker)
                if checked is INVALID:
                    return INVALID
                result[form] = checked
            if "other" not in result:
                return checker.problem(keypath, "plural forms need an 'other' form")
            return result
        return Text().check(value, keypath, checker)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.ui_text(self)
