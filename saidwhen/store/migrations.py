"""The store's schema, as numbered migrations applied in order and recorded in the file.

Each migration is a list of SQL statements (or, where SQL cannot say it, Python functions of
the connection), run once in one transaction; `PRAGMA
user_version` holds the number of the last one applied, so a database made by an older
saidwhen is brought up to date when it is opened, and one made by a newer saidwhen is refused.
A migration, once released, is never edited: a change to the schema is a new migration.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

# The tables whose rows `tallies` counts (saidwhen.store.counts).
TALLIED = ("articles", "quotes", "occurrences", "people", "skipped")


def _tally(table: str) -> list[str]:
    """A table's row count, and the triggers that keep it."""
    return [f"INSERT INTO tallies VALUES ('{table}', (SELECT count(*) FROM {table}))",
            f"""CREATE TRIGGER {table}_tally_insert AFTER INSERT ON {table} BEGIN
                UPDATE tallies SET rows = rows + 1 WHERE name = '{table}';
            END""",
            f"""CREATE TRIGGER {table}_tally_delete AFTER DELETE ON {table} BEGIN
                UPDATE tallies SET rows = rows - 1 WHERE name = '{table}';
            END"""]


# An occurrence counts for the person its quotation is of: in the articles they are quoted
# in, and in the names they are given. Its quotation changing person (two people found to be
# one) moves all of its occurrences; a row whose count falls to 0 goes.
_ADD_OCCURRENCE = """
    INSERT INTO person_articles (person_id, article_id, occurrences)
        SELECT person_id, {o}.article_id, 1 FROM quotes WHERE id = {o}.quote_id
        AND person_id IS NOT NULL
        ON CONFLICT (person_id, article_id) DO UPDATE SET occurrences = occurrences + 1;
    INSERT INTO person_names (person_id, name, occurrences)
        SELECT person_id, {o}.speaker_name, 1 FROM quotes WHERE id = {o}.quote_id
        AND person_id IS NOT NULL AND {o}.speaker_name IS NOT NULL
        ON CONFLICT (person_id, name) DO UPDATE SET occurrences = occurrences + 1;"""
_REMOVE_OCCURRENCE = """
    UPDATE person_articles SET occurrences = occurrences - 1
        WHERE person_id = (SELECT person_id FROM quotes WHERE id = {o}.quote_id)
        AND article_id = {o}.article_id;
    DELETE FROM person_articles WHERE occurrences <= 0
        AND person_id = (SELECT person_id FROM quotes WHERE id = {o}.quote_id)
        AND article_id = {o}.article_id;
    UPDATE person_names SET occurrences = occurrences - 1
        WHERE person_id = (SELECT person_id FROM quotes WHERE id = {o}.quote_id)
        AND name = {o}.speaker_name;
    DELETE FROM person_names WHERE occurrences <= 0
        AND person_id = (SELECT person_id FROM quotes WHERE id = {o}.quote_id)
        AND name = {o}.speaker_name;"""
