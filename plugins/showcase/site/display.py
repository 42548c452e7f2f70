"""The key facts and the sections of a project page, made from the schema's declarations.

Every field declared with ``page=Fact(...)`` (``project.yml`` and language files
alike) is a row of the key facts box, in the order the declarations give;
every field declared with ``page=Section(...)`` is a section, in declaration
order. How a value reads comes from its type (a :class:`FieldVisitor`): an id
becomes the name it stands for, linked to its facet page; a number is written
the language's way; a choice is its interface string. A field whose type alone
does not say how names a view of its own (``Fact(via=...)``, :data:`_VIAS`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from markupsafe import Markup

from ..content import blocks
from ..content.blocks import Block, KeyedMap, ListOf, shape
from ..content.fields import (
    Choice,
    CountryCode,
    DateValue,
    Email,
    FieldType,
    Integer,
    LanguageCode,
    LocalizedText,
    Pattern,
    PhoneNumber,
    Ref,
    Text,
    Url,
    YesNo,
)
from ..content.geography import LanguageNames
from ..content.quantities import Number
from ..content.schema import PROJECT_FACTS, PROJECT_TEXTS
from ..content.ui_placeholders import UiText
from ..content.visitor import FieldVisitor, ScalarVisitor
from ..paths import facet_path
from .fact_types import Fact, ProjectView
from .fact_views import FACT_VIEWS, awarded_note
from .markup import plain, protected_email


@dataclass(frozen=True)
class Item:
    """One entry of a list section: a title (optional) and a text (optional)."""

    text: Markup
    title: Markup | None = None


@dataclass(frozen=True)
class Section:
    """A titled part of a project page; ``groups`` holds lists under subheadings."""

    id: str
    heading: str
    lang: str | None
    kind: str
    items: tuple[Item, ...] = ()
    groups: tuple[tuple[str, str, tuple[Item, ...]], ...] = ()
    mark: Markup = Markup("")
    """Shown in the original's language: the visible mark of its language, after the heading."""


Shown = tuple[Markup, str | None]
"""A value as the facts box shows it, and the facet page it links to (or None)."""


class _FactValues(FieldVisitor[tuple[Shown, ...]]):
    """The values of one fact, read from its type."""

    def __init__(self, page: ProjectView, value: Any, label_key: str | None):
        self.page = page
        self.value = value
        self.label_key = label_key

    def _at(self, value: Any) -> _FactValues:
        return _FactValues(self.page, value, self.label_key)

    def _plain(self, text: Any) -> tuple[Shown, ...]:
        return ((plain(str(text)), None),)

    def text(self, field_type: Text) -> tuple[Shown, ...]:
        return self._plain(self.value)

    def integer(self, field_type: Integer) -> tuple[Shown, ...]:
        return self._plain(self.page.l10n.number(self.value))

    def boolean(self, field_type: YesNo) -> tuple[Shown, ...]:
        return ()  # a yes/no switches the build (a draft, the sitemap), it is not a fact readers see

    def number(self, field_type: Number) -> tuple[Shown, ...]:
        return self._plain(self.page.l10n.number(self.value))

    def pattern(self, field_type: Pattern) -> tuple[Shown, ...]:
        return self._plain(self.value)

    def email(self, field_type: Email) -> tuple[Shown, ...]:
        return ((protected_email(self.value, self.page.l10n.t("email_at")), None),)

    def phone(self, field_type: PhoneNumber) -> tuple[Shown, ...]:
        return self._plain(self.value)

    def url(self, field_type: Url) -> tuple[Shown, ...]:
        return self._plain(self.value)

    def date(self, field_type: DateValue) -> tuple[Shown, ...]:
        return ((self.page.l10n.time(self.value), None),)

    def choice(self, field_type: Choice) -> tuple[Shown, ...]:
        # A value is named by the interface string <label>_<value> (status_ongoing).
        return self._plain(self.page.l10n.t(f"{self.label_key}_{self.value}") if self.label_key else self.value)

    def language(self, field_type: LanguageCode) -> tuple[Shown, ...]:
        return self._plain(self.page.l10n.language_name(self.value))

    def country(self, field_type: CountryCode) -> tuple[Shown, ...]:
        page = self.page
        return ((plain(page.l10n.country(self.value)), facet_path(page.site, "countries", self.value, page.language)),)

    def ref(self, field_type: Ref) -> tuple[Shown, ...]:
        page = self.page
        name = page.site.collection(field_type.collection)[self.value].name.get(page.language, page.site.languages)
        return ((plain(name), facet_path(page.site, field_type.collection, self.value, page.language)),)

    def localized_text(self, field_type: LocalizedText) -> tuple[Shown, ...]:
        return self._plain(self.value.get(self.page.language, self.page.site.languages))

    def language_names(self, field_type: LanguageNames) -> tuple[Shown, ...]:
        return self._plain(self.value.get(self.page.language, ""))

    def ui_text(self, field_type: UiText) -> tuple[Shown, ...]:
        return self._plain(self.value)

    def list_of(self, field_type: ListOf) -> tuple[Shown, ...]:
        return tuple(value for item in self.value for value in field_type.item.accept(self._at(item)))

    def block(self, field_type: Block) -> tuple[Shown, ...]:
        return tuple(
            value for spec in field_type.fields if self.value.has(spec.name) for value in spec.type.accept(self._at(self.value[spec.name]))
        )

    def keyed_map(self, field_type: KeyedMap) -> tuple[Shown, ...]:
        return tuple(value for item in self.value.values() for value in field_type.value.accept(self._at(item)))


