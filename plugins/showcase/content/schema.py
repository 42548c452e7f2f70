"""The schema of a project, declared once: ``project.yml`` here, its language files in :mod:`~showcase.content.schema_texts`.

Each :class:`~showcase.content.blocks.Field` below is the only place a field is
named. Validation, the model (:mod:`showcase.content.loader`), the JSON Schema,
the editors' field reference, ``showcase new``, the CMS, the open data and the
project page are all made from these declarations: a new field is one more
``Field(...)`` here (and, when the page shows it with a label, that label's
text in ``data/ui/*.yml``). The data files and the interface strings are in
:mod:`showcase.content.documents`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .blocks import Block, Column, Export, Fact, Field, KeyedMap, Label, ListOf, Partial
from .checking import Checker
from .facts_model import Partner
from .fields import (
    SLUG_RE,
    Choice,
    CountryCode,
    DateValue,
    Email,
    ImageFile,
    Integer,
    LanguageCode,
    PhoneNumber,
    Ref,
    Text,
    Url,
    YesNo,
)
from .model import Contact, Funding, Period, ProjectFacts
from .period_status import check_status_against_period
from .schema_facts import FACTS_FIELDS, MONEY, check_project
from .schema_media import MEDIA_FACTS
from .schema_texts import BODY, PROJECT_TEXTS, text_fields
from .yamlsource import KeyPath

__all__ = ["SLUG_RE", "ORGANISATIONS", "FUNDERS", "TOPICS", "STATUSES", "PROJECT_FACTS", "PROJECT_TEXTS", "text_fields", "BODY"]

# Collections that ids can refer to, checked once everything is read.
ORGANISATIONS = "organisations"
FUNDERS = "funders"
TOPICS = "topics"

STATUSES = ("ongoing", "completed")

PARTNER_ROLES = ("lead", "partner", "associated")


# -- CSV cells, from a field's value in the JSON record -----------------------------------


def _each(key: str) -> Any:
    return lambda values, _language: [value[key] for value in values]


def _each_name(values: Any, language: str) -> list[str]:
    return [value["name"][language] for value in values]


def _awarded(fundings: Any) -> dict[str, Any]:
    """What the funders awarded in all, per currency (never converted), for the CSV."""
    sums: dict[str, Any] = {}
    for funding in fundings:
        if funding["amount"]:
            currency = funding["amount"]["currency"]
            sums[currency] = sums.get(currency, Decimal(0)) + Decimal(str(funding["amount"]["amount"]))
    return sums


def _funding_name(funding: Any, language: str) -> str:
    programme = funding["programme"]
    return str(funding["funder"]["name"][language]) + (" – " + programme["name"][language] if programme else "")


# -- checks of a whole block ---------------------------------------------------------------


def _check_period(period: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    start, end, months = period.get("start"), period.get("end"), period.get("months")
    if not start and not end and not months:
        checker.problem(keypath, "a period needs a start, an end or a duration (months)", "delete 'period:' if nothing is known")
    elif start and end and end.last_day() < start.first_day():
        checker.problem(keypath + ("end",), f"the period ends ({end.iso()}) before it starts ({start.iso()})")
    elif start and end and months:
        checker.problem(keypath + ("months",), "the period has a start and an end: its duration follows from them", "delete 'months:'")


def _check_contact(contact: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    if not any(key in contact for key in ("phone", "email", "address")):
        checker.problem(keypath, "a contact needs at least one of phone, email or address")


# -- project.yml -----------------------------------------------------------------------------

PERIOD = Block(
    (
        Field(
            "start", DateValue(), "When the project started, as precisely as it is known.",
            cs="Kdy projekt začal, tak přesně, jak je to známo (RRRR-MM-DD, RRRR-MM nebo RRRR).",
            bg="Кога е започнал проектът, толкова точно, колкото е известно (ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ).",
            example="2021-01-01", label=Label("Label: when the project started (end not known).", key="period_start"),
        ),
        Field(
            "end", DateValue(), "When the project ends or ended, as precisely as it is known.",
            cs="Kdy projekt skončí nebo skončil, tak přesně, jak je to známo.",
            bg="Кога приключва или е приключил проектът, толкова точно, колкото е известно.",
            example="2022-12", label=Label("Label: when the project ends (start not known).", key="period_end"),
        ),
        Field(
            "months", Integer(1), "How many months the project runs, when that is what is known (with or without a start, not with both ends). A project known only by its duration needs a status.",
            cs="Kolik měsíců projekt trvá, pokud je známo jen to (se začátkem nebo bez něj, ne s oběma daty). Projekt známý jen podle délky potřebuje status.",
            bg="Колко месеца продължава проектът, когато е известно само това (с начало или без него, но не с двете дати). Проект, известен само по продължителност, трябва да има status.",
            example=24, label=Label("Label: how long the project runs (a duration).", key="duration"),
        ),
    ),
    "a period (start: and/or end:)",
    check_whole=_check_period,
    model=Period,
)

FUNDING = Block(
    (
        Field(
            "funder", Ref(FUNDERS), "Id of the funder in data/funders.yml.",
            cs="Id poskytovatele podpory v data/funders.yml.",
            bg="Идентификатор на финансиращата организация от data/funders.yml.",
            required=True, example="european-social-fund",
        ),
        Field(
            "programme", Text(single_line=True), "Id of one of that funder's programmes in data/funders.yml.",
            cs="Id jednoho z programů tohoto poskytovatele v data/funders.yml.",
            bg="Идентификатор на една от програмите на тази финансираща организация от data/funders.yml.",
            example="op-employment", export=Export(via="programme"),
        ),
        Field(
            "amount", MONEY, "What the funder awarded: a sum and its currency.",
            cs="Kolik poskytovatel přidělil: částka a měna.",
            bg="Колко е отпуснала финансиращата организация: сума и валута.",
            example={"amount": 850000, "currency": "EUR"},
        ),
    ),
    "a funder (funder: id, programme: id)",
    model=Funding,
)

PARTNER = Block(
    (
        Field(
            "organisation", Ref(ORGANISATIONS), "Id of the partner organisation in data/organisations.yml.",
            cs="Id partnerské organizace v data/organisations.yml.",
            bg="Идентификатор на партньорската организация от data/organisations.yml.",
            required=True, example="ergo-network",
        ),
        Field(
            "role", Choice(PARTNER_ROLES), "Its role: lead (the lead partner or lead applicant), partner, or associated (takes part without being a full partner).",
            cs="Jeho role: lead (vedoucí partner či hlavní žadatel), partner, nebo associated (přidružený partner, zapojený bez plného partnerství).",
            bg="Ролята ѝ: lead (водещ партньор или водещ кандидат), partner или associated (асоцииран партньор, участващ без да е пълноправен партньор).",
            required=True, example="partner",
            label=Label(
                "Label: partner organisations.", key="partners",
                values={"lead": "Label: the lead partner of a project.", "associated": "Label: associated partners of a project."},
            ),
        ),
    ),
    "a partner (organisation: id, role: lead, partner or associated)",
    model=Partner,
    hint="write each partner as {organisation: id, role: partner}",
)

CONTACT = Block(
    (
        Field(
            "name", Text(single_line=True), "Name of the person, with titles as they use them.",
            cs="Jméno osoby, s tituly tak, jak je sama používá.",
            bg="Името на човека, с титлите, които сам използва.",
            example="Mgr. Jan Husák",
        ),
        Field(
            "organisation", Ref(ORGANISATIONS), "Id of the contact's organisation in data/organisations.yml.",
            cs="Id organizace kontaktu v data/organisations.yml.",
            bg="Идентификатор на организацията на контакта от data/organisations.yml.",
            example="romodrom",
        ),
        Field(
            "phone", PhoneNumber(), "Phone number in international format.",
            cs="Telefonní číslo v mezinárodním formátu (začíná +).",
            bg="Телефонен номер в международен формат (започва с +).",
            example="+420 778 747 633", label=Label("Label: phone number."),
        ),
        Field(
            "email", Email(), "E-mail address. The site hides it from address harvesters.",
            cs="E-mailová adresa. Web ji skryje před roboty, kteří sbírají adresy.",
            bg="Имейл адрес. Сайтът го скрива от роботите, които събират адреси.",
            example="janhusak@romodrom.cz", label=Label("Label: e-mail address."),
            export=Export(json=False),  # only on the page, hidden from harvesters
        ),
        Field(
            "address", Text(single_line=True), "Postal address, as the post writes it (without the country).",
            cs="Poštovní adresa tak, jak ji píše pošta (bez země).",
            bg="Пощенски адрес, както го изписва пощата (без държавата).",
            example="Ylbere Bylykbashi, P. 25, Shk. 2, Ap. 4, Tirana", label=Label("Label: postal address."),
        ),
        Field(
            "country", CountryCode(), "Country of the postal address.",
            cs="Země poštovní adresy.",
            bg="Държавата на пощенския адрес.",
            example="AL", export=Export(expand=False),
        ),
    ),
    "a contact",
    check_whole=_check_contact,
    model=Contact,
)

def _check_facts(facts: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    """Checks across the fields of ``project.yml``: places, money and durations, then the status against the period."""
    check_project(facts, keypath, checker)
    check_status_against_period(facts, keypath, checker)


PROJECT_FACTS = Block(
    (
        Field(
            "draft", YesNo(), "true while the project is being written: a draft is checked but not published, and may keep the placeholders ('TODO: ...') of showcase new.",
            cs="true, dokud se projekt teprve píše: koncept se kontroluje, ale nezveřejní a smí obsahovat zástupné texty („TODO: …“) z showcase new.",
            bg="true, докато проектът още се пише: черновата се проверява, но не се публикува и може да съдържа заместващите текстове („TODO: …“) от showcase new.",
            example=True, export=Export(json=False, csv=()),
        ),
        Field(
            "original_language", LanguageCode(), "The language the project was first written in; its file must exist.",
            cs="Jazyk, ve kterém byl projekt původně napsán; jeho soubor musí existovat.",
            bg="Езикът, на който проектът е написан първоначално; файлът на този език трябва да съществува.",
            required=True, example="en",
            label=Label("Label: the language the project was written in."), page=Fact(200),
            export=Export(csv=(Column("original_language", 1),)),
        ),
        Field(
            "organisation", Ref(ORGANISATIONS), "Id of the organisation that runs the project, in data/organisations.yml.",
            cs="Id organizace, která projekt vede, v data/organisations.yml.",
            bg="Идентификатор на организацията, която изпълнява проекта, от data/organisations.yml.",
            required=True, example="romodrom",
            label=Label("Label: the organisation that runs the project."), page=Fact(10),
            export=Export(csv=(
                Column("organisation", 6, lambda value, _: value["id"]),
                Column("organisation_name", 5, lambda value, language: value["name"][language], per_language=True),
            )),
        ),
        Field(
            "partners", ListOf(PARTNER), "Partner organisations and their roles.",
            cs="Partnerské organizace a jejich role.",
            bg="Партньорските организации и техните роли.",
            example=[{"organisation": "ergo-network", "role": "partner"}],
            label=Label("Label: partner organisations."), page=Fact(20, via="partners"),
            export=Export(csv=(
                Column("partners", 7, lambda values, _: [value["organisation"]["id"] for value in values]),
                Column("partner_roles", 7, _each("role")),
                Column("partner_names", 6, lambda values, language: [value["organisation"]["name"][language] for value in values], per_language=True),
            )),
        ),
        Field(
            "funding", ListOf(FUNDING, min_items=1), "Who funds the project, and through which programme.",
            cs="Kdo projekt financuje a z jakého programu.",
            bg="Кой финансира проекта и по коя програма.",
            example=[{"funder": "european-social-fund", "programme": "op-employment", "amount": {"amount": 850000, "currency": "EUR"}}],
            label=Label("Label: funders and programmes."), page=Fact(30, via="funding"),
            export=Export(csv=(
                Column("funders", 8, lambda value, _: list(dict.fromkeys(f["funder"]["id"] for f in value))),
                Column("awarded", 18, lambda value, _: list(_awarded(value).values())),
                Column("awarded_currency", 18, lambda value, _: list(_awarded(value))),
                Column("programmes", 9, lambda value, _: [f["programme"]["id"] for f in value if f["programme"]]),
                Column("funding_names", 7, lambda value, language: [_funding_name(f, language) for f in value], per_language=True),
            )),
        ),
        Field(
            "registration_number", Text(single_line=True), "The registration number of the project in the funder's system, as the funder writes it.",
            cs="Registrační číslo projektu v systému poskytovatele podpory, tak jak ho píše poskytovatel.",
            bg="Регистрационният номер на проекта в системата на финансиращата организация, както тя го изписва.",
            example="CZ.03.2.63/0.0/0.0/20_137/0017062",
            label=Label("Label: the project's registration number in the funder's system."), page=Fact(40),
            export=Export(csv=(Column("registration_number", 10),)),
        ),
        Field(
            "application_id", Text(single_line=True), "The identifier of the project's application in the funder's system, when it is not the registration number (in the Czech IS KP14+, the seven-character application identifier).",
            cs="Identifikátor žádosti o podporu v systému poskytovatele, pokud se liší od registračního čísla (v IS KP14+ sedmiznakový identifikátor žádosti).",
            bg="Идентификаторът на проектното предложение в системата на финансиращата организация, ако е различен от регистрационния номер (в чешката система IS KP14+ – седемзнаковият идентификатор на заявлението).",
            example="1bLNU6P",
            label=Label("Label: the identifier of the project's application in the funder's system."), page=Fact(45),
            export=Export(csv=(Column("application_id", 11),)),
        ),
        Field(
            "project_code", Text(single_line=True), "A short code the project is known by: its acronym or the code its programme lists it under.",
            cs="Krátký kód, pod kterým je projekt znám: jeho zkratka nebo kód, pod nímž ho vede program.",
            bg="Кратък код, с който проектът е известен: абревиатурата му или кодът, с който го води програмата.",
            example="ROMA-NET",
            label=Label("Label: the short code the project is known by."), page=Fact(50),
            export=Export(csv=(Column("project_code", 11),)),
        ),
        Field(
            "internal_id", Text(single_line=True), "The organisation's own reference for the project (a file or accounting number). Not shown on the page; in the open data.",
            cs="Vlastní označení projektu v organizaci (číslo spisu nebo zakázky). Na stránce se nezobrazuje; je v otevřených datech.",
            bg="Вътрешният номер на проекта в организацията (деловоден или счетоводен). Не се показва на страницата; има го в отворените данни.",
            example="2021-07",
            export=Export(csv=(Column("internal_id", 11),)),
        ),
        Field(
            "period", PERIOD, "When the project runs: give only what is known.",
            cs="Kdy projekt probíhá: uveďte jen to, co je známo.",
            bg="Кога се изпълнява проектът: посочете само това, което е известно.",
            example={"start": "2021-01-01", "end": "2022-12-31"},
            label=Label("Label: when the project runs (start and end known)."), page=Fact(60, via="period"),
            export=Export(null_fields=True, csv=(
                Column("period_start", 3, lambda value, _: value["start"]),
                Column("period_end", 4, lambda value, _: value["end"]),
            )),
        ),
        Field(
            "status", Choice(STATUSES), "Whether the project is ongoing or completed; leave it out when no source says.",
            cs="Zda projekt probíhá (ongoing), nebo je ukončený (completed); vynechte, pokud to žádný zdroj neuvádí.",
            bg="Дали проектът е в ход (ongoing), или е приключил (completed); пропуснете го, ако никой източник не го казва.",
            example="completed",
            label=Label(
                "Label: ongoing or completed.",
                values={"ongoing": "Status value: the project is under way.", "completed": "Status value: the project has ended."},
            ),
            page=Fact(70),
            export=Export(csv=(Column("status", 2),)),
        ),
        Field(
            "countries", ListOf(CountryCode(), min_items=1, unique=True), "Countries where the project works.",
            cs="Země, ve kterých projekt působí, jako kódy ISO 3166 (CZ, BG, GB…).",
            bg="Държавите, в които работи проектът, като кодове по ISO 3166 (CZ, BG, GB…).",
            required=True, example=["CZ"],
            label=Label("Label: countries of the project."), page=Fact(80, inline=True),
            export=Export(csv=(Column("countries", 5, _each("code")), Column("country_names", 8, _each_name, per_language=True))),
        ),
        Field(
            "topics", ListOf(Ref(TOPICS), unique=True), "Ids of topics in data/topics.yml.",
            cs="Id témat v data/topics.yml.",
            bg="Идентификатори на теми от data/topics.yml.",
            example=["roma-inclusion"],
            label=Label("Label: topics of the project."), page=Fact(110, inline=True),
            export=Export(csv=(Column("topics", 12, _each("id")), Column("topic_names", 9, _each_name, per_language=True))),
        ),
        Field(
            "figures", KeyedMap(Integer(0), "numbers", listed=True), "Key numbers, each with an id; their labels are in the language files under the same id.",
            cs="Klíčová čísla, každé se svým id; jejich popisky jsou v jazykových souborech pod stejným id.",
            bg="Ключови числа, всяко със свой идентификатор; надписите към тях са в езиковите файлове под същия идентификатор.",
            example=[{"id": "partner-cities", "value": 10}],
            label=Label("Heading of the key numbers."), page=Partial("project-figures"),
            export=Export(csv=(Column("figures", 13, lambda value, _: [f"{key}={number}" for key, number in value.items()]),)),
        ),
        Field(
            "contacts", KeyedMap(CONTACT, "contacts", listed=True), "People and offices to contact, each with an id; their roles are in the language files under the same id.",
            cs="Lidé a kanceláře, na které se lze obrátit, každý se svým id; jejich role jsou v jazykových souborech pod stejným id.",
            bg="Хора и офиси за контакт, всеки със свой идентификатор; ролите им са в езиковите файлове под същия идентификатор.",
            example=[{"id": "jan-husak", "name": "Mgr. Jan Husák", "phone": "+420 778 747 633", "email": "janhusak@romodrom.cz"}],
            label=Label("Heading: contacts."), page=Partial("project-contacts"),
            export=Export(csv=(Column("phones", 14, _each("phone")),)),
        ),
        Field(
            "links", KeyedMap(Url(), "web addresses"), "Web pages about the project; their labels are in the language files under the same id.",
            cs="Webové stránky o projektu; jejich popisky jsou v jazykových souborech pod stejným id.",
            bg="Уебстраници за проекта; надписите към тях са в езиковите файлове под същия идентификатор.",
            example={"website": "https://www.infoz.bg/"},
            label=Label("Heading: links."), page=Partial("project-links"),
            export=Export(csv=(Column("links", 15, lambda value, _: list(value.values())),)),
        ),
        Field(
            "image", ImageFile(alt="image_alt"), "An image of the project: the name of a file in the project's folder, ideally 1200×630 pixels. Shown on the page and when the page is shared; its description (image_alt) is in the language files.",
            cs="Obrázek projektu: název souboru ve složce projektu, nejlépe 1200×630 pixelů. Zobrazí se na stránce projektu a při sdílení odkazu; jeho popis (image_alt) patří do jazykových souborů.",
            bg="Изображение на проекта: име на файл в папката на проекта, за предпочитане 1200×630 пиксела. Показва се на страницата и при споделяне на връзката; описанието му (image_alt) е в езиковите файлове.",
            example="workshop.jpg", page=Partial("project-image"),
            export=Export(csv=(Column("image", 16, lambda value, _: (value["url"] or value["path"]) if value else None),)),
        ),
        Field(
            "image_credit", Text(single_line=True, max_length=200), "Who made the image (a photographer, an organisation): shown under it.",
            cs="Kdo obrázek pořídil (fotograf, organizace): zobrazí se pod ním.", bg="Кой е направил изображението (фотограф, организация): показва се под него.",
            example="Jan Novák",
        ),
        *MEDIA_FACTS,
        *FACTS_FIELDS,
    ),
    "the facts of a project",
    model=ProjectFacts,
    check_whole=_check_facts,
)
"""``project.yml``: the facts of a project, the same in every language."""
