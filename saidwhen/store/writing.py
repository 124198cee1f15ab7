"""Writing one article's extraction: added, replaced when its text changed, else unchanged.

Each article is one transaction, so a process killed at any moment leaves every article
either fully stored or not at all, and a second run carries on where the first stopped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from typing import Literal

from saidwhen.records import Article, Extraction, Quote, Skipped
from saidwhen.store.people import person_for, refresh_people
from saidwhen.store.quotations import FirstOccurrence, quotation_for, refresh_quotations

Outcome = Literal["added", "replaced", "unchanged"]


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def is_stored(conn: sqlite3.Connection, article: Article, extractor: str) -> bool:
    """Whether `article` is stored with this very text, extracted by this very saidwhen."""
    row = conn.execute("SELECT text_sha1, extractor FROM articles WHERE article_id = ?",
                       (article.id,)).fetchone()
    return row is not None and tuple(row) == (text_sha1(article.text), extractor)


def write_extraction(conn: sqlite3.Connection, extraction: Extraction, extractor: str) -> Outcome:
    """Store one article and its quotes; the caller holds the transaction."""
    article = extraction.article
    if is_stored(conn, article, extractor):
        return "unchanged"  # another process stored it since we last looked
    row = conn.execute("SELECT id FROM articles WHERE article_id = ?", (article.id,)).fetchone()
    touched_quotes, touched_people = set(), set()
    if row is not None:
        touched_quotes, touched_people = _forget_occurrences(conn, row[0])
        conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
    article_row = _insert_article(conn, article, extractor, row[0] if row else None)
    date = article.date.isoformat() if article.date else None
    for position, quote in enumerate(extraction.quotes):
        person = person_for(conn, quote.speaker.name if quote.speaker else None)
        quotation = quotation_for(conn, person, quote.text, quote.kind,
                                  FirstOccurrence(quote, article.id, date, position))
        _insert_occurrence(conn, quotation, article_row, position, quote)
        touched_quotes.add(quotation)
        touched_people.add(person)
    refresh_quotations(conn, touched_quotes)
    refresh_people(conn, touched_people)
    return "added" if row is None else "replaced"


def record_skip(conn: sqlite3.Connection, skipped: Skipped) -> None:
    # An upsert, not INSERT OR REPLACE, whose hidden delete would fire no trigger and so
    # leave the kept count of skips one too high.
    conn.execute("INSERT INTO skipped (origin, reason, at) VALUES (?, ?, ?) "
                 "ON CONFLICT (origin, reason) DO UPDATE SET at = excluded.at",
                 (skipped.origin, skipped.reason, _now()))


def _forget_occurrences(conn: sqlite3.Connection, article_row: int) -> tuple[set, set]:
    """Remove an article's occurrences; the quotations and people they touched."""
    rows = conn.execute("SELECT q.id, q.person_id FROM occurrences o JOIN quotations q "
                        "ON q.id = o.quotation_id WHERE o.article_id = ?", (article_row,)).fetchall()
    conn.execute("DELETE FROM occurrences WHERE article_id = ?", (article_row,))
    return {r[0] for r in rows}, {r[1] for r in rows}


def _insert_article(conn: sqlite3.Connection, article: Article, extractor: str,
                    row_id: int | None) -> int:
    date = article.date.isoformat() if article.date else None
    return conn.execute(
        "INSERT INTO articles (id, article_id, date, title, url, source, origin, text, text_sha1,"
        " extractor, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row_id, article.id, date, article.title, article.url, article.source,
         article.origin or "", article.text, text_sha1(article.text), extractor, _now()),
    ).lastrowid


def _insert_occurrence(conn: sqlite3.Connection, quotation: int, article_row: int,
                       position: int, quote: Quote) -> None:
    cue, speaker = quote.cue, quote.speaker
    mention = speaker.mention if speaker else None
    conn.execute(
        "INSERT INTO occurrences (quotation_id, article_id, position, kind, text, start, end, content,"
        " cue_text, cue_start, cue_end, speaker_name, mention_text, mention_start, mention_end,"
        " channel, outlet, said_on, said_on_text, speaker_kind, speaker_gender)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (quotation, article_row, position, quote.kind, quote.text, quote.start, quote.end,
         json.dumps([[s.start, s.end] for s in quote.content]),
         cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
         speaker.name if speaker else None, mention.text if mention else None,
         mention.start if mention else None, mention.end if mention else None,
         quote.channel, quote.outlet,
         quote.said_on.value if quote.said_on else None,
         quote.said_on.text if quote.said_on else None,
         speaker.kind if speaker else None, speaker.gender if speaker else None))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
