"""The schema of a project's language files (their front matter), declared once.

See :mod:`showcase.content.schema`, which holds ``project.yml`` and names both.
"""

from __future__ import annotations

from .blocks import Block, Column, Export, Fact, Field, KeyedMap, Label, ListOf, Partial, Section
from .fields import Text
from .model import Activity, Findings, Quote, Record
from .schema_media import MEDIA_TEXTS

BODY = "body"
"""The Markdown below a language file's front matter: a text field of its own."""

ACTIVITY = Block(
    (
        Field(
            "title", Text(single_line=True), "Name of the activity.",
            cs="Název aktivity.", bg="Името на дейността.",
            required=True, example="Networking and advocacy",
        ),
        Field(
            "text", Text(markdown=True), "What was done (Markdown).",
            cs="Co se v ní dělalo (Markdown).", bg="Какво е свършено (Markdown).",
            example="Advocacy strategies at local and national level.",
        ),
    ),
    "an activity (title: and optional text:)",
    model=Activity,
)

QUOTE = Block(
    (
        Field(
            "text", Text(), "The words quoted.",
            cs="Citovaná slova.", bg="Цитираните думи.",
            required=True, example="This call gives you space and time.",
        ),
        Field(
            "attribution", Text(single_line=True), "Who said it (a role is enough).",
            cs="Kdo je řekl (stačí role).", bg="Кой ги е казал (достатъчна е ролята).",
            required=True, example="Project manager",
        ),
    ),
    "a quote (text: and attribution:)",
    model=Quote,
)

FINDINGS = Block(
    (
        Field(
            "benefits", ListOf(Text(markdown=True), min_items=1), "What the project brought (Markdown).",
            cs="Co projekt přinesl (Markdown).", bg="Какво е донесъл проектът (Markdown).",
            example=["Better planning and management."], label=Label("Heading: benefits (a kind of finding)."),
        ),
        Field(
            "challenges", ListOf(Text(markdown=True), min_items=1), "What stood in the way (Markdown).",
            cs="Co stálo v cestě (Markdown).", bg="Какво е пречело (Markdown).",
            example=["The municipality withdrew its support."], label=Label("Heading: challenges (a kind of finding)."),
        ),
        Field(
            "lessons", ListOf(Text(markdown=True), min_items=1), "What others can learn (Markdown).",
            cs="Z čeho se mohou poučit ostatní (Markdown).", bg="Какво могат да научат другите (Markdown).",
            example=["Change needs stable funding."], label=Label("Heading: lessons learned (a kind of finding)."),
        ),
    ),
    "findings (benefits:, challenges:, lessons:)",
    model=Findings,
)

INDICATOR_TEXT = Block(
    (
        Field(
            "label", Text(single_line=True), "What the indicator counts, in this language.",
            cs="Co ukazatel měří, v tomto jazyce.", bg="Какво измерва показателят, на този език.",
            required=True, example="Staff trained",
        ),
        Field(
            "unit", Text(single_line=True), "The unit of its numbers, in this language (people, %, hours…).",
            cs="Jednotka jeho čísel, v tomto jazyce (osoby, %, hodiny…).", bg="Мерната единица на числата, на този език (души, %, часове…).",
            example="people",
        ),
    ),
    "an indicator's label (label: and optional unit:)",
    model=Record,
)

EVENT_TEXT = Block(
    (
        Field(
            "title", Text(single_line=True), "What the event was.", cs="Co se konalo.", bg="Какво е било събитието.",
            required=True, example="Final meeting of the partner cities",
        ),
        Field(
            "place", Text(single_line=True), "Where it took place, in this language.", cs="Kde se konala, v tomto jazyce.", bg="Къде се е състояло, на този език.",
            example="Torrent, Spain",
        ),
        Field(
            "text", Text(markdown=True), "What happened there (Markdown).", cs="Co se na ní dělo (Markdown).", bg="Какво се е случило там (Markdown).",
            example="Ten partner cities asked what the project would leave behind.",
        ),
    ),
    "an event's texts (title:, and optional place: and text:)",
    model=Record,
)

