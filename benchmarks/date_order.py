"""Narrowed searches in date order at scale: a source, a channel, a kind, a gender, a speaker
and a date, newest and oldest first, near the start and far in.

    python benchmarks/date_order.py --prepare COPY.db   # sources and undated quotations, once
    python benchmarks/date_order.py COPY.db [--json OUT] [--before OLD_QUERIES.py] [--only WORDS]
                                    [--unbounded]

`scale.py`'s store has no sources and every quotation dated; --prepare (on a copy: it writes)
gives its articles sources by id (25 % "The Harbour Post", 15 % "Valley Times", 10 % "Coast
Radio", 2 % "harbour post", the rest 36 wires) and makes every 97th quotation undated, keeping
the counts the store keeps as a fresh store would have them. A timing run prints the p50 of 5
`queries.search` calls (limit 20) per page, and a hash of each question's whole list of ids in
order: run it on two trees (PYTHONPATH) over copies of one store to compare time and answers,
or give --before the queries.py of another tree (`git show REV:saidwhen/store/queries.py`) to
time both in one process, in turns, with the ratio and whether each page and each whole list of
ids is the same. On a busy machine --unbounded lifts the search's budget and prints the CPU
time beside the wall clock, which other work inflates less.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sqlite3
import statistics
import sys
import time

from saidwhen.errors import OverBudget
from saidwhen.store import connect_readonly
from saidwhen.store.queries import Filters as F
from saidwhen.store import queries

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
         # a common word in a source: "the" matches two thirds of the quotations
         ("q=the source=Harbour Post (two names)", "the", F(source="Harbour Post"),
          (0, 2000, 20000), ("rank", "newest", "oldest")),
         ("q=the source=Valley Times", "the", F(source="Valley Times"), (0, 20000),
          ("rank", "newest", "oldest")),
         ("q=the source=Wire 5", "the", F(source="Wire 5"), (0,), ("newest", "oldest")),
         ("q=the source=Coast Radio since 2005", "the", F(source="Coast Radio", since="2005"),
          (0,), ("newest", "oldest")),
         ("q=the source=Valley Times channel=report", "the",
          F(source="Valley Times", channel="report"), (0,), ("newest", "oldest")),
         ("q=said source=Valley Times", "said", F(source="Valley Times"), (0,),
          ("rank", "newest")),
         ("q=the speaker=Ann Moreau source=Valley Times", "the",
          F(speaker="Ann Moreau", source="Valley Times"), (0,), ("newest",)),
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


def timed(db: str, before=None, only: str = "", unbounded: bool = False) -> dict:
    conn = connect_readonly(db)
    for module in (queries, before) if unbounded else ():
        if module is not None:
            module.SEARCH_BUDGET_S = 600
    out = {}
    for name, words, filters, offsets, sorts in PAGES:
        if not name.startswith(only):
            continue
        for sort in sorts:
            digest = _digest(queries, conn, words, filters, sort)
            same = "" if before is None else \
                f"  same list {digest == _digest(before, conn, words, filters, sort)}"
            for offset in offsets:
                key = f"{name} | {sort} | offset {offset}"
                (p50, cpu), page = _p50(queries, conn, words, filters, offset, sort)
                out[key] = {"p50_ms": p50, "cpu_p50_ms": cpu, "ids": digest}
                shown = "over its budget" if p50 is None else f"p50 {p50:8.1f} ms (CPU {cpu:6.1f})"
                if before is not None:
                    (was, was_cpu), old_page = _p50(before, conn, words, filters, offset, sort)
                    out[key].update(before_p50_ms=was, before_cpu_p50_ms=was_cpu)
                    shown += "  before " + ("over its budget" if was is None else
                                            f"{was:8.1f} ms (CPU {was_cpu:6.1f})")
                    shown += f"  same page {page == old_page}"
                print(f"{key:62s} {shown}  ids {digest}{same}", flush=True)
    return out


def _digest(module, conn, words: str, filters: F, sort: str) -> str:
    asked = module._question(conn, words, filters, sort)
    ids = [r[0] for r in conn.execute(asked.select, asked.params)]
    return hashlib.sha1(json.dumps([asked.total, ids]).encode()).hexdigest()[:12]


def _p50(module, conn, words: str, filters: F, offset: int, sort: str):
    """The median wall and CPU time of 5 searches (ms; None past the budget) and the page's
    ids."""
    times, cpu, page = [], [], None
    try:
        for _ in range(5):
            start, started = time.perf_counter(), time.process_time()
            page = module.search(conn, words, filters, 20, offset, sort)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - started)
    except OverBudget:
        return (None, None), None
    return ((round(statistics.median(times) * 1000, 1), round(statistics.median(cpu) * 1000, 1)),
            (page.total, [q.id for q in page.items]))


def _loaded(path: str):
    """Another tree's saidwhen/store/queries.py, beside this tree's."""
    spec = importlib.util.spec_from_file_location("queries_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--prepare", action="store_true", help="give a copy sources (writes it)")
    parser.add_argument("--json", help="write the timings and hashes here")
    parser.add_argument("--before", help="another tree's queries.py, timed in turns with this")
    parser.add_argument("--only", default="", help="only the pages whose name starts so")
    parser.add_argument("--unbounded", action="store_true", help="lift the search's budget")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.db)
        return
    out = timed(args.db, _loaded(args.before) if args.before else None, args.only,
                args.unbounded)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(out, stream, indent=1)


if __name__ == "__main__":
    main()
