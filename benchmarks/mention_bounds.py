"""Exact speaker mention bounds on PolNeAR train: where saidwhen's mention and the gold source span part.

    python benchmarks/mention_bounds.py [--articles 150] [--skip 0] [--show 30] [--gold FILE]

PolNeAR train is training data, so its errors may be read while writing rules. The articles
are taken evenly over the file (every k-th, from `--skip`), so every outlet is in the sample.
Prints exact mention P/R/F1 as ../shared/eval/quotescore.py counts it (the set of mention spans
of an article, their edge punctuation trimmed); the gold mentions missed, by what saidwhen gives
their quote (no quote, a quote with no mention, one with another mention); and, of the predicted
mentions that overlap a gold one without matching it, how they differ: words the prediction has
beyond the gold span ("+left", "+right") or lacks ("-left", "-right"), tallied by the word next
to the shared part (a function word itself, else "Cap" or "word"), with `--show` examples.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from saidwhen.pipeline import extract_articles
from saidwhen.records import Article, Skipped

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "train.jsonl"
# As quotescore.py: characters trimmed off both ends of a span before spans are compared.
EDGE = set(" \t\n\r.,;:!?\"'“”‘’«»()[]—–-")
# Words named as themselves in the tally of differences: what a bound rule would turn on.
FUNCTION_WORDS = {"the", "a", "an", "who", "which", "whose", "that", "and", "of", "for", "in", "at", "with",
                  "on", "his", "her", "their", "its", "this", "these", "those"}

Span = tuple[int, int]


@dataclass
class Tally:
    """Exact mention counts over the articles scored, and how the near misses differ."""

    right: int = 0
    predicted: int = 0
    gold: int = 0
    missed: Counter = field(default_factory=Counter)
    differences: Counter = field(default_factory=Counter)
    examples: list = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        precision = self.right / self.predicted if self.predicted else 0.0
        recall = self.right / self.gold if self.gold else 0.0
        return precision, recall, 2 * precision * recall / (precision + recall) if self.right else 0.0


def sample(gold: Path, n: int, skip: int) -> list[dict]:
    """`n` gold articles spread evenly over the file, starting at the `skip`-th."""
    with gold.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    step = max(1, (len(records) - skip) // n)
    return records[skip::step][:n]


def trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if end > start else None


def mention_spans(text: str, quotes: list[dict]) -> set[Span]:
    out = set()
    for q in quotes:
        mention = (q.get("speaker") or {}).get("mention") or []
        for m in [mention] if isinstance(mention, dict) else mention:
            span = trim(text, m["start"], m["end"])
            if span:
                out.add(span)
    return out


def score(records: list[dict]) -> Tally:
    """saidwhen's mentions for the gold `records`, compared with theirs."""
    tally = Tally()
    by_id = {r["id"]: r for r in records}
    for result in extract_articles(Article(id=r["id"], text=r["text"], date=None) for r in records):
        if isinstance(result, Skipped):
            raise RuntimeError(str(result))
        rec = by_id[result.article.id]
        compare(tally, rec["text"], rec["quotes"], result.to_json()["quotes"])
    return tally


def compare(tally: Tally, text: str, gold_quotes: list[dict], quotes: list[dict]) -> None:
    """Add one article's mentions to `tally`."""
    gold, pred = mention_spans(text, gold_quotes), mention_spans(text, quotes)
    tally.right += len(gold & pred)
    tally.gold += len(gold)
    tally.predicted += len(pred)
    tally.missed.update(missed(text, gold_quotes, quotes, pred))
    for p in sorted(pred - gold):
        g = next((g for g in sorted(gold) if g[0] < p[1] and p[0] < g[1] and g not in pred), None)
        if g is None:
            tally.differences["no gold mention overlaps"] += 1
            continue
        labels = [label(side, words) for side, words in difference(text, g, p)]
        tally.differences.update(labels)
        tally.examples.append((", ".join(labels), text[g[0]:g[1]], text[p[0]:p[1]]))


def missed(text: str, gold_quotes: list[dict], quotes: list[dict], pred: set[Span]) -> list[str]:
    """For each gold mention no predicted mention matches: whether saidwhen found no quote there,
    a quote with no mention, or one with another mention."""
    out = []
    for g in gold_quotes:
        for _ in mention_spans(text, [g]) - pred:
            found = [q for q in quotes if _chars(g["content"]) & _chars(q["content"])]
            if not found:
                out.append("no quote found")
            elif all((q.get("speaker") or {}).get("mention") is None for q in found):
                out.append("quote found, no mention")
            else:
                out.append("quote found, another mention")
    return out


def _chars(content: list[dict]) -> set[int]:
    return {i for c in content for i in range(c["start"], c["end"])}


def difference(text: str, gold: Span, pred: Span) -> list[tuple[str, str]]:
    """How `pred` differs from the overlapping `gold`: (side, words) for each end that differs."""
    out = []
    if pred[0] != gold[0]:
        out.append(("+left", text[pred[0]:gold[0]]) if pred[0] < gold[0] else ("-left", text[gold[0]:pred[0]]))
    if pred[1] != gold[1]:
        out.append(("+right", text[gold[1]:pred[1]]) if pred[1] > gold[1] else ("-right", text[pred[1]:gold[1]]))
    return out


def label(side: str, words: str) -> str:
    """A coarse class of a difference: its side and the word next to the shared part."""
    tokens = words.split()
    word = (tokens[-1] if side.endswith("left") else tokens[0]).strip(",;:()—–\"“”'’").lower() if tokens else ""
    if not word:
        return f"{side} (punctuation)"
    return f"{side} {word if word in FUNCTION_WORDS else 'Cap' if word[:1].isupper() else 'word'}"


def report(tally: Tally, articles: int, show: int) -> None:
    precision, recall, f1 = tally.f1()
    print(f"{articles} articles: exact mention P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
          f"({tally.right} of {tally.predicted} predicted, {tally.gold} gold)")
    print("gold mentions missed, by what saidwhen gives the gold quote (content overlapping):")
    for name, count in tally.missed.most_common():
        print(f"  {count:5d}  {name}")
    print("predicted mentions not exact, by how they differ from the gold mention they overlap:")
    for name, count in tally.differences.most_common():
        print(f"  {count:5d}  {name}")
    for labels, g, p in sorted(tally.examples)[:show]:
        print(f"  {labels}\n    gold {g!r}\n    ours {p!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=TRAIN)
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--skip", type=int, default=0, help="the first article of the sample")
    ap.add_argument("--show", type=int, default=30, help="examples of differing bounds to print")
    a = ap.parse_args()
    records = sample(a.gold, a.articles, a.skip)
    report(score(records), len(records), a.show)


if __name__ == "__main__":
    main()
