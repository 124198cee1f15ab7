"""What the store keeps up to date as it writes (migrations 4, 6, 7 and 9), read as kept and
recomputed from the tables with plain SQL: the two must always be equal. Each person's quotations
and articles are kept twice (in people by migration 6, in person_months and person_articles by
migration 4): both are read, so that they are held to agree wherever the kept counts are checked
(ingest, re-ingest, replaced articles, kill -9, an upgrade)."""
from __future__ import annotations

import sqlite3
from collections import Counter

from saidwhen.identity.quotes import first_run, runs
from saidwhen.store.migrations import (QUOTATION_COLUMNS, QUOTATION_TABLES, rename_schema,
                                       source_triggers)
from saidwhen.store.quotations import agreed, run_key


def rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    return sorted(tuple(row) for row in conn.execute(sql))


def kept(conn: sqlite3.Connection) -> dict[str, list]:
    """The counts and indexes the store maintains, as they are stored."""
    return {
        "tallies": rows(conn, "SELECT name, rows FROM tallies"),
        "channels": rows(conn, "SELECT channel, quotations FROM channel_tallies"),
        "people": rows(conn, "SELECT id, quotations, articles FROM people"),
        # the same two counts of each person, from the tables of their timeline (migration
        # 4): the two kept counts must agree, each being the recount
        "people_from_timeline": rows(conn, _PEOPLE_FROM_TIMELINE),
        "months": rows(conn, "SELECT person_id, month, channel, quotations FROM person_months"),
        "names": rows(conn, "SELECT person_id, name, occurrences FROM person_names"),
        "runs": rows(conn, "SELECT run, quotation_id, first FROM quotation_runs"),
        **kept_sources(conn),
        **kept_facets(conn),
    }


_PEOPLE_FROM_TIMELINE = """
    SELECT p.id,
           (SELECT coalesce(sum(m.quotations), 0) FROM person_months m WHERE m.person_id = p.id),
           (SELECT count(*) FROM person_articles a WHERE a.person_id = p.id)
    FROM people p"""


# A source as the statistics group them (NOCASE folds ASCII letters, as lower() does), the
# none kept as x'' read as SQL's NULL: quote() makes each a text that sorts.
_KEPT_SOURCE = "quote(lower(nullif(source, x'')))"
_CARRIED = """SELECT DISTINCT quote(lower(a.source)) AS source, o.quotation_id,
                     coalesce(q.person_id, 0) AS person
              FROM occurrences o JOIN articles a ON a.id = o.article_id
              JOIN quotations q ON q.id = o.quotation_id"""


def kept_sources(conn: sqlite3.Connection) -> dict[str, list]:
    """The statistics' sources and speakers as kept (migration 7)."""
    return {
        "sources": rows(conn, f"SELECT {_KEPT_SOURCE}, quotation_id, person, occurrences "
                              "FROM source_quotations"),
        **({"source_dates": rows(conn, f"SELECT {_KEPT_SOURCE}, quotation_id, quote(said_when) "
                                       "FROM source_quotations")} if _dated(conn) else {}),
        "source_people": rows(conn, f"SELECT {_KEPT_SOURCE}, person, quotations FROM source_people"),
        "speaker_said": rows(conn, "SELECT person, quote(nullif(gender, x'')), "
                                   "quote(nullif(kind, x'')), quotations FROM speaker_said"),
        "speaker_agreed": rows(conn, "SELECT person, quote(gender), quote(kind) "
                                     "FROM speaker_agreed"),
    }


def recounted_sources(conn: sqlite3.Connection) -> dict[str, list]:
    """The same, counted again from the occurrences, their articles and quotations."""
    return {
        "sources": rows(conn, "SELECT quote(lower(a.source)), o.quotation_id, "
                              "coalesce(q.person_id, 0), count(*) FROM occurrences o "
                              "JOIN articles a ON a.id = o.article_id "
                              "JOIN quotations q ON q.id = o.quotation_id GROUP BY 1, 2"),
        "source_people": rows(conn, f"SELECT source, person, count(*) FROM ({_CARRIED}) "
                                    "GROUP BY 1, 2"),
        **({"source_dates": rows(conn, "SELECT DISTINCT quote(lower(a.source)), o.quotation_id, "
                                       "quote(coalesce(q.said_on, q.first_seen)) "
                                       "FROM occurrences o JOIN articles a ON a.id = o.article_id "
                                       "JOIN quotations q ON q.id = o.quotation_id")}
           if _dated(conn) else {}),
        "speaker_said": rows(conn, "SELECT coalesce(person_id, 0), quote(speaker_gender), "
                                   "quote(speaker_kind), count(*) FROM quotations GROUP BY 1, 2, 3"),
        "speaker_agreed": sorted(
            (person, repr_sql(agreed(g for g, _ in said)), repr_sql(agreed(k for _, k in said)))
            for person, said in _said_by_person(conn).items()),
    }


