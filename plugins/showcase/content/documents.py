"""Every kind of file editors write, with its schema: projects, ``data/``, interface strings.

:data:`DOCUMENTS` names each kind once: where it is, what it holds (the headings
of the editors' field reference), its JSON Schema, and its type. The blocks of
``project.yml`` and of the language files are in :mod:`showcase.content.schema`;
the files in ``data/`` are declared here, and the interface strings
(``data/ui/<language>.yml``) are derived: the labels the project schema declares
(:func:`field_labels`) and the strings the site itself says (:data:`SITE_STRINGS`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .blocks import Block, Export, Field, KeyedMap, walk
from .checking import Checker
from .facts_model import Seat
from .fields import CountryCode, FieldType, LocalizedText, Text, Url
from .geography import LATITUDE, LONGITUDE, LanguageNames, check_point
from .model import Funder, Organisation, Programme, Topic
from .schema import FUNDERS, ORGANISATIONS, PROJECT_FACTS, PROJECT_TEXTS, TOPICS
from .schema_media import EMBLEM, LOGO, MEDIA_STRINGS
from .site_strings import FRAME_STRINGS, MAP_STRINGS
from .ui_placeholders import UiText, placeholders_named_in
from .yamlsource import KeyPath

# -- data/ ---------------------------------------------------------------------------------
# What a field of an entry exports is what a project's reference to the entry carries
# in the open data: an organisation's name, country and website; a funder's name.

SEAT = Block(
    (
        Field(
            "city", Text(single_line=True), "The town of the seat, as most languages write it.",
            cs="Město sídla, jak ho píše většina jazyků.", bg="Градът на седалището, както го пишат повечето езици.",
            required=True, example="Tirana",
        ),
        Field(
            "city_names", LanguageNames(), "Its name in the languages that write it differently.",
            cs="Jeho název v jazycích, které ho píšou jinak.", bg="Името му на езиците, които го пишат различно.",
            example={"bg": "Тирана"},
        ),
        Field(
            "lat", LATITUDE, "Latitude of the town's centre in decimal degrees; with lon.",
            cs="Zeměpisná šířka středu města v desetinných stupních; spolu s lon.", bg="Географската ширина на центъра на града в десетични градуси; заедно с lon.",
            example=41.33,
        ),
        Field(
            "lon", LONGITUDE, "Longitude in decimal degrees (east positive).",
            cs="Zeměpisná délka v desetinných stupních (východ kladně).", bg="Географската дължина в десетични градуси (изток – положителна).",
            example=19.82,
        ),
    ),
    "a seat (city:, and optional lat: and lon:)",
    model=Seat,
)


def _check_organisation(organisation: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    """A seat is in the organisation's country: without one, its point cannot be checked."""
    seat = organisation.get("seat")
    if seat is None:
        return
    if organisation.get("country") is None:
        checker.problem(keypath + ("seat",), "a seat needs the organisation's country", "add 'country:' with the country of the seat")
        return
    check_point(seat, organisation["country"], keypath + ("seat",), checker)


ORGANISATION = Block(
    (
        Field(
            "name", LocalizedText(), "Name of the organisation: one text, or one per language.",
            cs="Název organizace: jeden text, nebo jeden pro každý jazyk.",
            bg="Името на организацията: един текст или по един за всеки език.",
            required=True, example="Khamoro, o.p.s.",
        ),
        Field(
            "country", CountryCode(), "Country of the organisation's seat.", cs="Země sídla organizace.", bg="Държавата, в която е седалището на организацията.",
            example="CZ", export=Export(expand=False),
        ),
        Field("website", Url(), "Website of the organisation.", cs="Web organizace.", bg="Уебсайтът на организацията.", example="https://www.infoz.bg/"),
        LOGO,
        Field(
            "seat", SEAT, "Where the organisation has its seat: the town and its point.",
            cs="Kde má organizace sídlo: město a jeho bod na mapě.", bg="Къде е седалището на организацията: градът и точката му.",
            example={"city": "Tirana", "city_names": {"bg": "Тирана"}, "lat": 41.33, "lon": 19.82},
        ),
    ),
    "an organisation",
    check_whole=_check_organisation,
    model=Organisation,
)

PROGRAMME = Block(
    (Field("name", LocalizedText(), "Name of the programme.", cs="Název programu.", bg="Името на програмата.", required=True),),
    "a programme",
    model=Programme,
)

FUNDER = Block(
    (
        Field(
            "name", LocalizedText(), "Name of the funder.",
            cs="Název poskytovatele podpory.", bg="Името на финансиращата организация.",
            required=True, example={"cs": "Evropský sociální fond", "en": "European Social Fund"},
        ),
        Field(
            "acknowledgement", LocalizedText(), "The sentence the funder asks funded projects to show.",
            cs="Věta, kterou poskytovatel žádá uvádět u podpořených projektů.",
            bg="Изречението, което финансиращата организация изисква да се показва при подкрепените проекти.",
            export=Export(json=False),
        ),
        Field(
            "programmes", KeyedMap(PROGRAMME, "programmes", listed=True), "Programmes of this funder, each with an id.",
            cs="Programy tohoto poskytovatele, každý se svým id.", bg="Програмите на тази финансираща организация, всяка със свой идентификатор.",
            export=Export(json=False),
        ),
        EMBLEM,
    ),
    "a funder",
    model=Funder,
)