_PEOPLE_TRIGGERS = [
    f"""CREATE TRIGGER occurrences_person_insert AFTER INSERT ON occurrences BEGIN
        {_ADD_OCCURRENCE.format(o="new")}
    END""",
    f"""CREATE TRIGGER occurrences_person_delete AFTER DELETE ON occurrences BEGIN
        {_REMOVE_OCCURRENCE.format(o="old")}
    END""",
    f"""CREATE TRIGGER occurrences_person_update
        AFTER UPDATE OF quote_id, article_id, speaker_name ON occurrences BEGIN
        {_REMOVE_OCCURRENCE.format(o="old")}
        {_ADD_OCCURRENCE.format(o="new")}
    END""",
    """CREATE TRIGGER person_articles_insert AFTER INSERT ON person_articles BEGIN
        UPDATE people SET articles = articles + 1 WHERE id = new.person_id;
    END""",
    """CREATE TRIGGER person_articles_delete AFTER DELETE ON person_articles BEGIN
        UPDATE people SET articles = articles - 1 WHERE id = old.person_id;
    END""",
    """CREATE TRIGGER quotes_person_insert AFTER INSERT ON quotes BEGIN
        UPDATE people SET quotes = quotes + 1 WHERE id = new.person_id;
    END""",
    """CREATE TRIGGER quotes_person_delete AFTER DELETE ON quotes BEGIN
        UPDATE people SET quotes = quotes - 1 WHERE id = old.person_id;
    END""",
    """CREATE TRIGGER quotes_person_update AFTER UPDATE OF person_id ON quotes
        WHEN old.person_id IS NOT new.person_id BEGIN
        UPDATE people SET quotes = quotes - 1 WHERE id = old.person_id;
        UPDATE people SET quotes = quotes + 1 WHERE id = new.person_id;
        UPDATE person_articles SET occurrences = occurrences - moved.n
            FROM (SELECT article_id, count(*) AS n FROM occurrences WHERE quote_id = old.id
                  GROUP BY article_id) AS moved
            WHERE person_articles.person_id = old.person_id
            AND person_articles.article_id = moved.article_id;
        DELETE FROM person_articles WHERE person_id = old.person_id AND occurrences <= 0
            AND article_id IN (SELECT article_id FROM occurrences WHERE quote_id = old.id);
        INSERT INTO person_articles (person_id, article_id, occurrences)
            SELECT new.person_id, article_id, count(*) FROM occurrences
            WHERE quote_id = old.id AND new.person_id IS NOT NULL GROUP BY article_id
            ON CONFLICT (person_id, article_id) DO UPDATE
            SET occurrences = occurrences + excluded.occurrences;
        UPDATE person_names SET occurrences = occurrences - moved.n
            FROM (SELECT speaker_name, count(*) AS n FROM occurrences WHERE quote_id = old.id
                  AND speaker_name IS NOT NULL GROUP BY speaker_name) AS moved
            WHERE person_names.person_id = old.person_id
            AND person_names.name = moved.speaker_name;
        DELETE FROM person_names WHERE person_id = old.person_id AND occurrences <= 0
            AND name IN (SELECT speaker_name FROM occurrences WHERE quote_id = old.id);
        INSERT INTO person_names (person_id, name, occurrences)
            SELECT new.person_id, speaker_name, count(*) FROM occurrences
            WHERE quote_id = old.id AND new.person_id IS NOT NULL
            AND speaker_name IS NOT NULL GROUP BY speaker_name
            ON CONFLICT (person_id, name) DO UPDATE
            SET occurrences = occurrences + excluded.occurrences;
    END""",
]
_CHANNEL_TRIGGERS = [
    """CREATE TRIGGER quotes_channel_insert AFTER INSERT ON quotes
        WHEN new.channel IS NOT NULL BEGIN
        INSERT INTO channel_tallies VALUES (new.channel, 1)
            ON CONFLICT (channel) DO UPDATE SET quotes = quotes + 1;
    END""",
    """CREATE TRIGGER quotes_channel_delete AFTER DELETE ON quotes
        WHEN old.channel IS NOT NULL BEGIN
        UPDATE channel_tallies SET quotes = quotes - 1 WHERE channel = old.channel;
        DELETE FROM channel_tallies WHERE channel = old.channel AND quotes <= 0;
    END""",
    """CREATE TRIGGER quotes_channel_update AFTER UPDATE OF channel ON quotes
        WHEN old.channel IS NOT new.channel BEGIN
        UPDATE channel_tallies SET quotes = quotes - 1 WHERE channel = old.channel;
        DELETE FROM channel_tallies WHERE channel = old.channel AND quotes <= 0;
        INSERT INTO channel_tallies SELECT new.channel, 1 WHERE new.channel IS NOT NULL
            ON CONFLICT (channel) DO UPDATE SET quotes = quotes + 1;
    END""",
]


def _index_runs(conn: sqlite3.Connection) -> None:
    """quote_runs for the quotations already stored (hashing needs Python, not SQL)."""
    from saidwhen.store.quotations import index_runs

    last = 0
    while True:  # a batch at a time, so that a million quotations are never in memory at once
        rows = conn.execute("SELECT id, person_id, words FROM quotes WHERE person_id IS NOT NULL "
                            "AND id > ? ORDER BY id LIMIT 10000", (last,)).fetchall()
        if not rows:
            return
        for quote_id, person, words in rows:
            index_runs(conn, quote_id, person, words)
        last = rows[-1][0]


