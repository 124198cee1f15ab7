"""Exact speaker mention bounds on PolNeAR train: where saidwhen's mention and the gold source span part.

    python benchmarks/mention_bounds.py [--articles 120] [--skip 0] [--show 30] [--gold FILE]

PolNeAR train is training data, so its errors may be read while writing rules. The articles
are taken evenly over the file (every k-th, from `--skip`), so every outlet is in the sample.
Prints exact mention P/R/F1 as ../shared/eval/quotescore.py counts it (the set of mention spans
of an article, their edge punctuation trimmed), then, of the predicted mentions that overlap a
gold one without matching it, how they differ: words the prediction has beyond the gold span
("+left", "+right") or lacks ("-left", "-right"), tallied by the part of speech or dependency
that opens the difference, with `--show` examples.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from saidwhen.pipeline import extract_articles
from saidwhen.records import Article, Skipped

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "train.jsonl"
# As quotescore.py: characters trimmed off both ends of a span before spans are compared.
EDGE = set(" \t\n\r.,;:!?\"'“”‘’«»()[]—–-")


def sample(gold: Path, n: int, skip: int) -> list[dict]:
    """`n` gold articles spread evenly over the file, starting at the `skip`-th."""
    with gold.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    step = max(1, (len(records) - skip) // n)
    return records[skip::step][:n]


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if end > start else None


def mention_spans(text: str, quotes: list[dict]) -> set[tuple[int, int]]:
    out = set()
    for q in quotes:
        mention = (q.get("speaker") or {}).get("mention") or []
        for m in [mention] if isinstance(mention, dict) else mention:
            span = trim(text, m["start"], m["end"])
            if span:
                out.add(span)
    return out


def difference(text: str, gold: tuple[int, int], pred: tuple[int, int]) -> list[tuple[str, str]]:
    """How `pred` differs from the overlapping `gold`: (side, words) for each end that differs."""
    out = []
    if pred[0] < gold[0]:
        out.append(("+left", text[pred[0]:gold[0]]))
    elif pred[0] > gold[0]:
        out.append(("-left", text[gold[0]:pred[0]]))
    if pred[1] > gold[1]:
        out.append(("+right", text[gold[1]:pred[1]]))
    elif pred[1] < gold[1]:
        out.append(("-right", text[pred[1]:gold[1]]))
    return out


def opener(side: str, words: str) -> str:
    """A coarse class of a difference: its side and the word next to the shared part."""
    tokens = words.split()
    if not tokens:
        return f"{side} (punctuation)"
    word = tokens[-1] if side.endswith("left") else tokens[0]
    word = word.strip(",;:()—–\"“”'’").lower()
    closed = {"the", "a", "an", "who", "which", "whose", "and", "of", "for", "in", "at", "with", "on",
              "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"}
    return f"{side} {word if word in closed else ('Cap' if word[:1].isupper() else 'word')}" if word \
        else f"{side} (punctuation)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=TRAIN)
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--show", type=int, default=30, help="examples of differing bounds to print")
    a = ap.parse_args()
    records = sample(a.gold, a.articles, a.skip)
    articles = (Article(id=r["id"], text=r["text"], date=None) for r in records)
    gold_by_id = {r["id"]: r for r in records}
    tp = n_gold = n_pred = 0
    classes: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    examples = []
    for result in extract_articles(articles):
        if isinstance(result, Skipped):
            raise RuntimeError(str(result))
        rec = gold_by_id[result.article.id]
        text = rec["text"]
        gold = mention_spans(text, rec["quotes"])
        pred = mention_spans(text, result.to_json()["quotes"])
        tp += len(gold & pred)
        n_gold += len(gold)
        n_pred += len(pred)
        missed.update(_missed(text, rec["quotes"], result.to_json()["quotes"], pred))
        for p in sorted(pred - gold):
            g = next((g for g in sorted(gold) if g[0] < p[1] and p[0] < g[1] and g not in pred), None)
            if g is None:
                classes["no gold mention overlaps"] += 1
                continue
            labels = [opener(side, words) for side, words in difference(text, g, p)]
            classes.update(labels)
            examples.append((", ".join(labels), text[g[0]:g[1]], text[p[0]:p[1]]))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    print(f"{len(records)} articles: exact mention P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
          f"({tp} of {n_pred} predicted, {n_gold} gold)")
    print("gold mentions missed, by what saidwhen gives the gold quote (content overlapping):")
    for label, count in missed.most_common():
        print(f"  {count:5d}  {label}")
    print("predicted mentions not exact, by how they differ from the gold mention they overlap:")
    for label, count in classes.most_common():
        print(f"  {count:5d}  {label}")
    for labels, g, p in sorted(examples)[:a.show]:
        print(f"  {labels}\n    gold {g!r}\n    ours {p!r}")


def _missed(text: str, gold_quotes: list[dict], quotes: list[dict], pred: set[tuple[int, int]]) -> list[str]:
    """For each gold mention no predicted mention matches: whether saidwhen found no quote there,
    a quote with no mention, or one with another mention."""
    out = []
    for g in gold_quotes:
        for span in mention_spans(text, [g]) - pred:
            found = [q for q in quotes if _overlap(_chars(g["content"]), _chars(q["content"]))]
            if not found:
                out.append("no quote found")
            elif all((q.get("speaker") or {}).get("mention") is None for q in found):
                out.append("quote found, no mention")
            else:
                out.append("quote found, another mention")
    return out


def _chars(content: list[dict]) -> set[int]:
    return {i for c in content for i in range(c["start"], c["end"])}


def _overlap(a: set[int], b: set[int]) -> bool:
    return bool(a & b)


if __name__ == "__main__":
    main()