TOPIC = Block(
    (
        Field(
            "name", LocalizedText(), "Name of the topic.", cs="Název tématu.", bg="Името на темата.",
            required=True, example={"cs": "Začleňování Romů", "en": "Roma inclusion"},
        ),
    ),
    "a topic",
    model=Topic,
)

COUNTRIES = "countries"

DATA_FILES: dict[str, FieldType] = {
    ORGANISATIONS: KeyedMap(ORGANISATION, "organisations", listed=True),
    FUNDERS: KeyedMap(FUNDER, "funders", listed=True),
    TOPICS: KeyedMap(TOPIC, "topics", listed=True),
    # The site's own name of a country in a language, where CLDR's is not the one its texts use
    # (- id: TR, name: {en: Turkey}); every other name comes from CLDR.
    COUNTRIES: KeyedMap(LocalizedText(), "country names", listed=True, keys=CountryCode(), value_name="name"),
}
"""Files in ``data/`` and their schema."""

OPTIONAL_DATA_FILES = frozenset({COUNTRIES})
"""Files in ``data/`` a site may leave out."""

# -- data/ui/<language>.yml ---------------------------------------------------------------------

class InLanguages(LocalizedText):
    """An interface string that depends on a language it names: one text per language of the site,
    each said in the interface's own language (``bg: in Bulgarian``, in Czech ``bg: v bulharštině``).

    Words like "in Bulgarian" decline in Czech, so they cannot be made from a
    language's name and a pattern."""

    expected = "one text per language of the site (cs: ..., en: ..., bg: ...)"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, keypath, checker, "write one line per language: " + ", ".join(f"{code}: ..." for code in checker.languages))
        missing = [code for code in checker.languages if code not in value]
        if missing:
            return checker.problem(keypath, "the text is missing for " + ", ".join(missing), f"add '{missing[0]}: ...'")
        return super().check(value, keypath, checker)


SITE_STRINGS: tuple[tuple[str, str], ...] = (
    ("key_facts", "Heading of the box of key facts on a project page."),
    ("about", "Heading of the free text of a project."),
    ("email_at", "The word for @, shown where the page hides an e-mail address from harvesters."),
    ("fallback_notice", "Notice on a project not yet translated into this language; {language} is the original language."),
    ("partial_notice", "Notice on a project only partly translated; {language} is the original language."),
    ("read_original", "Link to the original language version; {language} is its name."),
    ("project_count", "Number of projects; {n} is the number (plural forms)."),
    ("all_projects", "Link from the home page to the list of all projects."),
    ("latest_projects", "Heading of the newest projects on the home page."),
    ("project_list", "Accessible name of a list of projects."),
    ("permalink", "Title of the link to a heading (the ¶ after it)."),
    ("footer_links", "Accessible name of the links in the footer of every page."),
    # Sharing and open data
    ("data_json", "Link on a project page to its data as JSON."),
    ("open_data", "Footer link to the page about the open data."),
    ("open_data_licence", "Label before the name of the licence of the open data."),
    ("open_data_files", "Heading of the list of files on the open data page."),
    ("export_projects_json", "Link to all projects as one JSON file."),
    ("export_projects_csv", "Link to all projects as a CSV table."),
    ("export_feed", "Link to the Atom feed of the newest projects."),
    ("export_project_json", "Before the list of each project's own JSON file."),
    ("export_schemas", "Before the list of the JSON Schemas of the content format."),
    # Publishing: the 404 pages and the accessibility statement.
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
    # Editors' tools: outdated translations
    ("outdated_notice", "Notice on a translation whose original changed after it; {language} is the original language, {date} the day it changed."),
    ("in_language", "Mark on a part of a page shown in another language than the page's (the original's, not yet translated), one text per language: 'bg: in Bulgarian'."),
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
    *MEDIA_STRINGS,
    # Money, places and results
    ("funding_share", "After a funder's amount: its share of the project's total budget; {share} is a percentage."),
    ("indicator", "Column heading of the results: what each row measures."),
    ("point_north", "A latitude north of the equator; {value} is the number of degrees."),
    ("point_south", "A latitude south of the equator; {value} is the number of degrees."),
    ("point_east", "A longitude east of Greenwich; {value} is the number of degrees."),
    ("point_west", "A longitude west of Greenwich; {value} is the number of degrees."),
    ("point_map", "Accessible name of the link showing a place on OpenStreetMap; {place} is its name."),
    ("seat", "Label: the town where an organisation has its seat, on its page."),
    ("facet_awarded", "Label on a funder's page: what it awarded to the projects shown, per currency."),
    ("facet_budgets", "Label on an organisation's page: the total budgets of the projects it runs, per currency."),
    *MAP_STRINGS,
    *FRAME_STRINGS,
)
"""Interface strings that label no field: what the site itself says."""


