"""Field types for numbers that are not counts: sums of money, their currency, coordinates, indicators.

A :class:`Number` is a decimal written as YAML writes numbers (``1250000``,
``1250000.50``, ``50.24``); it is kept as a :class:`~decimal.Decimal`, exactly
as typed, so that a sum of money is never rounded by binary floating point. A
:class:`CurrencyCode` is an ISO 4217 code CLDR knows (Babel's list).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.numbers import get_territory_currencies, list_currencies

from .checking import Checker, as_text, did_you_mean
from .fields import Choice, FieldType
from .yamlsource import KeyPath

if TYPE_CHECKING:
    from .visitor import FieldVisitor, R

CURRENCIES: tuple[str, ...] = tuple(sorted(str(code) for code in list_currencies()))
"""Every ISO 4217 code CLDR knows, current and historic (a project of 1998 may be in DEM)."""

CURRENT_CURRENCIES: tuple[str, ...] = tuple(
    sorted({str(code) for territory in Locale("en").territories for code in get_territory_currencies(str(territory), dt.date(2025, 1, 1))})
)
"""The currencies in use (CLDR, 2025): a misspelt code is matched against these first."""


def _plain(number: Decimal) -> str:
    """A decimal as a reader types it: 1250000, 0.5, -0.47 (no exponent)."""
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class Number(FieldType):
    """A decimal number, within ``minimum`` and ``maximum``, with at most ``decimals`` decimal places."""

    list_example = "[1.5, 2]"

    def __init__(
        self,
        minimum: Decimal | int | None = None,
        maximum: Decimal | int | None = None,
        decimals: int | None = None,
        what: str = "a number",
        example: str = "1250000",
    ):
        self.minimum = None if minimum is None else Decimal(minimum)
        self.maximum = None if maximum is None else Decimal(maximum)
        self.decimals = decimals
        self.what = what
        self.example = example
        bounds = ""
        if self.minimum is not None and self.maximum is not None:
            bounds = f" from {_plain(self.minimum)} to {_plain(self.maximum)}"
        elif self.minimum is not None:
            bounds = f" of at least {_plain(self.minimum)}"
        self.expected = f"{what}{bounds}, written like {example}"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        number = self._read(value, keypath, checker)
        if number is None:
            text = as_text(value, keypath, checker) if not isinstance(value, (dict, list)) else None
            return self.wrong(value, keypath, checker, self._hint(text))
        if self.minimum is not None and number < self.minimum or self.maximum is not None and number > self.maximum:
            return checker.problem(keypath, f"expected {self.expected}, found {_plain(number)}", self._range_hint(number))
        exponent = number.normalize().as_tuple().exponent
        if self.decimals is not None and isinstance(exponent, int) and -exponent > self.decimals:
            places = "no decimal places" if self.decimals == 0 else f"at most {self.decimals} decimal places"
            return checker.problem(keypath, f"expected {places}, found {_plain(number)}", f"round it to {self.decimals} places")
        return number

    @staticmethod
    def _read(value: Any, keypath: KeyPath, checker: Checker) -> Decimal | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        # The text as typed, so that 0.1 stays 0.1 (a float would be 0.1000000000000000055...).
        raw = checker.document.raw(keypath)
        for text in (raw, str(value)):
            if text is None:
                continue
            try:
                number = Decimal(text.replace("_", ""))
            except InvalidOperation:
                continue
            return number if number.is_finite() else None
        return None

    def _hint(self, text: str | None) -> str:
        if text and re.search(r"\d", text):
            if re.search(r"[^\d\s.,'_+-]", text):
                return f"write only the number, like {self.example}: the currency or unit has a field of its own"
            return f"write the digits without spaces or thousands separators, with a dot before decimals: {self.example}"
        return f"write a number, like {self.example}"

    def _range_hint(self, number: Decimal) -> str | None:
        if self.minimum is not None and number < self.minimum and self.minimum == 0:
            return "an amount cannot be negative" if self.what.startswith("an amount") else "write a positive number"
        return None

    def describe(self, checker: Checker) -> str:
        return self.expected

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.number(self)


class CurrencyCode(Choice):
    """An ISO 4217 currency code (EUR, CZK, BGN), from Babel's list."""

    editor_pattern = "^[A-Z]{3}$"
    list_example = "[EUR, CZK]"

    def __init__(self) -> None:
        super().__init__(CURRENCIES, "a three-letter ISO 4217 currency code such as EUR, CZK or BGN")
        self.expected = "a three-letter ISO 4217 currency code such as EUR, CZK or BGN"

    def check(self, value: Any, keypath: KeyPath, checker: Checker) -> Any:
        text = as_text(value, keypath, checker)
        if text is None:
            return self.wrong(value, keypath, checker)
        code = text.strip()
        if code in CURRENCIES:
            return code
        if code.upper() in CURRENCIES:
            return checker.problem(keypath, f"expected a currency code in capitals, found {code!r}", f"write {code.upper()!r}")
        hint = _SYMBOLS.get(code) or _did_you_mean(code.upper()) or "see https://en.wikipedia.org/wiki/ISO_4217"
        return checker.problem(keypath, f"{code!r} is not an ISO 4217 currency code", hint)

    def accept(self, visitor: FieldVisitor[R]) -> R:
        return visitor.currency(self)


def _did_you_mean(code: str) -> str | None:
    """A currency in use one letter away (EUX: EUR), else the closest code CLDR knows."""
    near = [known for known in CURRENT_CURRENCIES if len(known) == len(code) and sum(a != b for a, b in zip(known, code, strict=True)) == 1]
    return f"did you mean {near[0]!r}?" if near else did_you_mean(code, CURRENCIES)


_SYMBOLS = {"€": "write 'EUR'", "Kč": "write 'CZK'", "лв": "write 'BGN'", "лв.": "write 'BGN'", "$": "write 'USD' (or the code of the dollar meant)", "£": "write 'GBP'"}
"""Symbols editors type for a currency, and the code to write."""
