"""What keeping the statistics' counts (migration 9) costs the writes, as a ratio.

    python benchmarks/stats_writes.py [--quotations 100000] [--rounds 2]

Builds the synthetic corpus of stats_scale.py (plain INSERTs, every trigger of the store
firing) into fresh files, with migration 9's triggers and with them taken away, alternately
in this process, and prints the time of each and their ratio. The writes here are only the
store's: an ingest also reads, extracts and matches quotes, so its slowdown is less.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))


def built(path: Path, quotations: int, kept: bool) -> float:
    """Seconds to build the corpus into `path`, with or without migration 9's triggers."""
    from kept_counts import undo_stats_facets  # what migration 9 made, taken away
    from saidwhen.store import connect
    from stats_scale import build

    conn = connect(path)
    if not kept:
        undo_stats_facets(conn)
        conn.commit()
    conn.close()
    started = time.perf_counter()
    build(path, quotations)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotations", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    spent: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(args.rounds):
            for kept in (False, True):
                path = Path(folder) / f"{kept}-{round_}.db"
                spent[kept].append(built(path, args.quotations, kept))
                path.unlink()
                print(f"{'with' if kept else 'without'} migration 9: "
                      f"{spent[kept][-1]:.1f} s", flush=True)
    with_, without = statistics.median(spent[True]), statistics.median(spent[False])
    print(f"{args.quotations} quotations: {without:.1f} s without the kept statistics, "
          f"{with_:.1f} s with them ({with_ / without:.2f} times)")


if __name__ == "__main__":
    main()
