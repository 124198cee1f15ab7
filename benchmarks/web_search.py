"""Search latency of the web API on a warm server over the BBC corpus.

    python benchmarks/web_search.py [--db corpus.db] [--queries 200] [--seed 7]

Without --db, ingests ../shared/data/corpus/bbc-2004-2005.jsonl (2,225 articles) into a
temporary database first (minutes). Then starts `saidwhen serve` on a free port of
127.0.0.1, warms it with a few searches, and fires the queries one after another through
`/search.json` on one kept-alive connection, timing each from request to the last byte of
the answer. Prints p50, p95 and max, and the slowest queries. Stops the server at the end.

The queries are made from the corpus itself, with a fixed seed so that runs compare: words
of every frequency (a few of the commonest among them), phrases, prefixes, OR, speaker and
channel filters, and deep pages. The target is p95 under 50 ms. Machines are shared: the
load average is printed beside the figures.
"""
from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"
WARM_UP = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a corpus database (default: ingest the corpus)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=None, help="ingest workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or ingested(Path(scratch) / "bbc.db", args.jobs)
        questions = queries(db, args.queries, random.Random(args.seed))
        server = subprocess.Popen(
            ["timeout", "-s", "INT", "3600", sys.executable, "-m", "saidwhen.cli", "serve",
             "--db", str(db), "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            host, port = address(server)
            timings = fire(host, port, questions)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)
    report(timings, questions)


def ingested(db: Path, jobs: int | None) -> Path:
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}; give --db")
    command = [sys.executable, "-m", "saidwhen.cli", "ingest", "--db", str(db), str(CORPUS)]
    started = time.monotonic()
    subprocess.run(command + (["--jobs", str(jobs)] if jobs else []), check=True, cwd=ROOT)
    print(f"ingested {CORPUS.name} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return db


def queries(db: Path, count: int, rng: random.Random) -> list[dict]:
    """`count` varied search requests made from the corpus's own words, names and channels."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    texts = [row[0] for row in conn.execute("SELECT text FROM quotations ORDER BY id")]
    names = [row[0] for row in conn.execute(
        "SELECT p.name FROM people p JOIN quotations q ON q.person_id = p.id GROUP BY p.id "
        "ORDER BY count(*) DESC LIMIT 40")]
    channels = [row[0] for row in conn.execute(
        "SELECT DISTINCT channel FROM quotations WHERE channel IS NOT NULL ORDER BY 1")]
    conn.close()
    quoted = [re.findall(r"[a-z]+", text.lower()) for text in texts]
    frequency = Counter(w for words in quoted for w in set(words))
    words = sorted(w for w, n in frequency.items() if len(w) >= 4 and n >= 2)
    commonest = [w for w, _ in frequency.most_common(10)]

    def phrase() -> str:
        text = rng.choice([q for q in quoted if len(q) >= 3])
        at = rng.randrange(len(text) - 1)
        return f'"{text[at]} {text[at + 1]}"'

    makers = [  # (how many in 200, a request)
        (80, lambda: {"q": rng.choice(words)}),
        (30, lambda: {"q": phrase()}),
        (15, lambda: {"q": rng.choice(words)[:4] + "*"}),
        (15, lambda: {"q": f"{rng.choice(words)} OR {rng.choice(words)}"}),
        (10, lambda: {"q": rng.choice(commonest)}),
        (15, lambda: {"q": rng.choice(["", rng.choice(words)]), "speaker": rng.choice(names)}),
        (10, lambda: {"q": rng.choice(["", rng.choice(commonest)]),
                      "channel": rng.choice(channels or ["statement"])}),
        (10, lambda: {"q": rng.choice(commonest), "offset": rng.choice([20, 40, 100])}),
        (15, lambda: {"offset": rng.choice([0, 20, 100, 1000, 5000])}),
    ]
    made = [make() for n, make in makers for _ in range(round(n * count / 200))]
    rng.shuffle(made)
    return made[:count]


def address(server: subprocess.Popen) -> tuple[str, int]:
    for line in server.stdout:
        found = re.search(r"http://([\d.]+):(\d+)/", line)
        if found:
            return found.group(1), int(found.group(2))
    sys.exit("the server stopped before it said where it listens")


def fire(host: str, port: int, questions: list[dict]) -> list[float]:
    """Seconds each request took, after WARM_UP untimed ones."""
    conn = http.client.HTTPConnection(host, port, timeout=30)
    for question in questions[:WARM_UP]:
        ask(conn, question)
    timings = []
    for question in questions:
        started = time.perf_counter()
        ask(conn, question)
        timings.append(time.perf_counter() - started)
    conn.close()
    return timings


def ask(conn: http.client.HTTPConnection, question: dict) -> dict:
    conn.request("GET", "/search.json?" + urlencode({k: v for k, v in question.items() if v != ""}))
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"{question}: HTTP {response.status}: {body[:300]!r}")
    return json.loads(body)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def report(timings: list[float], questions: list[dict]) -> None:
    ms = [t * 1000 for t in timings]
    print(f"{len(ms)} searches through /search.json on a warm server: "
          f"p50 {percentile(ms, 0.50):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, "
          f"max {max(ms):.1f} ms (load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs)")
    print("slowest:")
    for took, question in sorted(zip(ms, questions), key=lambda p: -p[0])[:5]:
        print(f"  {took:7.1f} ms  {question}")


if __name__ == "__main__":
    main()
