"""The records of money, places, partners, results and events: what the model holds of them.

They build on :class:`~showcase.content.model.Record`; :class:`Place` is also
the object maps read (``name(language)``, ``country``, ``region(language)``,
``nuts``, ``lat``, ``lon``).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from .model import PartialDate, Record, Value


def _in(names: Mapping[str, str], language: str, default: str) -> str:
    return names.get(language) or default


def _degrees(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


class Seat(Record):
    """Where an organisation has its seat: a town, and its point when known (the country is the organisation's)."""

    def city(self, language: str) -> str:
        return _in(self.get("city_names") or {}, language, self["city"])

    @property
    def lat(self) -> float | None:
        return _degrees(self.get("lat"))

    @property
    def lon(self) -> float | None:
        return _degrees(self.get("lon"))


class Money(Record):
    """A sum in one currency: ``amount`` exactly as written, ``currency`` an ISO 4217 code."""

    amount = Value[Decimal]()
    currency = Value[str]()


class Partner(Record):
    organisation = Value[str]()
    role = Value[str]()
    """``lead``, ``partner`` or ``associated``."""


class Place(Record):
    """A place where a project works: the same object for the page, the open data and maps.

    ``name(language)`` and ``region(language)`` are its names in a language (the
    name written for that language, else the one written for all);
    ``country`` is an ISO 3166 code, one of the project's countries; ``nuts``
    the region's NUTS code, if given; ``lat`` and ``lon`` its point in decimal
    degrees (WGS 84), both or neither, inside its country.
    """

    country = Value[str]()
    nuts = Value[str | None](None)

    def name(self, language: str) -> str:
        return _in(self.get("names") or {}, language, self["name"])

    def region(self, language: str) -> str | None:
        region = self.get("region")
        return _in(self.get("region_names") or {}, language, region) if region else None

    @property
    def lat(self) -> float | None:
        return _degrees(self.get("lat"))

    @property
    def lon(self) -> float | None:
        return _degrees(self.get("lon"))


class Indicator(Record):
    """A result measured against a baseline and a target, as of ``date``; its label is in the language files."""

    baseline = Value[Decimal | None](None)
    target = Value[Decimal | None](None)
    achieved = Value[Decimal | None](None)
    date = Value[PartialDate | None](None)


class Event(Record):
    """A dated event of a project (a training, a conference); its title, place and text are in the language files."""

    date = Value[PartialDate]()
    end = Value[PartialDate | None](None)


