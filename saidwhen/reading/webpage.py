"""HTML pages: the article's paragraphs, title, date and address, with the standard library's parser."""
from __future__ import annotations

import codecs
import datetime as dt
import re
from html.parser import HTMLParser

from saidwhen.reading import text as plain
from saidwhen.reading.fields import Unreadable, parse_date, stable_id
from saidwhen.records import Article

_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote br div section article main body "
                    "tr dd dt figcaption pre hr table ul ol".split())
# Page furniture, not the article; a boundary between paragraphs too.
_DROPPED = frozenset("script style noscript template nav header footer aside svg form "
                     "button select iframe".split())
_DATE_KEYS = ("article:published_time", "datepublished", "time", "date")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)


def decode_page(data: bytes) -> str:
    """Text of a page: a BOM, then the charset the page declares, then UTF-8."""
    declared = _CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii") if declared else None
    if data.startswith(codecs.BOM_UTF8) or not _known(encoding):
        encoding = None
    return plain.decode(data, encoding)


def _known(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.lookup(encoding) is not None
    except LookupError:
        return False


def read_page(text: str, origin: str, stem: str | None) -> Article:
    """The article on a page: the longest <article> if any, else the whole <body>."""
    page = _PageParser()
    try:
        page.feed(text)
        page.close()
    except AssertionError as error:  # html.parser's way to give up on some malformed markup
        raise Unreadable(f"cannot parse the HTML page: {error}") from None
    body = "\n\n".join(max(page.articles, key=_length, default=None) or page.body)
    if not body:
        raise Unreadable("no article text in the HTML page")
    return Article(id=stem or stable_id(body), text=body, date=_date(page.meta),
                   title=page.meta.get("og:title") or _collapsed("".join(page.title)) or None,
                   url=page.meta.get("canonical") or page.meta.get("og:url") or None,
                   source=page.meta.get("og:site_name") or None, origin=origin)


def _length(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs)


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _date(meta: dict[str, str]) -> dt.date | None:
    """The first published date the page gives that can be read.

    A page's markup is not the user's input: an odd date in it is passed over, not a reason
    to lose the article."""
    for key in _DATE_KEYS:
        try:
            date = parse_date(meta.get(key))
        except Unreadable:
            continue
        if date is not None:
            return date
    return None


class _PageParser(HTMLParser):
    """Collects paragraphs (all, and those of each top-level <article>) and metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.body: list[str] = []
        self.articles: list[list[str]] = []
        self._words: list[str] = []
        self._dropped = 0
        self._in_article = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS or tag in _DROPPED:
            self._end_paragraph()
        if tag in _DROPPED:
            self._dropped += 1
        elif self._dropped:
            return
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._enter_article()
        elif tag in ("meta", "link", "time"):
            self._note(tag, {key: value or "" for key, value in attrs})

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS or tag in _DROPPED:
            self._end_paragraph()
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
        elif self._dropped:
            return
        elif tag == "title":
            self._in_title = False
        elif tag == "article":
            self._in_article = max(0, self._in_article - 1)

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        (self.title if self._in_title else self._words).append(data)

    def close(self) -> None:
        super().close()
        self._end_paragraph()

    def _enter_article(self) -> None:
        if not self._in_article:
            self.articles.append([])
        self._in_article += 1

    def _end_paragraph(self) -> None:
        paragraph = _collapsed("".join(self._words))
        self._words.clear()
        if paragraph:
            self.body.append(paragraph)
            if self._in_article:
                self.articles[-1].append(paragraph)

    def _note(self, tag: str, attrs: dict[str, str]) -> None:
        """Keeps the first value of each piece of metadata the page gives."""
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content", "").strip():
                self.meta.setdefault(key, attrs["content"].strip())
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            if attrs.get("href", "").strip():
                self.meta.setdefault("canonical", attrs["href"].strip())
        elif tag == "time" and attrs.get("datetime", "").strip():
            self.meta.setdefault("time", attrs["datetime"].strip())
