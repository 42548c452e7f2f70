"""A project id from its title, as typed in any of the site's languages.

The id is the project's folder and address, so it is ASCII: Latin letters lose
their accents (``Zelené školy`` → ``zelene-skoly``), and Cyrillic is
transliterated by the Bulgarian streamlined system, the official one since
2009 (``Зелени училища`` → ``zeleni-uchilishta``, ``България`` → ``balgaria``).
"""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 60
"""Characters of an id made from a title: long enough to read, short enough for an address."""

_BULGARIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
    "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
    # Letters of other Cyrillic alphabets a title may quote, in their usual romanisation.
    "ё": "yo", "ы": "y", "э": "e", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ђ": "dj",
    "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}


def _bulgarian(word: str) -> str:
    # The streamlined system writes "ия" at the end of a word as "ia" (България → Balgaria).
    lower = word.lower()
    ending = "ia" if lower.endswith("ия") else ""
    if ending:
        lower = lower[:-2]
    return "".join(_BULGARIAN.get(letter, letter) for letter in lower) + ending


def transliterate(text: str) -> str:
    """``text`` in lowercase ASCII letters as far as they go (other characters are left as they are)."""
    words = re.split(r"(\W+)", text)
    latin = "".join(_bulgarian(word) if re.search("[\u0400-\u04ff]", word) else word for word in words)
    decomposed = unicodedata.normalize("NFKD", latin)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slug_from_title(title: str) -> str:
    """The project id a title suggests: lowercase ASCII letters and digits joined by single hyphens ("" if none)."""
    words = re.findall(r"[a-z0-9]+", transliterate(title).replace("ß", "ss").replace("ł", "l").replace("đ", "d"))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG_LENGTH:
            break
        slug = candidate
    return slug or "-".join(words)[:MAX_SLUG_LENGTH].strip("-")
