"""What a person types for a speaker, a channel or a source, found among the corpus's own.

One rule for a name everywhere (`timeline`, `--speaker`, the web's `speaker=` and
/people/NAME): the person of that name or of any variant of it; a surname alone is the one
person of that surname, and when several have it, the question is ambiguous and the answer
names them. Nobody: an error naming people with a like name. Channels and sources match
whatever their case and without a leading "The" ("intercept" is "The Intercept").
"""
from __future__ import annotations

import re
import sqlite3

from saidwhen.errors import AmbiguousName, NoSuchPerson, QueryError
from saidwhen.identity import person_keys
from saidwhen.identity.people import is_person_name

LIKELY_AT_MOST = 5
LISTED_AT_MOST = 30


def person_id(conn: sqlite3.Connection, name: str) -> int:
    """The one person `name` refers to; NoSuchPerson or AmbiguousName, naming the likely ones.

    The person of that name, as stored; but one word ("Blunkett", "Mr Howard") is a surname
    when people whose name ends in it are quoted more than anyone called just that: then it
    is the one person of that surname, and ambiguous when several have it. Else the person
    the name's keys lead to (saidwhen.identity.person_keys: any variant of the name)."""
    name = " ".join(name.split())
    keys = person_keys(name)
    found = _named(conn, name)
    if keys and (" " not in name or " " not in keys[0]):  # one word, maybe after a title
        surnamed = _by_surname(conn, name.split()[-1])
        if surnamed and _quotes_of(conn, surnamed) > _quotes_of(conn, found):
            found = surnamed
    found = found or _by_keys(conn, keys)
    if len(found) == 1:
        return found[0]
    if found:
        people = _most_quoted(conn, found)
        raise AmbiguousName(f"{name!r} may be any of {len(found)} people: "
                            f"{_listed(people)}; give the full name", choices=tuple(people),
                            field="speaker")
    likely = _likely(conn, name)
    hint = f"; people with a like name: {', '.join(likely)}" if likely else ""
    raise NoSuchPerson(f"no person called {name!r} in the corpus{hint}", choices=likely,
                       field="speaker")


def _named(conn: sqlite3.Connection, name: str) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM people WHERE name = ? COLLATE NOCASE",
                                       (name,))]


def _by_keys(conn: sqlite3.Connection, keys: tuple[str, ...]) -> list[int]:
    if not keys:
        return []
    rows = conn.execute(f"SELECT DISTINCT person_id FROM person_keys WHERE key IN "
                        f"({','.join('?' * len(keys))})", keys)
    return [r[0] for r in rows]


def _by_surname(conn: sqlite3.Connection, word: str) -> list[int]:
    """The people whose name ends in `word` ("Howard" finds "Michael Howard", not a
    "Howard" the articles name by surname alone when a full name is there); organisations
    and joint speakers ("Labour and Tories") have no surname."""
    rows = conn.execute("SELECT id, name FROM people WHERE name LIKE ? ESCAPE '\\'",
                        ("% " + _escaped(word),))
    return [r[0] for r in rows if is_person_name(r[1])]


# Both read each person's count of quotations kept in `people` (migration 6), not their
# quotations: a surname 1,607 people share took 600 ms to call ambiguous at a million quotations
# when each one's were counted.


def _quotes_of(conn: sqlite3.Connection, ids: list[int]) -> int:
    """The most quotations any one of these people has."""
    if not ids:
        return 0
    row = conn.execute(f"SELECT max(quotations) FROM people WHERE id IN "
                       f"({','.join('?' * len(ids))})", ids).fetchone()
    return row[0] or 0


def _most_quoted(conn: sqlite3.Connection, ids: list[int]) -> list[str]:
    rows = conn.execute(f"SELECT name FROM people WHERE id IN ({','.join('?' * len(ids))}) "
                        "ORDER BY quotations DESC, name", ids)
    return [r[0] for r in rows]


def _likely(conn: sqlite3.Connection, name: str) -> tuple[str, ...]:
    """People with a word of `name` in theirs, most quoted first."""
    words = [w for w in re.split(r"\W+", name) if len(w) > 2]
    ids: list[int] = []
    for word in words[::-1]:  # the surname first
        ids += [r[0] for r in conn.execute("SELECT id FROM people WHERE name LIKE ? ESCAPE '\\' "
                                           "LIMIT 50", (f"%{_escaped(word)}%",))]
    return tuple(_most_quoted(conn, list(dict.fromkeys(ids)))[:LIKELY_AT_MOST]) if ids else ()


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:LISTED_AT_MOST])
    more = len(names) - LISTED_AT_MOST
    return shown + (f" and {more} more" if more > 0 else "")


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def channels_named(conn: sqlite3.Connection, value: str) -> tuple[str, str]:
    """The names, to compare case-blind, of the channel `value` means; a QueryError listing
    the channels if the corpus has none of that name."""
    return _named_values(conn, "channel", "quotations", value, "saidwhen channels")


def sources_named(conn: sqlite3.Connection, value: str) -> tuple[str, str]:
    """The names, to compare case-blind, of the source `value` means; a QueryError listing
    the sources if no article has that source."""
    return _named_values(conn, "source", "articles", value, "saidwhen sources")


def _named_values(conn: sqlite3.Connection, column: str, table: str, value: str,
                  command: str) -> tuple[str, str]:
    """`value` with and without a leading "the", if the column's case-blind index holds
    either ("statements" is the channel "statement" when nothing is called that)."""
    wanted = plain_name(value)
    for word in ([wanted, wanted[:-1]] if wanted.endswith("s") else [wanted]):
        names = (word, "the " + word)
        if conn.execute(f"SELECT 1 FROM {table} WHERE {column} COLLATE NOCASE IN (?, ?) LIMIT 1",
                        names).fetchone():
            return names
    stored = [r[0] for r in conn.execute(
        f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1")]
    if not stored:
        raise QueryError(f"no {column} called {value!r}: the corpus names no {column}s",
                         field=column)
    like = [s for s in stored if wanted and wanted in plain_name(s)]
    listed = (f"the {column}s like it: {_listed(like)}" if like
              else f"the {column}s: {_listed(stored)}")
    raise QueryError(f"no {column} called {value!r} in the corpus; {listed} (`{command}` lists "
                     "them all)", choices=tuple((like or stored)[:LISTED_AT_MOST]), field=column)


def plain_name(name: str) -> str:
    """A channel's or source's name as compared: case folded, spaces joined, no leading "The"."""
    plain = " ".join(name.casefold().split())
    return plain[4:] if plain.startswith("the ") else plain
