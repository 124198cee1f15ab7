"""Reading articles: files, folders, glob patterns and standard input, as a stream of records.

Each input gives Articles, and a Skipped for whatever could not be read, so that a bad line
or file is named and the rest of the batch goes on. Nothing is read whole that need not be:
JSON Lines go a line at a time, folders a file at a time.
"""
from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain
from typing import BinaryIO

# The readers of web pages and archives (trafilatura, warcio) are imported when such a file
# comes: reading JSON Lines, as extraction workers and the store do, should start fast.
from saidwhen.reading import jsonl, sources, streams, text
from saidwhen.reading.fields import NOT_REGULAR, Unreadable, os_reason, shown_path
from saidwhen.records import Article, Skipped

__all__ = ["count_articles", "read_articles", "read_stream", "STDIN"]

STDIN = "<stdin>"  # the name standard input goes by in origins and messages


def read_articles(inputs: Iterable[str], stdin: BinaryIO | None = None,
                  passed_over: frozenset[str] = frozenset()) -> Iterator[Article | Skipped]:
    """Every article in `inputs` (paths, folders, glob patterns, `-` for `stdin`), in order.

    Yields an Article for each article read and a Skipped for each thing not read; bad input
    never raises. A file of `passed_over` (real paths: the database an ingest writes, beside
    the articles it reads) is left out of folders and patterns, as a folder's notes are."""
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(STDIN, stream, kind=None, stem=None, strict_json=False)
            continue
        for found in sources.expand(item, passed_over):
            if isinstance(found, Skipped):
                yield replace(found, origin=shown_path(found.origin))
            else:
                yield from _read_file(found)


# Past this much input, counting articles ahead would take a noticeable part of the run.
COUNT_LIMIT_BYTES = 2 * 1024 ** 3


def count_articles(inputs: Iterable[str],
                   passed_over: frozenset[str] = frozenset()) -> int | None:
    """About how many articles `inputs` hold, for a progress bar; None when it cannot be told
    cheaply (standard input, a compressed file, or more input than is worth reading twice)."""
    total, size = 0, 0
    for item in inputs:
        if item == "-":
            return None
        for found in sources.expand(item, passed_over):
            if isinstance(found, Skipped) or not os.path.isfile(found):
                continue  # a pipe or a device is not read at all: its data is read once
            try:
                size += os.path.getsize(found)
                articles = _articles_in(found)
            except (OSError, Unreadable):
                continue
            if size > COUNT_LIMIT_BYTES or articles is None:
                return None
            total += articles
    return total


def _articles_in(path: str) -> int | None:
    """The articles a file holds: a JSON Lines file one a non-blank line, another file one;
    None for a compressed file, which is not worth undoing twice."""
    kind = streams.kind_by_extension(path)
    if kind == "warc":
        return 1
    with open(path, "rb") as stream:
        if streams.compression(stream) is not None:
            return None
        return streams.count_lines(stream) if kind == "jsonl" else 1


def _read_file(path: str) -> Iterator[Article | Skipped]:
    try:
        stream = _open_regular(path)
    except Unreadable as error:
        yield Skipped(shown_path(path), error.reason)
        return
    except OSError as error:
        yield Skipped(shown_path(path), os_reason(error))
        return
    try:
        with stream:
            yield from read_stream(path, stream)
    except OSError as error:
        yield Skipped(shown_path(path), os_reason(error))


def _open_regular(path: str) -> BinaryIO:
    """The file at `path`, open for reading, if it is a regular file. A named pipe or a device
    is refused: a pipe's data would be read by whoever reads first and could make saidwhen
    wait for ever, a device (`/dev/zero`) never ends. Opened without waiting for a writer,
    then checked, so that a pipe put in a file's place after it was listed is refused too."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise Unreadable(NOT_REGULAR)
    return os.fdopen(fd, "rb")


def read_stream(path: str, stream: BinaryIO) -> Iterator[Article | Skipped]:
    """The articles in one file, given open: its kind from its name, else from its content.

    For readers that open files their own way (a cluster's file system); `path` names the
    file in origins and gives a lone page or text file its id."""
    name = shown_path(path)
    stem = os.path.splitext(os.path.basename(streams.without_compression(name)))[0]
    yield from _read_stream(name, stream, streams.kind_by_extension(name), stem)


def _read_stream(name: str, stream: BinaryIO, kind: str | None, stem: str | None,
                 strict_json: bool = True) -> Iterator[Article | Skipped]:
    """The articles in one stream: its kind is given by a file name, or sniffed from the start."""
    if kind is None and streams.starts_as_warc(stream):  # a web archive on standard input
        kind = "warc"
    if kind == "warc":  # compressed record by record, which warcio undoes
        from saidwhen.reading import warc

        yield from warc.read_warc(name, stream)
        return
    try:
        method = streams.compression(stream)
    except Unreadable as error:
        yield Skipped(name, error.reason)
        return
    if method is not None:
        yield from _read_compressed(name, stream, method, kind, stem, strict_json)
        return
    if kind == "jsonl" and streams.in_utf16(stream):
        stream = streams.Utf8FromUtf16(stream)
    lines = streams.lines(stream)
    head = streams.leading_lines(lines)
    if kind is None:
        kind = streams.sniff(head[-1] if head else b"", strict_json)
    if kind == "jsonl":
        if streams.blank(head):  # as an empty text file is: named, not passed over unsaid
            yield Skipped(name, "empty file")
            return
        yield from jsonl.read_jsonl(name, chain(head, lines))
        return
    data = streams.rest_of_document(stream, head)
    if data is None:
        yield Skipped(name, streams.too_large())
        return
    yield _read_document(name, data, kind, stem)


def _read_compressed(name: str, stream: BinaryIO, method: str, kind: str | None,
                     stem: str | None, strict_json: bool) -> Iterator[Article | Skipped]:
    try:
        with streams.decompressed(stream, method) as plain:
            yield from _read_stream(name, plain, kind, stem, strict_json)
    except streams.CORRUPT as error:
        yield Skipped(name, f"{method} data cut short or corrupt ({error}); the articles "
                            "before it were read")


def _read_document(name: str, data: bytes, kind: str, stem: str | None) -> Article | Skipped:
    """One article from a whole text file or HTML page."""
    try:
        if kind == "html":
            from saidwhen.reading import webpage

            return webpage.read_page(data, name, stem)
        return text.read_text(text.decode(data), name, stem)
    except Unreadable as error:
        origin = name if error.line is None else f"{name}:{error.line}"
        return Skipped(origin, error.reason)