def _period(page: ProjectView, spec: blocks.Field, value: Any) -> tuple[Fact, ...]:
    """Its dates, labelled by what is known (the period's label when both ends are), and its duration."""
    parts = shape(spec.type).block
    assert parts is not None
    dates = [part for part in parts.fields if part.name in ("start", "end")]
    known = [part for part in dates if value.has(part.name)]
    facts = []
    if known:
        _, shown = page.l10n.period(value.replace(months=None))
        labelled_by = spec if len(known) == len(dates) else known[0]
        facts.append(Fact(spec.name, page.l10n.t(labelled_by.label_key or labelled_by.name), (shown,)))
    if value.months:
        months = parts.by_name["months"]
        facts.append(Fact(months.label_key or months.name, page.l10n.t(months.label_key or months.name), (plain(page.l10n.duration(value.months)),)))
    return tuple(facts)


def _funding(page: ProjectView, spec: blocks.Field, value: Any) -> Fact:
    """Each funder (and programme), linked to its page, then what it awarded and its share of the budget."""
    site, language = page.site, page.language
    values = []
    for funding in value:
        funder = site.funders[funding.funder]
        text = plain(funder.name.get(language, site.languages))
        if funding.programme:
            text = Markup("{} – {}").format(text, funder.programmes[funding.programme].name.get(language, site.languages))
        values.append(text)
    paths = tuple(facet_path(site, "funders", funding.funder, language) for funding in value)
    notes = tuple(awarded_note(page, funding.amount, page.project.facts.budget) for funding in value)
    return Fact(spec.name, page.l10n.t(spec.label_key or spec.name), tuple(values), paths=paths, inline=False, notes=notes)


_VIAS: dict[str, Callable[[ProjectView, blocks.Field, Any], Fact | tuple[Fact, ...]]] = {
    "period": _period,
    "funding": _funding,
    **FACT_VIEWS,
}
"""Views of facts whose type alone does not say how they read (``Fact(via=...)``)."""


def _written(value: Any) -> bool:
    """Not None nor empty: a number 0 is written."""
    return value is not None and (not isinstance(value, (str, tuple, list, Mapping)) or bool(value))


def _box() -> list[tuple[blocks.Field, blocks.Fact, bool]]:
    """The fields shown in the key facts box, in its order; True: a language file's field."""
    declared = [
        (spec.page.order, index, spec, spec.page, block is PROJECT_TEXTS)
        for block in (PROJECT_FACTS, PROJECT_TEXTS)
        for index, spec in enumerate(block.fields)
        if isinstance(spec.page, blocks.Fact)
    ]
    return [(spec, fact, in_texts) for _, _, spec, fact, in_texts in sorted(declared, key=lambda entry: (entry[0], entry[1]))]


