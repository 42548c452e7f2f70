"""Non-breaking spaces where a language's typography forbids a line break.

Czech typography keeps a one-letter preposition or conjunction (k, s, v, z, o,
u, a, i, in either case) on the line of the word after it, and a number on the
line of its unit or noun ("5 let", "10 %", "1. ledna"); Bulgarian keeps a year
with its "г." and a number with its unit ("2021 г.", "5 км"). :func:`tie_words`
puts U+00A0 in those spaces, in the text of a page only: never in a tag (so
never in an attribute or a URL), a comment, or the content of ``<pre>``,
``<code>``, ``<kbd>``, ``<samp>``, ``<script>``, ``<style>``, ``<textarea>`` or
``<svg>``. Each piece of text gets the rules of its own language: the
nearest ``lang`` attribute around it (an English original shown on a Czech
page is left as English).

The adapter applies it once, to the whole HTML of every page as it is written
(page bodies and every rendered field alike): one place, so no text is tied
twice and none is missed. Texts that a script writes into the page come from
``data-*`` attributes, which it leaves alone: templates tie those with
:func:`tie_text` (``showcase.tie``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

NBSP = "\u00a0"

_LETTER = r"[^\W\d_]"

_SPACE = r"[ \t\r\n]+"
"""Where a line may break: the spaces and line ends of the text (a Markdown paragraph keeps its line ends)."""

# A one-letter word (not the end of a word, an abbreviation like "s. r. o.", or part of "a-b"),
# followed by a space: at the end of a piece of text too ("v <a>Praze</a>").
_CS_ONE_LETTER = re.compile(rf"(?<![\w'’.\-])([KSVZOUAIksvzouai]){_SPACE}(?=\S|$)")
# A number (with its ordinal dot) and the word, unit or sign after it:
# "5 let", "10 %", "1. ledna", "100 000 Kč" (the groups of digits too). A
# placeholder a script fills in with a number ("{n} projektů") counts as one.
_CS_NUMBER = re.compile(rf"(?<=[\d}}])(\.?){_SPACE}(?=\d{{3}}(?!\d)|{_LETTER}|[%‰°€$£])")

_BG_UNITS = (
    "г.", "гг.", "в.", "лв", "ст.", "км", "м", "см", "мм", "кг", "гр", "т", "л", "мл", "ха", "дка", "ч", "мин", "сек",
    "души", "%", "‰", "°", "€", "$", "£", "EUR", "BGN", "USD", "CZK",
)
_BG_NUMBER = re.compile(
    r"(?<=[\d}])" + _SPACE + r"(?=\d{3}(?!\d)|(?:" + "|".join(re.escape(unit) for unit in _BG_UNITS) + r")(?![^\W\d_]))"
)


def _czech(text: str) -> str:
    return _CS_NUMBER.sub(lambda m: m.group(1) + NBSP, _CS_ONE_LETTER.sub(r"\1" + NBSP, text))


def _bulgarian(text: str) -> str:
    return _BG_NUMBER.sub(NBSP, text)


RULES: dict[str, Callable[[str], str]] = {"cs": _czech, "bg": _bulgarian}
"""Each language's ties, by the primary subtag of its ``lang``; a language not here is left as it is."""

# Raw-text elements and those whose text is code: skipped whole, tags and all.
_SKIPPED = ("pre", "code", "kbd", "samp", "script", "style", "textarea", "svg", "math")
_TOKENS = re.compile(
    r"<!--.*?-->"
    r"|<(" + "|".join(_SKIPPED) + r")\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</\1\s*>"
    r"|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.DOTALL | re.IGNORECASE,
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_LANG = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"))


@dataclass
class _Open:
    """An open element that set a ``lang``, and how many elements of its name opened inside it since."""

    tag: str
    language: str
    nested: int = 0


class _Languages:
    """The language of the text at each point: a stack of the open elements that have a ``lang``."""

    def __init__(self, language: str):
        self.stack = [_Open("", language)]
        """The page's language, then each open element that set another."""

    @property
    def current(self) -> str:
        return self.stack[-1].language.split("-", 1)[0].lower()

    def tag(self, tag: str) -> None:
        if len(self.stack) == 1 and "lang" not in tag:
            return  # nothing open that set a language, and this tag sets none: most tags of a page
        match = _TAG.match(tag)
        if match is None:
            return
        closing, name = match.group(1) == "/", match.group(2).lower()
        top = self.stack[-1]
        if closing:
            if top.tag == name:
                if top.nested:
                    top.nested -= 1
                elif len(self.stack) > 1:
                    self.stack.pop()
            return
        if name in _VOID or tag.endswith("/>"):
            return
        lang = _LANG.search(tag)
        language = next(group for group in lang.groups() if group is not None) if lang is not None else None
        # An element in the language already current changes nothing (<html lang> of the page's own).
        if language is not None and language.split("-", 1)[0].lower() != self.current:
            self.stack.append(_Open(name, language))
        elif top.tag == name:
            top.nested += 1


def tie_words(html: str, language: str) -> str:
    """``html`` with non-breaking spaces where the typography of each text's language wants them.

    ``language`` is the page's (``<html lang>`` is read too, when the HTML holds it).
    """
    if language not in RULES and not any(f'lang="{code}' in html for code in RULES):
        return html
    languages = _Languages(language)
    parts: list[str] = []
    position = 0
    for token in _TOKENS.finditer(html):
        if token.start() > position:
            parts.append(_tie(html[position : token.start()], languages.current))
        text = token.group(0)
        parts.append(text)
        if token.group(1) is None and not text.startswith("<!--"):
            languages.tag(text)
        position = token.end()
    parts.append(_tie(html[position:], languages.current))
    return "".join(parts)


def tie_text(text: str, language: str) -> str:
    """Plain text in ``language`` with its no-break spaces: for texts a script writes into the page
    (templates of the project list's intro line in ``data-*`` attributes), which :func:`tie_words` does not see."""
    rule = RULES.get(language.split("-", 1)[0].lower())
    return rule(text) if rule is not None else text


_CANDIDATE = re.compile(r"[\w}][ \t\r\n]")
"""Where a tie may go at all (a letter, digit or placeholder, then a space): most pieces of a page's text have none."""


def _tie(text: str, language: str) -> str:
    rule = RULES.get(language)
    return rule(text) if rule is not None and _CANDIDATE.search(text) else text
