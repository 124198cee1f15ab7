"""Web archives (WARC files, such as a crawler or Common Crawl's news crawl writes): each HTML
page the archive holds is an article, read by the same page reader as a lone HTML file.

A WARC file is a run of records: the crawl's own description (warcinfo), each request sent,
each response received, and metadata about them. Only a response (or a stored resource) that
is an HTML page with a successful status can be an article; every other record comes out as a
Skipped that says what it was, so that nothing in an archive is passed over without a word.
The archive's own records (warcinfo, request, metadata) are marked as bookkeeping: they are
no pages by nature, so they are listed only on request and never make an ingest "skip".
A record cut short or garbled is named by its number in the file and its byte offset; the
records before it are kept, and, where warcio can find its feet again, the ones after it too.
"""
from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator, WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from saidwhen.reading import streams, webpage
from saidwhen.reading.fields import Unreadable, parse_date, stable_id
from saidwhen.records import Article, Skipped

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PAGE_RECORDS = frozenset({"response", "resource"})
# Records an archive holds besides its pages: the crawl's description, the requests sent and
# what the crawler noted about them. Every archive has them; none is an input that failed.
BOOKKEEPING_RECORDS = frozenset({"warcinfo", "request", "metadata"})
# What warcio and zlib raise on a record they cannot parse; after it the file's records cannot
# be found again, since a WARC file has no index of where each record starts.
_BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)
# What warcio raises, by its own fault, on a response or request record that lacks its
# WARC-Target-URI header: it reads the missing address as a string.
_NO_ADDRESS = (AttributeError, TypeError)
_DRAIN = 1024 * 1024
_SERVED_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def read_warc(name: str, stream: BinaryIO) -> Iterator[Article | Skipped]:
    """An Article for each HTML page in the archive, a Skipped for each other record.

    Origins are `NAME:record N`, counting records from 1 in file order."""
    records = WARCIterator(stream)
    number = 0
    try:
        for number, record in enumerate(records, start=1):
            yield _read_record(record, f"{name}:record {number}", records.offset)
    except _BROKEN as error:
        yield Skipped(f"{name}:record {number + 1}",
                      f"corrupt record at byte {records.offset}: {_first_line(error)}; "
                      "the rest of the file cannot be read")
        return
    except _NO_ADDRESS:
        yield Skipped(f"{name}:record {number + 1}",
                      f"corrupt record at byte {records.offset}: a record with HTTP headers "
                      "but no WARC-Target-URI; the rest of the file cannot be read")
        return
    unread = _unread_bytes(records)
    if unread:  # a compressed record cut short ends warcio's reading without a word
        yield Skipped(f"{name}:record {number + 1}",
                      f"truncated record at byte {records.offset}: the file ends {unread} "
                      "bytes later, inside the record")


def _read_record(record: ArcWarcRecord, origin: str, start: int) -> Article | Skipped:
    if record.rec_type in BOOKKEEPING_RECORDS:
        return Skipped(origin, f"a {record.rec_type} record, not a page", bookkeeping=True)
    try:
        return _page(record, origin, start)
    except Unreadable as error:
        return Skipped(origin, error.reason)


def _page(record: ArcWarcRecord, origin: str, start: int) -> Article:
    """The article on the page a record holds; Unreadable says why the record is not one."""
    if record.rec_type not in PAGE_RECORDS:
        raise Unreadable(f"a {record.rec_type} record, not a page")
    _check_status(record)
    content_type = _content_type(record)
    if content_type is not None and content_type not in HTML_TYPES:
        raise Unreadable(f"not an HTML page but {content_type}")
    payload = _payload(record, start)
    if content_type is None and not streams.looks_like_html(payload):
        raise Unreadable("not an HTML page: no content type, and it does not start as HTML")
    url = record.rec_headers.get_header("WARC-Target-URI")
    article = webpage.read_page(payload, origin, stem=_record_id(record, url), url=url,
                                charset=_charset(record))
    if article.date is None:  # the page does not say: the day it was archived is the best bound
        return replace(article, date=_archived_on(record))
    return article


def _check_status(record: ArcWarcRecord) -> None:
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        raise Unreadable(f"the crawler kept only part of the page (WARC-Truncated: {truncated})")
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status and not status.startswith("2"):
        raise Unreadable(f"HTTP status {status}, not a page")


def _content_type(record: ArcWarcRecord) -> str | None:
    """The page's media type: from its HTTP headers, or for a stored resource from the record."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") if headers else None) or ""
    return value.split(";")[0].strip().lower() or None


def _charset(record: ArcWarcRecord) -> str | None:
    """The charset the page was served with (`Content-Type: text/html; charset=...`)."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    found = _SERVED_CHARSET.search((headers.get_header("Content-Type") if headers else None) or "")
    return found.group(1) if found else None


def _payload(record: ArcWarcRecord, start: int) -> bytes:
    """The page as served, with any chunked or compressed transfer undone."""
    if record.rec_headers.get_header("Content-Length") is None:
        raise Unreadable("no Content-Length: where the record ends is unknown")
    try:
        payload = record.content_stream().read(streams.MAX_ARTICLE_BYTES + 1)
    except (zlib.error, OSError, ValueError) as error:
        raise Unreadable(f"cannot decode the page's content encoding: {error}") from None
    while record.raw_stream.read(_DRAIN):  # to the record's end, to see if the file reaches it
        pass
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise Unreadable(f"truncated record at byte {start}: the file ends {missing} bytes "
                         "before the record does")
    if len(payload) > streams.MAX_ARTICLE_BYTES:
        raise Unreadable(streams.too_large())
    return payload


def _record_id(record: ArcWarcRecord, url: str | None) -> str:
    """The record's own id (`<urn:uuid:...>` without its wrapping): the same on every run."""
    value = (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
    value = value.removeprefix("urn:uuid:")
    if value:
        return value
    return stable_id(f"{url} {record.rec_headers.get_header('WARC-Date')}")


def _archived_on(record: ArcWarcRecord) -> dt.date | None:
    try:
        return parse_date(record.rec_headers.get_header("WARC-Date"))
    except Unreadable:
        return None


def _unread_bytes(records: ArchiveIterator) -> int:
    """How many bytes after the last record read were not read as a record."""
    end = records.fh.tell()
    while chunk := records.fh.read(_DRAIN):
        end += len(chunk)
    return max(0, end - records.offset)


def _first_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = lines[0] if lines else type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."