def _dated(conn: sqlite3.Connection) -> bool:
    """Whether source_quotations keeps each quotation's date (migration 11)."""
    return "said_when" in {r[1] for r in conn.execute("PRAGMA table_info(source_quotations)")}


def _said_by_person(conn: sqlite3.Connection) -> dict[int, list[tuple]]:
    said: dict[int, list[tuple]] = {}
    for person, gender, kind in conn.execute("SELECT person_id, speaker_gender, speaker_kind "
                                             "FROM quotations WHERE person_id IS NOT NULL"):
        said.setdefault(person, []).append((gender, kind))
    return said


def repr_sql(value: str | None) -> str:
    """A value as SQL's quote() writes it."""
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


def recounted(conn: sqlite3.Connection) -> dict[str, list]:
    """The same, counted again from articles, quotations, occurrences, people and skipped."""
    tables = ("articles", "quotations", "occurrences", "people", "skipped")
    people = rows(conn, """
            SELECT p.id, (SELECT count(*) FROM quotations q WHERE q.person_id = p.id),
                   (SELECT count(DISTINCT o.article_id) FROM occurrences o
                    JOIN quotations q ON q.id = o.quotation_id WHERE q.person_id = p.id)
            FROM people p""")
    return {
        "tallies": sorted((t, conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                          for t in tables),
        "channels": rows(conn, "SELECT channel, count(*) FROM quotations "
                               "WHERE channel IS NOT NULL GROUP BY channel"),
        "people": people,
        "people_from_timeline": people,
        "months": rows(conn, """
            SELECT person_id, coalesce(substr(coalesce(said_on, first_seen), 1, 7), ''),
                   coalesce(channel, ''), count(*) FROM quotations
            WHERE person_id IS NOT NULL GROUP BY 1, 2, 3"""),
        "names": rows(conn, """
            SELECT q.person_id, o.speaker_name, count(*) FROM occurrences o
            JOIN quotations q ON q.id = o.quotation_id
            WHERE q.person_id IS NOT NULL AND o.speaker_name IS NOT NULL
            GROUP BY q.person_id, o.speaker_name"""),
        "runs": sorted({(run_key(person, run), quotation_id, int(run == first_run(words)))
                        for quotation_id, person, words in conn.execute(
                            "SELECT id, person_id, words FROM quotations WHERE person_id IS NOT NULL")
                        for run in runs(words)}),
        **recounted_sources(conn),
        **recounted_facets(conn),
    }


# Each facet of a quotation as the statistics group it, written out again here: the month and
# the year it was said in, else first reported, and its channel, without regard to case.
_FACETS = {"month": "lower(substr(coalesce(said_on, first_seen), 1, 7))",
           "year": "lower(substr(coalesce(said_on, first_seen), 1, 4))",
           "channel": "lower(channel)"}


def kept_facets(conn: sqlite3.Connection) -> dict[str, list]:
    """The statistics' speakers by month, year and channel, and the tallies of those and of
    each source, gender and kind, as kept (migration 9)."""
    value = "quote(lower(nullif(value, x'')))"
    return {
        "facet_people": rows(conn, f"SELECT facet, {value}, person, quotations "
                                   "FROM stats_people"),
        "facet_tallies": rows(conn, f"SELECT facet, {value}, quotations, speakers "
                                    "FROM stats_tallies"),
    }


def recounted_facets(conn: sqlite3.Connection) -> dict[str, list]:
    """The same, counted again from the quotations, their occurrences and articles."""
    people, tallies = [], []
    for facet, value in _FACETS.items():
        people += rows(conn, f"SELECT '{facet}', quote({value}), coalesce(person_id, 0), "
                             f"count(*) FROM quotations GROUP BY {value}, person_id")
        tallies += rows(conn, f"SELECT '{facet}', quote({value}), count(*), "
                              f"count(DISTINCT person_id) FROM quotations GROUP BY {value}")
    tallies += rows(conn, f"SELECT 'source', source, count(*), count(DISTINCT nullif(person, 0))"
                          f" FROM ({_CARRIED}) GROUP BY source")
    said = _said_by_person(conn)
    for at, facet in enumerate(("gender", "kind")):
        quotes = dict(rows(conn, f"SELECT quote(speaker_{facet}), count(*) FROM quotations "
                                 "GROUP BY 1"))
        speakers = Counter(repr_sql(agreed(pair[at] for pair in pairs))
                           for pairs in said.values())
        tallies += [(facet, v, quotes.get(v, 0), speakers[v]) for v in quotes.keys() | speakers]
    return {"facet_people": sorted(people), "facet_tallies": sorted(tallies)}


def undo_stats_facets(conn: sqlite3.Connection) -> None:
    """What migration 9 made, and 10 over it: the statistics' kept months, years and channels
    and their triggers (for tests that take a database back to an older schema; before
    undoing 8)."""
    undo_date_order(conn)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND ("
                                "name LIKE 'stats_people_%' OR name LIKE 'stats_tallies_%')"
                                ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("stats_people", "stats_tallies"):
        conn.execute(f"DROP TABLE {table}")


def undo_source_dates(conn: sqlite3.Connection) -> None:
    """What migration 11 made: each (source, quotation)'s date, its index and triggers (for
    tests that take a database back to an older schema)."""
    conn.execute("DROP INDEX IF EXISTS source_quotations_by_when")
    for trigger in ("source_quotations_insert", "source_quotations_move",
                    "source_quotations_redated"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for trigger in source_triggers(dated=False):
        conn.execute(trigger)
    if "said_when" in {r[1] for r in conn.execute("PRAGMA table_info(source_quotations)")}:
        conn.execute("ALTER TABLE source_quotations DROP COLUMN said_when")
    conn.execute("PRAGMA user_version = 10")


def undo_date_order(conn: sqlite3.Connection) -> None:
    """What migration 10 made, and 11 over it: the indexes of a channel, kind and gender in
    date order, and the channel's index of before back (for tests that take a database back
    to an older schema)."""
    undo_source_dates(conn)
    for index in ("channel", "kind", "gender"):
        conn.execute(f"DROP INDEX IF EXISTS quotations_by_{index}_when")
    conn.execute("CREATE INDEX IF NOT EXISTS quotations_by_channel ON quotations "
                 "(channel COLLATE NOCASE)")
    conn.execute("PRAGMA user_version = 9")


def undo_quotation_names(conn: sqlite3.Connection) -> None:
    """What migration 8 made, and 9 over it: every name that says quotation back to the quote
    of before (for tests that take a database back to an older schema; before undoing any
    other)."""
    undo_date_order(conn)
    if _made(conn, "stats_people"):
        undo_stats_facets(conn)
    tables = {new: old for old, new in QUOTATION_TABLES.items()}
    columns = {tables.get(table, table): {new: old for old, new in names.items()}
               for table, names in QUOTATION_COLUMNS.items()}
    rename_schema(conn, tables, columns, lambda name: name.replace("quotation", "quote"))
    conn.execute("PRAGMA user_version = 7")


def _made(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is not None


def undo_stats_counts(conn: sqlite3.Connection) -> None:
    """What migration 7 made, and 8 and 9 over it: the statistics' kept sources and their
    triggers (for tests that take a database back to an older schema; before undoing migration
    6 or 5)."""
    if _made(conn, "quotations"):
        undo_quotation_names(conn)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND ("
                                "name LIKE 'source_quotes_%' OR name LIKE 'source_people_%' OR "
                                "name LIKE 'speaker_said_%' OR name LIKE 'speaker_agreed_%')"
                                ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("source_quotes", "source_people", "speaker_said", "speaker_agreed"):
        conn.execute(f"DROP TABLE {table}")


def undo_scale_counts(conn: sqlite3.Connection) -> None:
    """What migration 6 made: the runs index, the kept counts of rows, channels and people, and
    their triggers (for tests that take a database back to an older schema)."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND ("
                                "name LIKE '%_tally_%' OR name LIKE 'quotes_channel_%' OR "
                                "name LIKE 'quotes_person_%' OR "
                                "name LIKE 'person_articles_people_%')").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("quote_runs", "tallies", "channel_tallies"):
        conn.execute(f"DROP TABLE {table}")
    for index in ("people_by_quotes", "quotes_by_person_words"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("ALTER TABLE people DROP COLUMN quotes")
    conn.execute("ALTER TABLE people DROP COLUMN articles")


def figures(found) -> list:
    """Every figure of a saidwhen.store.stats.Stats, channels and sources without regard to
    case, without the searches behind them (which differ as the questions do)."""
    from saidwhen.store.stats import TABLES

    return [found.quotations, found.speakers, found.unnamed] + [
        [(r.value and r.value.casefold(), r.quotations, r.speakers)
         for r in found.table(name).rows] for name in TABLES] + [
        [(t.period, t.rank, t.person_id, t.quotations) for t in found.top]]


def kept_figures_differ(conn: sqlite3.Connection) -> list[str]:
    """The questions whose statistics, read from the kept counts (the whole corpus, each
    speaker alone), differ from those counted from the same quotations as a selection (the
    same question with a date filter older than any quotation): none, if all is well."""
    from saidwhen.store import Filters
    from saidwhen.store.stats import stats

    names = [None] + [name for (name,) in conn.execute("SELECT name FROM people")]
    return [f"{name or 'the whole corpus'} by {by}" for name in names for by in ("month", "year")
            if figures(stats(conn, "", Filters(speaker=name), by=by)) != figures(
                stats(conn, "", Filters(speaker=name, since="1000"), by=by))]
