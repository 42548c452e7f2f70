"""The content schema, declared once.

Every file editors write (``project.yml``, the language files' front matter and
the files in ``data/``) is described here by a tree of :class:`Field` objects.
The same declaration validates the content, and is what the JSON Schema and
the field reference for editors are generated from (:meth:`FieldType.json_schema`,
:func:`field_reference`).

Validation never stops at the first problem: each check appends problems to a
:class:`Checker` and returns :data:`INVALID` for the value, so that one run
reports everything wrong in a file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from babel import Locale

from ..site.markup import EMAIL_RE
from .model import PartialDate, Phone
from .problems import Problem
from .value_checks import calendar_date_problem, text_problem
from .yamlsource import KeyPath, YamlDocument, dotted

INVALID: Any = object()
"""Returned by a check for a value that has a problem (already reported)."""

# Collections that ids can refer to, checked once everything is read.
ORGANISATIONS = "organisations"
FUNDERS = "funders"
TOPICS = "topics"


@dataclass
class Reference:
    """An id that must exist in a collection (resolved after loading)."""

    collection: str
    id: str
    document: YamlDocument
    keypath: KeyPath


@dataclass
class Checker:
    """Collects problems and references while one document is checked."""

    document: YamlDocument
    languages: tuple[str, ...]
    problems: list[Problem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    def problem(self, keypath: KeyPath, message: str, hint: str | None = None) -> Any:
        self.problems.append(
            Problem(self.document.path, self.document.line_of(keypath), dotted(keypath), message, hint)
        )
        return INVALID


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A "did you mean" hint for a misspelt key or id, or None."""
    matches = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"did you mean {matches[0]!r}?" if matches else None


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"yes/no ({str(value).lower()})"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return repr(str(value))


class FieldType:
    """A kind of value. Subclasses check one value and say what they expect."""

    expected = "a value"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def describe(self, checker: Checker) -> str:
        """What this type expects, for messages (choices depend on the site)."""
        return self.expected

    def wrong(self, value: Any, keypath: KeyPath, checker: Checker, hint: str | None = None) -> Any:
        return checker.problem(keypath, f"expected {self.describe(checker)}, found {_kind_of(value)}", hint)


def _as_text(value: Any, keypath: KeyPath, checker: Checker) -> str | None:
    """The text of a scalar; unquoted YAML like ``NO`` or ``1.10`` stays as typed."""
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)) or value is None:
        return None
    raw = checker.document.raw(keypath)
    return raw if raw is not None else str(value)


class Text(FieldType):
    """Plain text (shown exactly as written) or Markdown."""

    def __init__(self, markdown: bool = False, max_length: int | None = None, single_line: bool = False):
        self.markdown = markdown
        self.max_length = max_length
        self.single_line = single_line
        self.expected = "Markdown text" if markdown else "text"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = _as_text(value, keypath, checker)
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

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "minLength": 1}
        if self.max_length:
            schema["maxLength"] = self.max_length
        return schema


class Integer(FieldType):
    def __init__(self, minimum: int = 0):
        self.minimum = minimum
        self.expected = f"a whole number of at least {minimum}"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            return self.wrong(value, keypath, checker)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum}


class Pattern(FieldType):
    """Text that must match a regular expression."""

    def __init__(self, regex: str, expected: str, hint: str | None = None):
        self.regex = re.compile(regex)
        self.expected = expected
        self.hint = hint

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = _as_text(value, keypath, checker)
        if text is None or not self.regex.fullmatch(text.strip()):
            return self.wrong(value, keypath, checker, self.hint)
        return text.strip()

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": self.regex.pattern}


SLUG_RE = r"[a-z0-9]+(?:-[a-z0-9]+)*"


class Email(Pattern):
    def __init__(self) -> None:
        super().__init__(
            r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}",
            "an e-mail address like name@example.org",
        )

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "email"}


class PhoneNumber(FieldType):
    expected = "a phone number in international format, like +420 778 747 633"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = _as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        text = text.strip()
        digits = re.sub(r"\D", "", text)
        if not re.fullmatch(r"\+[0-9 ()./-]+", text) or not 8 <= len(digits) <= 15:
            return self.wrong(value, keypath, checker, "start with + and the country code; use only digits and spaces")
        return Phone(text)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^\+[0-9 ()./-]{7,}$"}


