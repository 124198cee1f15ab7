"""The store's schema, as numbered migrations applied in order and recorded in the file.

Each migration is a list of SQL statements, run once in one transaction; `PRAGMA
user_version` holds the number of the last one applied, so a database made by an older
saidwhen is brought up to date when it is opened, and one made by a newer saidwhen is refused.
A migration, once released, is never edited: a change to the schema is a new migration.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

# A step is an SQL statement, or a function of the connection for what SQL alone cannot do.
MIGRATIONS: list[list[str | Callable[[sqlite3.Connection], None]]] = [
    # 1: articles, people, quotes and where each quote occurs, with full-text search on quotes
    [
        """CREATE TABLE articles (
            id          INTEGER PRIMARY KEY,
            article_id  TEXT NOT NULL UNIQUE,  -- the article's own id, as read
            date        TEXT,                  -- article date, YYYY-MM-DD
            title       TEXT,
            url         TEXT,
            source      TEXT,
            origin      TEXT NOT NULL,         -- the FILE or FILE:LINE it was read from
            text        TEXT NOT NULL,         -- offsets of occurrences count characters of this
            text_sha1   TEXT NOT NULL,         -- tells a changed article from the same one again
            extractor   TEXT NOT NULL,         -- the saidwhen version that extracted it
            ingested_at TEXT NOT NULL
        )""",
        """CREATE TABLE people (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL                 -- the variant of the name articles use most
        )""",
        """CREATE TABLE person_keys (
            key       TEXT PRIMARY KEY,        -- saidwhen.identity.person_key of a name
            person_id INTEGER NOT NULL REFERENCES people(id)
        )""",
        """CREATE TABLE quotes (
            id         INTEGER PRIMARY KEY,
            person_id  INTEGER REFERENCES people(id),  -- NULL: the speaker is not named
            kind       TEXT NOT NULL,          -- direct, indirect or mixed
            text       TEXT NOT NULL,          -- the fullest wording of it any article carries
            words      TEXT NOT NULL,          -- saidwhen.identity.quote_words of that text
            said_on    TEXT,                   -- the earliest day or month it was said on
            first_seen TEXT,                   -- the earliest date of an article carrying it
            channel    TEXT,
            outlet     TEXT,
            articles   INTEGER NOT NULL DEFAULT 0  -- how many articles carry it
        )""",
        """CREATE TABLE occurrences (
            id            INTEGER PRIMARY KEY,
            quote_id      INTEGER NOT NULL REFERENCES quotes(id),
            article_id    INTEGER NOT NULL REFERENCES articles(id),
            position      INTEGER NOT NULL,    -- the quote's place among the article's quotes
            kind          TEXT NOT NULL,
            text          TEXT NOT NULL,
            start         INTEGER NOT NULL,    -- the content's first character in the article
            end           INTEGER NOT NULL,    -- and the character after its last
            content       TEXT NOT NULL,       -- JSON [[start, end], ...], one pair a span
            cue_text      TEXT, cue_start INTEGER, cue_end INTEGER,
            speaker_name  TEXT,                -- the speaker's name in this article
            mention_text  TEXT, mention_start INTEGER, mention_end INTEGER,
            channel       TEXT,
            outlet        TEXT,
            said_on       TEXT,
            said_on_text  TEXT,
            UNIQUE (article_id, position)
        )""",
        """CREATE TABLE skipped (
            id     INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,              -- FILE or FILE:LINE
            reason TEXT NOT NULL,
            at     TEXT NOT NULL,
            UNIQUE (origin, reason)
        )""",
        "CREATE INDEX quotes_by_person ON quotes (person_id, said_on, first_seen)",
        "CREATE INDEX quotes_by_words ON quotes (words)",
        "CREATE INDEX occurrences_by_quote ON occurrences (quote_id)",
        "CREATE INDEX people_by_name ON people (name COLLATE NOCASE)",
        "CREATE INDEX articles_by_source ON articles (source)",
        """CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
        """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END""",
        """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
            INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
        END""",
        # For people reading the file with the sqlite3 shell or Datasette: one row per
        # occurrence with who said it and where, without writing the joins.
        """CREATE VIEW quotes_in_articles AS
            SELECT q.id AS quote_id, p.name AS person, o.speaker_name, o.mention_text, q.kind,
                   o.text, q.said_on AS quote_said_on, o.said_on, o.channel, o.outlet,
                   a.article_id, a.date AS article_date, a.title, a.source, a.url,
                   o.start, o.end, o.cue_text
            FROM occurrences o
            JOIN quotes q ON q.id = o.quote_id
            JOIN articles a ON a.id = o.article_id
            LEFT JOIN people p ON p.id = q.person_id""",
    ],
    # 2: the newest quotations first, and those of one channel, read from an index instead of
    # sorting or scanning every quotation (a search without words, the home page)
    [
        "CREATE INDEX quotes_by_when ON quotes (coalesce(said_on, first_seen), id)",
        "CREATE INDEX quotes_by_channel ON quotes (channel COLLATE NOCASE)",
    ],
    # 3: a quotation's address that is the same in every database made from the same articles
    # (saidwhen.store.quotations.stable_quote_id), and the view with the export's column names:
    # said_on is the quotation's, occurrence_said_on_value what this article says, article_date
    # the article's own
    [
        "ALTER TABLE quotes ADD COLUMN stable_id TEXT",
        lambda conn: _fill_stable_ids(conn),
        "CREATE INDEX quotes_by_stable_id ON quotes (stable_id)",
        # a source named in any case ("the intercept") found without reading every article
        "CREATE INDEX articles_by_source_nocase ON articles (source COLLATE NOCASE)",
        "DROP VIEW quotes_in_articles",
        """CREATE VIEW quotes_in_articles AS
            SELECT q.id, q.stable_id, q.person_id AS speaker_id, p.name AS speaker_name, q.kind,
                   q.text, q.said_on, q.first_seen, coalesce(q.said_on, q.first_seen) AS "when",
                   q.channel, q.outlet, q.articles,
                   a.article_id AS occurrence_article_id, a.title AS occurrence_article_title,
                   a.source AS occurrence_article_source, a.date AS occurrence_article_date,
                   a.url AS occurrence_article_url,
                   o.text AS occurrence_text, o.start AS occurrence_start,
                   o.end AS occurrence_end, o.speaker_name AS occurrence_speaker_name,
                   o.mention_text AS occurrence_speaker_mention_text,
                   o.cue_text AS occurrence_cue_text, o.said_on AS occurrence_said_on_value,
                   o.said_on_text AS occurrence_said_on_text, o.channel AS occurrence_channel,
                   o.outlet AS occurrence_outlet
            FROM occurrences o
            JOIN quotes q ON q.id = o.quote_id
            JOIN articles a ON a.id = o.article_id
            LEFT JOIN people p ON p.id = q.person_id""",
    ],
    # 4: who the speaker is as the text says it, kind and gender, in each article; and summed
    # up on the quotation (what its articles say: the one value when they agree, 'disputed'
    # when not), so that the statistics count them with one GROUP BY over an index. Rows
    # stored before have NULLs: nothing was recorded of them.
    [
        "ALTER TABLE occurrences ADD COLUMN speaker_kind TEXT",    # person, organisation
        "ALTER TABLE occurrences ADD COLUMN speaker_gender TEXT",  # female, male, unknown
        "ALTER TABLE quotes ADD COLUMN speaker_kind TEXT",
        "ALTER TABLE quotes ADD COLUMN speaker_gender TEXT",
        # The month and year a quotation was said in, else first reported: the periods of the
        # statistics, computed by SQLite, stored nowhere but in their indexes.
        "ALTER TABLE quotes ADD COLUMN said_month TEXT GENERATED ALWAYS AS "
        "(substr(coalesce(said_on, first_seen), 1, 7)) VIRTUAL",
        "ALTER TABLE quotes ADD COLUMN said_year TEXT GENERATED ALWAYS AS "
        "(substr(coalesce(said_on, first_seen), 1, 4)) VIRTUAL",
        # Each table of the statistics read from one index, its speakers beside each value:
        # over a million quotations, a GROUP BY reading the table instead takes seconds.
        "CREATE INDEX quotes_by_speaker ON quotes (person_id, speaker_gender, speaker_kind)",
        "CREATE INDEX quotes_by_gender ON quotes (speaker_gender, speaker_kind)",
        "CREATE INDEX quotes_by_channel_speaker ON quotes (channel COLLATE NOCASE, person_id)",
        "CREATE INDEX quotes_by_month ON quotes (said_month, person_id)",
        "CREATE INDEX quotes_by_year ON quotes (said_year, person_id)",
        "CREATE INDEX occurrences_by_article_quote ON occurrences (article_id, quote_id)",
    ],
]

