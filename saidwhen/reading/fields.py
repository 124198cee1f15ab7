"""What every format shares: the reason an input is unreadable, dates, stable ids."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re

# A date, or a date with a time after it (`2021-02-05T10:00:00Z`): the article date is the
# calendar day as written, so the time and its zone are not converted, only dropped.
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?\Z", re.S)


# The longest article extracted. Extraction holds the whole article's tokens, about 200 bytes a
# character (measured: README, "Memory"); a long newspaper article is 50,000 characters, so
# past this an "article" is a dump or a mistake, and would take gigabytes to extract.
MAX_ARTICLE_CHARS = 2_000_000


class Unreadable(Exception):
    """Why a record or a file cannot be read as an article; `line` is set when one line is to blame."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


def parse_date(value: object) -> dt.date | None:
    """The article date from `YYYY-MM-DD` or an ISO datetime; None when there is none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and _DATE_SHAPE.match(value.strip()):
        try:
            return _from_iso(value.strip())
        except ValueError:
            pass  # the right shape but no such day (2021-13-45): reported below
    raise Unreadable(f"invalid date {_shown(value)}: expected YYYY-MM-DD")


def _from_iso(text: str) -> dt.date:
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text).date()


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def stable_id(text: str) -> str:
    """An id for an article that has none: the same text gets the same id on every run."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def check_length(text: str) -> None:
    """An article longer than MAX_ARTICLE_CHARS is refused before any work is spent on it."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise Unreadable(f"{len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an "
                         "article may have; split it into its articles")


def check_encodable(field: str, value: str) -> None:
    """JSON escapes can carry lone surrogates, which no output could write later on."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Unreadable(f"'{field}' has an unpaired surrogate at character {error.start}") from None


def shown_path(path: str) -> str:
    """`path` as text to name it by: the bytes of a file name that are not UTF-8 (an old
    archive's Latin-1 names, which Python holds as lone surrogates) written as `\\xe9`, so
    that the ids, origins and messages made from it can be stored and printed; distinct names
    stay distinct. The file itself is opened by `path`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


NOT_REGULAR = ("not a regular file but a named pipe or a device: give its content on standard "
               "input (`-`) to read it")


def os_reason(error: OSError) -> str:
    """The operating system's words for why a path could not be read."""
    return (error.strerror or str(error)).lower()
