"""The statistics at a million quotations, against the other pages on the same database.

    python benchmarks/stats_scale.py [--quotations 1000000] [--db stats-1m.db] [--rounds 3]
                                     [--source "Source 7"] [--speaker "Person 42"]

Builds (unless --db names one already built) a synthetic corpus straight through SQL: made-up
words, people, sources, channels, dates over ten years, kind and gender on every occurrence,
about 1.2 occurrences a quotation. Then times, in this process and on one read-only connection,
the views behind the pages on it: the home page, /people, a search without words and one with a
common word, and /stats.json with no filter, by year, and with each kind of filter, each
counted afresh (the page keeps its answers until the database changes; the last line is such
an answer). Prints the median (p50), the 95th percentile and the slowest of --rounds for each
(the first round warms the page cache and is not counted), and the ratio of each median to the
home page's. Each narrowed question is asked twice: counted from the quotations' columns kept in
memory (saidwhen.store.columns: what the page does now), then counted in SQL over its selection
(saidwhen.store.stats.counted_in_sql: what it did before), with the ratio of the two medians.
Before them, reading the columns is measured: its time, the memory kept and its peak, and a
search's time while a server's thread reads them. The machine is shared: the load average is
printed beside the figures.

The corpus is written by plain INSERTs into the tables, so the triggers that keep the counts
(the statistics' among them) fill them as an ingest would.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("bridge budget rent harbour ferry school tax road park market library water housing "
         "strike court vote hospital police train bus energy wage price union council").split()
CHANNELS = [None, None, None, "statement", "interview", "Instagram", "press conference", "X"]
GENDERS = [("person", "female"), ("person", "male"), ("person", "male"), ("person", "unknown"),
           ("organisation", None)]


def build(path: Path, quotations: int, seed: int = 7) -> None:
    from saidwhen.store import connect

    rng = random.Random(seed)
    conn = connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    people = max(10, quotations // 10)
    articles = max(10, quotations // 20)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO people (id, name) VALUES (?, ?)",
                     ((i, f"Person {i}") for i in range(1, people + 1)))
    said_as = {i: rng.choice(GENDERS) for i in range(1, people + 1)}
    dates = {}
    rows = []
    for i in range(1, articles + 1):
        day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        dates[i] = day
        rows.append((i, f"art-{i}", day, f"Source {rng.randint(1, 40)}", "synthetic", "x", "",
                     "bench", ""))
    conn.executemany("INSERT INTO articles (id, article_id, date, source, origin, text, text_sha1,"
                     " extractor, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    batch_q, batch_o = [], []
    for q in range(1, quotations + 1):
        person = rng.randint(1, people) if rng.random() < 0.85 else None
        kind, gender = said_as[person] if person else ("person", "unknown")
        text = " ".join(rng.choices(WORDS, k=8))
        article = rng.randint(1, articles)
        channel = rng.choice(CHANNELS)
        batch_q.append((q, person, "direct", text, text, None, dates[article], channel, None, 1,
                        kind, gender))
        carriers = [article] + ([rng.randint(1, articles)] if rng.random() < 0.2 else [])
        for position, carrier in enumerate(carriers):
            batch_o.append((q, carrier, q * 2 + position, "direct", text, 0, len(text), "[]",
                            f"Person {person}" if person else None, channel, kind, gender))
        if len(batch_q) >= 50_000:
            _flush(conn, batch_q, batch_o)
    _flush(conn, batch_q, batch_o)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _flush(conn, quotes: list, occurrences: list) -> None:
    conn.executemany("INSERT INTO quotations (id, person_id, kind, text, words, said_on, first_seen, "
                     "channel, outlet, articles, speaker_kind, speaker_gender) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
    conn.executemany("INSERT INTO occurrences (quotation_id, article_id, position, kind, text, start, "
                     "end, content, speaker_name, channel, speaker_kind, speaker_gender) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", occurrences)
    quotes.clear()
    occurrences.clear()


NARROWED = [("/stats?since=2023-01&until=2023-06", {"since": "2023-01", "until": "2023-06"}),
            ("/stats?source={source}", {"source": "{source}"}),
            ("/stats?channel=interview", {"channel": "interview"}),
            ("/stats?gender=female", {"gender": "female"}),
            ("/stats?gender=female&by=year", {"gender": "female", "by": "year"}),
            ("/stats?kind=organisation&since=2020", {"kind": "organisation", "since": "2020"}),
            ("/stats?q=bridge", {"q": "bridge"}),
            ("/stats?q=harbour&channel=statement", {"q": "harbour", "channel": "statement"})]


def questions(source: str = "Source 7", speaker: str = "Person 42"):
    from saidwhen.web import statistics as stats_page
    from saidwhen.web import views

    yield "home page (/)", lambda c: views.home(c, {}, {})
    yield "/people", lambda c: views.people(c, {}, {})
    yield "/search (no words)", lambda c: views.search(c, {}, {})
    yield "/search?q=bridge", lambda c: views.search(c, {}, {"q": "bridge"})
    yield "/stats", lambda c: _uncached(stats_page, c, {})
    yield "/stats?by=year", lambda c: _uncached(stats_page, c, {"by": "year"})
    for name, query in NARROWED:
        name, query = name.format(source=source), {k: v.format(source=source)
                                                   for k, v in query.items()}
        if all(query.values()):  # a source given as '' is not asked
            yield name, (lambda q: lambda c: _uncached(stats_page, c, q))(query)
            yield "  the same in SQL (before)", (lambda q: lambda c: _in_sql(c, q))(query)
    if speaker:
        yield f"/stats?speaker={speaker}", lambda c: _uncached(stats_page, c,
                                                               {"speaker": speaker})
    yield "/stats again (kept from the last ask)", lambda c: stats_page.view(c, {}, {})


def _uncached(stats_page, conn, query: dict) -> dict:
    """The statistics counted afresh, as the first ask after a change to the database (the
    quotations' columns, read once, are kept: reading_columns() measures that)."""
    stats_page._cache.clear()
    return stats_page.view(conn, {}, query)


def _in_sql(conn, query: dict) -> dict:
    """The same statistics counted in SQL over the selection, as before the columns."""
    from saidwhen.store import Filters
    from saidwhen.store.stats import counted_in_sql

    query = dict(query)
    words, by = query.pop("q", ""), query.pop("by", "month")
    return counted_in_sql(conn, words, Filters(**query), by=by).to_json()


def reading_columns(conn, path: Path) -> None:
    """What reading the quotations' columns costs, as the first narrowed ask after a change
    does: its time, the bytes of the arrays kept, the peak of Python's allocations meanwhile
    (tracemalloc) and the process's resident memory before and after; then how long the home
    page takes while the columns are being read on their thread, as a server's would."""
    import threading
    import tracemalloc

    from saidwhen.store import columns
    from saidwhen.web import views

    rss = _rss()
    tracemalloc.start()
    started = time.perf_counter()
    found = columns.read(conn)
    spent = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"reading the columns: {spent:.2f} s, {len(found.ids):,} quotations and "
          f"{len(found.carried_row):,} pairs of a source and a quotation; arrays kept "
          f"{found.nbytes / 2**20:.1f} MiB, allocation peak {peak / 2**20:.0f} MiB, resident "
          f"{rss / 2**20:.0f} -> {_rss() / 2**20:.0f} MiB", flush=True)
    del found
    ask = lambda: views.search(conn, {}, {"q": "bridge"})  # noqa: E731
    alone = _timed(ask, 5)
    columns._kept.clear()
    started = time.perf_counter()
    reader = threading.Thread(target=columns.columns, args=(conn,))
    reader.start()
    beside = _timed(ask, 5)
    reader.join()
    print(f"/search?q=bridge alone {alone * 1000:.0f} ms, while the columns are read on their "
          f"thread {beside * 1000:.0f} ms (median of 5); the reading took "
          f"{time.perf_counter() - started:.2f} s there", flush=True)