def field_labels() -> Iterator[tuple[str, str]]:
    """(key, hint) of each interface string a field of a project declares as its label,
    and of each value of a choice shown by its value (``status_ongoing``), once each."""
    seen: set[str] = set()
    for block in (PROJECT_FACTS, PROJECT_TEXTS):
        for _, spec in walk(block):
            if spec.label is None:
                continue
            key = spec.label.key or spec.name
            for string, hint in ((key, spec.label.hint), *((f"{key}_{v}", h) for v, h in spec.label.values.items())):
                if string not in seen:
                    seen.add(string)
                    yield string, hint


def ui_keys() -> tuple[tuple[str, str], ...]:
    """Interface strings every language must define in ``data/ui/<language>.yml``, with what each is:
    the fields' labels, then the site's own strings."""
    return (*field_labels(), *SITE_STRINGS)


BY_LANGUAGE_STRINGS = frozenset({"in_language"})
"""Interface strings with one text per language of the site (:class:`InLanguages`)."""


def _ui_fields() -> tuple[Field, ...]:
    return tuple(
        Field(key, InLanguages() if key in BY_LANGUAGE_STRINGS else UiText(placeholders_named_in(description)), description, required=True)
        for key, description in ui_keys()
    )


UI_STRINGS = Block(_ui_fields, "the interface strings of a language")
"""``data/ui/<language>.yml``: its fields are derived at each use, so a label added to the schema is required at once."""

# -- the kinds of file ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A kind of file editors write: where, what it holds, its JSON Schema, its type."""

    kind: str
    """Names its fields in the editors' field reference (``project:period.start``)."""
    path: str
    headings: Mapping[str, str]
    """What the file holds, in each language of the editors' guide (English, Czech, Bulgarian)."""
    schema_file: str
    title: str
    description: str
    type: FieldType
    in_reference: bool = True
    """Whether the editors' guide lists its fields."""


DOCUMENTS: tuple[Document, ...] = (
    Document(
        "project",
        "content/projects/<id>/project.yml",
        {"en": "the facts of a project, the same in every language", "cs": "fakta o projektu, stejná ve všech jazycích", "bg": "фактите за проекта, еднакви на всички езици"},
        "project.schema.json",
        "Project facts",
        "content/projects/<id>/project.yml: the facts of a project, the same in every language.",
        PROJECT_FACTS,
    ),
    Document(
        "texts",
        "content/projects/<id>/<language>.md",
        {"en": "the texts of a project in one language (front matter)", "cs": "texty projektu v jednom jazyce (front matter)", "bg": "текстовете на проекта на един език (front matter)"},
        "project-texts.schema.json",
        "Project texts",
        "The front matter of content/projects/<id>/<language>.md: the texts of a project in one language.",
        PROJECT_TEXTS,
    ),
    Document(
        ORGANISATIONS,
        "data/organisations.yml",
        {"en": "organisations, by id", "cs": "organizace podle id", "bg": "организации по идентификатор"},
        "organisations.schema.json",
        "Organisations",
        "data/organisations.yml: organisations that projects refer to by id.",
        DATA_FILES[ORGANISATIONS],
    ),
    Document(
        FUNDERS,
        "data/funders.yml",
        {"en": "funders and their programmes, by id", "cs": "poskytovatelé podpory a jejich programy podle id", "bg": "финансиращи организации и техните програми по идентификатор"},
        "funders.schema.json",
        "Funders",
        "data/funders.yml: funders that projects refer to by id.",
        DATA_FILES[FUNDERS],
    ),
    Document(
        TOPICS,
        "data/topics.yml",
        {"en": "topics, by id", "cs": "témata podle id", "bg": "теми по идентификатор"},
        "topics.schema.json",
        "Topics",
        "data/topics.yml: topics that projects refer to by id.",
        DATA_FILES[TOPICS],
    ),
    Document(
        COUNTRIES,
        "data/countries.yml",
        {"en": "the site's own names of countries, by ISO code and language"},
        "countries.schema.json",
        "Country names",
        "data/countries.yml: the site's own name of a country in a language (- id: TR, name: {en: Turkey}), where CLDR's is not the one its texts use.",
        DATA_FILES[COUNTRIES],
        in_reference=False,
    ),
    Document(
        "ui",
        "data/ui/<language>.yml",
        {"en": "the interface strings of one language"},
        "ui.schema.json",
        "Interface strings",
        "data/ui/<language>.yml: the interface strings of one language.",
        UI_STRINGS,
        in_reference=False,
    ),
)
