"""Pages costly without a mark of it in their words, beside a plain search.

    python benchmarks/costly_pages.py --db DIR/scale.db [--clients 24] [--seconds 12]

A sort by date over most of the corpus, an offset far into the results, a filter that keeps
nearly everything: their words are plain, so they start in the ordinary lane. This starts
`saidwhen serve` on the store (build one with `benchmarks/scale.py --keep`), keeps --clients
clients asking such pages without pause, and times a plain search (a word and a speaker)
asked beside them ten times a second: p50, p95 and slowest, how many were answered (200) or
refused, and how the costly pages ended.
Then the same plain search alone, for the ratio.
"""
from __future__ import annotations

import argparse
import http.client
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from web_search import address, percentile  # the served address and percentiles, as there

ROOT = Path(__file__).resolve().parents[1]
COSTLY_PAGES = ("/search.json?q=the&sort=oldest&offset=99000",
                "/search.json?kind=person&offset=100000",
                "/search.json?sort=oldest&offset=100000")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=24)
    parser.add_argument("--seconds", type=float, default=12)
    parser.add_argument("--plain", default="/search.json?q=minister&speaker=Ann%20Moreau",
                        help="the plain search timed beside them")
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "serve", "--db",
                               str(args.db), "--port", "0"], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        host, port = address(server)
        for _ in range(3):
            get(host, port, args.plain)  # warm
        alone = timed(host, port, args.plain, args.seconds / 2)
        ended: Counter[int] = Counter()
        stop = threading.Event()
        clients = [threading.Thread(target=ask_again, args=(host, port, COSTLY_PAGES[i % 3],
                                                             stop, ended))
                   for i in range(args.clients)]
        for client in clients:
            client.start()
        beside = timed(host, port, args.plain, args.seconds)
        stop.set()
        for client in clients:
            client.join()
    finally:
        server.terminate()
        server.wait()
    print(f"{args.plain} alone: {summary(alone)}")
    print(f"beside {args.clients} clients asking costly pages: {summary(beside)}; the costly "
          f"pages answered {dict(ended)} (load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs)")


def get(host: str, port: int, path: str) -> int:
    conn = http.client.HTTPConnection(host, port, timeout=60)
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


def timed(host: str, port: int, path: str, seconds: float) -> list[tuple[float, int]]:
    """Seconds each request took, and its status."""
    took, until = [], time.monotonic() + seconds
    while time.monotonic() < until:
        started = time.monotonic()
        status = get(host, port, path)
        took.append((time.monotonic() - started, status))
        time.sleep(0.1)
    return took


def ask_again(host: str, port: int, path: str, stop: threading.Event, ended: Counter) -> None:
    while not stop.is_set():
        ended[get(host, port, path)] += 1


def summary(took: list[tuple[float, int]]) -> str:
    ms = [t * 1000 for t, _ in took]
    return (f"n={len(ms)} p50 {percentile(ms, 0.5):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms, "
            f"slowest {max(ms):.0f} ms, answered {dict(Counter(s for _, s in took))}")


if __name__ == "__main__":
    main()
