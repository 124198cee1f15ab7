"""Quotations in the store: one row per thing said, however many articles carry it.

A new occurrence joins the quotation of the same speaker with the same words, or the longest
one of that speaker it is an excerpt of; a new, longer quotation takes in the excerpts of it
already stored (saidwhen.identity.quotation_of, the rule the Spark job keeps too). A
quotation's date, channel and wording are summed up from its occurrences, and recomputed
whenever they change.

Only the speaker's quotations that can be one with a quote are read, found by index whatever
the speaker's count: those with the same words, those holding the quote's first six words
(every quotation it can be an excerpt of), and those starting with one of its runs of six
words (every excerpt of it). `quotation_runs` keeps each named quotation's runs, hashed with its
speaker, and is kept up to date here wherever a quotation's words or speaker change.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from saidwhen.identity import quotation_of, quote_words
from saidwhen.identity.quotes import contains, first_run, runs
from saidwhen.identity.text import folded
from saidwhen.records import Quote

_BATCH = 500  # bound parameters per query, well under SQLite's cap


# The occurrence a quotation's stable id comes from: in the earliest article (undated ones
# last), the first by article id on the same day, and the first in that article. Neither the
# order articles were ingested in nor row numbers enter it.
FIRST_OCCURRENCE = ("FROM occurrences o JOIN articles a ON a.id = o.article_id WHERE o.quotation_id = "
                    "{quote} ORDER BY coalesce(a.date, '9999'), a.article_id, o.position LIMIT 1")


def stable_quotation_id(article_id: str, position: int) -> str:
    """A quotation's address: 16 hex digits from the article it first appeared in and its
    place among that article's quotes; 64 bits, so a million quotations do not collide."""
    return hashlib.blake2b(f"{article_id}\x1f{position}".encode("utf-8"),
                           digest_size=8).hexdigest()


@dataclass(frozen=True)
class FirstOccurrence:
    """The occurrence a quote is about to be stored as: a quotation it starts is inserted
    already summed up from it, as refresh_quotations would sum it up. Inserted bare and
    updated after, it would fire every kept count's triggers three times, not once."""

    quote: Quote
    article_id: str
    article_date: str | None
    position: int


def quotation_for(conn: sqlite3.Connection, person: int | None, text: str, kind: str,
                  first: FirstOccurrence | None = None) -> int:
    """The id of the quotation that words `text` by `person` belong to, added if new.

    The rule is saidwhen.identity.quotation_of, the Spark job's too: the longest quotation of
    the speaker that holds these words. A new quotation takes in the stored excerpts of it."""
    words = quote_words(text) or folded(text).strip()
    if person is None:  # an unnamed speaker's words merge only when they are the same
        same = conn.execute("SELECT id FROM quotations WHERE words = ? AND person_id IS NULL "
                            "ORDER BY id LIMIT 1", (words,)).fetchone()
        return same[0] if same else _new(conn, person, text, words, kind, first)
    stored = _candidates(conn, person, words)
    home = quotation_of(words, stored)
    if home in stored:
        return stored[home]
    quotation = _new(conn, person, text, words, kind, first)
    for excerpt in [i for w, i in stored.items() if contains(words, w)]:
        _absorb(conn, quotation, excerpt)
    return quotation


def _candidates(conn: sqlite3.Connection, person: int, words: str) -> dict[str, int]:
    """The person's quotations that may hold `words` or be held by it, from their words to
    their id (the first, should two agree): every one `quotation_of` could pick or a new
    quotation take in, and a few more that the identity rule then turns down."""
    first = first_run(words)
    keys = [run_key(person, run) for run in runs(words)]
    ids: set[int] = set()
    if first is not None:  # the quotations holding its first run: all it can be an excerpt of
        ids.update(r[0] for r in conn.execute("SELECT quotation_id FROM quotation_runs WHERE run = ?",
                                              (run_key(person, first),)))
    batches = [keys[i:i + _BATCH] for i in range(0, len(keys), _BATCH)]
    for batch in batches:  # those starting with one of its runs: all that can be excerpts of it
        ids.update(r[0] for r in conn.execute(
            f"SELECT quotation_id FROM quotation_runs WHERE run IN ({','.join('?' * len(batch))}) "
            "AND first", batch))
    found = {words}
    for start in range(0, len(ids), _BATCH):
        batch = sorted(ids)[start:start + _BATCH]
        found.update(r[0] for r in conn.execute(
            f"SELECT words FROM quotations WHERE id IN ({','.join('?' * len(batch))}) "
            "AND person_id = ?", [*batch, person]))
    stored = {}
    for each in found:  # the first quotation with these words, as a scan of them all would give
        row = conn.execute("SELECT min(id) FROM quotations WHERE person_id = ? AND words = ?",
                           (person, each)).fetchone()
        if row[0] is not None:
            stored[each] = row[0]
    return stored


