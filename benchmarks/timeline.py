"""A person's timeline for 20 quotations against 20,000: the same time, the same size.

    python benchmarks/timeline.py [--many 20000] [--few 20] [--rounds 15]

Builds a store in a temporary folder where one person has MANY quotations over ten years and
another has FEW, among other speakers, then times the timeline's answers for each: the store's
`timeline()` (first page, a word, a channel, a year, the last page, newest first) and the web
page `/people/NAME` and its `.json` twin through the application in this process. Prints the
min, median and max of each, the size of each web answer, and the load average.

The few-quotation person, and the first articles of the other, are written through the store's
own write path (`write_extraction`). The rest of the many are inserted as rows of the same
shape in one transaction: the write path reads all of a speaker's quotations for each new one
(issue 16), which would make building 20,000 take most of an hour on this machine, and the
timeline reads the rows, not how they came.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote as percent_encoded

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from saidwhen.identity import quote_words  # noqa: E402
from saidwhen.records import Article, Extraction, Quote, SaidOn, Span, Speaker  # noqa: E402
from saidwhen.store import TimelineQuery, connect, timeline, transaction  # noqa: E402
from saidwhen.store.writing import text_sha1, write_extraction  # noqa: E402

MANY, FEW = "Paula Manyquotes", "Sam Fewquotes"
CHANNELS = [None, None, None, "interview", "statement", "news conference", "Twitter"]
WORDS = ("bridge ferry budget rates schools hospital election vote tax rail harbour police "
         "court council plan deal jobs wages housing rents energy water road trial report").split()
WRITTEN_THROUGH_STORE = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--many", type=int, default=20_000)
    parser.add_argument("--few", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "timeline.db"
        started = time.perf_counter()
        build(db, args.many, args.few, random.Random(16))
        print(f"store built in {time.perf_counter() - started:.1f} s: {db.stat().st_size / 1e6:.1f} MB")
        conn = connect(db, readonly=True)
        for name, count in ((FEW, args.few), (MANY, args.many)):
            print(f"\n{name}: {timeline(conn, name).person.quotations:,} quotations "
                  f"(asked for {count:,})")
            for label, asked in cases(conn, name):
                report(label, lambda a=asked: timeline(conn, name, a), args.rounds)
            for path in (f"/people/{percent_encoded(name)}", f"/people/{percent_encoded(name)}.json"):
                web(db, path, args.rounds)
    print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def cases(conn, name: str) -> list[tuple[str, TimelineQuery]]:
    last = timeline(conn, name).pages
    return [("first page", TimelineQuery()),
            ("word 'bridge'", TimelineQuery(query="bridge")),
            ("four words, AND", TimelineQuery(query="harbour AND trial AND wages AND rents")),
            ("channel interview", TimelineQuery(channel="interview")),
            ("one year, 2005", TimelineQuery(since="2005", until="2005")),
            (f"last page ({last})", TimelineQuery(page=last)),
            ("newest first", TimelineQuery(newest_first=True))]


def report(label: str, run, rounds: int) -> None:
    run()  # warm the page cache
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    print(f"  store {label:<24} {summary(times)}")


def web(db: Path, path: str, rounds: int) -> None:
    from starlette.testclient import TestClient

    from saidwhen.web import create_app

    with TestClient(create_app(db)) as client:
        client.get(path)
        times, size = [], 0
        for _ in range(rounds):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            size = len(response.content)
            assert response.status_code == 200, response.text[:300]
    print(f"  web   {path:<36} {summary(times)}  {size / 1000:,.0f} kB")


def summary(times: list[float]) -> str:
    """Min (the least disturbed by other work on a shared machine), median and max."""
    return (f"min {min(times):7.2f} ms  median {statistics.median(times):7.2f} ms  "
            f"max {max(times):7.2f} ms")


def build(db: Path, many: int, few: int, rng: random.Random) -> None:
    conn = connect(db)
    for n in range(few):
        write(conn, f"few-{n}", day(rng), [(FEW, sentence(rng), rng.choice(CHANNELS))])
    for n in range(WRITTEN_THROUGH_STORE // 4):
        write(conn, f"many-{n}", day(rng), [(MANY, sentence(rng), rng.choice(CHANNELS))
                                            for _ in range(4)])
    for n in range(200):  # other speakers, so that the two are not alone in the index
        write(conn, f"other-{n}", day(rng), [(f"Other Speaker{n % 40}", sentence(rng), None)])
    person = conn.execute("SELECT person_id FROM quotations q JOIN people p ON p.id = q.person_id "
                          "WHERE p.name = ? LIMIT 1", (MANY,)).fetchone()[0]
    with transaction(conn):
        for n in range(WRITTEN_THROUGH_STORE // 4, many // 4):
            insert_rows(conn, person, f"many-{n}", day(rng), rng)
    conn.close()


def write(conn, article_id: str, date: dt.date, quotes: list[tuple[str, str, str | None]]) -> None:
    text, found = "", []
    for name, words, channel in quotes:
        start = len(text) + 1
        text += f"“{words}” said {name}. "
        speaker = Speaker(name, Span(start + len(words) + 7, start + len(words) + 7 + len(name), name))
        found.append(Quote(kind="direct", content=(Span(start, start + len(words), words),),
                           cue=None, speaker=speaker, channel=channel,
                           said_on=SaidOn(date.isoformat(), "on that day")))
    article = Article(id=article_id, text=text, date=date, title=f"Article {article_id}",
                      source="The Benchmark", origin=f"{article_id}.txt")
    with transaction(conn):
        write_extraction(conn, Extraction(article, tuple(found)), "benchmark")


def insert_rows(conn, person: int, article_id: str, date: dt.date, rng: random.Random) -> None:
    """One article of four quotations of `person`, as write_extraction would store them."""
    spoken = [(sentence(rng), rng.choice(CHANNELS)) for _ in range(4)]
    text = " ".join(f"“{words}” said {MANY}." for words, _ in spoken)
    row = conn.execute(
        "INSERT INTO articles (article_id, date, title, url, source, origin, text, text_sha1, "
        "extractor, ingested_at) VALUES (?, ?, ?, NULL, 'The Benchmark', ?, ?, ?, 'benchmark', ?)",
        (article_id, date.isoformat(), f"Article {article_id}", f"{article_id}.txt", text,
         text_sha1(text), date.isoformat())).lastrowid
    start = 0
    for position, (words, channel) in enumerate(spoken):
        quotation_id = conn.execute(
            "INSERT INTO quotations (person_id, kind, text, words, said_on, first_seen, channel, "
            "articles) VALUES (?, 'direct', ?, ?, ?, ?, ?, 1)",
            (person, words, quote_words(words), date.isoformat(), date.isoformat(),
             channel)).lastrowid
        conn.execute(
            "INSERT INTO occurrences (quotation_id, article_id, position, kind, text, start, end, "
            "content, speaker_name, channel, said_on, said_on_text) "
            "VALUES (?, ?, ?, 'direct', ?, ?, ?, ?, ?, ?, ?, 'on that day')",
            (quotation_id, row, position, words, start + 1, start + 1 + len(words),
             json.dumps([[start + 1, start + 1 + len(words)]]), MANY, channel, date.isoformat()))
        start += len(words) + len(MANY) + 10


def day(rng: random.Random) -> dt.date:
    return dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(3650))


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
    return " ".join(words).capitalize() + f" number {rng.randrange(10**9)}."


if __name__ == "__main__":
    main()
