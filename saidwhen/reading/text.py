"""Plain text files: the whole file is one article, after an optional `date YYYY-MM-DD` header."""
from __future__ import annotations

import codecs
import datetime as dt
import re

from saidwhen.reading.fields import Unreadable, check_length, parse_date, stable_id
from saidwhen.records import Article

# `date` then a token that starts like a date (digits then - / or .). Prose that merely starts
# with the word ("Date night was...", "Date 1999") is not a header and stays text. A header
# written otherwise ("Date: 7 March 2024", "date 7 March 2024") is still a header, so that its
# date is refused with the line named rather than read as the article's first words.
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_HEADER = re.compile(r"\s*date(?:\s*:\s*|\s+)(\d+[-/.]\S*)\s*"
                     r"|\s*date\s*:[ \t]*([^\r\n]*?)[ \t]*(?:\r?\n\s*|\Z)"
                     rf"|\s*date\s+(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
                     rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\s*", re.I)
_CONTROL = frozenset(chr(c) for c in (*range(0, 9), 11, *range(14, 32), 127))
_SAMPLE = 65536


def decode(data: bytes, encoding: str | None = None, fallback: str | None = None) -> str:
    """Text from bytes: UTF-16 with a BOM, else `encoding` or UTF-8; binary junk is refused.
    Bytes that are not of that encoding are refused too, unless a `fallback` is given: the
    text is then read in it, any byte it cannot read replaced."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # before the NUL test: UTF-16 text is full of NUL bytes
    elif b"\0" in data:
        raise Unreadable("binary or undecodable file: it holds NUL bytes")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        if fallback is None:
            byte = data[error.start:error.start + 1].hex()
            raise Unreadable(f"binary or undecodable file: not {error.encoding.upper()} "
                             f"(byte 0x{byte} at offset {error.start})") from None
        text = data.decode(fallback, errors="replace")
    _refuse_binary(text)
    return text.removeprefix("\ufeff")


def _refuse_binary(text: str) -> None:
    sample = text[:_SAMPLE]
    controls = sum(1 for char in sample if char in _CONTROL)
    if controls > len(sample) // 10:
        raise Unreadable("binary or undecodable file: mostly control characters")


def read_text(text: str, origin: str, stem: str | None) -> Article:
    """The article in a text file; its id is the file's stem (or a stable hash for stdin)."""
    if not text.strip():
        raise Unreadable("empty file")
    date, body = split_header(text)
    if not body.strip():
        raise Unreadable("no text after the date header")
    check_length(body)
    return Article(id=stem or stable_id(body), text=body, date=date, origin=origin)


def split_header(text: str) -> tuple[dt.date | None, str]:
    """(date, body): the header's date and the text after it and its whitespace, or (None, text)."""
    header = _HEADER.match(text)
    if header is None:
        return None, text
    group = next(i for i in (1, 2, 3) if header.group(i) is not None)
    try:
        date = parse_date(header.group(group)) if header.group(group) else None
    except Unreadable as error:
        line = text.count("\n", 0, header.start(group)) + 1
        raise Unreadable(error.reason, line=line) from None
    return date, text[header.end():]