_NO_CSV = Export(csv=())

PROJECT_TEXTS = Block(
    (
        Field(
            "title", Text(single_line=True, max_length=200), "Name of the project in this language. Required in the original language's file.",
            cs="Název projektu v tomto jazyce. V souboru původního jazyka je povinný.",
            bg="Името на проекта на този език. Задължително е във файла на оригиналния език.",
            example="Capacity Building Towards More Effective Cooperation", required_in_original=True,
            page=Partial("project-header"), export=Export(csv=(Column("title", 1, per_language=True),)),
        ),
        Field(
            "subtitle", Text(single_line=True, max_length=200), "A tagline under the title.",
            cs="Podtitul pod názvem.", bg="Подзаглавие под името.",
            example="On the path to sustainability",
            page=Partial("project-header"), export=Export(csv=(Column("subtitle", 2, per_language=True),)),
        ),
        Field(
            "summary", Text(max_length=400), "One or two plain sentences, shown under the title and on the project's card. Required in the original language's file.",
            cs="Jedna nebo dvě prosté věty pod názvem a na kartě projektu. V souboru původního jazyka je povinné.",
            bg="Едно-две обикновени изречения под заглавието и в картата на проекта. Задължително е във файла на оригиналния език.",
            example="The project helps Roma NGOs work together.", required_in_original=True,
            page=Partial("project-header"), export=Export(csv=(Column("summary", 3, per_language=True),)),
        ),
        Field(
            "geographic_scope", Text(single_line=True), "Where the project works, when the list of countries alone says too little.",
            cs="Kde projekt působí, když samotný seznam zemí nestačí.",
            bg="Къде работи проектът, когато списъкът на държавите не казва достатъчно.",
            example="Six countries of the Western Balkans and Turkey",
            page=Fact(90), export=_NO_CSV,  # unlabelled: it reads as a sentence under the countries
        ),
        Field(
            "goals", ListOf(Text(markdown=True), min_items=1), "What the project wants to achieve (Markdown).",
            cs="Čeho chce projekt dosáhnout (Markdown).", bg="Какво иска да постигне проектът (Markdown).",
            example=["Strengthen the organisations' capacities."],
            label=Label("Heading: goals."), page=Section("list"), export=_NO_CSV,
        ),
        Field(
            "target_groups", ListOf(Text(markdown=True), min_items=1), "Who the project is for (Markdown).",
            cs="Pro koho projekt je (Markdown).", bg="За кого е проектът (Markdown).",
            example=["Roma and pro-Roma NGOs."],
            label=Label("Heading: target groups."), page=Section("list"), export=_NO_CSV,
        ),
        Field(
            "activities", ListOf(ACTIVITY, min_items=1), "What the project does.",
            cs="Co projekt dělá.", bg="Какво прави проектът.",
            example=[{"title": "Networking", "text": "Round tables with partners."}],
            label=Label("Heading: key activities."), page=Section("titled", title="title", text="text"), export=_NO_CSV,
        ),
        Field(
            "findings", FINDINGS, "What the project found: benefits, challenges and lessons.",
            cs="Co projekt zjistil: přínosy, problémy a poučení.", bg="До какво е стигнал проектът: ползи, трудности и поуки.",
            label=Label("Heading: findings."), page=Section("groups"), export=_NO_CSV,
        ),
        Field(
            "quotes", ListOf(QUOTE, min_items=1), "Quotes with their attribution.",
            cs="Citáty a jejich autoři.", bg="Цитати и кой ги е казал.",
            label=Label("Heading: quotes."), page=Section("quotes", title="attribution", text="text"), export=_NO_CSV,
        ),
        Field(
            "figures", KeyedMap(Text(single_line=True), "labels"), "Labels of the key numbers in project.yml, by the same id.",
            cs="Popisky klíčových čísel z project.yml, pod stejným id.",
            bg="Надписи към ключовите числа от project.yml, под същия идентификатор.",
            example={"partner-cities": "partner cities"}, page=Partial("project-figures"), export=_NO_CSV,
        ),
        Field(
            "contacts", KeyedMap(Text(single_line=True), "roles"), "Role of each contact in project.yml, by the same id.",
            cs="Role každého kontaktu z project.yml, pod stejným id.",
            bg="Ролята на всеки контакт от project.yml, под същия идентификатор.",
            example={"jan-husak": "Project contact"}, page=Partial("project-contacts"), export=_NO_CSV,
        ),
        Field(
            "links", KeyedMap(Text(single_line=True), "labels"), "Label of each link in project.yml, by the same id.",
            cs="Popisek každého odkazu z project.yml, pod stejným id.",
            bg="Надпис към всяка връзка от project.yml, под същия идентификатор.",
            example={"website": "Website of the organisation"}, page=Partial("project-links"), export=_NO_CSV,
        ),
        Field(
            "acknowledgement", Text(), "Replaces the funders' standard acknowledgement on this project's page.",
            cs="Nahradí na stránce projektu standardní poděkování poskytovatelům podpory.",
            bg="Заменя стандартното благодарствено изречение на финансиращите организации на страницата на проекта.",
            example="Funded by the European Union.",
            label=Label("Heading of the funders' acknowledgement."), page=Partial("project-acknowledgement"), export=_NO_CSV,
        ),
        Field(
            "image_alt", Text(single_line=True, max_length=300), "What the project's image shows, for readers who cannot see it. Required when project.yml names an image: in the original language's file and in every translation.",
            cs="Co obrázek projektu zachycuje, pro čtenáře, kteří ho nevidí. V souboru původního jazyka je povinný, pokud project.yml uvádí obrázek.",
            bg="Какво показва изображението на проекта – за читатели, които не могат да го видят. Задължително във файла на оригиналния език, ако project.yml посочва изображение.",
            example="Participants of a workshop in Chodov", page=Partial("project-image"), export=_NO_CSV,
        ),
        *MEDIA_TEXTS,
        Field(
            "indicators", KeyedMap(INDICATOR_TEXT, "indicators", listed=True), "Label and unit of each indicator in project.yml, under the same id. Required in the original language's file for every indicator.",
            cs="Popisek a jednotka každého ukazatele z project.yml, pod stejným id. V souboru původního jazyka jsou povinné pro každý ukazatel.",
            bg="Надпис и мерна единица на всеки показател от project.yml, под същия идентификатор. Във файла на оригиналния език са задължителни за всеки показател.",
            example=[{"id": "trained-staff", "label": "Staff trained", "unit": "people"}], page=Partial("project-indicators"),
            export=Export(csv=(Column("indicator_labels", 18, lambda values, _: [f"{v['id']}={v['label']}" for v in values]),)),
        ),
        Field(
            "events", KeyedMap(EVENT_TEXT, "events", listed=True), "Title, place and text of each event in project.yml, by the same id. Required in the original language's file for every event.",
            cs="Název, místo a text každé události z project.yml, pod stejným id. V souboru původního jazyka jsou povinné pro každou událost.",
            bg="Заглавие, място и текст на всяко събитие от project.yml, под същия идентификатор. Във файла на оригиналния език са задължителни за всяко събитие.",
            example=[{"id": "final-meeting", "title": "Final meeting of the partner cities", "place": "Torrent, Spain"}], page=Partial("project-timeline"),
            export=Export(csv=(Column("event_titles", 18, lambda values, _: [f"{v['id']}={v['title']}" for v in values]),)),
        ),
    ),
    "the texts of a project",
)
"""Front matter of a project's language file. A translation may leave any
field out (it then falls back to the original); the loader checks that the
original has the fields ``required_in_original``."""

def text_fields() -> tuple[str, ...]:
    """Fields of a language file, the body last: a translation overlays the original field by field."""
    return (*(spec.name for spec in PROJECT_TEXTS.fields), BODY)
