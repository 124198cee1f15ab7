"""JSON Lines: one article a line; a bad line is skipped and named, the lines after it still read."""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator

from saidwhen.reading import streams
from saidwhen.reading.fields import (Unreadable, check_encodable, check_length, parse_date,
                                     stable_id)
from saidwhen.records import Article, Skipped

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "a boolean", type(None): "null"}


def read_jsonl(name: str, lines: Iterable[bytes | None]) -> Iterator[Article | Skipped]:
    """An Article or a Skipped for each non-blank line; origins are `NAME:LINE`."""
    for number, line in enumerate(lines, start=1):
        result = read_line(line, f"{name}:{number}")
        if result is not None:
            yield result


def read_line(line: bytes | None, origin: str) -> Article | Skipped | None:
    """The Article on one line, a Skipped saying why there is none, or None for a blank line.

    For readers that split files into lines their own way (a cluster's file splits)."""
    try:
        record = _parse(line)
        return None if record is _BLANK else article_from_record(record, origin)
    except Unreadable as error:
        return Skipped(origin, error.reason)


_BLANK = object()  # what a blank line holds: not JSON's null, which is a value to refuse


def _parse(line: bytes | None) -> object:
    """The JSON value on a line; _BLANK for a blank line, which is ignored silently."""
    if line is streams.TOO_LONG:
        raise Unreadable(f"line {streams.too_large()}")
    try:
        # -sig: a BOM on the first line is tolerated; without the line break, an error at
        # the end of the line is placed there, not at column 1 of the next line
        text = line.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise Unreadable(f"not UTF-8: byte 0x{line[error.start]:02x} at column {error.start + 1}")
    if not text.strip():
        return _BLANK
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except Unreadable:
        raise
    except json.JSONDecodeError as error:
        # json's own message may end in "at" ("Invalid control character at")
        reason = f"not JSON: {error.msg.removesuffix(' at')} at column {error.pos + 1}"
        if "\r" in text:  # no JSON value holds a bare CR: these are lines ended by one
            reason += ("; the file's lines end in a carriage return alone (CR, as old Mac "
                       "files do), where JSON Lines end in a line feed (LF or CRLF)")
        raise Unreadable(reason) from None
    except (ValueError, RecursionError) as error:  # too many digits, nested too deeply
        raise Unreadable(f"not JSON: {error}") from None


def _refuse_constant(name: str) -> None:
    """Python's json reads NaN and Infinity, which JSON has not: no id or date is made of them."""
    raise Unreadable(f"not JSON: {name} is not a JSON value (JSON has no NaN or Infinity)")


def article_from_record(record: object, origin: str) -> Article:
    """The Article a JSON record describes; only `text` is required."""
    if not isinstance(record, dict):
        raise Unreadable(f"expected a JSON object, got {_type_of(record)}")
    text = _text(record)
    return Article(id=_id(record, text), text=text, date=parse_date(record.get("date")),
                   title=_optional(record, "title"), url=_optional(record, "url"),
                   source=_optional(record, "source"), origin=origin)


def _text(record: dict) -> str:
    text = record.get("text")
    if text is None:
        raise Unreadable("no 'text' field")
    if not isinstance(text, str):
        raise Unreadable(f"'text' must be a string, got {_type_of(text)}")
    if not text.strip():
        raise Unreadable("empty 'text'")
    check_length(text)
    check_encodable("text", text)
    return text


def _id(record: dict, text: str) -> str:
    value = record.get("id")
    if value is None or value == "":
        return stable_id(text)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Unreadable(f"'id' must be a string or a number, got {_type_of(value)}")
    if isinstance(value, float) and not math.isfinite(value):  # 1e999 reads as infinity
        raise Unreadable("'id' is a number too large to be kept exactly; write it as a string")
    if isinstance(value, str):
        check_encodable("id", value)
    return str(value)


def _optional(record: dict, field: str) -> str | None:
    value = record.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise Unreadable(f"'{field}' must be a string, got {_type_of(value)}")
    check_encodable(field, value)
    return value


def _type_of(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)
