"""People in the store: one row per person, found by any key of any name they go by."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from saidwhen.identity import person_keys


def person_for(conn: sqlite3.Connection, name: str | None) -> int | None:
    """The id of the person `name` refers to, added if new; None when there is no name.

    A name whose keys point at two people (a text that gives "Christine 'Chrissy' Teigen"
    when both variants were seen apart) says they are one: the two are merged."""
    keys = person_keys(name)
    if not keys:
        return None
    found = _people_with_keys(conn, keys)
    if not found:
        person = conn.execute("INSERT INTO people (name) VALUES (?)", (name,)).lastrowid
    else:
        person = found[0]
        for other in found[1:]:
            merge_people(conn, keep=person, gone=other)
    conn.executemany("INSERT OR IGNORE INTO person_keys (key, person_id) VALUES (?, ?)",
                     [(key, person) for key in keys])
    return person


def _people_with_keys(conn: sqlite3.Connection, keys: tuple[str, ...]) -> list[int]:
    marks = ",".join("?" * len(keys))
    rows = conn.execute(f"SELECT DISTINCT person_id FROM person_keys WHERE key IN ({marks}) "
                        "ORDER BY person_id", keys)
    return [row[0] for row in rows]


def merge_people(conn: sqlite3.Connection, keep: int, gone: int) -> None:
    """Person `gone` is person `keep`: their keys and quotes move over, then `gone` goes."""
    from saidwhen.store.quotations import rehome_quotations

    conn.execute("UPDATE person_keys SET person_id = ? WHERE person_id = ?", (keep, gone))
    rehome_quotations(conn, gone, keep)
    conn.execute("DELETE FROM people WHERE id = ?", (gone,))


def refresh_people(conn: sqlite3.Connection, ids: Iterable[int | None]) -> None:
    """Each person's name becomes the variant most used; a person left without quotes goes.

    The variants and their counts are kept in person_names by triggers (migration 4), so this
    reads a person's few names, not their every occurrence."""
    for person in {i for i in ids if i is not None}:
        row = conn.execute(
            """SELECT name FROM person_names WHERE person_id = ?
               ORDER BY occurrences DESC, length(name) DESC, name LIMIT 1""",
            (person,)).fetchone()
        if row is None:
            conn.execute("DELETE FROM person_keys WHERE person_id = ?", (person,))
            conn.execute("DELETE FROM people WHERE id = ?", (person,))
        else:
            conn.execute("UPDATE people SET name = ? WHERE id = ?", (row[0], person))