def run_key(person: int, run: str) -> int:
    """A run of six words of `person`'s, hashed into a 64-bit integer for quotation_runs.

    A collision costs only a candidate that the identity rule turns down."""
    digest = hashlib.blake2b(f"{person} {run}".encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def index_runs(conn: sqlite3.Connection, quotation_id: int, person: int | None, words: str) -> None:
    """Add a quotation's runs to quotation_runs; a quotation without a named speaker has none."""
    if person is None:
        return
    first = first_run(words)
    conn.executemany("INSERT INTO quotation_runs (run, quotation_id, first) VALUES (?, ?, ?) "
                     "ON CONFLICT (run, quotation_id) DO UPDATE SET first = max(first, excluded.first)",
                     [(run_key(person, run), quotation_id, run == first) for run in runs(words)])


def drop_runs(conn: sqlite3.Connection, quotation_id: int, person: int | None, words: str) -> None:
    """Remove a quotation's runs, as `index_runs` added them, from quotation_runs."""
    if person is None:
        return
    conn.executemany("DELETE FROM quotation_runs WHERE run = ? AND quotation_id = ?",
                     [(run_key(person, run), quotation_id) for run in runs(words)])


def _new(conn: sqlite3.Connection, person: int | None, text: str, words: str, kind: str,
         first: FirstOccurrence | None = None) -> int:
    if first is None:  # summed up by refresh_quotations once its occurrences are in
        quotation = conn.execute("INSERT INTO quotations (person_id, kind, text, words) "
                                 "VALUES (?, ?, ?, ?)", (person, kind, text, words)).lastrowid
    else:
        quotation = conn.execute(
            "INSERT INTO quotations (person_id, text, words, kind, said_on, first_seen, channel,"
            " outlet, articles, stable_id, speaker_kind, speaker_gender)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (person, *_summary_of_one(first, text, words, kind))).lastrowid
    index_runs(conn, quotation, person, words)
    return quotation


def _summary_of_one(first: FirstOccurrence, text: str, words: str, kind: str) -> tuple:
    """What refresh_quotations sums up from `first` alone, in its order: _summary, the
    stable id, the speaker's kind and gender."""
    quote, speaker = first.quote, first.quote.speaker
    said_on = (quote.said_on.value if quote.said_on else None) or None
    channel, outlet = (quote.channel, quote.outlet) if quote.channel else (None, None)
    return (text, words, kind, said_on, first.article_date or None, channel, outlet, 1,
            stable_quotation_id(first.article_id, first.position),
            agreed([speaker.kind if speaker else None]),
            agreed([speaker.gender if speaker else None]))


def _absorb(conn: sqlite3.Connection, quotation: int, excerpt: int) -> None:
    conn.execute("UPDATE occurrences SET quotation_id = ? WHERE quotation_id = ?", (quotation, excerpt))
    _delete(conn, excerpt)


def _delete(conn: sqlite3.Connection, quotation_id: int) -> None:
    row = conn.execute("SELECT person_id, words FROM quotations WHERE id = ?",
                       (quotation_id,)).fetchone()
    if row is not None:
        drop_runs(conn, quotation_id, row[0], row[1])
    conn.execute("DELETE FROM quotations WHERE id = ?", (quotation_id,))


def rehome_quotations(conn: sqlite3.Connection, gone: int, keep: int) -> None:
    """The quotations of person `gone` become those of `keep`, merging where they are one."""
    rows = conn.execute("SELECT id, text, kind, words FROM quotations WHERE person_id = ?",
                        (gone,)).fetchall()
    for quotation_id, _, _, words in rows:
        drop_runs(conn, quotation_id, gone, words)
    conn.execute("UPDATE quotations SET person_id = NULL, words = '#' || id WHERE person_id = ?",
                 (gone,))
    for quotation_id, text, kind, _ in rows:
        target = quotation_for(conn, keep, text, kind)
        _absorb(conn, target, quotation_id)
        refresh_quotations(conn, [target])


def refresh_quotations(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Sum each quotation up from its occurrences again; one left without any goes."""
    for quotation_id in set(ids):
        before = conn.execute("SELECT text, words, kind, said_on, first_seen, channel, outlet, "
                              "articles, stable_id, speaker_kind, speaker_gender, person_id "
                              "FROM quotations WHERE id = ?",
                              (quotation_id,)).fetchone()
        if before is None:
            continue
        rows = conn.execute(
            """SELECT o.text, o.kind, o.said_on, o.channel, o.outlet, a.date, o.article_id,
                      o.speaker_kind, o.speaker_gender
               FROM occurrences o JOIN articles a ON a.id = o.article_id
               WHERE o.quotation_id = ? ORDER BY coalesce(o.said_on, a.date), a.id, o.position""",
            (quotation_id,)).fetchall()
        if not rows:
            _delete(conn, quotation_id)
            continue
        summary = (*_summary(rows), _stable_id(conn, quotation_id), agreed(r[7] for r in rows),
                   agreed(r[8] for r in rows))
        if summary == tuple(before)[:-1]:
            continue  # unchanged: no write, and the full-text index is left alone
        conn.execute("UPDATE quotations SET text = ?, words = ?, kind = ?, said_on = ?, first_seen = ?,"
                     " channel = ?, outlet = ?, articles = ?, stable_id = ?, speaker_kind = ?,"
                     " speaker_gender = ? WHERE id = ?", (*summary, quotation_id))
        if summary[1] != before[1]:
            drop_runs(conn, quotation_id, before[-1], before[1])
            index_runs(conn, quotation_id, before[-1], summary[1])


def _stable_id(conn: sqlite3.Connection, quotation_id: int) -> str:
    row = conn.execute(f"SELECT a.article_id, o.position {FIRST_OCCURRENCE.format(quote='?')}",
                       (quotation_id,)).fetchone()
    return stable_quotation_id(row[0], row[1])


def agreed(values: Iterable[str | None]) -> str | None:
    """What several articles say of a speaker's kind or gender: the one value they give, else
    'disputed'. An article that does not tell ('unknown', None) is outvoted by one that does."""
    said = set(values) - {None}
    told = said - {"unknown"}
    if len(told) > 1 or "disputed" in told:
        return "disputed"
    return next(iter(told or said), None)


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
