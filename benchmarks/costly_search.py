"""Ordinary searches while costly ones arrive: does every request keep to its budget?

    python benchmarks/costly_search.py [--db corpus.db] [--articles 400] [--costly 40]

Without --db, ingests the first --articles articles of ../shared/data/corpus/bbc-2004-2005.jsonl
into a temporary database (a minute for 400). Then starts `saidwhen serve` on a free port of
127.0.0.1 and, in the same server:

1. times --searches ordinary searches (a word or a two-word phrase of the corpus) one after
   another, alone: the baseline;
2. keeps --costly costly searches (NEAR groups of prefix terms, up to the 160 `t*` of issue
   13, and 500 characters of common words OR'ed) in flight at all times, each client asking again as soon as it is
   answered, and times the same ordinary searches among them.

Prints the ordinary searches' p50 and p95 alone and under load (and their ratio), and for the
costly ones how many were answered (200) or refused (400: over a cap; 503: over the time
budget), and the slowest. Last, what the budget itself costs: the same ordinary searches
through `saidwhen.store.search` in this process, with SQLite's progress handler called every
STEPS steps and with it never called, in alternating rounds: the ratio of their times.
The target: p95 under 100 ms under load, every costly request answered or refused within 2 s.
Machines are shared: the load average is printed beside.
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
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from web_search import address  # the served address, as that benchmark reads it

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"
COSTLY = [
    "NEAR(" + " ".join(["t*"] * 160) + ")",     # issue 13's probe: over the cap, refused
    "NEAR(t* t* t* t* t* t* t* t*)",            # the costliest within the caps
    "NEAR(t* s* a* c* p* m* b* d*)",
    "t* OR s* OR a* OR c* OR p* OR m* OR b* OR d*",
    "t* s* a* c* p* m* b* d*",
    " OR ".join("the to of and a in that is we it for be have not this are with said will on was "
                "but as they at".split() * 4)[:500].rsplit(" OR", 1)[0],  # many common words
]
WARM_UP = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a corpus database (default: ingest --articles)")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--costly", type=int, default=40, help="costly requests in flight")
    parser.add_argument("--searches", type=int, default=200, help="ordinary searches timed")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or ingested(Path(scratch), args.articles)
        ordinary = ordinary_searches(db, args.searches, random.Random(args.seed))
        server = subprocess.Popen(
            ["timeout", "-s", "INT", "3600", sys.executable, "-m", "saidwhen.cli", "serve",
             "--db", str(db), "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            host, port = address(server)
            alone = timed(host, port, ordinary)
            costly, loaded = under_load(host, port, ordinary, args.costly)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)
        overhead = budget_overhead(db, ordinary)
    report(alone, loaded, costly, args.costly)
    print(f"the budget's own cost: searches with the progress handler take {overhead:.3f} times "
          "as long as without it (3 rounds each, alternating)")


def ingested(scratch: Path, articles: int) -> Path:
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}; give --db")
    part, db = scratch / "articles.jsonl", scratch / "corpus.db"
    with CORPUS.open(encoding="utf-8") as corpus:
        part.write_text("".join(line for _, line in zip(range(articles), corpus)),
                        encoding="utf-8")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "saidwhen.cli", "ingest", "--db", str(db), str(part)],
                   check=True, cwd=ROOT)
    print(f"ingested {articles} articles in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return db


def ordinary_searches(db: Path, count: int, rng: random.Random) -> list[str]:
    """`count` searches of one word or a two-word phrase of the corpus's own quotations."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    quoted = [re.findall(r"[a-z]+", row[0].lower())
              for row in conn.execute("SELECT text FROM quotations")]
    conn.close()
    frequency = Counter(w for words in quoted for w in set(words))
    words = sorted(w for w, n in frequency.items() if len(w) >= 4 and n >= 2)
    made = []
    for _ in range(count):
        text = rng.choice([q for q in quoted if len(q) >= 3])
        at = rng.randrange(len(text) - 1)
        made.append(rng.choice([rng.choice(words), f'"{text[at]} {text[at + 1]}"']))
    return made


def ask(conn: http.client.HTTPConnection, words: str) -> int:
    conn.request("GET", "/search.json?" + urlencode({"q": words}))
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        json.loads(body)["error"]  # every refusal is in the one error shape
    return response.status


def timed(host: str, port: int, searches: list[str]) -> list[float]:
    """Seconds each ordinary search took, one after another, after WARM_UP untimed."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    for words in searches[:WARM_UP]:
        ask(conn, words)
    took = []
    for words in searches:
        started = time.perf_counter()
        if ask(conn, words) != 200:
            sys.exit(f"the ordinary search {words!r} was not answered")
        took.append(time.perf_counter() - started)
    conn.close()
    return took


def under_load(host: str, port: int, searches: list[str],
               in_flight: int) -> tuple[list[tuple[float, int]], list[float]]:
    """The costly requests' (seconds, status), and the ordinary searches' seconds among them."""
    costly: list[tuple[float, int]] = []
    stop = threading.Event()

    def client(number: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=60)
        turn = number
        while not stop.is_set():
            started = time.perf_counter()
            status = ask(conn, COSTLY[turn % len(COSTLY)])
            costly.append((time.perf_counter() - started, status))
            turn += 1
        conn.close()

    clients = [threading.Thread(target=client, args=(n,)) for n in range(in_flight)]
    for thread in clients:
        thread.start()
    time.sleep(2)  # every client has a costly request in flight
    try:
        loaded = timed(host, port, searches)
    finally:
        stop.set()
        for thread in clients:
            thread.join()
    return costly, loaded


def budget_overhead(db: Path, searches: list[str], rounds: int = 3) -> float:
    """How many times as long the searches take with the budget's progress handler as without."""
    sys.path.insert(0, str(ROOT))
    from saidwhen.store import budget, connect_readonly, search

    conn = connect_readonly(db)
    steps = budget.STEPS
    took = {steps: 0.0, 2**31 - 1: 0.0}  # every STEPS steps; never, in effect
    for _ in range(rounds):
        for every in took:
            budget.STEPS = every
            started = time.perf_counter()
            for words in searches:
                search(conn, words)
            took[every] += time.perf_counter() - started
    budget.STEPS = steps
    return took[steps] / took[2**31 - 1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def report(alone: list[float], loaded: list[float], costly: list[tuple[float, int]],
           in_flight: int) -> None:
    p95_alone, p95_loaded = percentile(alone, 0.95) * 1000, percentile(loaded, 0.95) * 1000
    print(f"ordinary searches alone: p50 {percentile(alone, 0.5) * 1000:.1f} ms, "
          f"p95 {p95_alone:.1f} ms; with {in_flight} costly in flight: "
          f"p50 {percentile(loaded, 0.5) * 1000:.1f} ms, p95 {p95_loaded:.1f} ms "
          f"({p95_loaded / p95_alone:.1f} times), max {max(loaded) * 1000:.1f} ms")
    statuses = Counter(status for _, status in costly)
    within = sum(took <= 2.0 for took, _ in costly)
    ended = ", ".join(f"{n} x {status}" for status, n in sorted(statuses.items()))
    print(f"costly requests: {len(costly)} ({ended}); "
          f"{within} of {len(costly)} answered or refused within 2 s; "
          f"p95 {percentile([t for t, _ in costly], 0.95):.2f} s, "
          f"max {max(t for t, _ in costly):.2f} s")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
