"""Extract quotes from a gold file's articles and score them with the shared scorer.

    python benchmarks/quotes_dev.py GOLD.jsonl [PRED_OUT.jsonl] [--errors N]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from saidwhen.pipeline import extract_articles
from saidwhen.records import Article
import datetime as dt


def articles(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
            yield Article(id=str(rec["id"]), text=rec["text"], date=date)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path, nargs="?")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    pred = a.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    t0 = time.perf_counter()
    n = 0
    with pred.open("w", encoding="utf-8") as out:
        for ex in extract_articles(articles(a.gold)):
            out.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
            n += 1
            if a.limit and n >= a.limit:
                break
    print(f"{n} articles in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    scorer = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "quotescore.py"
    subprocess.run([sys.executable, str(scorer), str(a.gold), str(pred), "--errors", str(a.errors)], check=True)


if __name__ == "__main__":
    main()
