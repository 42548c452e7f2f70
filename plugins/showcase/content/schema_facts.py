"""The facts a showcase reader looks for, declared once: money, places, results and dated events.

The blocks and fields of ``project.yml`` that say how much a project costs
(:data:`MONEY`: a funding's amount, the total budget), where it works
(:data:`PLACE`), what it achieved (:data:`INDICATOR`) and when things
happened (:data:`EVENT`). :data:`FACTS_FIELDS` are appended to
``PROJECT_FACTS`` in :mod:`showcase.content.schema`, whose other fields use
:data:`MONEY` too; :func:`check_project` checks them against each other. Their
labels and texts in each language are in :mod:`showcase.content.schema_texts`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from babel.numbers import get_currency_precision

from .blocks import Block, Column, Export, Fact, Field, KeyedMap, Label, ListOf, Partial
from .checking import Checker
from .facts_model import Event, Indicator, Money, Place
from .fields import CountryCode, DateValue, Pattern, Text
from .geography import LATITUDE, LONGITUDE, LanguageNames, check_point
from .quantities import CurrencyCode, Number
from .yamlsource import KeyPath

AMOUNT = Number(0, decimals=4, what="an amount", example="1250000")

NUTS_PREFIXES = {"GR": "EL", "GB": "UK"}
"""Countries whose NUTS codes do not start with their ISO code."""


def _check_money(money: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    """No more decimal places than the currency has (JPY has none, EUR two)."""
    amount: Decimal = money["amount"]
    places = get_currency_precision(money["currency"])
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        checker.problem(
            keypath + ("amount",),
            f"{money['currency']} has {places or 'no'} decimal place{'' if places == 1 else 's'}, found {amount}",
            f"round it to {places} decimal place{'' if places == 1 else 's'}",
        )


MONEY = Block(
    (
        Field(
            "amount", AMOUNT, "The sum in digits, without spaces or thousands separators; a dot before decimals.",
            cs="Částka číslicemi, bez mezer a oddělovačů tisíců; před desetinnými místy tečka.",
            bg="Сумата с цифри, без интервали и разделители на хилядите; пред десетичните знаци – точка.",
            required=True, example=1250000,
        ),
        Field(
            "currency", CurrencyCode(), "The ISO 4217 code of its currency, such as EUR, CZK or BGN.",
            cs="Kód měny podle ISO 4217, například EUR, CZK nebo BGN.",
            bg="Кодът на валутата по ISO 4217, например EUR, CZK или BGN.",
            required=True, example="EUR",
        ),
    ),
    "a sum of money (amount: and currency:)",
    check_whole=_check_money,
    model=Money,
)
"""A sum in one currency. Sums in different currencies are never converted or added up."""


def _check_place(place: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    country = place["country"]
    nuts = place.get("nuts")
    prefix = NUTS_PREFIXES.get(country, country)
    if nuts and not nuts.startswith(prefix):
        checker.problem(keypath + ("nuts",), f"the NUTS code {nuts!r} is not in {country} (its codes start with {prefix})", "correct the code or the country")
    check_point(place, country, keypath, checker)


PLACE = Block(
    (
        Field(
            "name", Text(single_line=True), "Name of the town, village or region, as most languages write it.",
            cs="Název města, obce nebo regionu, jak ho píše většina jazyků.",
            bg="Името на града, селото или региона, както го пишат повечето езици.",
            required=True, example="Stara Zagora",
        ),
        Field(
            "names", LanguageNames(), "Its name in the languages that write it differently.",
            cs="Jeho název v jazycích, které ho píšou jinak.",
            bg="Името му на езиците, които го пишат различно.",
            example={"bg": "Стара Загора"},
        ),
        Field(
            "country", CountryCode(), "Its country: one of the project's countries.",
            cs="Jeho země: jedna ze zemí projektu.",
            bg="Държавата му: една от държавите на проекта.",
            required=True, example="BG", export=Export(expand=False),
        ),
        Field(
            "region", Text(single_line=True), "The administrative region it lies in.",
            cs="Správní region (kraj, oblast), ve kterém leží.",
            bg="Административният регион (област), в който се намира.",
            example="Stara Zagora Province",
        ),
        Field(
            "region_names", LanguageNames(), "The region's name in the languages that write it differently.",
            cs="Název regionu v jazycích, které ho píšou jinak.",
            bg="Името на региона на езиците, които го пишат различно.",
            example={"cs": "oblast Stara Zagora", "bg": "област Стара Загора"},
        ),
        Field(
            "nuts", Pattern(r"[A-Z]{2}[0-9A-Z]{1,3}", "a NUTS code such as CZ041 or BG344", "see https://ec.europa.eu/eurostat/web/nuts"),
            "The region's NUTS code (Eurostat), for maps and statistics.",
            cs="Kód NUTS regionu (Eurostat), pro mapy a statistiky.",
            bg="Кодът NUTS на региона (Евростат), за карти и статистика.",
            example="BG344",
        ),
        Field(
            "lat", LATITUDE, "Latitude of the place's centre in decimal degrees (north positive); with lon. A region gets no point.",
            cs="Zeměpisná šířka středu místa v desetinných stupních (sever kladně); spolu s lon. Region bod nemá.",
            bg="Географската ширина на центъра на мястото в десетични градуси (север – положителна); заедно с lon. Регионът няма точка.",
            example=42.43,
        ),
        Field(
            "lon", LONGITUDE, "Longitude in decimal degrees (east positive).",
            cs="Zeměpisná délka v desetinných stupních (východ kladně).",
            bg="Географската дължина в десетични градуси (изток – положителна).",
            example=25.63,
        ),
    ),
    "a place (name:, country:, and optional region:, lat:, lon:)",
    check_whole=_check_place,
    model=Place,
)

_MEASURE = Number(what="a number", example="35")


def _check_indicator(indicator: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    if not any(indicator.get(name) is not None for name in ("baseline", "target", "achieved")):
        checker.problem(keypath, "an indicator needs at least one of baseline, target or achieved")


INDICATOR = Block(
    (
        Field(
            "baseline", _MEASURE, "The value before the project.", cs="Hodnota před projektem.", bg="Стойността преди проекта.",
            example=0, label=Label("Column heading of the results: the value before the project."),
        ),
        Field(
            "target", _MEASURE, "The value the project aims at.", cs="Hodnota, které chce projekt dosáhnout.", bg="Стойността, която проектът цели.",
            example=40, label=Label("Column heading of the results: the value aimed at."),
        ),
        Field(
            "achieved", _MEASURE, "The value reached.", cs="Dosažená hodnota.", bg="Постигнатата стойност.",
            example=35, label=Label("Column heading of the results: the value reached."),
        ),
        Field(
            "date", DateValue(), "When the values were measured.", cs="Ke kterému datu hodnoty platí.", bg="Към коя дата са стойностите.",
            example="2024-06-30", label=Label("Column heading of the results: the date of the figures.", key="indicator_date"),
        ),
    ),
    "an indicator (baseline:, target:, achieved:, date:)",
    check_whole=_check_indicator,
    model=Indicator,
)


def _check_event(event: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    start, end = event["date"], event.get("end")
    if end is not None and end.last_day() < start.first_day():
        checker.problem(keypath + ("end",), f"the event ends ({end.iso()}) before it starts ({start.iso()})")


EVENT = Block(
    (
        Field(
            "date", DateValue(), "When it happened (its first day).", cs="Kdy se konala (první den).", bg="Кога се е състояло (първият ден).",
            required=True, example="2012-06-14",
        ),
        Field(
            "end", DateValue(), "Its last day, when it lasted several days.", cs="Poslední den, trvala-li několik dní.", bg="Последният ден, ако е продължило няколко дни.",
            example="2012-06-15",
        ),
    ),
    "an event (date: and optional end:)",
    check_whole=_check_event,
    model=Event,
)


def _money_cells(key: str) -> Column:
    """A sum's amount or currency column, empty when it is not written."""
    return Column(f"budget{'' if key == 'amount' else '_' + key}", 18, lambda value, _: value[key] if value else None)


