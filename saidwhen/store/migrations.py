"""The store's schema, as numbered migrations applied in order and recorded in the file.

Each migration is a list of SQL statements (or, where SQL cannot say it, Python functions of
the connection), run once in one transaction; `PRAGMA
user_version` holds the number of the last one applied, so a database made by an older
saidwhen is brought up to date when it is opened, and one made by a newer saidwhen is refused.
A migration, once released, is never edited: a change to the schema is a new migration.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

# The tables whose rows `tallies` counts (saidwhen.store.counts), as migration 8 names them;
# migration 6 counted them under their names then.
TALLIED = ("articles", "quotations", "occurrences", "people", "skipped")
_TALLIED_IN_6 = ("articles", "quotes", "occurrences", "people", "skipped")


def _tally(table: str) -> list[str]:
    """A table's row count, and the triggers that keep it."""
    return [f"INSERT INTO tallies VALUES ('{table}', (SELECT count(*) FROM {table}))",
            *_tally_triggers(table)]


def _tally_triggers(table: str) -> list[str]:
    return [f"""CREATE TRIGGER {table}_tally_insert AFTER INSERT ON {table} BEGIN
                UPDATE tallies SET rows = rows + 1 WHERE name = '{table}';
            END""",
            f"""CREATE TRIGGER {table}_tally_delete AFTER DELETE ON {table} BEGIN
                UPDATE tallies SET rows = rows - 1 WHERE name = '{table}';
            END"""]


# A person's kept counts (migration 6): their quotations, and the articles they are quoted in,
# which follow the rows of person_articles (kept by migration 4's triggers).
_PEOPLE_TRIGGERS = [
    """CREATE TRIGGER person_articles_people_insert AFTER INSERT ON person_articles BEGIN
        UPDATE people SET articles = articles + 1 WHERE id = new.person_id;
    END""",
    """CREATE TRIGGER person_articles_people_delete AFTER DELETE ON person_articles BEGIN
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
    """quote_runs for the quotations already stored (hashing needs Python, not SQL), under
    migration 6's names (saidwhen.store.quotations.index_runs writes migration 8's)."""
    from saidwhen.identity.quotes import first_run, runs
    from saidwhen.store.quotations import run_key

    def index_runs(conn: sqlite3.Connection, quote_id: int, person: int, words: str) -> None:
        first = first_run(words)
        conn.executemany("INSERT INTO quote_runs (run, quote_id, first) VALUES (?, ?, ?) "
                         "ON CONFLICT (run, quote_id) DO UPDATE SET "
                         "first = max(first, excluded.first)",
                         [(run_key(person, run), quote_id, run == first) for run in runs(words)])

    last = 0
    while True:  # a batch at a time, so that a million quotations are never in memory at once
        rows = conn.execute("SELECT id, person_id, words FROM quotes WHERE person_id IS NOT NULL "
                            "AND id > ? ORDER BY id LIMIT 10000", (last,)).fetchall()
        if not rows:
            return
        for quote_id, person, words in rows:
            index_runs(conn, quote_id, person, words)
        last = rows[-1][0]


# The month of a quotation in person_months: of when it was said, else first reported.
_MONTH = "coalesce(substr(coalesce({t}.said_on, {t}.first_seen), 1, 7), '')"


def _month_change(row: str, step: str) -> str:
    """Count the quotation `row` (new or old) in or out (`step` +1 or -1) of person_months."""
    return (f"INSERT INTO person_months SELECT {row}.person_id, {_MONTH.format(t=row)}, "
            f"coalesce({row}.channel, ''), {step} WHERE {row}.person_id IS NOT NULL "
            f"ON CONFLICT (person_id, month, channel) DO UPDATE SET quotes = quotes + ({step});"
            "DELETE FROM person_months WHERE quotes = 0 AND person_id = "
            f"{row}.person_id AND month = {_MONTH.format(t=row)} "
            f"AND channel = coalesce({row}.channel, '');")


_MONTH_TRIGGERS = [
    f"CREATE TRIGGER person_months_insert AFTER INSERT ON quotes BEGIN {_month_change('new', '1')} END",
    f"CREATE TRIGGER person_months_delete AFTER DELETE ON quotes BEGIN {_month_change('old', '-1')} END",
    "CREATE TRIGGER person_months_update AFTER UPDATE OF person_id, said_on, first_seen, channel "
    f"ON quotes BEGIN {_month_change('old', '-1')} {_month_change('new', '1')} END",
]


def _occurrence_triggers(table: str, key: str, column: str) -> list[str]:
    """Triggers keeping `table` (person_id, `key`, occurrences) equal to the number of each
    person's occurrences by their `column`, whichever way an occurrence or its quotation
    moves (an article replaced, an excerpt taken into a longer quotation, two people merged)."""
    def one(row: str, step: str) -> str:  # occurrence `row` counted in (1) or out (-1)
        person = f"(SELECT person_id FROM quotes WHERE id = {row}.quote_id)"
        return (f"INSERT INTO {table} SELECT {person}, {row}.{column}, {step} "
                f"WHERE {row}.{column} IS NOT NULL AND {person} IS NOT NULL "
                f"ON CONFLICT (person_id, {key}) DO UPDATE SET "
                "occurrences = occurrences + excluded.occurrences; "
                # by the whole key: the person's other rows are never read
                f"DELETE FROM {table} WHERE person_id = {person} AND {key} = {row}.{column} "
                "AND occurrences = 0;")

    def every(person: str, step: str) -> str:  # all occurrences of quotation new.id
        return (f"INSERT INTO {table} SELECT {person}, o.{column}, {step} * count(*) "
                f"FROM occurrences o WHERE o.quote_id = new.id AND o.{column} IS NOT NULL "
                f"AND {person} IS NOT NULL GROUP BY o.{column} "
                f"ON CONFLICT (person_id, {key}) DO UPDATE SET "
                "occurrences = occurrences + excluded.occurrences; "
                f"DELETE FROM {table} WHERE person_id = {person} AND {key} IN (SELECT "
                f"o.{column} FROM occurrences o WHERE o.quote_id = new.id) AND occurrences = 0;")

    return [
        f"CREATE TRIGGER {table}_insert AFTER INSERT ON occurrences BEGIN {one('new', '1')} END",
        f"CREATE TRIGGER {table}_delete AFTER DELETE ON occurrences BEGIN {one('old', '-1')} END",
        f"CREATE TRIGGER {table}_move AFTER UPDATE OF quote_id ON occurrences BEGIN "
        f"{one('old', '-1')} {one('new', '1')} END",
        f"CREATE TRIGGER {table}_rehome AFTER UPDATE OF person_id ON quotes BEGIN "
        f"{every('old.person_id', '-1')} {every('new.person_id', '1')} END",
    ]


# The statistics' sources (migration 7): which sources carry each quotation, and how many of
# each source's quotations each speaker has, kept as occurrences come and go, so that the
# sources' table is a GROUP BY over a few rows a source, not a read of every occurrence.
# A source that is none is kept as the empty blob x'' (a key may not be NULL; a blob is never
# equal to any text, the empty text included); the column's NOCASE groups the sources as the
# statistics do.
_SOURCE = "(SELECT coalesce(source, x'') FROM articles WHERE id = {row}.article_id)"


def _carried(row: str, step: str) -> str:
    """Count occurrence `row` (new or old) in or out (`step` 1 or -1) of source_quotes."""
    if step == "1":
        return (f"INSERT INTO source_quotes SELECT {_SOURCE.format(row=row)}, {row}.quote_id, "
                f"coalesce((SELECT person_id FROM quotes WHERE id = {row}.quote_id), 0), 1 "
                f"WHERE {_SOURCE.format(row=row)} IS NOT NULL "
                "ON CONFLICT (source, quote_id) DO UPDATE SET occurrences = occurrences + 1;")
    return (f"UPDATE source_quotes SET occurrences = occurrences - 1 WHERE quote_id = "
            f"{row}.quote_id AND source = {_SOURCE.format(row=row)}; "
            f"DELETE FROM source_quotes WHERE quote_id = {row}.quote_id AND occurrences = 0;")


def _speaker_change(row: str, step: str) -> str:
    """Count the source_quotes row `row` in or out (`step`) of its source's speaker."""
    return (f"INSERT INTO source_people SELECT {row}.source, {row}.person, {step} WHERE 1 "
            "ON CONFLICT (source, person) DO UPDATE SET quotes = quotes + excluded.quotes; "
            f"DELETE FROM source_people WHERE source = {row}.source AND person = {row}.person "
            "AND quotes = 0;")