class Url(FieldType):
    expected = "a web address starting with https:// or http://"
    _re = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?")

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = _as_text(value, keypath, checker)
        if text is not None and (problem := text_problem(text, max_length=2000)):
            return checker.problem(keypath, *problem)
        if text is None or not self._re.fullmatch(text.strip()):
            hint = None
            if text and re.match(r"(www\.)?[\w-]+\.\w", text.strip()):
                hint = f"write it as https://{text.strip()}"
            return self.wrong(value, keypath, checker, hint)
        return text.strip()

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "uri", "pattern": "^https?://"}


class DateValue(FieldType):
    """A date known to the day, the month or only the year."""

    expected = "a date written YYYY-MM-DD, YYYY-MM or YYYY"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            if problem := calendar_date_problem(value.year, value.month, value.day):
                return checker.problem(keypath, f"{value.isoformat()!r} is not a date: {problem}")
            return PartialDate(value.year, value.month, value.day)
        text = _as_text(value, keypath, checker)
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

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": ["string", "integer"],
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            "description": self.expected,
        }


class Choice(FieldType):
    def __init__(self, choices: tuple[str, ...] | Callable[[Checker], tuple[str, ...]], expected: str | None = None):
        self.choices = choices
        self._expected = expected

    def options(self, checker: Checker | None) -> tuple[str, ...]:
        if callable(self.choices):
            return self.choices(checker) if checker else ()
        return self.choices

    def describe(self, checker: Checker) -> str:
        return self._expected or "one of " + ", ".join(self.options(checker))

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        options = self.options(checker)
        text = _as_text(value, keypath, checker)
        if text is None or text.strip() not in options:
            return self.wrong(value, keypath, checker, did_you_mean(text or "", options) if text else None)
        return text.strip()

    def json_schema(self) -> dict[str, Any]:
        options = self.options(None)
        return {"type": "string", "enum": list(options)} if options else {"type": "string"}


def _site_languages(checker: Checker) -> tuple[str, ...]:
    return checker.languages


class LanguageCode(Choice):
    def __init__(self) -> None:
        super().__init__(_site_languages)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[a-z]{2}$"}


_COUNTRIES = tuple(sorted(str(code) for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", str(code))))


class CountryCode(FieldType):
    expected = "a two-letter ISO 3166 country code such as CZ, BG or GB"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = _as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        code = text.strip()
        if code.upper() in _COUNTRIES and code != code.upper():
            return checker.problem(keypath, f"expected a country code in capitals, found {code!r}", f"write {code.upper()!r}")
        if code not in _COUNTRIES:
            hint = "UK is written GB" if code.upper() == "UK" else "see https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2"
            return checker.problem(keypath, f"{code!r} is not an ISO 3166 country code", hint)
        return code

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(_COUNTRIES)}


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


class Ref(FieldType):
    """The id of an entry in ``data/``; whether it exists is checked after loading."""

    def __init__(self, collection: str):
        self.collection = collection
        self.expected = f"the id of an entry in data/{collection}.yml"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = _as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        checker.references.append(Reference(self.collection, text.strip(), checker.document, keypath))
        return text.strip()

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{SLUG_RE}$"}


class ListOf(FieldType):
    def __init__(self, item: FieldType, min_items: int = 0, unique: bool = False):
        self.item = item
        self.min_items = min_items
        self.unique = unique
        self.expected = f"a list of {item.expected}"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, list):
            example = "[CZ, SK]" if isinstance(self.item, CountryCode) else "one '- item' per line"
            return self.wrong(value, keypath, checker, f"write it as a list: {example}")
        if len(value) < self.min_items:
            return checker.problem(keypath, f"expected at least {self.min_items} item(s), found {len(value)}")
        result = []
        seen: set[Any] = set()
        for index, item in enumerate(value):
            checked = self.item.check(item, keypath + (index,), checker)
            if checked is INVALID:
                continue
            if self.unique:
                if checked in seen:
                    checker.problem(keypath + (index,), f"{checked!r} is listed twice")
                    continue
                seen.add(checked)
            result.append(checked)
        return result

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.unique:
            schema["uniqueItems"] = True
        return schema


@dataclass(frozen=True)
class Field:
    """One named field of a block, with what editors need to know about it."""

    name: str
    type: FieldType
    description: str
    required: bool = False
    example: Any = None