def _places_cell(key: str) -> Any:
    # One position per place, empty ones kept, so that the columns line up.
    return lambda values, _language: "; ".join("" if value[key] is None else str(value[key]) for value in values) or None


def _by_id(key: str) -> Any:
    return lambda values, _language: [f"{value['id']}={value[key]}" for value in values if value[key] is not None]


FACTS_FIELDS: tuple[Field, ...] = (
    Field(
        "budget", MONEY, "The project's total budget (all sources together).",
        cs="Celkový rozpočet projektu (ze všech zdrojů dohromady).",
        bg="Общият бюджет на проекта (от всички източници заедно).",
        example={"amount": 1250000, "currency": "EUR"},
        label=Label("Label: the project's total budget."), page=Fact(25, via="money"),
        export=Export(csv=(_money_cells("amount"), _money_cells("currency"))),
    ),
    Field(
        "places", ListOf(PLACE, min_items=1), "Towns and regions where the project works, with their points for maps.",
        cs="Města a regiony, kde projekt působí, s body pro mapy.",
        bg="Градовете и регионите, в които работи проектът, с точки за картите.",
        example=[
            {
                "name": "Stara Zagora", "names": {"bg": "Стара Загора"}, "country": "BG", "region": "Stara Zagora Province",
                "region_names": {"cs": "oblast Stara Zagora", "bg": "област Стара Загора"}, "nuts": "BG344", "lat": 42.43, "lon": 25.63,
            }
        ],
        label=Label("Label: towns and regions of the project."), page=Fact(100, via="places"),
        export=Export(csv=(
            Column("places", 18, lambda values, language: [(value["names"] or {}).get(language) or value["name"] for value in values], per_language=True),
            Column("place_countries", 18, _places_cell("country")),
            Column("place_points", 18, lambda values, _: "; ".join(f"{v['lat']},{v['lon']}" if v["lat"] is not None else "" for v in values) or None),
        )),
    ),
    Field(
        "indicators", KeyedMap(INDICATOR, "indicators", listed=True), "Results measured against a baseline and a target; their labels are in the language files under the same id.",
        cs="Výsledky měřené proti výchozí a cílové hodnotě; jejich popisky jsou v jazykových souborech pod stejným id.",
        bg="Резултати, измерени спрямо изходна и целева стойност; надписите им са в езиковите файлове под същия идентификатор.",
        example=[{"id": "trained-staff", "baseline": 0, "target": 40, "achieved": 35, "date": "2024-06-30"}],
        label=Label("Heading of the project's results (indicators)."), page=Partial("project-indicators"),
        export=Export(csv=(
            Column("indicator_baselines", 18, _by_id("baseline")),
            Column("indicator_targets", 18, _by_id("target")),
            Column("indicator_achieved", 18, _by_id("achieved")),
            Column("indicator_dates", 18, _by_id("date")),
        )),
    ),
    Field(
        "events", KeyedMap(EVENT, "events", listed=True), "Dated events of the project (a training, a conference); their titles are in the language files under the same id.",
        cs="Události projektu s datem (školení, konference); jejich názvy jsou v jazykových souborech pod stejným id.",
        bg="Събития от проекта с дата (обучение, конференция); заглавията им са в езиковите файлове под същия идентификатор.",
        example=[{"id": "final-meeting", "date": "2012-06-14", "end": "2012-06-15"}],
        label=Label("Heading of the project's timeline of events."), page=Partial("project-timeline"),
        export=Export(csv=(
            Column("events", 18, lambda values, _: [f"{v['id']}={v['date']}" + (f"/{v['end']}" if v["end"] else "") for v in values]),
        )),
    ),
)
"""Fields appended to ``PROJECT_FACTS``."""


