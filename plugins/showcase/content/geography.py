"""Places: names by language, coordinates, and whether a point lies in its country.

A place's name is written once (``name: Torrent``) with the names that differ
by language beside it (``names: {bg: Торент}``): a :class:`LanguageNames`.
Coordinates are decimal degrees; :func:`check_point` checks that both are
given and that the point lies inside its country's bounding box
(:mod:`showcase.content.country_boxes`, from Natural Earth), which catches a
latitude and a longitude swapped, a sign left out or a town put in the wrong
country, without a map of borders.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .checking import INVALID, Checker, did_you_mean
from .country_boxes import COUNTRY_BOXES
from .fields import FieldType, Text
from .quantities import Number
from .yamlsource import KeyPath

if TYPE_CHECKING:
    from .visitor import FieldVisitor, R

LATITUDE = Number(-90, 90, decimals=6, what="a latitude in decimal degrees", example="50.24")
LONGITUDE = Number(-180, 180, decimals=6, what="a longitude in decimal degrees", example="12.75")


class LanguageNames(FieldType):
    """A name in some of the site's languages, by language code: ``{cs: Budapešť, bg: Будапеща}``."""

    expected = "names by language (cs: ..., bg: ...)"
    empty: Any = {}

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, keypath, checker, "write one 'language: name' per line, e.g. {bg: Торент}")
        result: dict[str, str] = {}
        ok = True
        for language, text in value.items():
            if language not in checker.languages:
                ok = False
                checker.problem(
                    keypath + (language,),
                    f"{language!r} is not a language of this site",
                    did_you_mean(str(language), checker.languages) or "use " + ", ".join(checker.languages),
                )
                continue
            checked = Text(single_line=True).check(text, keypath + (language,), checker)
            if checked is INVALID:
                ok = False
            else:
                result[str(language)] = checked
        return result if ok else INVALID

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.language_names(self)


def in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    """Whether the point is in the box (west, south, east, north); a box with west > east wraps round the 180th meridian."""
    west, south, east, north = box
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return south <= lat <= north and inside_lon


def check_point(values: dict[str, Any], country: str | None, keypath: KeyPath, checker: Checker) -> None:
    """``lat`` and ``lon`` of a block: both or neither, and inside ``country`` when it is known."""
    lat: Decimal | None = values.get("lat")
    lon: Decimal | None = values.get("lon")
    if (lat is None) != (lon is None):
        missing, given = ("lon", "lat") if lon is None else ("lat", "lon")
        checker.problem(keypath + (given,), f"a point needs both lat and lon, and {missing} is missing", f"add '{missing}:' or delete '{given}:'")
        return
    if lat is None or lon is None or country is None:
        return
    box = COUNTRY_BOXES.get(country)
    if box is None or in_box(float(lat), float(lon), box):
        return
    hint = "check the country, and that lat is the first number (north-south) and lon the second"
    if in_box(float(lon), float(lat), box):
        hint = "lat and lon look swapped: lat is the north-south number (50.24 for Chodov), lon the east-west one"
    elif in_box(float(-lat), float(lon), box) or in_box(float(lat), float(-lon), box):
        hint = "a sign looks wrong: south latitudes and west longitudes are negative, the others positive"
    checker.problem(keypath + ("lat",), f"the point ({lat}, {lon}) is not in {country}", hint)
