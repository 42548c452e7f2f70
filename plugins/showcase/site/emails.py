"""E-mail addresses readers can use and harvesters cannot read, in any HTML.

An address never reaches a page as text: :func:`protected_email` writes it
XOR-encoded for ``showcase.js``, which turns it into a ``mailto:`` link, and
as ``name (at) domain`` for readers without scripts. :func:`protect_emails`
does that to every address in a piece of HTML, which it parses (the standard
library's tokenizer) so that it sees text, attributes and comments as a
browser would, character references and percent-encoding decoded.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from urllib.parse import quote, unquote

from markupsafe import Markup, escape

from ..content.email_addresses import EMAIL_ADDRESSES, replace_addresses

_EMAIL_KEY = 0x5A

# Attributes holding a URL: an address in one may be percent-encoded.
_URL_ATTRIBUTES = frozenset({"href", "src", "cite", "action", "formaction", "poster", "data", "srcset", "background"})
_URL_SAFE = ":/?#[]!$&'()*+,;=~"
_LEADING_IGNORED = "".join(chr(code) for code in range(0x21))  # browsers strip these before a URL's scheme


def encode_email(address: str) -> str:
    """The address XOR-ed and hex-encoded: not recognisable as an address."""
    return "".join(f"{byte ^ _EMAIL_KEY:02x}" for byte in address.encode("utf-8"))


def decode_email(encoded: str) -> str:
    """Inverse of :func:`encode_email` (the script in the page does the same)."""
    return bytes(int(encoded[i : i + 2], 16) ^ _EMAIL_KEY for i in range(0, len(encoded), 2)).decode("utf-8")


def protected_email(address: str, at_word: str) -> Markup:
    """An e-mail address that readers can use and harvesters cannot read.

    Without JavaScript the reader sees ``name (at) domain``, spelled in their
    language; with it, ``showcase.js`` replaces the element by a ``mailto:``
    link showing the address.
    """
    user, _, domain = address.partition("@")
    return Markup(
        '<span class="sc-email" data-sc-email="{code}">{user}<span class="sc-email__at"> ({at}) </span>{domain}</span>'
    ).format(code=encode_email(address), user=user, at=at_word, domain=domain.replace(".", "\u200b."))


def protect_emails(page_html: str, at_word: str, as_text: bool = False) -> str:
    """The HTML with no e-mail address left readable, wherever it was.

    An address in text (also written with character references) becomes
    :func:`protected_email`; a ``mailto:`` link (in any case, however quoted)
    is replaced by its addresses, protected; in an attribute (an image's
    ``alt``, a link's ``title``, a URL's query, percent-encoded or not) the
    address is spelled out as ``name (at) domain``; a comment holding one is
    dropped. ``as_text``: spelled out in text too, for HTML that ends up inside
    a link (a table of contents entry). HTML without an address comes back as
    it was, byte for byte.
    """
    if "@" not in page_html and "&" not in page_html and "%40" not in page_html:
        return page_html  # no address, however encoded, can be in it
    protector = _AddressProtector(page_html, at_word, as_text)
    protector.feed(page_html)
    protector.close()
    return "".join(protector.out)


def _mailto_addresses(href: str) -> list[str] | None:
    """The addresses of a ``mailto:`` URL (scheme in any case); None if it is no ``mailto:``."""
    url = href.lstrip(_LEADING_IGNORED).replace("\t", "").replace("\n", "").replace("\r", "")
    if url[:7].lower() != "mailto:":
        return None
    return EMAIL_ADDRESSES.findall(unquote(url[7:]))


class _AddressProtector(HTMLParser):
    """Copies HTML token by token; only tokens holding an address are written anew."""

    def __init__(self, source: str, at_word: str, as_text: bool):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        position = -1
        while (position := source.find("\n", position + 1)) != -1:
            self.line_starts.append(position + 1)
        self.at_word = at_word
        self.as_text = as_text
        self.out: list[str] = []
        self.text: list[str] = []  # raw text (with its character references) not yet written
        self.inside_replaced_link = False

    # -- text ------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        self.text.append(self.reference(f"&{name}"))

    def handle_charref(self, name: str) -> None:
        self.text.append(self.reference(f"&#{name}"))

    def reference(self, start: str) -> str:
        """A character reference as written: the parser does not say whether a ``;`` ended it ("AT&T.")."""
        line, column = self.getpos()
        end = self.line_starts[line - 1] + column + len(start)
        return start + ";" if self.source.startswith(";", end) else start

    def flush(self) -> None:
        if not self.text:
            return
        raw = "".join(self.text)
        self.text = []
        if self.inside_replaced_link:
            return
        if self.cdata_elem is not None:  # script or style: not text a reader sees
            self.out.append(replace_addresses(raw, at_word=self.at_word))
            return
        decoded = html.unescape(raw)
        matches = list(EMAIL_ADDRESSES.finditer(decoded))
        if not matches:
            self.out.append(raw)
            return
        position = 0
        for match in matches:
            self.out.append(str(escape(decoded[position : match.start()])))
            self.out.append(self.protected(match.group(0)))
            position = match.end()
        self.out.append(str(escape(decoded[position:])))

    def protected(self, address: str) -> str:
        if self.as_text:
            return str(escape(replace_addresses(address, at_word=self.at_word)))
        return str(protected_email(address, self.at_word))

    # -- tags --------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.start(tag, attrs, self.get_starttag_text() or "", closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.start(tag, attrs, self.get_starttag_text() or "", closed=True)

    def start(self, tag: str, attrs: list[tuple[str, str | None]], raw: str, closed: bool) -> None:
        self.flush()
        if self.inside_replaced_link:
            return
        href = dict(attrs).get("href") if tag == "a" else None
        addresses = _mailto_addresses(href) if href is not None else None
        if addresses:
            # The link and what it shows become the protected addresses themselves.
            self.out.append(", ".join(self.protected(address) for address in addresses))
            self.inside_replaced_link = not closed
            return
        if addresses is not None:
            attrs = [(name, value) for name, value in attrs if name != "href"]  # a mailto: without an address
        protected = [(name, self.attribute(name, value)) for name, value in attrs]
        if protected == attrs and addresses is None:
            self.out.append(raw)
            return
        written = "".join(f" {name}" if value is None else f' {name}="{escape(value)}"' for name, value in protected)
        self.out.append(f"<{tag}{written}{' /' if closed else ''}>")

    def attribute(self, name: str, value: str | None) -> str | None:
        if value is None:
            return None
        spelled = replace_addresses(value, at_word=self.at_word)
        if name in _URL_ATTRIBUTES:
            decoded = unquote(value)
            if EMAIL_ADDRESSES.search(decoded):
                return quote(replace_addresses(decoded, at_word=self.at_word), safe=_URL_SAFE)
        return spelled

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if self.inside_replaced_link:
            self.inside_replaced_link = tag != "a"
            return
        self.out.append(f"</{tag}>")

    # -- the rest ----------------------------------------------------------------
    def handle_comment(self, data: str) -> None:
        self.flush()
        if not self.inside_replaced_link and not EMAIL_ADDRESSES.search(html.unescape(data)):
            self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.flush()
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.flush()
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.flush()
        self.out.append(f"<![{data}]>")

    def close(self) -> None:
        super().close()
        self.flush()
