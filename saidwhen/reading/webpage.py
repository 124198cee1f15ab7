"""HTML pages: the article's main text, title, date and address, read with trafilatura.

A news page is mostly furniture: menus, teasers for other stories, share buttons, comments,
footers. Boilerplate that reaches the quote finder becomes false quotes, and a wrong date a
wrong said_on, so the main text is left to trafilatura and the publication date to htmldate
(through trafilatura), both measured on real pages rather than written here.
"""
from __future__ import annotations

import codecs
import datetime as dt
import logging
import re

import htmldate
import lxml.html
import trafilatura

from saidwhen.reading import text as plain
from saidwhen.reading.fields import Unreadable, check_length, parse_date, stable_id
from saidwhen.records import Article

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)
# libxml2 stops reading a page at this depth of nested elements ("Excessive depth in document:
# 256"), so whatever lies deeper is lost; with huge_tree it reads on, to a higher limit.
_TOO_DEEP = re.compile(r"Excessive depth in document: (\d+)")
# trafilatura logs what it could not do at WARNING level; a skip says so once, in our words.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def decode_page(data: bytes, charset: str | None = None) -> str:
    """Text of a page, as a browser reads it: a BOM, then the `charset` it was served with,
    then the one the page declares, then UTF-8. A page is not the user's input, and a few
    bytes of another encoding are no reason to lose its article: bytes the declared charset
    cannot read are replaced, and a page that declares none and is not UTF-8 is read as
    windows-1252, the web's default for such pages."""
    found = _CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii") if found else None
    encoding = next((e for e in (charset, declared) if _known(e)), None)
    if data.startswith(codecs.BOM_UTF8):
        encoding = None
    return plain.decode(data, encoding, fallback=encoding or "windows-1252")


def _known(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.lookup(encoding) is not None
    except LookupError:
        return False


def read_page(data: bytes, origin: str, stem: str | None = None, url: str | None = None,
              charset: str | None = None) -> Article:
    """The article on an HTML page given as bytes.

    `url` is where the page came from, when known (a web archive record): it helps to date
    the page and is its address unless the page names a canonical one; `charset` is the one
    it was served with. The article id is `stem` (a file's name) or else a stable hash of
    the text."""
    page = decode_page(data, charset)
    document = _extracted(page, url)
    body = _body(document)
    if not body and _depth_limit(page, huge=False):
        document = _extracted(_deep_tree(page), url)
        body = _body(document)
    if not body:
        limit = _depth_limit(page, huge=True)
        raise Unreadable(f"no article text read: the HTML page is nested more than {limit} "
                         f"elements deep, past what lxml reads" if limit else
                         "no article text in the HTML page")
    check_length(body)
    return Article(id=stem or stable_id(body), text=body, date=_date(document.date, page, url),
                   title=document.title or None, url=document.url or url or None,
                   source=document.sitename or None, origin=origin)


def _body(document) -> str:
    return (document.text or "").strip() if document else ""


def _depth_limit(page: str, huge: bool) -> int | None:
    """The depth at which lxml stopped reading `page` (with huge_tree or not), if it did."""
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=huge)
    try:
        lxml.html.document_fromstring(page.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None  # nothing parsed at all: not a matter of depth
    found = (_TOO_DEEP.search(error.message) for error in parser.error_log)
    return next((int(f.group(1)) for f in found if f), None)


def _deep_tree(page: str) -> lxml.html.HtmlElement:
    """`page` parsed past libxml2's usual depth, for a page whose text lies deeper."""
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    return lxml.html.document_fromstring(page.encode("utf-8"), parser=parser)


def _extracted(page: str | lxml.html.HtmlElement, url: str | None):
    """trafilatura's reading of a page: main text without comments, with its metadata."""
    try:
        return trafilatura.bare_extraction(page, url=url, with_metadata=True,
                                           include_comments=False)
    except (ValueError, TypeError, RecursionError) as error:
        # lxml and trafilatura give up on some broken markup this way
        raise Unreadable(f"cannot parse the HTML page: {error}") from None


def _date(value: str | None, page: str, url: str | None) -> dt.date | None:
    """The page's publication date; a date that cannot be read is passed over.

    A page's markup is not the user's input: an odd date in it is no reason to lose the
    article. htmldate's last resort is the copyright year, given as 1 January: a year is
    too vague to date quotes by, so a 1 January that the page's markup does not state is
    no date."""
    try:
        date = parse_date(value)
    except Unreadable:
        return None
    if date is not None and (date.month, date.day) == (1, 1) and not _stated(page, url, date):
        return None
    return date


def _stated(page: str, url: str | None, date: dt.date) -> bool:
    """Whether the page's markup or address, not a guess from its text, gives `date`."""
    found = htmldate.find_date(page, url=url, extensive_search=False, original_date=True)
    return found == date.isoformat()