_SOURCE_TRIGGERS = [
    f"CREATE TRIGGER source_quotes_insert AFTER INSERT ON occurrences BEGIN {_carried('new', '1')} END",
    f"CREATE TRIGGER source_quotes_delete AFTER DELETE ON occurrences BEGIN {_carried('old', '-1')} END",
    "CREATE TRIGGER source_quotes_move AFTER UPDATE OF quote_id, article_id ON occurrences BEGIN "
    f"{_carried('old', '-1')} {_carried('new', '1')} END",
    """CREATE TRIGGER source_quotes_rehome AFTER UPDATE OF person_id ON quotes
        WHEN old.person_id IS NOT new.person_id BEGIN
        UPDATE source_quotes SET person = coalesce(new.person_id, 0) WHERE quote_id = new.id;
    END""",
    f"CREATE TRIGGER source_people_insert AFTER INSERT ON source_quotes BEGIN "
    f"{_speaker_change('new', '1')} END",
    f"CREATE TRIGGER source_people_delete AFTER DELETE ON source_quotes BEGIN "
    f"{_speaker_change('old', '-1')} END",
    "CREATE TRIGGER source_people_move AFTER UPDATE OF person ON source_quotes BEGIN "
    f"{_speaker_change('old', '-1')} {_speaker_change('new', '1')} END",
]