# -- the facts against each other ------------------------------------------------------------


def _sums(fundings: tuple[Any, ...]) -> Mapping[str, Decimal]:
    sums: dict[str, Decimal] = {}
    for funding in fundings:
        if funding.amount is not None:
            sums[funding.amount.currency] = sums.get(funding.amount.currency, Decimal(0)) + funding.amount.amount
    return sums


def check_project(facts: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    """Checks across the fields of ``project.yml``."""
    countries = facts.get("countries") or ()
    for index, place in enumerate(facts.get("places") or ()):
        if place.country not in countries:
            checker.problem(
                keypath + ("places", index, "country"),
                f"{place.country!r} is not one of the project's countries ({', '.join(countries)})",
                f"add {place.country} to countries, or correct the place's country",
            )
    period = facts.get("period")
    if period is not None and period.months and period.end is None and not facts.get("status"):
        checker.problem(
            keypath + ("status",),
            "a project whose period is a duration without an end needs a status",
            "add 'status: ongoing' or 'status: completed': the site cannot tell from a duration whether it has ended",
        )
    budget = facts.get("budget")
    if budget is not None:
        awarded = _sums(facts.get("funding") or ()).get(budget.currency)
        if awarded is not None and awarded > budget.amount:
            checker.problem(
                keypath + ("budget", "amount"),
                f"the funders awarded {awarded} {budget.currency} in all, more than the total budget ({budget.amount} {budget.currency})",
                "correct the budget or the funders' amounts",
            )
    seen: dict[str, int] = {}
    for index, partner in enumerate(facts.get("partners") or ()):
        if partner.organisation in seen:
            checker.problem(keypath + ("partners", index, "organisation"), f"{partner.organisation!r} is listed twice", "list each partner once, with one role")
        seen[partner.organisation] = index
    leads = [index for index, partner in enumerate(facts.get("partners") or ()) if partner.role == "lead"]
    for index in leads[1:]:
        checker.problem(keypath + ("partners", index, "role"), "a project has one lead partner", "make the others 'partner'")