Step = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: list[list[Step]] = [
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
    # 3: storing a quote costs the same at any size, and what the home page and /people show
    # is kept, not recounted. A quotation's runs of six words find its excerpts and the
    # quotations holding it by lookup (saidwhen.store.quotations); counts of rows, of each
    # channel's quotations and of each person's quotations, articles and name variants are
    # kept by triggers, in the transaction of the write that changes them.
    [
        """CREATE TABLE quote_runs (
            run      INTEGER NOT NULL,         -- saidwhen.store.quotations.run_key of a run
            quote_id INTEGER NOT NULL,         -- of six words of a named speaker's quotation
            first    INTEGER NOT NULL,         -- 1: the quotation's first six words
            PRIMARY KEY (run, quote_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX quotes_by_person_words ON quotes (person_id, words)",
        "CREATE INDEX quotes_by_person_when ON quotes (person_id, coalesce(said_on, first_seen))",
        """CREATE TABLE tallies (
            name TEXT PRIMARY KEY,             -- a table: articles, quotes, occurrences, ...
            rows INTEGER NOT NULL              -- how many rows it holds
        ) WITHOUT ROWID""",
        *[statement for table in TALLIED for statement in _tally(table)],
        """CREATE TABLE channel_tallies (
            channel TEXT PRIMARY KEY,
            quotes  INTEGER NOT NULL           -- quotations with this channel
        ) WITHOUT ROWID""",
        """INSERT INTO channel_tallies SELECT channel, count(*) FROM quotes
           WHERE channel IS NOT NULL GROUP BY channel""",
        "ALTER TABLE people ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE people ADD COLUMN articles INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE person_articles (
            person_id   INTEGER NOT NULL,
            article_id  INTEGER NOT NULL,
            occurrences INTEGER NOT NULL,      -- of the person's quotations in the article
            PRIMARY KEY (person_id, article_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE person_names (
            person_id   INTEGER NOT NULL,
            name        TEXT NOT NULL,         -- a speaker name articles give the person
            occurrences INTEGER NOT NULL,      -- how many occurrences give it
            PRIMARY KEY (person_id, name)
        ) WITHOUT ROWID""",
        """INSERT INTO person_articles SELECT q.person_id, o.article_id, count(*)
           FROM occurrences o JOIN quotes q ON q.id = o.quote_id
           WHERE q.person_id IS NOT NULL GROUP BY q.person_id, o.article_id""",
        """INSERT INTO person_names SELECT q.person_id, o.speaker_name, count(*)
           FROM occurrences o JOIN quotes q ON q.id = o.quote_id
           WHERE q.person_id IS NOT NULL AND o.speaker_name IS NOT NULL
           GROUP BY q.person_id, o.speaker_name""",
        """UPDATE people SET
           quotes = (SELECT count(*) FROM quotes WHERE person_id = people.id),
           articles = (SELECT count(*) FROM person_articles WHERE person_id = people.id)""",
        "CREATE INDEX people_by_quotes ON people (quotes DESC, name)",
        *_PEOPLE_TRIGGERS,
        *_CHANNEL_TRIGGERS,
        _index_runs,
    ],
]

LATEST = len(MIGRATIONS)


class NewerSchema(Exception):
    """The database was written by a newer saidwhen than this one."""


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations `conn`'s database lacks; the schema version it ends at.

    The caller holds the write lock (BEGIN IMMEDIATE), so that two processes opening a new
    database at once do not both create its tables."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise NewerSchema(f"schema version {version}, this saidwhen knows up to {LATEST}")
    for number in range(version + 1, LATEST + 1):
        for step in MIGRATIONS[number - 1]:
            if callable(step):
                step(conn)
            else:
                conn.execute(step)
        conn.execute(f"PRAGMA user_version = {number}")
    return LATEST