def _said_change(row: str, step: str) -> str:
    """Count quotation `row` (new or old) in or out (`step`) of speaker_said."""
    key = (f"coalesce({row}.person_id, 0), coalesce({row}.speaker_gender, x''), "
           f"coalesce({row}.speaker_kind, x'')")
    return (f"INSERT INTO speaker_said SELECT {key}, {step} WHERE 1 "
            "ON CONFLICT (person, gender, kind) DO UPDATE SET quotes = quotes + excluded.quotes; "
            f"DELETE FROM speaker_said WHERE (person, gender, kind) = ({key}) AND quotes = 0;")


# What all a speaker's quotations say together (saidwhen.store.quotations.agreed in SQL, as
# saidwhen.store.stats reads it), from their rows of speaker_said.
_AGREED = ("CASE WHEN min(nullif({c}, 'unknown')) IS NOT max(nullif({c}, 'unknown')) "
           "OR max({c} = 'disputed') THEN 'disputed' "
           "ELSE coalesce(max(nullif({c}, 'unknown')), max({c})) END")
_KEPT_GENDER, _KEPT_KIND = "nullif(gender, x'')", "nullif(kind, x'')"  # x'': none, kept


def _agree_again(row: str) -> str:
    """speaker_agreed's row of the speaker of speaker_said's `row`, counted again from that
    speaker's few rows; only a row come or gone can change it, not a count."""
    return (f"DELETE FROM speaker_agreed WHERE person = {row}.person; "
            "INSERT INTO speaker_agreed SELECT person, "
            f"{_AGREED.format(c=_KEPT_GENDER)}, {_AGREED.format(c=_KEPT_KIND)} "
            f"FROM speaker_said WHERE person = {row}.person AND person <> 0 GROUP BY person;")


_SAID_TRIGGERS = [
    f"CREATE TRIGGER speaker_agreed_insert AFTER INSERT ON speaker_said BEGIN {_agree_again('new')} END",
    f"CREATE TRIGGER speaker_agreed_delete AFTER DELETE ON speaker_said BEGIN {_agree_again('old')} END",
    f"CREATE TRIGGER speaker_said_insert AFTER INSERT ON quotes BEGIN {_said_change('new', '1')} END",
    f"CREATE TRIGGER speaker_said_delete AFTER DELETE ON quotes BEGIN {_said_change('old', '-1')} END",
    "CREATE TRIGGER speaker_said_update AFTER UPDATE OF person_id, speaker_gender, speaker_kind "
    f"ON quotes BEGIN {_said_change('old', '-1')} {_said_change('new', '1')} END",
]


# Migration 8's renaming: the tables and columns that said "quote" of a quotation, by their
# names then (the columns by the names of their tables after it).
QUOTATION_TABLES = {"quotes": "quotations", "quote_runs": "quotation_runs",
                    "source_quotes": "source_quotations"}
QUOTATION_COLUMNS = {
    "occurrences": {"quote_id": "quotation_id"},
    "quotation_runs": {"quote_id": "quotation_id"},
    "source_quotations": {"quote_id": "quotation_id"},
    # counts of quotations
    "people": {"quotes": "quotations"}, "person_months": {"quotes": "quotations"},
    "channel_tallies": {"quotes": "quotations"}, "speaker_said": {"quotes": "quotations"},
    "source_people": {"quotes": "quotations"},
}
_FTS = "fts5(text, content='{table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"


def rename_schema(conn: sqlite3.Connection, tables: dict[str, str],
                  columns: dict[str, dict[str, str]], renamed: Callable[[str], str]) -> None:
    """Rename `tables` and `columns` (keyed by the new table names), and every index and
    trigger by `renamed` of its name, with the data as it is.

    SQLite's ALTER TABLE ... RENAME rewrites the triggers, views, indexes and foreign keys
    that name a table or column, but not what is no SQL to it: the full-text table's
    content= (so the table is made again and rebuilt from its content), the tallies' names
    (text in the tally triggers), nor the names of indexes and triggers."""
    fts_of = {old: renamed(f"{old}_fts") for old in tables if _exists(conn, f"{old}_fts")}
    for old in fts_of:
        _drop_all(conn, "trigger", f"{old}_fts_%")
        conn.execute(f"DROP TABLE {old}_fts")
    tallied = [old for old in tables if _exists(conn, f"{old}_tally_insert")]
    for old in tallied:
        _drop_all(conn, "trigger", f"{old}_tally_%")
    for old, new in tables.items():
        conn.execute(f"ALTER TABLE {old} RENAME TO {new}")
    for table, names in columns.items():
        for old, new in names.items():
            conn.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")
    for old in tallied:
        conn.execute("UPDATE tallies SET name = ? WHERE name = ?", (tables[old], old))
        for statement in _tally_triggers(tables[old]):
            conn.execute(statement)
    for old, new_fts in fts_of.items():
        _make_fts(conn, new_fts, tables[old])
    _rename_objects(conn, renamed)


def _exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def _drop_all(conn: sqlite3.Connection, kind: str, like: str) -> None:
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = ? AND name LIKE ?",
                                (kind, like)).fetchall():
        conn.execute(f"DROP {kind} {name}")


