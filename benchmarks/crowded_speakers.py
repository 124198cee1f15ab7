"""What storing a quote costs when its speaker is already quoted very often (issue 16's harsh case).

    python benchmarks/crowded_speakers.py [--articles 1000] [--held 30000]

Writes the same short articles, six quotes each from four speakers, first into an empty store
and then into one where those four already have --held quotations, through the store's write
path (one transaction an article), and prints the CPU time and the wall clock of each. Storing a
quote costs the same at any size when the second is close to the first; when finding a quote's
quotation reads all of its speaker's quotations, the second grows with --held. The texts are
made up (numbered words), so no data is needed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from saidwhen.records import Article, Extraction, Quote, Span, Speaker  # noqa: E402
from saidwhen.store import connect, transaction  # noqa: E402
from saidwhen.store.writing import write_extraction  # noqa: E402

SPEAKERS = ["Ann Moreau", "Bo Lind", "Carla Haddad", "Dev Okafor"]
QUOTES_PER_ARTICLE = 6
VOCABULARY = [f"w{i}" for i in range(3000)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--held", type=int, default=30_000)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as scratch:
        empty, crowded = connect(Path(scratch) / "empty.db"), connect(Path(scratch) / "full.db")
        write(crowded, [article(rng, n, "held") for n in range(args.held // QUOTES_PER_ARTICLE)])
        batch = [article(rng, n, "new") for n in range(args.articles)]
        quotes = args.articles * QUOTES_PER_ARTICLE
        cpu, wall = write(empty, batch)
        print(f"{args.articles} articles ({quotes} quotes of 4 speakers) into an empty store: "
              f"CPU {cpu:.1f} s, wall clock {wall:.1f} s")
        cpu_held, wall_held = write(crowded, batch)
        print(f"the same into a store where they have {args.held} quotations: "
              f"CPU {cpu_held:.1f} s, wall clock {wall_held:.1f} s ({cpu_held / cpu:.2f} times "
              "the CPU time)")


def article(rng: random.Random, number: int, tag: str) -> Extraction:
    texts = ["“" + " ".join(rng.choice(VOCABULARY) for _ in range(15)) + ".”"
             for _ in range(QUOTES_PER_ARTICLE)]
    quotes = tuple(Quote(kind="direct", content=(Span(0, len(text), text),), cue=None,
                         speaker=Speaker(SPEAKERS[i % len(SPEAKERS)], Span(0, 2, "He")))
                   for i, text in enumerate(texts))
    return Extraction(Article(id=f"{tag}-{number}", text=" ".join(texts),
                              date=dt.date(2024, 1, 1), origin=tag), quotes)


def write(conn, extractions: list[Extraction]) -> tuple[float, float]:
    """CPU time and wall clock of storing `extractions`, one transaction each."""
    cpu, wall = time.process_time(), time.monotonic()
    for extraction in extractions:
        with transaction(conn):
            write_extraction(conn, extraction, "saidwhen benchmark")
    return time.process_time() - cpu, time.monotonic() - wall


if __name__ == "__main__":
    main()
