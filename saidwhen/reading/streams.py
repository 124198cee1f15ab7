"""Bytes in, lines or whole documents out, with the size cap and the format sniffing."""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import BinaryIO

# No line, page or record that holds an article is this large (a JSON line of an article of
# fields.MAX_ARTICLE_CHARS characters, escaped, is under 24 MB; a bloated news page, a few MB);
# past it, an input is a dump or a mistake, and reading it whole would cost memory for nothing.
MAX_ARTICLE_BYTES = 32 * 1024 * 1024
_DISCARD = 1024 * 1024  # the piece of an over-long line read at a time to pass over it

TOO_LONG = None  # yielded in place of a line longer than MAX_ARTICLE_BYTES

_BOM = b"\xef\xbb\xbf"
_BY_EXTENSION = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
                 ".html": "html", ".htm": "html", ".xhtml": "html"}
# Web archives are kept compressed record by record, so `.warc.gz` is a kind of its own.
_WARC_ENDINGS = (".warc", ".warc.gz")
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|!--|(?:html|head|body|article|meta|title|div|p)[\s>/])", re.I)


def too_large() -> str:
    return f"larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB, the most an article may be"


def kind_by_extension(path: str) -> str | None:
    """'jsonl', 'html' or 'warc' when the file name says so; None when the content must decide."""
    if path.lower().endswith(_WARC_ENDINGS):
        return "warc"
    return _BY_EXTENSION.get(os.path.splitext(path)[1].lower())


def lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a stream, each read whole up to the cap; TOO_LONG for a longer one, whose
    rest is passed over a piece at a time, unkept, when the next line is asked for (a reader
    that gives up on the stream need not wait for its end: `/dev/zero` has none)."""
    while line := stream.readline(MAX_ARTICLE_BYTES + 1):
        if len(line) <= MAX_ARTICLE_BYTES:
            yield line
            continue
        yield TOO_LONG
        while line and not line.endswith(b"\n"):
            line = stream.readline(_DISCARD)


def count_lines(stream: BinaryIO) -> int:
    """The non-blank lines of a stream, read a piece at a time: however long a line, counting
    holds one piece of it."""
    count, blank = 0, True
    while piece := stream.read(_DISCARD):
        *ended, last = piece.split(b"\n")
        for line in ended:
            count += not (blank and not line.strip())
            blank = True
        blank = blank and not last.strip()
    return count + (not blank)


def leading_lines(line_iter: Iterator[bytes | None]) -> list[bytes | None]:
    """The blank lines at the start and the first other line: enough to tell the format."""
    head = []
    for line in line_iter:
        head.append(line)
        if line is TOO_LONG or line.removeprefix(_BOM).strip():
            break
    return head


def sniff(first_line: bytes | None, strict_json: bool) -> str:
    """'jsonl', 'html' or 'text' from the first non-blank line.

    A file named `.txt` must really start with a JSON object to be JSON Lines (`strict_json`);
    on standard input a leading `{` is enough, so a broken first record is reported, not read
    as prose."""
    head = (first_line or b"").removeprefix(_BOM).strip()
    if head.startswith(b"{") and (not strict_json or _is_json_object(head)):
        return "jsonl"
    if _HTML_START.match(head):
        return "html"
    return "text"


def looks_like_html(data: bytes) -> bool:
    """Whether a document starts as HTML does, after any BOM and blank space."""
    return bool(_HTML_START.match(data[:4096].removeprefix(_BOM).lstrip()))


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def rest_of_document(stream: BinaryIO, head: list[bytes | None]) -> bytes | None:
    """The whole document, the lines already read included; None when over the cap."""
    if TOO_LONG in head:
        return None
    data = b"".join(head)
    data += stream.read(max(0, MAX_ARTICLE_BYTES + 1 - len(data)))
    return data if len(data) <= MAX_ARTICLE_BYTES else None
