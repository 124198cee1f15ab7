"""The Spark job's rate in articles per second per core, in local mode on the BBC corpus,
beside the one-machine extraction over the same articles in the same run.

    python benchmarks/spark_rate.py [--small 100] [--large 400] [--cores 1] [--repeat 2]

Spark runs as local[CORES]. A warm-up job on a few articles starts the session and loads the
pipeline in each Python worker: a cluster pays that once per executor, not per article. Each
timed job reads its articles, extracts them and writes all four tables. A job also costs
some seconds whatever its size (planning, the shuffles, the output's files), so two sizes
are timed: the difference gives the rate per article that a million articles would see, and
what is left is the cost per job. The baseline is `extract_articles` over the large set in
this process (one core), timed between the Spark jobs so that both meet the same load.
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
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=400)
    parser.add_argument("--cores", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _measure(Path(folder), args)


def _sample(folder: Path, count: int, skip: int = 0) -> Path:
    with open(CORPUS, encoding="utf-8") as lines:
        sample = [line for n, line in enumerate(lines) if skip <= n < skip + count]
    path = folder / f"bbc-{skip}-{count}.jsonl"
    path.write_text("".join(sample), encoding="utf-8")
    return path


def _measure(folder: Path, args) -> None:
    from saidwhen.spark.job import session

    small, large = _sample(folder, args.small), _sample(folder, args.large)
    started = time.perf_counter()
    spark = session(f"local[{args.cores}]")
    spark.sparkContext.setLogLevel("ERROR")
    _timed_job(spark, _sample(folder, 4 * args.cores, skip=args.large), folder, args.cores)
    print(f"session start and warm-up: {time.perf_counter() - started:.1f} s", flush=True)
    runs = [_attempt(spark, small, large, folder, args) for _ in range(args.repeat)]
    spark.stop()
    _report(runs, args)


def _attempt(spark, small: Path, large: Path, folder: Path, args) -> tuple[float, float, float]:
    """(Spark articles/s per core at the margin, Spark seconds per job, extract articles/s)."""
    t_small = _timed_job(spark, small, folder, args.cores)
    t_large = _timed_job(spark, large, folder, args.cores)
    t_local = _timed_extract(large)
    marginal = (args.large - args.small) / (t_large - t_small) / args.cores
    per_job = t_small - args.small / (marginal * args.cores)
    local = args.large / t_local
    print(f"spark {args.small}: {t_small:.1f} s, {args.large}: {t_large:.1f} s -> "
          f"{marginal:.2f} articles/s per core and {per_job:.1f} s per job; extract "
          f"{args.large}: {t_local:.1f} s, {local:.2f} articles/s; load {os.getloadavg()[0]:.1f}",
          flush=True)
    return marginal, per_job, local


def _timed_job(spark, corpus: Path, folder: Path, cores: int) -> float:
    from saidwhen.spark.job import run

    started = time.perf_counter()
    run(spark, [str(corpus)], str(folder / "out"), partitions=cores)
    return time.perf_counter() - started


def _timed_extract(corpus: Path) -> float:
    from saidwhen.pipeline import extract_articles
    from saidwhen.reading import read_articles

    started = time.perf_counter()
    for _ in extract_articles(read_articles([str(corpus)])):
        pass
    return time.perf_counter() - started


def _report(runs: list[tuple[float, float, float]], args) -> None:
    marginal, per_job, local = (statistics.median(column) for column in zip(*runs))
    print(f"median: spark local[{args.cores}] {marginal:.2f} articles/s per core "
          f"(+{per_job:.0f} s per job); extract {local:.2f} articles/s; "
          f"spark/extract {marginal / local:.2f}")
    print(f"a million articles: {1e6 / marginal / 3600:,.0f} core-hours at the Spark rate "
          f"({1e6 / local / 3600:,.0f} at the extract rate)")


if __name__ == "__main__":
    sys.exit(main())
