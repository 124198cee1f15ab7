"""Worker processes: how much faster `--jobs N` runs than `--jobs 1`, and whether it agrees.

    python benchmarks/jobs.py [--articles 2225] [--jobs 2] [--rounds 1] [--command ingest|extract]

Whole processes on the first N articles of ../shared/data/corpus/bbc-2004-2005.jsonl,
alternated: `saidwhen ingest --jobs 1` into a new database, then `--jobs N` into another
(or `saidwhen extract`, writing JSON Lines). Each is timed from start to exit, model loading
included, with the peak memory of the process and of its largest worker. The ratio is the
time of one worker over the time of N; the outputs are compared row for row. Only the ratio
within one run means anything on a shared machine.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from speed import sample  # noqa: E402  (the same sample of the corpus as the speed benchmark)

TABLES = ("articles", "people", "person_keys", "quotes", "occurrences", "skipped")


def timed(cmd: list[str], stdout) -> tuple[float, float, float]:
    """Wall seconds, and peak resident MB of the process and of its largest child."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    # RUSAGE_CHILDREN covers waited-for descendants: the workers, and earlier runs too, so
    # the worker peak is the largest seen so far in this benchmark
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, usage.ru_maxrss / 1024, children.ru_maxrss / 1024


def rows(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    out = {}
    for table in TABLES:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                   if r[1] not in ("ingested_at", "at")]
        out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()
    return out


def run(command: str, saidwhen: str, data: Path, jobs: int, tmp: Path, tag: str):
    if command == "ingest":
        db = tmp / f"{tag}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        result = timed([saidwhen, "ingest", "--jobs", str(jobs), "--db", str(db), str(data)],
                       subprocess.DEVNULL)
        return result, rows(db)
    out = tmp / f"{tag}.jsonl"
    with out.open("wb") as fh:
        result = timed([saidwhen, "extract", "--format", "jsonl", "--jobs", str(jobs), str(data)], fh)
    return result, out.read_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2225)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--command", choices=["ingest", "extract"], default="ingest")
    a = ap.parse_args()
    saidwhen = shutil.which("saidwhen", path=str(Path(sys.executable).parent)) or "saidwhen"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "sample.jsonl"
        n = sample(a.articles, data)
        ratios, same = [], True
        for round_ in range(a.rounds):
            (one, peak1, _), out1 = run(a.command, saidwhen, data, 1, tmp, "one")
            (many, peakn, worker), outn = run(a.command, saidwhen, data, a.jobs, tmp, "many")
            same &= out1 == outn
            ratios.append(one / many)
            print(f"round {round_ + 1}: --jobs 1 {one:.1f}s ({n / one:.1f} articles/s, peak {peak1:.0f} MB); "
                  f"--jobs {a.jobs} {many:.1f}s ({n / many:.1f} articles/s, main {peakn:.0f} MB, "
                  f"largest worker {worker:.0f} MB); ratio {one / many:.2f}")
    print(f"{a.command} over {n} articles: ratio --jobs 1 time / --jobs {a.jobs} time, median "
          f"{statistics.median(ratios):.2f}; outputs identical: {same}")


if __name__ == "__main__":
    main()