def project_facts(page: ProjectView) -> tuple[Fact, ...]:
    """The rows of the key facts box that have a value, in the declared order."""
    rows: list[Fact] = []
    for spec, declared, from_texts in _box():
        value = page.texts.get(spec.name) if from_texts else page.project.facts.get(spec.name)
        if not _written(value):
            continue
        if declared.via:
            made = _VIAS[declared.via](page, spec, value)
            facts = made if isinstance(made, tuple) else (made,)
        else:
            pairs = spec.type.accept(_FactValues(page, value, spec.label_key))
            label = page.l10n.t(spec.label_key) if spec.label_key else ""
            facts = (Fact(spec.name, label, tuple(v for v, _ in pairs), paths=tuple(p for _, p in pairs), inline=declared.inline),)
        lang = page.lang_of(spec.name) if from_texts else None
        mark = page.mark(spec.name) if from_texts else Markup("")
        rows += [Fact(fact.key, fact.label, fact.values, lang, fact.paths, fact.inline, fact.notes, mark) for fact in facts]
    return tuple(rows)


class _RichText(ScalarVisitor[Markup]):
    """A value of a section as HTML: Markdown rendered, anything else escaped."""

    def __init__(self, page: ProjectView, value: Any, inline: bool):
        self.page = page
        self.value = value
        self.inline = inline

    def scalar(self, field_type: FieldType) -> Markup:
        return plain(str(self.value))

    def text(self, field_type: Text) -> Markup:
        return self.page.markdown(self.value, self.inline) if field_type.markdown else plain(self.value)

    def list_of(self, field_type: ListOf) -> Markup:
        return Markup(", ").join(field_type.item.accept(_RichText(self.page, item, self.inline)) for item in self.value)

    def block(self, field_type: Block) -> Markup:
        return Markup(", ").join(
            spec.type.accept(_RichText(self.page, self.value[spec.name], self.inline)) for spec in field_type.fields if self.value.has(spec.name)
        )

    def keyed_map(self, field_type: KeyedMap) -> Markup:
        return Markup(", ").join(field_type.value.accept(_RichText(self.page, item, self.inline)) for item in self.value.values())


def _rich(page: ProjectView, field_type: FieldType, value: Any, inline: bool) -> Markup:
    return field_type.accept(_RichText(page, value, inline))


def _list_items(page: ProjectView, field_type: FieldType, values: Any) -> tuple[Item, ...]:
    item_type = shape(field_type).inner
    return tuple(Item(_rich(page, item_type, value, inline=True)) for value in values)


def _section(page: ProjectView, spec: blocks.Field, declared: blocks.Section, value: Any) -> Section:
    heading = page.l10n.t(spec.label_key or spec.name)
    section_id = spec.name.replace("_", "-")
    lang = page.lang_of(spec.name)
    nested = shape(spec.type)
    if declared.kind in ("titled", "quotes") and nested.block is not None:
        types = nested.block.by_name
        items = tuple(
            Item(
                _rich(page, types[declared.text].type, entry[declared.text], inline=False) if declared.text and entry.has(declared.text) else Markup(""),
                plain(entry[declared.title]) if declared.title and entry.has(declared.title) else None,
            )
            for entry in value
        )
        return Section(section_id, heading, lang, declared.kind, items)
    if declared.kind == "groups" and nested.block is not None:
        groups = tuple(
            (sub.name, page.l10n.t(sub.label_key or sub.name), _list_items(page, sub.type, value[sub.name]))
            for sub in nested.block.fields
            if value.has(sub.name)
        )
        return Section(section_id, heading, lang, declared.kind, groups=groups)
    if declared.kind == "list":
        return Section(section_id, heading, lang, declared.kind, _list_items(page, spec.type, value))
    return Section(section_id, heading, lang, declared.kind, (Item(_rich(page, spec.type, value, inline=False)),))


def project_sections(page: ProjectView) -> tuple[Section, ...]:
    """The sections of the page that have content, in declaration order."""
    sections = []
    for spec in PROJECT_TEXTS.fields:
        if isinstance(spec.page, blocks.Section):
            value = page.texts.get(spec.name)
            if _written(value):
                section = _section(page, spec, spec.page, value)
                sections.append(replace(section, mark=page.mark(spec.name)))
    return tuple(sections)