def _make_fts(conn: sqlite3.Connection, fts: str, table: str) -> None:
    """The full-text index of `table`'s text, filled from it, and its triggers (migration 1's)."""
    conn.execute(f"CREATE VIRTUAL TABLE {fts} USING {_FTS.format(table=table)}")
    conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    conn.execute(f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
        INSERT INTO {fts} (rowid, text) VALUES (new.id, new.text);
    END""")
    conn.execute(f"""CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN
        INSERT INTO {fts} ({fts}, rowid, text) VALUES ('delete', old.id, old.text);
    END""")
    conn.execute(f"""CREATE TRIGGER {fts}_update AFTER UPDATE OF text ON {table} BEGIN
        INSERT INTO {fts} ({fts}, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO {fts} (rowid, text) VALUES (new.id, new.text);
    END""")


def _rename_objects(conn: sqlite3.Connection, renamed: Callable[[str], str]) -> None:
    """Each index and trigger whose name `renamed` changes made again under the new name, from
    its own SQL (which ALTER TABLE has already brought to the new table and column names)."""
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                           "('index', 'trigger') AND sql IS NOT NULL").fetchall()
    for kind, name, sql in objects:
        if renamed(name) == name:
            continue
        head = re.match(rf"\s*CREATE\s+(UNIQUE\s+)?{kind}\s+{re.escape(name)}\b", sql,
                        re.IGNORECASE)
        conn.execute(f"DROP {kind} {name}")
        conn.execute(head.group(0)[:-len(name)] + renamed(name) + sql[head.end():])


def quotation_name(name: str) -> str:
    """An index or trigger's name with "quote" of a quotation said "quotation" (migration 8)."""
    return re.sub(r"quote(?!tion)", "quotation", name)


def _name_quotations(conn: sqlite3.Connection) -> None:
    rename_schema(conn, QUOTATION_TABLES, QUOTATION_COLUMNS, quotation_name)


# The statistics' tallies (migration 9): for each facet of a quotation (its month, its year,
# its channel) and each speaker (0: unnamed), how many quotations they have there, in
# stats_people; and for each value of a facet its quotations and named speakers, in
# stats_tallies, counted in or out as a row of stats_people comes, changes or goes (and those
# of sources, genders and kinds as migration 7's rows do, _kept_tally_triggers). A value that is
# none (no channel, undated) is kept as the empty blob x'', as in migration 7.
QUOTATIONS = "quotations"  # the quotations' table (migration 8), for migration 9 and the statistics
FACETS = {"month": "substr(coalesce({row}.said_on, {row}.first_seen), 1, 7)",
          "year": "substr(coalesce({row}.said_on, {row}.first_seen), 1, 4)",
          "channel": "{row}.channel"}


def _tallied(facet: str, value: str, quotations: str, speakers: str, taken: bool = False) -> str:
    """Add `quotations` and `speakers` (SQL) to the tally of `facet`'s `value` (SQL too). Where
    they are `taken` away (a row gone), a tally left with neither is gone too; a row whose
    count only falls is gone by the next statement of its writer, when it reaches 0."""
    added = (f"INSERT INTO stats_tallies VALUES ({facet}, {value}, {quotations}, {speakers}) "
             "ON CONFLICT (facet, value) DO UPDATE SET "
             "quotations = quotations + excluded.quotations, "
             "speakers = speakers + excluded.speakers;")
    if not taken:
        return added
    return (f"{added} DELETE FROM stats_tallies WHERE facet = {facet} AND value = {value} "
            "AND quotations = 0 AND speakers = 0;")


def _faceted(row: str, step: str) -> str:
    """Count quotation `row` (new or old) in or out (`step` 1 or -1) of each facet's speaker."""
    statements = []
    for facet, value in FACETS.items():
        key = (f"'{facet}', coalesce({value.format(row=row)}, x''), "
               f"coalesce({row}.person_id, 0)")
        statements.append(
            f"INSERT INTO stats_people SELECT {key}, {step} WHERE 1 "
            "ON CONFLICT (facet, value, person) DO UPDATE SET "
            "quotations = quotations + excluded.quotations;")
        if step != "1":  # counted out: a speaker with none left there is gone
            statements.append(f"DELETE FROM stats_people WHERE (facet, value, person) = ({key}) "
                              "AND quotations = 0;")
    return " ".join(statements)


_FACET_TRIGGERS = [
    # a row of stats_people come, changed or gone: its value's tally follows
    "CREATE TRIGGER stats_tallies_insert AFTER INSERT ON stats_people BEGIN "
    f"{_tallied('new.facet', 'new.value', 'new.quotations', 'new.person <> 0')} END",
    "CREATE TRIGGER stats_tallies_update AFTER UPDATE OF quotations ON stats_people BEGIN "
    f"{_tallied('new.facet', 'new.value', 'new.quotations - old.quotations', '0')} END",
    "CREATE TRIGGER stats_tallies_delete AFTER DELETE ON stats_people BEGIN "
    f"{_tallied('old.facet', 'old.value', '-old.quotations', '-(old.person <> 0)', True)} END",
    f"CREATE TRIGGER stats_people_insert AFTER INSERT ON {QUOTATIONS} BEGIN "
    f"{_faceted('new', '1')} END",
    f"CREATE TRIGGER stats_people_delete AFTER DELETE ON {QUOTATIONS} BEGIN "
    f"{_faceted('old', '-1')} END",
    f"CREATE TRIGGER stats_people_update AFTER UPDATE OF person_id, said_on, first_seen, channel "
    f"ON {QUOTATIONS} WHEN old.person_id IS NOT new.person_id OR old.said_on IS NOT new.said_on "
    "OR old.first_seen IS NOT new.first_seen OR old.channel IS NOT new.channel BEGIN "
    f"{_faceted('old', '-1')} {_faceted('new', '1')} END",
]


def _kept_tally_triggers() -> list[str]:
    """The other tables of the whole corpus, tallied from what migration 7 keeps: each
    source's (source, quotation) pairs and named speakers from source_people; the quotations
    of each gender and kind from speaker_said, and the named speakers whose quotations agree
    on each from speaker_agreed (whose rows are only ever added or taken away)."""
    source = "'source'"
    triggers = [
        "CREATE TRIGGER stats_tallies_source_insert AFTER INSERT ON source_people BEGIN "
        f"{_tallied(source, 'new.source', 'new.quotations', 'new.person <> 0')} END",
        "CREATE TRIGGER stats_tallies_source_update AFTER UPDATE OF quotations ON source_people "
        f"BEGIN {_tallied(source, 'new.source', 'new.quotations - old.quotations', '0')} END",
        "CREATE TRIGGER stats_tallies_source_delete AFTER DELETE ON source_people BEGIN "
        f"{_tallied(source, 'old.source', '-old.quotations', '-(old.person <> 0)', True)} END",
    ]
    for name, event, row, quotations in (("insert", "INSERT", "new", "new.quotations"),
                                     ("update", "UPDATE OF quotations", "new",
                                      "new.quotations - old.quotations"),
                                     ("delete", "DELETE", "old", "-old.quotations")):
        said = " ".join(_tallied(f"'{facet}'", f"{row}.{facet}", quotations, "0",
                                 name == "delete")
                        for facet in ("gender", "kind"))
        triggers.append(f"CREATE TRIGGER stats_tallies_said_{name} AFTER {event} ON "
                        f"speaker_said BEGIN {said} END")
    for name, event, row, step in (("insert", "INSERT", "new", "1"),
                                   ("delete", "DELETE", "old", "-1")):
        agreed = " ".join(_tallied(f"'{facet}'", f"coalesce({row}.{facet}, x'')", "0", step,
                                   name == "delete") for facet in ("gender", "kind"))
        triggers.append(f"CREATE TRIGGER stats_tallies_agreed_{name} AFTER {event} ON "
                        f"speaker_agreed BEGIN {agreed} END")
    return triggers


def _facets_counted() -> list[str]:
    """stats_people and stats_tallies of the quotations already stored (migration 9).

    A channel or source is one value whatever its case, in the casing its triggers would have
    kept: that first stored (of the first quotation with the channel, the first article with
    the source), so that a database upgraded answers as one written since."""
    people = [
        f"INSERT INTO stats_people SELECT facet, value, person, quotations FROM (SELECT "
        f"'{facet}' AS facet, coalesce({value.format(row='q')}, x'') AS value, "
        "coalesce(q.person_id, 0) AS person, count(*) AS quotations, min(q.id) "
        f"FROM {QUOTATIONS} q GROUP BY coalesce({value.format(row='q')}, x'') COLLATE NOCASE, "
        "coalesce(q.person_id, 0))"
        for facet, value in FACETS.items()]
    channels = (
        "INSERT INTO stats_tallies SELECT 'channel', value, quotations, speakers FROM (SELECT "
        "coalesce(q.channel, x'') AS value, count(*) AS quotations, "
        f"count(DISTINCT q.person_id) AS speakers, min(q.id) FROM {QUOTATIONS} q "
        "GROUP BY coalesce(q.channel, x'') COLLATE NOCASE)")
    first_sources = (
        "SELECT coalesce(a.source, x'') AS source, min(a.id) FROM articles a "
        "WHERE EXISTS (SELECT 1 FROM occurrences o WHERE o.article_id = a.id) "
        "GROUP BY coalesce(a.source, x'') COLLATE NOCASE")
    return [*people,
            "INSERT INTO stats_tallies SELECT facet, value, sum(quotations), sum(person <> 0) "
            "FROM stats_people WHERE facet <> 'channel' GROUP BY facet, value",
            channels,
            "INSERT INTO stats_tallies SELECT 'source', f.source, sum(p.quotations), "
            f"sum(p.person <> 0) FROM source_people p JOIN ({first_sources}) f "
            "ON f.source = p.source COLLATE NOCASE GROUP BY p.source",
            *(f"INSERT INTO stats_tallies SELECT '{facet}', value, sum(quotations), sum(speakers) "
              f"FROM (SELECT {facet} AS value, quotations, 0 AS speakers FROM speaker_said "
              f"UNION ALL SELECT coalesce({facet}, x''), 0, 1 FROM speaker_agreed) GROUP BY value"
              for facet in ("gender", "kind"))]


def source_triggers(dated: bool) -> list[str]:
    """The triggers that count an occurrence into source_quotations, under migration 8's
    names: migration 7's, with the quotation's when (said_on, else first_seen) where `dated`
    (migration 11)."""
    def counted_in(row: str) -> str:
        source = _SOURCE.format(row=row)
        quotation = f"FROM quotations WHERE id = {row}.quotation_id"
        when = f", (SELECT coalesce(said_on, first_seen) {quotation})" if dated else ""
        return (f"INSERT INTO source_quotations (source, quotation_id, person, occurrences"
                f"{', said_when' if dated else ''}) SELECT {source}, {row}.quotation_id, "
                f"coalesce((SELECT person_id {quotation}), 0), 1{when} WHERE {source} IS NOT NULL "
                "ON CONFLICT (source, quotation_id) DO UPDATE SET occurrences = occurrences + 1;")

    counted_out = ("UPDATE source_quotations SET occurrences = occurrences - 1 WHERE quotation_id "
                   f"= old.quotation_id AND source = {_SOURCE.format(row='old')}; DELETE FROM "
                   "source_quotations WHERE quotation_id = old.quotation_id AND occurrences = 0;")
    return [f"CREATE TRIGGER source_quotations_insert AFTER INSERT ON occurrences BEGIN "
            f"{counted_in('new')} END",
            "CREATE TRIGGER source_quotations_move AFTER UPDATE OF quotation_id, article_id "
            f"ON occurrences BEGIN {counted_out} {counted_in('new')} END"]


# A step is an SQL statement, or a function of the connection for what SQL alone cannot do.
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
    # 4: a person's timeline at any size. The page is a LIMIT over the person's entries in
    # one index, in the order said; the counts per month and channel, the person's articles
    # and the names they go by are tables SQLite keeps up to date by triggers in the same
    # transaction as every write, so that none is recounted from the person's quotations.
    [
        # said_on and first_seen too, so that counting by month from this index alone (with
        # words, or a date to the day) needs no row of the table
        "CREATE INDEX quotes_by_person_when ON quotes "
        "(person_id, coalesce(said_on, first_seen), id, channel, said_on, first_seen)",
        """CREATE TABLE person_months (
            person_id INTEGER NOT NULL,
            month     TEXT NOT NULL,           -- YYYY-MM of coalesce(said_on, first_seen); '' none
            channel   TEXT NOT NULL,           -- '' when the quotation names no channel
            quotes    INTEGER NOT NULL,
            PRIMARY KEY (person_id, month, channel)
        ) WITHOUT ROWID""",
        """CREATE TABLE person_articles (
            person_id   INTEGER NOT NULL,
            article_id  INTEGER NOT NULL,
            occurrences INTEGER NOT NULL,
            PRIMARY KEY (person_id, article_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE person_names (
            person_id   INTEGER NOT NULL,
            name        TEXT NOT NULL,         -- a speaker_name of the person's occurrences
            occurrences INTEGER NOT NULL,
            PRIMARY KEY (person_id, name)
        ) WITHOUT ROWID""",
        *_MONTH_TRIGGERS,
        *_occurrence_triggers("person_articles", "article_id", "article_id"),
        *_occurrence_triggers("person_names", "name", "speaker_name"),
        f"INSERT INTO person_months SELECT person_id, {_MONTH.format(t='quotes')}, "
        "coalesce(channel, ''), count(*) FROM quotes WHERE person_id IS NOT NULL GROUP BY 1, 2, 3",
        "INSERT INTO person_articles SELECT q.person_id, o.article_id, count(*) FROM occurrences o "
        "JOIN quotes q ON q.id = o.quote_id WHERE q.person_id IS NOT NULL GROUP BY 1, 2",
        "INSERT INTO person_names SELECT q.person_id, o.speaker_name, count(*) FROM occurrences o "
        "JOIN quotes q ON q.id = o.quote_id WHERE q.person_id IS NOT NULL "
        "AND o.speaker_name IS NOT NULL GROUP BY 1, 2",
    ],
    # 5: who the speaker is as the text says it, kind and gender, in each article; and summed
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
    # 6: storing a quote costs the same at any size, and what the home page and /people show
    # is kept, not recounted. A quotation's runs of six words find its excerpts and the
    # quotations holding it by lookup (saidwhen.store.quotations); counts of rows, of each
    # channel's quotations and of each person's quotations and articles are kept by triggers,
    # in the transaction of the write that changes them. Each person's articles and name
    # variants are migration 4's person_articles and person_names.
    [
        """CREATE TABLE quote_runs (
            run      INTEGER NOT NULL,         -- saidwhen.store.quotations.run_key of a run
            quote_id INTEGER NOT NULL,         -- of six words of a named speaker's quotation
            first    INTEGER NOT NULL,         -- 1: the quotation's first six words
            PRIMARY KEY (run, quote_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX quotes_by_person_words ON quotes (person_id, words)",
        """CREATE TABLE tallies (
            name TEXT PRIMARY KEY,             -- a table: articles, quotes, occurrences, ...
            rows INTEGER NOT NULL              -- how many rows it holds
        ) WITHOUT ROWID""",
        *[statement for table in _TALLIED_IN_6 for statement in _tally(table)],
        """CREATE TABLE channel_tallies (
            channel TEXT PRIMARY KEY,
            quotes  INTEGER NOT NULL           -- quotations with this channel
        ) WITHOUT ROWID""",
        """INSERT INTO channel_tallies SELECT channel, count(*) FROM quotes
           WHERE channel IS NOT NULL GROUP BY channel""",
        "ALTER TABLE people ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE people ADD COLUMN articles INTEGER NOT NULL DEFAULT 0",
        """UPDATE people SET
           quotes = (SELECT count(*) FROM quotes WHERE person_id = people.id),
           articles = (SELECT count(*) FROM person_articles WHERE person_id = people.id)""",
        "CREATE INDEX people_by_quotes ON people (quotes DESC, name)",
        *_PEOPLE_TRIGGERS,
        *_CHANNEL_TRIGGERS,
        _index_runs,
    ],
    # 7: the statistics over the whole corpus answer at any size. The sources' table was read
    # from every occurrence joined to its article; source_quotes keeps each (source, quotation)
    # pair with its number of occurrences and the quotation's speaker, source_people each
    # source's speakers with their number of its quotations (0: the speaker is not named).
    [
        """CREATE TABLE source_quotes (
            source      NOT NULL COLLATE NOCASE,  -- the articles' source; x'' when none
            quote_id    INTEGER NOT NULL,
            person      INTEGER NOT NULL,         -- the quotation's speaker; 0 when unnamed
            occurrences INTEGER NOT NULL,         -- of the quotation in the source's articles
            PRIMARY KEY (source, quote_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX source_quotes_by_quote ON source_quotes (quote_id)",
        """CREATE TABLE source_people (
            source NOT NULL COLLATE NOCASE,
            person INTEGER NOT NULL,              -- 0: the quotations whose speaker is unnamed
            quotes INTEGER NOT NULL,              -- the source's quotations of this speaker
            PRIMARY KEY (source, person)
        ) WITHOUT ROWID""",
        """INSERT INTO source_quotes SELECT coalesce(a.source, x''), o.quote_id,
               coalesce(q.person_id, 0), count(*)
           FROM occurrences o JOIN articles a ON a.id = o.article_id
           JOIN quotes q ON q.id = o.quote_id
           GROUP BY coalesce(a.source, x'') COLLATE NOCASE, o.quote_id""",
        """INSERT INTO source_people SELECT source, person, count(*) FROM source_quotes
           GROUP BY source, person""",
        *_SOURCE_TRIGGERS,
        # what the articles say of each speaker, with the number of their quotations saying
        # it: the gender and kind tables of the whole corpus from a row or two a speaker
        """CREATE TABLE speaker_said (
            person INTEGER NOT NULL,              -- 0: the quotations whose speaker is unnamed
            gender NOT NULL,                      -- quotes.speaker_gender; x'' when none
            kind   NOT NULL,                      -- quotes.speaker_kind; x'' when none
            quotes INTEGER NOT NULL,
            PRIMARY KEY (person, gender, kind)
        ) WITHOUT ROWID""",
        """INSERT INTO speaker_said SELECT coalesce(person_id, 0),
               coalesce(speaker_gender, x''), coalesce(speaker_kind, x''), count(*)
           FROM quotes GROUP BY 1, 2, 3""",
        # and what they say together: each named speaker's gender and kind as counted
        """CREATE TABLE speaker_agreed (
            person INTEGER PRIMARY KEY,
            gender TEXT,                          -- the one value told, else 'disputed'
            kind   TEXT
        )""",
        "CREATE INDEX speaker_agreed_by_said ON speaker_agreed (gender, kind)",
        f"INSERT INTO speaker_agreed SELECT person, {_AGREED.format(c=_KEPT_GENDER)}, "
        f"{_AGREED.format(c=_KEPT_KIND)} FROM speaker_said WHERE person <> 0 GROUP BY person",
        *_SAID_TRIGGERS,
    ],
    # 8: one word for one thing. An article's quote is a quote (the records, Spark's quotes/);
    # what the corpus keeps once, with every article that carries it, is a quotation: the
    # table quotes becomes quotations, with its full-text index, runs and sources, the
    # columns quote_id and the counts called quotes, and the indexes and triggers named after
    # them. The view quotes_in_articles keeps its name: a row of it is an article's quote.
    [
        _name_quotations,
    ],
    # 9: the statistics of the whole corpus answer from kept counts alone, in the same few
    # milliseconds at any size. The channel and period tables and the most quoted of each
    # period read every quotation through an index, the other tables a row or more a speaker
    # or a source (together 0.8 s at a million quotations); stats_people keeps each speaker's
    # quotations by month, year and channel, stats_tallies a row for each value of every
    # table, by triggers in the transaction of every write.
    [
        """CREATE TABLE stats_people (
            facet      TEXT NOT NULL,             -- month, year or channel
            value      NOT NULL COLLATE NOCASE,   -- YYYY-MM, YYYY or a channel; x'' when none
            person     INTEGER NOT NULL,          -- the speaker; 0 when unnamed
            quotations INTEGER NOT NULL,          -- their quotations with this value
            PRIMARY KEY (facet, value, person)
        ) WITHOUT ROWID""",
        # the most quoted of a period, read from the top of its rows
        "CREATE INDEX stats_people_by_quotations ON stats_people "
        "(facet, value, quotations DESC, person)",
        """CREATE TABLE stats_tallies (
            facet      TEXT NOT NULL,             -- month, year, channel, source, gender, kind
            value      NOT NULL COLLATE NOCASE,
            quotations INTEGER NOT NULL,          -- quotations with this value (a source's:
                                                  -- those it carries)
            speakers   INTEGER NOT NULL,          -- named speakers of those quotations (of a
                                                  -- gender or kind: whose quotations agree on it)
            PRIMARY KEY (facet, value)
        ) WITHOUT ROWID""",
        *_facets_counted(),
        *_FACET_TRIGGERS,
        *_kept_tally_triggers(),
    ],
    # 10: a search narrowed to one channel, or to a kind or gender of speaker, pages through
    # its quotations newest first from an index in that order, instead of reading and sorting
    # every one it keeps (45,501 of a channel: 120 ms a page; an index: a few ms at any
    # offset). The channel's index in date order serves what quotations_by_channel did.
    [
        "CREATE INDEX quotations_by_channel_when ON quotations "
        "(channel COLLATE NOCASE, coalesce(said_on, first_seen), id)",
        "DROP INDEX quotations_by_channel",
        "CREATE INDEX quotations_by_kind_when ON quotations "
        "(speaker_kind, coalesce(said_on, first_seen), id)",
        "CREATE INDEX quotations_by_gender_when ON quotations "
        "(speaker_gender, coalesce(said_on, first_seen), id)",
    ],
    # 11: a search narrowed to a source pages through its quotations in date order from an
    # index, as migration 10's filters do, instead of reading and sorting every one the source
    # carries (152,308 of a source: 150 to 250 ms a page, most of it the sort). A quotation has
    # many sources, so its date cannot be indexed with them in quotations: source_quotations,
    # one row a (source, quotation), keeps the quotation's when (said_on, else first_seen) by
    # triggers in the transaction of every write.
    [
        "ALTER TABLE source_quotations ADD COLUMN said_when TEXT",  # NULL: undated
        """UPDATE source_quotations SET said_when = (SELECT coalesce(q.said_on, q.first_seen)
           FROM quotations q WHERE q.id = source_quotations.quotation_id)""",
        "CREATE INDEX source_quotations_by_when ON source_quotations "
        "(source, said_when, quotation_id)",
        # a pair comes in with its quotation's when ...
        "DROP TRIGGER source_quotations_insert",
        "DROP TRIGGER source_quotations_move",
        *source_triggers(dated=True),
        # ... and follows it when an earlier article or day comes in
        """CREATE TRIGGER source_quotations_redated AFTER UPDATE OF said_on, first_seen
            ON quotations WHEN coalesce(old.said_on, old.first_seen)
                IS NOT coalesce(new.said_on, new.first_seen) BEGIN
            UPDATE source_quotations SET said_when = coalesce(new.said_on, new.first_seen)
            WHERE quotation_id = new.id;
        END""",
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
    # A step may run long (migration 8 at a million quotations: 40 s), and Python hears a
    # signal only between statements: SQLite calls back into Python meanwhile, so that Ctrl+C
    # is heard at once. The KeyboardInterrupt its handler raises there ends the statement
    # (sqlite3 passes it on as "interrupted"); the caller's transaction then rolls back every
    # step, and the database stays at the version it had.
    conn.set_progress_handler(_heard, HEARING_STEPS)
    try:
        for number in range(version + 1, LATEST + 1):
            for step in MIGRATIONS[number - 1]:
                step(conn) if callable(step) else conn.execute(step)
            conn.execute(f"PRAGMA user_version = {number}")
    except KeyboardInterrupt:
        raise MigrationStopped(version) from None
    except sqlite3.OperationalError as error:
        if "interrupted" not in str(error):
            raise
        raise MigrationStopped(version) from None
    finally:
        conn.set_progress_handler(None, 0)
    return LATEST


HEARING_STEPS = 10_000  # SQLite's steps between two chances to hear a signal (well under 1 ms)


def _heard() -> bool:
    return False  # the statement goes on, unless a signal handler raised on the way in


class MigrationStopped(KeyboardInterrupt):
    """A signal stopped the migrations; the database is left at its version before them."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def _fill_stable_ids(conn: sqlite3.Connection) -> None:
    """Each quotation's stable id, from its occurrence in the earliest article (migration 3;
    saidwhen.store.quotations.FIRST_OCCURRENCE under migration 3's names)."""
    from saidwhen.store.quotations import stable_quotation_id

    conn.create_function("stable_quote_id", 2, stable_quotation_id, deterministic=True)
    conn.execute("UPDATE quotes SET stable_id = (SELECT stable_quote_id(a.article_id, o.position) "
                 "FROM occurrences o JOIN articles a ON a.id = o.article_id "
                 "WHERE o.quote_id = quotes.id "
                 "ORDER BY coalesce(a.date, '9999'), a.article_id, o.position LIMIT 1)")