class Block(FieldType):
    """A mapping of known fields; unknown fields are reported with a suggestion."""

    def __init__(self, fields: tuple[Field, ...], expected: str = "a block of fields", check_whole: Callable[[dict[str, Any], KeyPath, Checker], None] | None = None):
        self.fields = fields
        self.by_name = {f.name: f for f in fields}
        self.expected = expected
        self.check_whole = check_whole

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, keypath, checker, "indent its fields under it, one 'name: value' per line")
        result: dict[str, Any] = {}
        ok = True
        for key, item in value.items():
            spec = self.by_name.get(str(key))
            if spec is None:
                ok = False
                checker.problem(
                    keypath + (key,),
                    "unknown field",
                    did_you_mean(str(key), self.by_name) or "allowed here: " + ", ".join(self.by_name),
                )
                continue
            if item is None:
                if spec.required:
                    ok = False
                    checker.problem(keypath + (key,), f"this field is required but empty: expected {spec.type.describe(checker)}")
                continue  # an empty optional field is the same as a missing one
            checked = spec.type.check(item, keypath + (key,), checker)
            if checked is INVALID:
                ok = False
            else:
                result[spec.name] = checked
        for spec in self.fields:
            if spec.required and spec.name not in value:
                ok = False
                # Named by the missing field, placed at the line of its block.
                checker.problem(keypath + (spec.name,), "this required field is missing", f"add '{spec.name}:' with {spec.type.describe(checker)}")
        if ok and self.check_whole:
            before = len(checker.problems)
            self.check_whole(result, keypath, checker)
            ok = len(checker.problems) == before
        return result if ok else INVALID

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "additionalProperties": False,
            "properties": {f.name: {**f.type.json_schema(), "description": f.description} for f in self.fields},
        }
        required = [f.name for f in self.fields if f.required]
        if required:
            schema["required"] = required
        return schema


class KeyedMap(FieldType):
    """A mapping from ids the editor chooses (``jan-husak:``) to values."""

    def __init__(self, value: FieldType, what: str = "entries"):
        self.value = value
        self.expected = f"{what}, each under an id such as 'my-id:'"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, keypath, checker, "write 'id: ...' lines, not a '- item' list")
        result: dict[str, Any] = {}
        ok = True
        for key, item in value.items():
            key_text = str(key)
            if not re.fullmatch(SLUG_RE, key_text):
                ok = False
                checker.problem(keypath + (key,), f"{key_text!r} is not a valid id", "use lowercase letters, digits and hyphens, like 'jan-novak'")
                continue
            checked = self.value.check(item, keypath + (key,), checker)
            if checked is INVALID:
                ok = False
            else:
                result[key_text] = checked
        return result if ok else INVALID

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": f"^{SLUG_RE}$"},
            "additionalProperties": self.value.json_schema(),
        }


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
            return result if result else self.wrong(value, keypath, checker)
        text = Text(single_line=True).check(value, keypath, checker)
        return INVALID if text is INVALID else {"*": text}

    def json_schema(self) -> dict[str, Any]:
        return {
            "oneOf": [
                {"type": "string", "minLength": 1},
                {"type": "object", "propertyNames": {"pattern": "^[a-z]{2}$"}, "additionalProperties": {"type": "string"}},
            ]
        }


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

    def json_schema(self) -> dict[str, Any]:
        return {"oneOf": [{"type": "string"}, {"type": "object", "required": ["other"]}]}


# ---------------------------------------------------------------------------
# The schema of each file
# ---------------------------------------------------------------------------