LATEST = len(MIGRATIONS)


class NewerSchema(Exception):
    """The database was written by a newer saidwhen than this one."""


class UnknownSchema(Exception):
    """The database's schema version is one no saidwhen ever wrote (below 0)."""


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations `conn`'s database lacks; the schema version it ends at.

    The caller holds the write lock (BEGIN IMMEDIATE), so that two processes opening a new
    database at once do not both create its tables."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise NewerSchema(f"schema version {version}, this saidwhen knows up to {LATEST}")
    if version < 0:
        raise UnknownSchema(f"schema version {version}")
    for number in range(version + 1, LATEST + 1):
        for step in MIGRATIONS[number - 1]:
            step(conn) if callable(step) else conn.execute(step)
        conn.execute(f"PRAGMA user_version = {number}")
    return LATEST


def _fill_stable_ids(conn: sqlite3.Connection) -> None:
    """Each quotation's stable id, from its occurrence in the earliest article (migration 3)."""
    from saidwhen.store.quotations import FIRST_OCCURRENCE, stable_quote_id

    conn.create_function("stable_quote_id", 2, stable_quote_id, deterministic=True)
    conn.execute(f"UPDATE quotes SET stable_id = (SELECT stable_quote_id(a.article_id, o.position) "
                 f"{FIRST_OCCURRENCE.format(quote='quotes.id')})")
