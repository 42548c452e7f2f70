"""Golden tests of bad money, places, partners, results and dates: each reported at its file and line.

Each case starts from the fixture project ``gamma`` (``facts_fixture.py``, every new field filled in),
applies mutations, runs the core's ``load_site`` and compares the problems with the expected ones, as
``test_content_validation.py`` does: the same (file, line, field), each message and hint containing
the expected text. Lines are found by the text on them, after the mutation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from facts_fixture import GAMMA, write_facts_site
from scratch import load, replace_text
from showcase.content.problems import ContentError
from test_content_validation import Expect, Mutation, assert_problems, replace

YML = f"{GAMMA}/project.yml"
EN = f"{GAMMA}/project.en.md"
ORGANISATIONS = "data/organisations.yml"


def line(file: str, text: str) -> Callable[[Path], int]:
    """The line of ``file`` holding ``text`` (once)."""

    def find(root: Path) -> int:
        lines = [n for n, content in enumerate((root / file).read_text(encoding="utf-8").splitlines(), 1) if text in content]
        assert len(lines) == 1, f"{text!r} is on lines {lines} of {file}: fix the test"
        return lines[0]

    return find


def test_the_fixture_project_is_valid(tmp_path: Path) -> None:
    write_facts_site(tmp_path)
    gamma = load(tmp_path).project("gamma")
    assert gamma.facts.budget is not None and str(gamma.facts.budget.amount) == "1250000"
    assert [place.name("bg") for place in gamma.facts.places] == ["Ходов", "Стара Загора", "Карловарски край"]


CASES = [
    # -- money ------------------------------------------------------------------------------------
    pytest.param(
        [replace(YML, "budget: {amount: 1250000, currency: EUR}", "budget: {amount: 1250000, currency: EUX}")],
        [Expect(YML, line(YML, "currency: EUX"), "budget.currency", "'EUX' is not an ISO 4217 currency code", "did you mean 'EUR'?")],
        id="unknown-currency",
    ),
    pytest.param(
        [replace(YML, "amount: {amount: 300000, currency: CZK}", "amount: {amount: 300000, currency: Kč}")],
        [Expect(YML, line(YML, "currency: Kč"), "funding[2].amount.currency", "'Kč' is not an ISO 4217 currency code", "write 'CZK'")],
        id="currency-symbol",
    ),
    pytest.param(
        [replace(YML, "currency: EUR}\nregistration", "currency: eur}\nregistration")],
        [Expect(YML, line(YML, "currency: eur"), "budget.currency", "capitals", "'EUR'")],
        id="currency-in-lower-case",
    ),
    pytest.param(
        [replace(YML, "amount: {amount: 850000,", "amount: {amount: -850000,")],
        [Expect(YML, line(YML, "-850000"), "funding[0].amount.amount", "found -850000", "an amount cannot be negative")],
        id="negative-amount",
    ),
    pytest.param(
        [replace(YML, "budget: {amount: 1250000,", "budget: {amount: 1 250 000,")],
        [Expect(YML, line(YML, "1 250 000"), "budget.amount", "expected an amount of at least 0", "without spaces or thousands separators")],
        id="amount-with-spaces",
    ),
    pytest.param(
        [replace(YML, "amount: {amount: 850000,", "amount: {amount: 850000 EUR,")],
        [Expect(YML, line(YML, "850000 EUR"), "funding[0].amount.amount", "found '850000 EUR'", "the currency or unit has a field of its own")],
        id="amount-with-its-currency",
    ),
    pytest.param(
        [replace(YML, "amount: {amount: 250000.50,", "amount: {amount: 250000.505,")],
        [Expect(YML, line(YML, "250000.505"), "funding[1].amount.amount", "EUR has 2 decimal places", "round it")],
        id="more-decimals-than-the-currency",
    ),
    pytest.param(
        [replace(YML, "budget: {amount: 1250000,", "budget: {amount: 1000000,")],
        [Expect(YML, line(YML, "budget:"), "budget.amount", "awarded 1100000.50 EUR in all, more than the total budget (1000000 EUR)")],
        id="funders-award-more-than-the-budget",
    ),
    # -- time -------------------------------------------------------------------------------------
    pytest.param(
        [replace(YML, "period: {start: 2021-03, months: 24}", "period: {start: 2021-03, end: 2023-02, months: 24}")],
        [Expect(YML, line(YML, "period:"), "period.months", "has a start and an end", "delete 'months:'")],
        id="duration-and-both-ends",
    ),
    pytest.param(
        [replace(YML, "status: ongoing\n", "")],
        [Expect(YML, 1, "status", "a duration without an end needs a status", "status: ongoing")],
        id="duration-without-status",
    ),
    pytest.param(
        [replace(YML, "months: 24}", "months: 0}")],
        [Expect(YML, line(YML, "months: 0"), "period.months", "whole number of at least 1")],
        id="duration-of-no-months",
    ),
    pytest.param(
        [replace(YML, "  - id: summer-school\n    date: 2021-07-12\n    end: 2021-07-16\n", "  - id: summer-school\n    date: 2021-07-12\n    end: 2021-06-16\n")],
        [Expect(YML, line(YML, "end: 2021-06-16"), "events[2].end", "ends (2021-06-16) before it starts (2021-07-12)")],
        id="event-ends-before-it-starts",
    ),
    pytest.param(
        [replace(EN, "  - id: final-conference\n    title: Final conference\n    place: Prague\n", "")],
        [Expect(YML, line(YML, "- id: final-conference"), "events[0]", "has no title in the original (project.en.md)", "under 'events:', the id 'final-conference' and a title")],
        id="event-without-a-title",
    ),
    # -- places -----------------------------------------------------------------------------------
    pytest.param(
        [replace(YML, "lat: 50.24", "lat: 95")],
        [Expect(YML, line(YML, "lat: 95"), "places[0].lat", "latitude in decimal degrees from -90 to 90, written like 50.24, found 95")],
        id="latitude-out-of-range",
    ),
    pytest.param(
        [replace(YML, "lon: 25.63", "lon: 185.63")],
        [Expect(YML, line(YML, "lon: 185.63"), "places[1].lon", "from -180 to 180")],
        id="longitude-out-of-range",
    ),
    pytest.param(
        [replace(YML, "lat: 50.24\n    lon: 12.75", "lat: 12.75\n    lon: 50.24")],
        [Expect(YML, line(YML, "lat: 12.75"), "places[0].lat", "the point (12.75, 50.24) is not in CZ", "lat and lon look swapped")],
        id="point-with-lat-and-lon-swapped",
    ),
    pytest.param(
        [replace(YML, "lon: 12.75", "lon: -12.75")],
        [Expect(YML, line(YML, "lat: 50.24"), "places[0].lat", "is not in CZ", "a sign looks wrong")],
        id="point-with-a-wrong-sign",
    ),
    pytest.param(
        [replace(YML, "    country: BG\n    lat: 42.43", "    country: CZ\n    lat: 42.43")],
        [Expect(YML, line(YML, "lat: 42.43"), "places[1].lat", "the point (42.43, 25.63) is not in CZ", "check the country")],
        id="point-outside-its-country",
    ),
    pytest.param(
        # Bucharest, in Romania, which the project's countries do not list.
        [replace(YML, "    country: BG\n    lat: 42.43\n    lon: 25.63", "    country: RO\n    lat: 44.43\n    lon: 26.10")],
        [Expect(YML, line(YML, "country: RO"), "places[1].country", "'RO' is not one of the project's countries (CZ, BG)", "add RO to countries")],
        id="place-in-a-country-of-no-project",
    ),
    pytest.param(
        [replace(YML, "    country: BG\n    lat: 42.43", "    country: XX\n    lat: 42.43")],
        [Expect(YML, line(YML, "country: XX"), "places[1].country", "'XX' is not an ISO 3166 country code")],
        id="place-in-an-unknown-country",
    ),
    pytest.param(
        [replace(YML, "    lat: 42.43\n", "")],
        [Expect(YML, line(YML, "lon: 25.63"), "places[1].lon", "a point needs both lat and lon, and lat is missing", "add 'lat:'")],
        id="longitude-without-latitude",
    ),
    pytest.param(
        [replace(YML, "    nuts: CZ041\n    lat", "    nuts: BG344\n    lat")],
        [Expect(YML, line(YML, "nuts: BG344"), "places[0].nuts", "'BG344' is not in CZ", "correct the code or the country")],
        id="nuts-code-of-another-country",
    ),
    pytest.param(
        [replace(YML, "names: {bg: Стара Загора}", "names: {de: Alt-Sagora}")],
        [Expect(YML, line(YML, "Alt-Sagora"), "places[1].names.de", "'de' is not a language of this site", "cs, en, bg")],
        id="place-name-in-an-unknown-language",
    ),
    pytest.param(
        [replace(ORGANISATIONS, "lat: 50.24, lon: 12.75}", "lat: 42.43, lon: 25.63}")],
        [Expect(ORGANISATIONS, line(ORGANISATIONS, "seat:"), "[1].seat.lat", "the point (42.43, 25.63) is not in CZ")],
        id="seat-outside-the-organisations-country",
    ),
    pytest.param(
        [replace(ORGANISATIONS, "  country: CZ\n  seat:", "  seat:")],
        [Expect(ORGANISATIONS, line(ORGANISATIONS, "seat:"), "[1].seat", "a seat needs the organisation's country", "add 'country:'")],
        id="seat-without-a-country",
    ),
    # -- partners ---------------------------------------------------------------------------------
    pytest.param(
        [replace(YML, "  - {organisation: romodrom, role: partner}", "  - romodrom")],
        [Expect(YML, line(YML, "- romodrom"), "partners[1]", "expected a partner (organisation: id, role: lead, partner or associated), found 'romodrom'", "{organisation: id, role: partner}")],
        id="partner-written-as-an-id",
    ),
    pytest.param(
        [replace(YML, "{organisation: romodrom, role: partner}", "{organisation: romodrom, role: leader}")],
        [Expect(YML, line(YML, "role: leader"), "partners[1].role", "one of lead, partner, associated", "did you mean 'lead'?")],
        id="unknown-partner-role",
    ),
    pytest.param(
        [replace(YML, "{organisation: romodrom, role: partner}", "{organisation: romodrom, role: lead}")],
        [Expect(YML, line(YML, "romodrom, role: lead"), "partners[1].role", "a project has one lead partner", "make the others 'partner'")],
        id="two-lead-partners",
    ),
    pytest.param(
        [replace(YML, "{organisation: sunrise, role: associated}", "{organisation: romodrom, role: associated}")],
        [Expect(YML, line(YML, "romodrom, role: associated"), "partners[2].organisation", "'romodrom' is listed twice", "one role")],
        id="partner-listed-twice",
    ),
    # -- results ----------------------------------------------------------------------------------
    pytest.param(
        [replace(EN, "  - id: dropouts\n    label: Pupils leaving school early\n    unit: pupils\n", "")],
        [Expect(YML, line(YML, "- id: dropouts"), "indicators[2]", "the indicator 'dropouts' has no label in the original (project.en.md)", "add it to project.en.md")],
        id="indicator-without-a-label",
    ),
    pytest.param(
        [replace(EN, "figures:\n  volunteers: volunteers\n", "")],
        [Expect(YML, line(YML, "- id: volunteers"), "figures[0]", "the figure 'volunteers' has no label in the original (project.en.md)", "under 'figures:', the id 'volunteers' and a label")],
        id="figure-without-a-label",
    ),
    pytest.param(
        [replace(EN, "  - id: dropouts\n    label: Pupils leaving school early\n", "  - id: dropouts\n")],
        [Expect(EN, line(EN, "- id: dropouts"), "indicators[2].label", "required field is missing", "add 'label:'")],
        id="indicator-text-without-its-label",
    ),
    pytest.param(
        [replace(EN, "  - id: dropouts\n", "  - id: dropout\n")],
        [
            Expect(EN, line(EN, "- id: dropout"), "indicators[2]", "there is no indicator 'dropout' in project.yml", "did you mean 'dropouts'?"),
            Expect(YML, line(YML, "- id: dropouts"), "indicators[2]", "has no label in the original (project.en.md)"),
        ],
        id="indicator-label-misspelt",
    ),
    pytest.param(
        [replace(YML, "  - id: dropouts\n    baseline: 30\n    target: 10\n", "  - id: dropouts\n    date: 2022-06\n")],
        [Expect(YML, line(YML, "- id: dropouts"), "indicators[2]", "needs at least one of baseline, target or achieved")],
        id="indicator-without-a-value",
    ),
    pytest.param(
        [replace(YML, "    achieved: 35\n", "    achieved: many\n")],
        [Expect(YML, line(YML, "achieved: many"), "indicators[0].achieved", "found 'many'", "write a number")],
        id="indicator-value-not-a-number",
    ),
    # -- identifiers --------------------------------------------------------------------------------
    pytest.param(
        [replace(YML, "project_code: GAMMA-21", "identifier: GAMMA-21")],
        [Expect(YML, line(YML, "identifier:"), "identifier", "unknown field", "application_id")],
        id="the-bare-identifier-is-gone",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_bad_facts_are_reported_at_their_line(tmp_path: Path, mutations: list[Mutation], expected: list[Expect]) -> None:
    write_facts_site(tmp_path)
    for mutate in mutations:
        mutate(tmp_path)
    with pytest.raises(ContentError) as info:
        load(tmp_path)
    assert_problems(info.value.problems, expected, tmp_path)


def test_every_problem_is_one_line_with_file_line_field_and_fix(tmp_path: Path) -> None:
    """Several mistakes at once: all reported, each as ``file:line: field: message (fix)``."""
    write_facts_site(tmp_path)
    replace_text(tmp_path / YML, "currency: EUR}\nregistration", "currency: EUX}\nregistration")
    replace_text(tmp_path / YML, "lat: 50.24", "lat: 95")
    replace_text(tmp_path / ORGANISATIONS, "lat: 50.24, lon: 12.75}", "lat: 42.43, lon: 25.63}")
    with pytest.raises(ContentError) as info:
        load(tmp_path)
    lines = info.value.report().splitlines()[1:]
    assert len(lines) == 3, lines
    assert any(f"{YML}:15: budget.currency: 'EUX' is not an ISO 4217 currency code (did you mean 'EUR'?)" in text for text in lines), lines
    assert any(f"{YML}:31: places[0].lat: expected a latitude in decimal degrees from -90 to 90" in text for text in lines), lines
    assert any(f"{ORGANISATIONS}:" in text and ": [1].seat.lat: the point (42.43, 25.63) is not in CZ (" in text for text in lines), lines
