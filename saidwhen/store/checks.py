"""What a question to the store may ask: real calendar dates, and search words whose cost
has a bound.

Both interfaces (the command line's --since and the web's since=) reach these through
the store, so one rule decides everywhere.
"""
from __future__ import annotations

import datetime
import re

from saidwhen.errors import QueryError

# [0-9], not \d: \d takes the digits of every script, which no date in the store is written in
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
# A prefix term (`t*`) makes FTS5 merge the lists of every word it begins; a NEAR group
# compares the places of each of its phrases with each other one. A query of 160 `t*` in one
# NEAR group took 8 s on the BBC corpus; these caps keep the worst at a few tens of ms.
MAX_PREFIX_TERMS = 8
MAX_NEAR_GROUPS = 4
MAX_NEAR_PHRASES = 12
# Searches of more words than this take turns with the costly ones: each word is a list of
# matches to read, and a common word's is most of the corpus.
FEW_WORDS = 8
_WORD = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT"})
_STRING = re.compile(r'"(?:[^"]|"")*"?')  # FTS5 strings: "" is a quote mark inside one
_NEAR = re.compile(r"\bNEAR\s*\(")
_PHRASE = re.compile(r"[^\s+]+(?:\s*\+\s*[^\s+]+)*")  # words joined by + are one phrase


def check_order(since: str | None, until: str | None) -> None:
    """A QueryError when `since` (checked) comes after the end of `until`: the dates swapped,
    most likely, and an answer of nothing would say that nothing was said."""
    if since and until and since.strip() > until.strip() + "-99":  # "-99": any day of it
        raise QueryError(f"since ({since.strip()}) is after until ({until.strip()}): no day "
                         "is in between")


def checked_date(name: str, value: str) -> str:
    """`value` (YYYY, YYYY-MM or YYYY-MM-DD, a day that exists), stripped; else a QueryError
    naming the parameter `name` and what is wrong."""
    value = value.strip()
    found = _DATE.match(value)
    if not found:
        raise QueryError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD with the "
                         f"digits 0-9, not {value[:40]!r}")
    year, month, day = (int(part) if part else 1 for part in found.groups())
    try:
        datetime.date(year, month, day)
    except ValueError as error:
        raise QueryError(f"{name} is not a date in the calendar: {value!r} ({error})") from None
    return value


def check_cost(query: str) -> None:
    """Raise a QueryError saying which cap `query` (FTS5 syntax) passes, if it passes one."""
    bare = _STRING.sub(" ", query)  # a * or NEAR inside a string is only a character
    prefixes = bare.count("*")
    if prefixes > MAX_PREFIX_TERMS:
        raise QueryError(f"the search has {prefixes} prefix terms (word*); at most "
                         f"{MAX_PREFIX_TERMS} are allowed, since each one searches every word "
                         "it begins")
    groups = _near_groups(query)
    if len(groups) > MAX_NEAR_GROUPS:
        raise QueryError(f"the search has {len(groups)} NEAR groups; at most "
                         f"{MAX_NEAR_GROUPS} are allowed")
    widest = max(groups, default=0)
    if widest > MAX_NEAR_PHRASES:
        raise QueryError(f"a NEAR group of the search has {widest} phrases; at most "
                         f"{MAX_NEAR_PHRASES} are allowed")


def costly(query: str) -> bool:
    """Whether FTS5 does more for `query` than read the lists of a few words: a prefix term,
    a NEAR group, or more than FEW_WORDS words."""
    bare = _STRING.sub(" ", query or "")
    if "*" in bare or _NEAR.search(bare):
        return True
    return sum(word not in _OPERATORS for word in _WORD.findall(query or "")) > FEW_WORDS


def _near_groups(query: str) -> list[int]:
    """The number of phrases in each NEAR group of `query`."""
    bare = _STRING.sub(" x ", query)  # a string is one phrase
    groups = []
    for group in _NEAR.finditer(bare):
        phrases = bare[group.end():].split(")", 1)[0].split(",", 1)[0]  # after a comma: distance
        groups.append(len(_PHRASE.findall(phrases)))
    return groups
