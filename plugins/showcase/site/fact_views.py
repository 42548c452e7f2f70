"""Key facts whose type alone does not say how they read: money, partners with their roles, places.

Each view is named by a field's ``Fact(via=...)`` and returns the rows it adds
to the key facts box (:mod:`showcase.site.display`).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from ..content import blocks
from ..content.facts_model import Money, Place
from ..content.schema import PARTNER_ROLES
from ..paths import facet_path
from .fact_types import Fact, ProjectView
from .localize import Localizer
from .markup import plain

OSM_POINT = "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=12/{lat}/{lon}"
"""Where a place's point opens: OpenStreetMap, a link only (nothing is loaded from it)."""


def money_totals(sums: list[tuple[str, Money]]) -> tuple[tuple[Money, int], ...]:
    """The total of (project id, sum) pairs per currency, with how many projects each holds; biggest count first."""
    totals: dict[str, Decimal] = {}
    projects: dict[str, set[str]] = {}
    for project_id, money in sums:
        totals[money.currency] = totals.get(money.currency, Decimal(0)) + money.amount
        projects.setdefault(money.currency, set()).add(project_id)
    order = sorted(totals, key=lambda currency: (-len(projects[currency]), currency))
    return tuple((Money(amount=totals[currency], currency=currency), len(projects[currency])) for currency in order)


def share(part: Money, whole: Money | None) -> Decimal | None:
    """``part`` as a share of ``whole`` (0.68), when both are known and in the same currency; never converted."""
    if whole is None or whole.currency != part.currency or not whole.amount:
        return None
    return part.amount / whole.amount


def awarded_note(page: ProjectView, amount: Money | None, budget: Money | None) -> Markup | None:
    """``: 850 000 € (68 % of the total budget)`` after a funder's name, or None without an amount."""
    if amount is None:
        return None
    note = Markup(": {}").format(page.l10n.money(amount))
    part = share(amount, budget)
    if part is not None:
        note += Markup(" ({})").format(page.l10n.t("funding_share", share=page.l10n.percent(part)))
    return note


def _money(page: ProjectView, spec: blocks.Field, value: Money) -> Fact:
    return Fact(spec.name, page.l10n.t(spec.label_key or spec.name), (plain(page.l10n.money(value)),))


def _partners(page: ProjectView, spec: blocks.Field, value: Any) -> tuple[Fact, ...]:
    """One row per role (lead partner, partners, associated partners): each organisation linked, with its country."""
    site, language, l10n = page.site, page.language, page.l10n
    rows = []
    for role in PARTNER_ROLES:
        partners = [partner for partner in value if partner.role == role]
        if not partners:
            continue
        key = spec.name if role == "partner" else f"{spec.name}_{role}"
        names, paths, notes = [], [], []
        for partner in partners:
            organisation = site.organisations[partner.organisation]
            names.append(plain(organisation.name.get(language, site.languages)))
            paths.append(facet_path(site, "organisations", partner.organisation, language))
            notes.append(Markup(", {}").format(l10n.country(organisation.country)) if organisation.country else None)
        rows.append(Fact(key, l10n.t(key), tuple(names), paths=tuple(paths), notes=tuple(notes)))
    return tuple(rows)


def point_link(l10n: Localizer, name: str, lat: float, lon: float) -> Markup:
    """The point written the reader's way, linked to OpenStreetMap."""
    return Markup('<a class="sc-place__point" href="{}" title="{}">{}</a>').format(
        OSM_POINT.format(lat=lat, lon=lon), l10n.t("point_map", place=name), l10n.point(lat, lon)
    )


def _place(page: ProjectView, place: Place) -> tuple[Markup, Markup | None]:
    """A place's name (with its point as data, for maps), and its region and point after it."""
    name = place.name(page.language)
    attributes = Markup(' data-country="{}"').format(place.country)
    if place.lat is not None and place.lon is not None:
        attributes += Markup(' data-lat="{}" data-lon="{}"').format(place.lat, place.lon)
    shown = Markup('<span class="sc-place"{}>{}</span>').format(attributes, name)
    note = Markup("")
    region = place.region(page.language)
    if region and region != name:
        note += Markup(", {}").format(region)
    if place.lat is not None and place.lon is not None:
        note += Markup(" ") + point_link(page.l10n, name, place.lat, place.lon)
    return shown, note or None


def _places(page: ProjectView, spec: blocks.Field, value: Any) -> Fact:
    shown = [_place(page, place) for place in value]
    return Fact(spec.name, page.l10n.t(spec.label_key or spec.name), tuple(name for name, _ in shown), notes=tuple(note for _, note in shown))


FACT_VIEWS: dict[str, Callable[[ProjectView, blocks.Field, Any], Fact | tuple[Fact, ...]]] = {
    "money": _money,
    "partners": _partners,
    "places": _places,
}
"""The views of this module, by the name a ``Fact(via=...)`` gives."""
