"""Narrowed searches in date order at scale: a source, a channel, a kind, a gender, a speaker
and a date, newest and oldest first, near the start and far in.

    python benchmarks/date_order.py --prepare COPY.db   # sources and undated quotations, once
    python benchmarks/date_order.py COPY.db [--json OUT]

`scale.py`'s store has no sources and every quotation dated; --prepare (on a copy: it writes)
gives its articles sources by id (25 % "The Harbour Post", 15 % "Valley Times", 10 % "Coast
Radio", 2 % "harbour post", the rest 36 wires) and makes every 97th quotation undated, keeping
the counts the store keeps as a fresh store would have them. A timing run prints the p50 of 5
`queries.search` calls (limit 20) per page, and a hash of each question's whole list of ids in
order: run it on two trees (PYTHONPATH) over copies of one store to compare time and answers.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import statistics
import time

from saidwhen.errors import OverBudget
from saidwhen.store import connect_readonly
from saidwhen.store.queries import Filters as F
from saidwhen.store.queries import _question, search

PAGES = [("source=Valley Times", "", F(source="Valley Times"), (0, 10000), ("newest", "oldest")),
         ("source=Wire 5", "", F(source="Wire 5"), (0, 5000), ("newest", "oldest")),
         ("source=Coast Radio since 2005", "", F(source="Coast Radio", since="2005"), (0, 2000),
          ("newest", "oldest")),
         ("source=Harbour Post (two names)", "", F(source="Harbour Post"), (0, 20000),
          ("newest", "oldest")),
         ("source=Valley Times channel=report", "", F(source="Valley Times", channel="report"),
          (0, 2000), ("newest", "oldest")),
         ("q=bridge source=Valley Times", "bridge", F(source="Valley Times"), (0,),
          ("rank", "oldest")),
         ("channel=report", "", F(channel="report"), (0, 40000), ("newest", "oldest")),
         ("kind=organisation", "", F(kind="organisation"), (0, 90000), ("newest", "oldest")),
         ("gender=female", "", F(gender="female"), (0, 100000), ("oldest",)),
         ("speaker=Ann Moreau", "", F(speaker="Ann Moreau"), (0, 20000), ("newest", "oldest")),
         ("no filter", "", F(), (0, 100000), ("oldest",)),
         ("since=2005", "", F(since="2005"), (0, 10000), ("newest", "oldest")),
         ("kind=person since=2008-06", "", F(kind="person", since="2008-06"), (0,),
          ("newest", "oldest"))]

_SOURCE = """CASE WHEN id % 100 < 25 THEN 'The Harbour Post' WHEN id % 100 < 40 THEN 'Valley Times'
    WHEN id % 100 < 50 THEN 'Coast Radio' WHEN id % 100 < 52 THEN 'harbour post'
    ELSE 'Wire ' || (id % 36) END"""


def prepare(db: str) -> None:
    """Sources and undated quotations, with source_quotations, source_people and the sources'
    tallies counted again as migrations 7 and 9 count them (their triggers off meanwhile)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"UPDATE articles SET source = {_SOURCE}")
    conn.execute("UPDATE quotations SET said_on = NULL, first_seen = NULL WHERE id % 97 = 0")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                            "tbl_name IN ('source_quotations', 'source_people')").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("source_quotations", "source_people"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM stats_tallies WHERE facet = 'source'")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(source_quotations)")]
    dated = ", min(coalesce(q.said_on, q.first_seen))" if "said_when" in columns else ""
    conn.execute(f"""INSERT INTO source_quotations ({', '.join(columns)})
        SELECT coalesce(a.source, x''), o.quotation_id, coalesce(q.person_id, 0), count(*){dated}
        FROM occurrences o JOIN articles a ON a.id = o.article_id
        JOIN quotations q ON q.id = o.quotation_id
        GROUP BY coalesce(a.source, x'') COLLATE NOCASE, o.quotation_id""")
    conn.execute("INSERT INTO source_people SELECT source, person, count(*) "
                 "FROM source_quotations GROUP BY source, person")
    conn.execute("""INSERT INTO stats_tallies SELECT 'source', f.source, sum(p.quotations),
        sum(p.person <> 0) FROM source_people p JOIN (SELECT coalesce(a.source, x'') AS source,
        min(a.id) FROM articles a WHERE EXISTS (SELECT 1 FROM occurrences o
        WHERE o.article_id = a.id) GROUP BY coalesce(a.source, x'') COLLATE NOCASE) f
        ON f.source = p.source COLLATE NOCASE GROUP BY p.source""")
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(db: str) -> dict:
    conn = connect_readonly(db)
    out = {}
    for name, words, filters, offsets, sorts in PAGES:
        for sort in sorts:
            asked = _question(conn, words, filters, sort)
            ids = [r[0] for r in conn.execute(asked.select, asked.params)]
            digest = hashlib.sha1(json.dumps(ids).encode()).hexdigest()[:12]
            for offset in offsets:
                key, times = f"{name} | {sort} | offset {offset}", []
                try:
                    for _ in range(5):
                        start = time.perf_counter()
                        search(conn, words, filters, 20, offset, sort)
                        times.append(time.perf_counter() - start)
                except OverBudget:
                    times = None
                p50 = None if times is None else round(statistics.median(times) * 1000, 1)
                out[key] = {"p50_ms": p50, "ids": digest, "total": asked.total}
                shown = "over its budget" if p50 is None else f"p50 {p50:8.1f} ms"
                print(f"{key:62s} {shown}  total {asked.total:7d}  ids {digest}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--prepare", action="store_true", help="give a copy sources (writes it)")
    parser.add_argument("--json", help="write the timings and hashes here")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.db)
        return
    out = timed(args.db)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(out, stream, indent=1)


if __name__ == "__main__":
    main()
