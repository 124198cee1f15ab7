"""Bytes in, lines or whole documents out, with the size cap and the format sniffing."""
from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
import os
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from saidwhen.reading.fields import Unreadable

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
    """'jsonl', 'html' or 'warc' when the file name says so (`.jsonl.gz` is JSON Lines, once
    decompressed); None when the content must decide."""
    if path.lower().endswith(_WARC_ENDINGS):
        return "warc"
    return _BY_EXTENSION.get(os.path.splitext(without_compression(path))[1].lower())


def without_compression(path: str) -> str:
    """The name without the suffix of a compression saidwhen undoes: `a.jsonl.gz` is `a.jsonl`."""
    stem, suffix = os.path.splitext(path)
    return stem if suffix.lower() in _DECOMPRESSORS_BY_SUFFIX else path


# Compressed data is told by its first bytes, not by its name: a gzip file named `.jsonl` is
# read decompressed, not as 266 lines of binary.
_MAGIC = [(b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz")]
_DECOMPRESSORS_BY_SUFFIX = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
_NOT_READ = [(b"PK\x03\x04", "a zip archive: unpack it and name its files"),
             (b"(\xb5/\xfd", "compressed with zstd: decompress it (saidwhen undoes gzip, "
                             "bzip2 and xz)"),
             (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it and name its files")]
# What a decompressor raises on data cut short or garbled.
CORRUPT = (OSError, EOFError, zlib.error, lzma.LZMAError)


def compression(stream: BinaryIO) -> str | None:
    """'gzip', 'bzip2' or 'xz' when the stream's first bytes say it is so compressed.

    Raises Unreadable for an archive or a compression saidwhen does not read."""
    head = _peek(stream, 10)
    for magic, reason in _NOT_READ:
        if head.startswith(magic):
            raise Unreadable(reason)
    if head.startswith(b"BZh") and not head[3:10].startswith(b"1AY&SY", 1):
        return None  # text that happens to start with "BZh"
    return next((method for magic, method in _MAGIC if head.startswith(magic)), None)


def decompressed(stream: BinaryIO, method: str) -> BinaryIO:
    if method == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if method == "bzip2":
        return bz2.BZ2File(stream, mode="rb")
    return lzma.LZMAFile(stream, mode="rb")


def _peek(stream: BinaryIO, size: int) -> bytes:
    """The first bytes of a stream, left there to be read."""
    if hasattr(stream, "peek"):
        return stream.peek(size)[:size]
    if stream.seekable():
        start = stream.tell()
        head = stream.read(size)
        stream.seek(start)
        return head
    return b""


def in_utf16(stream: BinaryIO) -> bool:
    """Whether a stream starts with a UTF-16 byte order mark, as Windows editors and
    PowerShell's `>` save text."""
    return _peek(stream, 2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class Utf8FromUtf16:
    """A UTF-16 stream read a line at a time as UTF-8 bytes, for the line readers: JSON Lines
    saved as UTF-16 are read as the same lines in UTF-8 would be, not refused line by line.
    A code unit UTF-16 cannot read is replaced, as a web page's stray byte is."""

    def __init__(self, stream: BinaryIO) -> None:
        self._text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8")


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


def blank(head: list[bytes | None]) -> bool:
    """Whether the leading lines of a stream found nothing but blank lines: it holds nothing."""
    return not head or (head[-1] is not TOO_LONG and not head[-1].removeprefix(_BOM).strip())


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


def starts_as_warc(stream: BinaryIO) -> bool:
    """Whether a stream starts as a web archive does (its first record's version line), once
    any compression is undone: without a name that says so, it is read as one, not as text."""
    return _peek(stream, 5) == b"WARC/"


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
