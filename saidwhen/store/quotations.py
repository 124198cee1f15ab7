"""Quotations in the store: one row per thing said, however many articles carry it.

A new occurrence joins the quotation of the same speaker with the same words, or the longest
one of that speaker it is an excerpt of; a new, longer quotation takes in the excerpts of it
already stored (saidwhen.identity.quotation_of, the rule the Spark job keeps too). A
quotation's date, channel and wording are summed up from its occurrences, and recomputed
whenever they change.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

from saidwhen.identity import quotation_of, quote_words
from saidwhen.identity.quotes import contains
from saidwhen.identity.text import folded


# The occurrence a quotation's stable id comes from: in the earliest article (undated ones
# last), the first by article id on the same day, and the first in that article. Neither the
# order articles were ingested in nor row numbers enter it.
FIRST_OCCURRENCE = ("FROM occurrences o JOIN articles a ON a.id = o.article_id WHERE o.quote_id = "
                    "{quote} ORDER BY coalesce(a.date, '9999'), a.article_id, o.position LIMIT 1")


def stable_quote_id(article_id: str, position: int) -> str:
    """A quotation's address: 16 hex digits from the article it first appeared in and its
    place among that article's quotes; 64 bits, so a million quotations do not collide."""
    return hashlib.blake2b(f"{article_id}\x1f{position}".encode("utf-8"),
                           digest_size=8).hexdigest()


def quotation_for(conn: sqlite3.Connection, person: int | None, text: str, kind: str) -> int:
    """The id of the quotation that words `text` by `person` belong to, added if new.

    The rule is saidwhen.identity.quotation_of, the Spark job's too: the longest quotation of
    the speaker that holds these words. A new quotation takes in the stored excerpts of it."""
    words = quote_words(text) or folded(text).strip()
    if person is None:  # an unnamed speaker's words merge only when they are the same
        same = conn.execute("SELECT id FROM quotes WHERE words = ? AND person_id IS NULL "
                            "ORDER BY id LIMIT 1", (words,)).fetchone()
        return same[0] if same else _new(conn, person, text, words, kind)
    stored = _quotes_of(conn, person)
    home = quotation_of(words, stored)
    if home in stored:
        return stored[home]
    quotation = _new(conn, person, text, words, kind)
    for excerpt in [i for w, i in stored.items() if contains(words, w)]:
        _absorb(conn, quotation, excerpt)
    return quotation


def _quotes_of(conn: sqlite3.Connection, person: int) -> dict[str, int]:
    """The person's quotations, from their words to their id (the first, should two agree)."""
    rows = conn.execute("SELECT words, min(id) FROM quotes WHERE person_id = ? GROUP BY words",
                        (person,))
    return {row[0]: row[1] for row in rows}


def _new(conn: sqlite3.Connection, person: int | None, text: str, words: str, kind: str) -> int:
    return conn.execute("INSERT INTO quotes (person_id, kind, text, words) VALUES (?, ?, ?, ?)",
                        (person, kind, text, words)).lastrowid


def _absorb(conn: sqlite3.Connection, quotation: int, excerpt: int) -> None:
    conn.execute("UPDATE occurrences SET quote_id = ? WHERE quote_id = ?", (quotation, excerpt))
    conn.execute("DELETE FROM quotes WHERE id = ?", (excerpt,))


def rehome_quotes(conn: sqlite3.Connection, gone: int, keep: int) -> None:
    """The quotations of person `gone` become those of `keep`, merging where they are one."""
    rows = conn.execute("SELECT id, text, kind FROM quotes WHERE person_id = ?", (gone,)).fetchall()
    conn.execute("UPDATE quotes SET person_id = NULL, words = '#' || id WHERE person_id = ?", (gone,))
    for quote_id, text, kind in rows:
        target = quotation_for(conn, keep, text, kind)
        _absorb(conn, target, quote_id)
        refresh_quotes(conn, [target])


def refresh_quotes(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Sum each quotation up from its occurrences again; one left without any goes."""
    for quote_id in set(ids):
        rows = conn.execute(
            """SELECT o.text, o.kind, o.said_on, o.channel, o.outlet, a.date, o.article_id
               FROM occurrences o JOIN articles a ON a.id = o.article_id
               WHERE o.quote_id = ? ORDER BY coalesce(o.said_on, a.date), a.id, o.position""",
            (quote_id,)).fetchall()
        if not rows:
            conn.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))
            continue
        conn.execute("UPDATE quotes SET text = ?, words = ?, kind = ?, said_on = ?, first_seen = ?,"
                     " channel = ?, outlet = ?, articles = ?, stable_id = ? WHERE id = ?",
                     (*_summary(rows), _stable_id(conn, quote_id), quote_id))


def _stable_id(conn: sqlite3.Connection, quote_id: int) -> str:
    row = conn.execute(f"SELECT a.article_id, o.position {FIRST_OCCURRENCE.format(quote='?')}",
                       (quote_id,)).fetchone()
    return stable_quote_id(row[0], row[1])


def _summary(rows: list[sqlite3.Row]) -> tuple:
    """Wording and kind of the fullest occurrence; the earliest said_on and article date; the
    channel of the earliest occurrence that names one; how many articles carry it."""
    fullest = max(rows, key=lambda r: len(r[0]))  # the first of the longest, in date order
    said_on = min((r[2] for r in rows if r[2]), default=None)
    first_seen = min((r[5] for r in rows if r[5]), default=None)
    channelled = next((r for r in rows if r[3]), None)
    channel, outlet = (channelled[3], channelled[4]) if channelled else (None, None)
    words = quote_words(fullest[0]) or folded(fullest[0]).strip()
    return (fullest[0], words, fullest[1], said_on, first_seen, channel, outlet,
            len({r[6] for r in rows}))