def _check_period(period: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    start, end = period.get("start"), period.get("end")
    if not start and not end:
        checker.problem(keypath, "a period needs a start, an end or both", "delete 'period:' if no date is known")
    elif start and end and end.last_day() < start.first_day():
        checker.problem(keypath + ("end",), f"the period ends ({end.iso()}) before it starts ({start.iso()})")


def _check_contact(contact: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    if not any(key in contact for key in ("phone", "email", "address")):
        checker.problem(keypath, "a contact needs at least one of phone, email or address")


PERIOD = Block(
    (
        Field("start", DateValue(), "When the project started, as precisely as it is known.", example="2021-01-01"),
        Field("end", DateValue(), "When the project ends or ended, as precisely as it is known.", example="2022-12"),
    ),
    "a period (start: and/or end:)",
    check_whole=_check_period,
)

FUNDING = Block(
    (
        Field("funder", Ref(FUNDERS), "Id of the funder in data/funders.yml.", required=True, example="european-social-fund"),
        Field("programme", Text(single_line=True), "Id of one of that funder's programmes in data/funders.yml.", example="op-employment"),
    ),
    "a funder (funder: id, programme: id)",
)

CONTACT = Block(
    (
        Field("name", Text(single_line=True), "Name of the person, with titles as they use them.", example="Mgr. Jan Husák"),
        Field("organisation", Ref(ORGANISATIONS), "Id of the contact's organisation in data/organisations.yml.", example="romodrom"),
        Field("phone", PhoneNumber(), "Phone number in international format.", example="+420 778 747 633"),
        Field("email", Email(), "E-mail address. The site hides it from address harvesters.", example="janhusak@romodrom.cz"),
        Field("address", Text(single_line=True), "Postal address, as the post writes it (without the country).", example="Ylbere Bylykbashi, P. 25, Shk. 2, Ap. 4, Tirana"),
        Field("country", CountryCode(), "Country of the postal address.", example="AL"),
    ),
    "a contact",
    check_whole=_check_contact,
)

STATUSES = ("ongoing", "completed")

PROJECT_FACTS = Block(
    (
        Field("original_language", LanguageCode(), "The language the project was first written in; its file must exist.", required=True, example="en"),
        Field("organisation", Ref(ORGANISATIONS), "Id of the organisation that runs the project, in data/organisations.yml.", required=True, example="romodrom"),
        Field("partners", ListOf(Ref(ORGANISATIONS), unique=True), "Ids of partner organisations.", example=["ergo-network"]),
        Field("funding", ListOf(FUNDING, min_items=1), "Who funds the project, and through which programme.", example=[{"funder": "european-social-fund", "programme": "op-employment"}]),
        Field("registration_number", Text(single_line=True), "The registration number the funder gave the project.", example="CZ.03.2.63/0.0/0.0/20_137/0017062"),
        Field("identifier", Text(single_line=True), "Any other identifier of the project.", example="1bLNU6P"),
        Field("period", PERIOD, "When the project runs: give only what is known.", example={"start": "2021-01-01", "end": "2022-12-31"}),
        Field("status", Choice(STATUSES), "Whether the project is ongoing or completed.", example="completed"),
        Field("countries", ListOf(CountryCode(), min_items=1, unique=True), "Countries where the project works.", required=True, example=["CZ"]),
        Field("topics", ListOf(Ref(TOPICS), unique=True), "Ids of topics in data/topics.yml.", example=["roma-inclusion"]),
        Field("figures", KeyedMap(Integer(0), "numbers"), "Key numbers; their labels are in the language files under the same id.", example={"partner-cities": 10}),
        Field("contacts", KeyedMap(CONTACT, "contacts"), "People and offices to contact; their roles are in the language files under the same id.", example={"jan-husak": {"name": "Mgr. Jan Husák", "phone": "+420 778 747 633", "email": "janhusak@romodrom.cz"}}),
        Field("links", KeyedMap(Url(), "web addresses"), "Web pages about the project; their labels are in the language files under the same id.", example={"website": "https://www.infoz.bg/"}),
        Field("image", ImageFile(), "An image of the project: the name of a file in the project's folder, ideally 1200×630 pixels. Shown on the page and when the page is shared; its description (image_alt) is in the language files.", example="workshop.jpg"),
    ),
    "the facts of a project",
)

ACTIVITY = Block(
    (
        Field("title", Text(single_line=True), "Name of the activity.", required=True, example="Networking and advocacy"),
        Field("text", Text(markdown=True), "What was done (Markdown).", example="Advocacy strategies at local and national level."),
    ),
    "an activity (title: and optional text:)",
)

QUOTE = Block(
    (
        Field("text", Text(), "The words quoted.", required=True, example="This call gives you space and time."),
        Field("attribution", Text(single_line=True), "Who said it (a role is enough).", required=True, example="Project manager"),
    ),
    "a quote (text: and attribution:)",
)

FINDINGS = Block(
    (
        Field("benefits", ListOf(Text(markdown=True), min_items=1), "What the project brought (Markdown).", example=["Better planning and management."]),
        Field("challenges", ListOf(Text(markdown=True), min_items=1), "What stood in the way (Markdown).", example=["The municipality withdrew its support."]),
        Field("lessons", ListOf(Text(markdown=True), min_items=1), "What others can learn (Markdown).", example=["Change needs stable funding."]),
    ),
    "findings (benefits:, challenges:, lessons:)",
)

PROJECT_TEXTS = Block(
    (
        Field("title", Text(single_line=True, max_length=200), "Name of the project in this language. Required in the original language's file.", example="Capacity Building Towards More Effective Cooperation"),
        Field("subtitle", Text(single_line=True, max_length=200), "A tagline under the title.", example="On the path to sustainability"),
        Field("summary", Text(max_length=400), "One or two plain sentences, shown under the title and on the project's card. Required in the original language's file.", example="The project helps Roma NGOs work together."),
        Field("geographic_scope", Text(single_line=True), "Where the project works, when the list of countries alone says too little.", example="Six countries of the Western Balkans and Turkey"),
        Field("places", ListOf(Text(single_line=True), min_items=1), "Towns and regions, written in this language.", example=["Chodov", "Karlovy Vary Region"]),
        Field("goals", ListOf(Text(markdown=True), min_items=1), "What the project wants to achieve (Markdown).", example=["Strengthen the organisations' capacities."]),
        Field("target_groups", ListOf(Text(markdown=True), min_items=1), "Who the project is for (Markdown).", example=["Roma and pro-Roma NGOs."]),
        Field("activities", ListOf(ACTIVITY, min_items=1), "What the project does.", example=[{"title": "Networking", "text": "Round tables with partners."}]),
        Field("findings", FINDINGS, "What the project found: benefits, challenges and lessons."),
        Field("quotes", ListOf(QUOTE, min_items=1), "Quotes with their attribution."),
        Field("figures", KeyedMap(Text(single_line=True), "labels"), "Labels of the key numbers in project.yml, by the same id.", example={"partner-cities": "partner cities"}),
        Field("contacts", KeyedMap(Text(single_line=True), "roles"), "Role of each contact in project.yml, by the same id.", example={"jan-husak": "Project contact"}),
        Field("links", KeyedMap(Text(single_line=True), "labels"), "Label of each link in project.yml, by the same id.", example={"website": "Website of the organisation"}),
        Field("acknowledgement", Text(), "Replaces the funders' standard acknowledgement on this project's page.", example="Funded by the European Union."),
        Field("image_alt", Text(single_line=True, max_length=300), "What the project's image shows, for readers who cannot see it. Required in the original language's file when project.yml names an image.", example="Participants of a workshop in Chodov"),
    ),
    "the texts of a project",
)
"""Front matter of a project's language file. A translation may leave any
field out (it then falls back to the original); the loader checks that the
original has a title and a summary."""

ORGANISATION = Block(
    (
        Field("name", LocalizedText(), "Name of the organisation: one text, or one per language.", required=True, example="Khamoro, o.p.s."),
        Field("country", CountryCode(), "Country of the organisation's seat.", example="CZ"),
        Field("website", Url(), "Website of the organisation.", example="https://www.infoz.bg/"),
    ),
    "an organisation",
)

PROGRAMME = Block(
    (Field("name", LocalizedText(), "Name of the programme.", required=True),),
    "a programme",
)

FUNDER = Block(
    (
        Field("name", LocalizedText(), "Name of the funder.", required=True, example={"cs": "Evropský sociální fond", "en": "European Social Fund"}),
        Field("acknowledgement", LocalizedText(), "The sentence the funder asks funded projects to show."),
        Field("programmes", KeyedMap(PROGRAMME, "programmes"), "Programmes of this funder, by id."),
    ),
    "a funder",
)

TOPIC = Block(
    (Field("name", LocalizedText(), "Name of the topic.", required=True, example={"cs": "Začleňování Romů", "en": "Roma inclusion"}),),
    "a topic",
)

DATA_FILES: dict[str, FieldType] = {
    ORGANISATIONS: KeyedMap(ORGANISATION, "organisations"),
    FUNDERS: KeyedMap(FUNDER, "funders"),
    TOPICS: KeyedMap(TOPIC, "topics"),
}
"""Files in ``data/`` and their schema."""




UI_KEYS: tuple[tuple[str, str], ...] = (
    ("key_facts", "Heading of the box of key facts on a project page."),
    ("organisation", "Label: the organisation that runs the project."),
    ("partners", "Label: partner organisations."),
    ("funding", "Label: funders and programmes."),
    ("registration_number", "Label: the funder's registration number."),
    ("identifier", "Label: another identifier of the project."),
    ("period", "Label: when the project runs (start and end known)."),
    ("period_start", "Label: when the project started (end not known)."),
    ("period_end", "Label: when the project ends (start not known)."),
    ("status", "Label: ongoing or completed."),
    ("status_ongoing", "Status value: the project is under way."),
    ("status_completed", "Status value: the project has ended."),
    ("countries", "Label: countries of the project."),
    ("places", "Label: towns and regions of the project."),
    ("topics", "Label: topics of the project."),
    ("original_language", "Label: the language the project was written in."),
    ("figures", "Heading of the key numbers."),
    ("goals", "Heading: goals."),
    ("target_groups", "Heading: target groups."),
    ("activities", "Heading: key activities."),
    ("findings", "Heading: findings."),
    ("benefits", "Heading: benefits (a kind of finding)."),
    ("challenges", "Heading: challenges (a kind of finding)."),
    ("lessons", "Heading: lessons learned (a kind of finding)."),
    ("quotes", "Heading: quotes."),
    ("about", "Heading of the free text of a project."),
    ("contacts", "Heading: contacts."),
    ("phone", "Label: phone number."),
    ("email", "Label: e-mail address."),
    ("address", "Label: postal address."),
    ("email_at", "The word for @, shown where the page hides an e-mail address from harvesters."),
    ("links", "Heading: links."),
    ("acknowledgement", "Heading of the funders' acknowledgement."),
    ("fallback_notice", "Notice on a project not yet translated into this language; {language} is the original language."),
    ("partial_notice", "Notice on a project only partly translated; {language} is the original language."),
    ("read_original", "Link to the original language version; {language} is its name."),
    ("project_count", "Number of projects; {n} is the number (plural forms)."),
    ("all_projects", "Link from the home page to the list of all projects."),
    ("latest_projects", "Heading of the newest projects on the home page."),
    ("project_list", "Accessible name of a list of projects."),
    ("permalink", "Title of the link to a heading (the ¶ after it)."),
    ("footer_links", "Accessible name of the links in the footer of every page."),
    # Sharing and open data (#4)
    ("data_json", "Link on a project page to its data as JSON."),
    ("open_data", "Footer link to the page about the open data."),
    ("open_data_licence", "Label before the name of the licence of the open data."),
    ("open_data_files", "Heading of the list of files on the open data page."),
    ("export_projects_json", "Link to all projects as one JSON file."),
    ("export_projects_csv", "Link to all projects as a CSV table."),
    ("export_feed", "Link to the Atom feed of the newest projects."),
    ("export_project_json", "Before the list of each project's own JSON file."),
    ("export_schemas", "Before the list of the JSON Schemas of the content format."),
    # Publishing (#6): the 404 pages and the accessibility statement.
    ("not_found_title", "Heading and title of the page shown for an address that does not exist."),
    ("not_found_text", "Text of the 404 page: the page is not here (maybe moved or mistyped)."),
    ("not_found_links", "Accessible name of the list of links on the 404 page."),
    ("not_found_home", "Link from the 404 page to the home page."),
    ("not_found_projects", "Link from the 404 page to the list of projects."),
    ("accessibility", "Footer link to the accessibility statement."),
    ("a11y_feedback", "Heading: how to report an accessibility problem."),
    ("a11y_feedback_text", "Text before the contact address for accessibility problems."),
    ("a11y_feedback_no_contact", "Shown instead of the address while none is set (extra.accessibility.contact_email)."),
    ("a11y_prepared", "Heading: when and how the accessibility statement was prepared."),
    ("a11y_prepared_text", "When the statement was prepared; {date} is the date."),
    # -- editors' tools (#5): outdated translations --
    ("outdated_notice", "Notice on a translation whose original changed after it; {language} is the original language, {date} the day it changed."),
    # Finding projects (facet pages, filters, related projects, search)
    ("facet_topic", "Finding projects: what a topic page is about (kicker above its name); label of the topic filter."),
    ("facet_country", "Finding projects: a country (kicker of a country page, filter label, an organisation's country)."),
    ("facet_organisation", "Finding projects: an organisation (kicker of an organisation page, filter label)."),
    ("facet_funder", "Finding projects: a funder (kicker of a funder page)."),
    ("facet_topics_index", "Finding projects: title of the page listing every topic."),
    ("facet_countries_index", "Finding projects: title of the page listing every country."),
    ("facet_organisations_index", "Finding projects: title of the page listing every organisation."),
    ("facet_funders_index", "Finding projects: title of the page listing every funder."),
    ("website", "Label: an organisation's website on its page."),
    ("browse_by", "Accessible name (and visible lead-in) of the links to the topic, country, organisation and funder lists."),
    ("filters", "Legend of the filters of the project list."),
    ("filter_funder", "Label of the filter by funder or programme."),
    ("filter_any_topic", "Filter option: no topic chosen."),
    ("filter_any_country", "Filter option: no country chosen."),
    ("filter_any_organisation", "Filter option: no organisation chosen."),
    ("filter_any_funder", "Filter option: no funder or programme chosen."),
    ("filter_any_status", "Filter option: both ongoing and completed projects."),
    ("filter_status_ongoing", "Filter option: ongoing projects."),
    ("filter_status_completed", "Filter option: completed projects."),
    ("filter_year", "Label of the filter by year (a project runs in that year)."),
    ("filter_any_year", "Filter option: no year chosen."),
    ("sort", "Label of the sort order of the project list."),
    ("sort_newest", "Sort order: newest projects first."),
    ("sort_title", "Sort order: by title."),
    ("filter_reset", "Button clearing every filter."),
    ("related_projects", "Heading of the related projects at the end of a project page."),
    ("search", "Title of the search page, its nav entry and the search button."),
    ("search_label", "Label of the search box."),
    ("search_loading", "Status while a search runs."),
    ("search_none", "Status when a search found nothing."),
    ("search_error", "Status when the search could not be loaded."),
    ("search_results", "Number of search results; {n} is the number (plural forms)."),
    ("search_results_label", "Accessible name of the list of search results."),
    ("search_more", "Button showing more search results."),
    ("search_noscript", "Shown on the search page when JavaScript is off."),
    # Maps of the projects' countries and places
    ("map_title_project", "Heading of a project's map, and the map's title."),
    ("map_title_all", "Heading and title of the map of all projects (home page, project list)."),
    ("map_title_country", "Title of a country page's map; {country} is the country's name."),
    ("map_desc_countries", "Description of a map: its shaded countries; {countries} is their names."),
    ("map_desc_places", "Description of a project's map: its places; {places} is their names."),
    ("map_desc_links", "Description of a map whose points are links: what the points and the numbered circles lead to."),
    ("map_point", "Accessible name of a point on a map; {place} is the place, {project} the project (or the number of projects)."),
    ("map_places", "Heading of the places of a map as a text list."),
    ("map_countries", "Heading of the countries of a map as a text list."),
    ("map_legend_country", "Legend of a project's map: a shaded country is one of the project's."),
    ("map_legend_countries", "Legend of a map of several projects: a shaded country has projects."),
    ("map_legend_point", "Legend: a point is a place of a project."),
    ("map_legend_group", "Legend: a circle with a number is several projects close together."),
    ("map_skip", "Link that skips over a map's points to what follows the map."),
)
"""Interface strings every language must define in ``data/ui/<language>.yml``."""

UI_STRINGS = Block(
    tuple(Field(key, UiText(), description, required=True) for key, description in UI_KEYS),
    "the interface strings of a language",
)


def field_reference(block: Block, prefix: str = "") -> Iterator[tuple[str, Field]]:
    """Every field of ``block`` and of its nested blocks, with its dotted name."""
    for spec in block.fields:
        name = prefix + spec.name
        yield name, spec
        inner = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        if isinstance(inner, KeyedMap):
            inner = inner.value
            name += ".<id>"
        if isinstance(inner, Block):
            yield from field_reference(inner, name + ("[]." if isinstance(spec.type, ListOf) else "."))
