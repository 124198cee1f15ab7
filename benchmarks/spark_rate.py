"""The Spark job's rate in articles per second per core, in local mode on the BBC corpus,
beside the one-machine extraction over the same articles in the same run.

    python benchmarks/spark_rate.py [--articles 300] [--cores 1] [--repeat 2]

Spark runs as local[CORES]. A warm-up job on a few articles starts the session and loads the
pipeline in each Python worker first: a cluster pays that once per executor, not per
article. Each timed job then reads the articles, extracts them and writes all four tables.
The baseline is `extract_articles` over the same articles in this process (one core), timed
between the Spark runs so that both meet the same load on the machine. Prints each run and
the core-hours a million articles would take at the median Spark rate.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--cores", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = _sample(Path(folder), args.articles)
        warmup = _sample(Path(folder), 4 * args.cores, name="warmup.jsonl")
        _measure(Path(folder), corpus, warmup, args)


def _sample(folder: Path, count: int, name: str = "corpus.jsonl") -> Path:
    with open(CORPUS, encoding="utf-8") as lines:
        sample = [next(lines) for _ in range(count)]
    path = folder / name
    path.write_text("".join(sample), encoding="utf-8")
    return path


def _measure(folder: Path, corpus: Path, warmup: Path, args) -> None:
    from saidwhen.spark.job import run, session

    started = time.perf_counter()
    spark = session(f"local[{args.cores}]")
    spark.sparkContext.setLogLevel("ERROR")
    run(spark, [str(warmup)], str(folder / "warmup-out"), partitions=args.cores)
    print(f"session start and warm-up: {time.perf_counter() - started:.1f} s", flush=True)
    spark_rates, local_rates = [], []
    for attempt in range(args.repeat):
        spark_rates.append(_spark_rate(spark, corpus, folder / "out", args))
        local_rates.append(_local_rate(corpus, args.articles))
        print(f"run {attempt + 1}: spark {spark_rates[-1]:.2f} articles/s per core, "
              f"extract {local_rates[-1]:.2f} articles/s, load {os.getloadavg()[0]:.1f}",
              flush=True)
    spark.stop()
    _report(statistics.median(spark_rates), statistics.median(local_rates), args)


def _spark_rate(spark, corpus: Path, out: Path, args) -> float:
    from saidwhen.spark.job import run

    started = time.perf_counter()
    summary = run(spark, [str(corpus)], str(out), partitions=args.cores)
    elapsed = time.perf_counter() - started
    assert summary.articles == args.articles, summary
    return args.articles / elapsed / args.cores


def _local_rate(corpus: Path, count: int) -> float:
    from saidwhen.pipeline import extract_articles
    from saidwhen.reading import read_articles

    started = time.perf_counter()
    done = sum(1 for _ in extract_articles(read_articles([str(corpus)])))
    assert done == count
    return count / (time.perf_counter() - started)


def _report(spark_rate: float, local_rate: float, args) -> None:
    print(f"median: spark local[{args.cores}] {spark_rate:.2f} articles/s per core; "
          f"extract {local_rate:.2f} articles/s; spark/extract {spark_rate / local_rate:.2f}")
    print(f"a million articles: {1e6 / spark_rate / 3600:,.0f} core-hours at the Spark rate "
          f"({1e6 / local_rate / 3600:,.0f} at the extract rate)")


if __name__ == "__main__":
    sys.exit(main())