def _timed(ask, rounds: int) -> float:
    spent = []
    for _ in range(rounds):
        started = time.perf_counter()
        ask()
        spent.append(time.perf_counter() - started)
    return statistics.median(spent)


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotations", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--source", default="Source 7", help="the source to narrow to ('': none)")
    parser.add_argument("--speaker", default="Person 42",
                        help="the speaker to narrow to ('': none)")
    args = parser.parse_args()
    db = args.db or ROOT / f"stats-{args.quotations}.db"
    if not db.exists():
        started = time.monotonic()
        build(db, args.quotations)
        print(f"built {db} in {time.monotonic() - started:.0f} s", flush=True)
    from saidwhen.store import connect, counts

    conn = connect(db, readonly=True)
    print(f"{db}: {counts(conn)}; load average {os.getloadavg()[0]:.2f}")
    timings, previous = {}, ""
    reading_columns(conn, db)
    print(f"{'question':<40} {'p50':>8} {'p95':>8} {'max':>8}")
    for name, ask in questions(args.source, args.speaker):
        spent = []
        for _ in range(args.rounds + 1):
            started = time.perf_counter()
            ask(conn)
            spent.append(time.perf_counter() - started)
        spent = sorted(spent[1:])
        timings[name] = statistics.median(spent)
        p95 = statistics.quantiles(spent, n=20, method="inclusive")[18] if len(spent) > 1 \
            else spent[0]
        before = f"; {timings[name] / timings[previous]:.1f} x the columns" \
            if name.startswith("  ") else ""
        print(f"{name:<40} {timings[name] * 1000:6.0f} ms {p95 * 1000:6.0f} ms "
              f"{spent[-1] * 1000:6.0f} ms  "
              f"({timings[name] / timings['home page (/)']:.2f} x the home page{before})",
              flush=True)
        previous = name
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
